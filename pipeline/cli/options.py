"""Option decorators shared by the commands that fetch publications (``run``, ``watch``,
``fetch``; ``extract`` and ``text`` take ``--max-seconds`` only).

What: ``fetch_options`` adds the politeness and safety options of the HTTP client and
hands the command one ``policy`` (a ``FetchPolicy``) instead of six values;
``raw_dir_option`` and ``catalogue_option`` add the raw store and the catalogue path.

Why: the national run and the watch must fetch under the same rules, spelled the same
way; one definition keeps their help texts and defaults from drifting apart.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import click

from pipeline.ingest.policy import FetchPolicy

DEFAULT_POLICY = FetchPolicy()
Command = Callable[..., Any]

_MAX_SECONDS = click.option(
    "--max-seconds",
    type=click.FloatRange(min=0.1),
    default=DEFAULT_POLICY.max_seconds,
    show_default=True,
    help="Wall-clock limit for each response (connect, headers and body); a slower "
    "server is cut off and the document is one error row.",
)

_FETCH_OPTIONS: tuple[Callable[[Command], Command], ...] = (
    click.option(
        "--allow-private-links",
        is_flag=True,
        help="Let links and redirects lead to loopback, private or link-local addresses.",
    ),
    click.option(
        "--timeout",
        type=click.FloatRange(min=0.1),
        default=DEFAULT_POLICY.timeout_s,
        show_default=True,
        help="Seconds to wait for a server to connect or answer.",
    ),
    click.option(
        "--retries",
        type=click.IntRange(min=0),
        default=DEFAULT_POLICY.retries,
        show_default=True,
        help="Retries after a connection error, 429 or 5xx (exponential back-off).",
    ),
    click.option(
        "--delay",
        type=click.FloatRange(min=0),
        default=DEFAULT_POLICY.host_delay_s,
        show_default=True,
        help="Seconds between two requests to the same host (a longer robots.txt "
        "Crawl-delay wins).",
    ),
    click.option(
        "--max-mb",
        type=click.FloatRange(min=0.001),
        default=DEFAULT_POLICY.max_bytes / 1024 / 1024,
        show_default=True,
        help="Largest response body kept, in MiB; larger downloads are stopped.",
    ),
    _MAX_SECONDS,
)


def max_seconds_option(command: Command) -> Command:
    """``--max-seconds`` alone, for the commands that fetch without the other options
    (``extract``, ``text``); the command receives ``policy: FetchPolicy``."""

    @functools.wraps(command)
    def with_policy(*args: Any, max_seconds: float, **kwargs: Any) -> Any:
        return command(*args, policy=replace(DEFAULT_POLICY, max_seconds=max_seconds), **kwargs)

    decorated: Command = _MAX_SECONDS(with_policy)
    return decorated


def fetch_options(command: Command) -> Command:
    """Add the fetch options; the command receives them as ``policy: FetchPolicy``."""

    @functools.wraps(command)
    def with_policy(
        *args: Any,
        allow_private_links: bool,
        timeout: float,
        retries: int,
        delay: float,
        max_mb: float,
        max_seconds: float,
        **kwargs: Any,
    ) -> Any:
        policy = replace(
            DEFAULT_POLICY,
            timeout_s=timeout,
            retries=retries,
            host_delay_s=delay,
            max_bytes=int(max_mb * 1024 * 1024),
            max_seconds=max_seconds,
            allow_private_links=allow_private_links,
        )
        return command(*args, policy=policy, **kwargs)

    decorated: Command = with_policy
    for option in reversed(_FETCH_OPTIONS):
        decorated = option(decorated)
    return decorated


def raw_dir_option(command: Command) -> Command:
    """``--raw-dir``: the raw store, its manifest, the HTTP cache (and the watch state)."""
    return click.option(
        "--raw-dir",
        type=click.Path(file_okay=False, path_type=Path),
        default=Path("data/raw"),
        show_default=True,
        help="Content-addressed raw store, manifest.jsonl and HTTP cache.",
    )(command)


def catalogue_option(help_text: str, *, optional_value: bool) -> Callable[[Command], Command]:
    """``--catalogue PATH``; with ``optional_value`` the path may be left out (default
    catalogue) and the option itself is optional. The catalogue module is imported here,
    not with this module: it builds the catalogue's records, which ``text`` never uses."""
    from pipeline.ingest.catalogue import DEFAULT_CATALOGUE

    extra: dict[str, Any] = (
        {"is_flag": False, "flag_value": DEFAULT_CATALOGUE, "default": None}
        if optional_value
        else {"default": DEFAULT_CATALOGUE, "show_default": True}
    )
    return click.option(
        "--catalogue",
        type=click.Path(dir_okay=False, path_type=Path),
        metavar="PATH",
        help=help_text,
        **extra,
    )
