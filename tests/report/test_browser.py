"""The report of the sample corpus, opened in a real browser (headless Chromium).

``--dump-dom`` gives the document as Chromium parsed it (its plots and tables must be
there); ``--screenshot`` shows that they are drawn: the plots' colours cover a good part
of the picture. The browser resolves no host name, so the page must need no network.
Skipped only when no Chromium is installed (``apt-get install chromium``; ``.ci/run``
installs it).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import html
from PIL import Image

from pipeline.report.svg import PALETTE

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        CHROMIUM is None, reason="no chromium on PATH (Debian: apt-get install chromium)"
    ),
]

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--hide-scrollbars",
    "--host-resolver-rules=MAP * ~NOTFOUND",
)
WINDOW = (1200, 4000)


def chromium(page: Path, profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run headless Chromium on ``page`` with its own throw-away profile."""
    assert CHROMIUM is not None
    command = [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args, page.as_uri()]
    return subprocess.run(command, capture_output=True, text=True, timeout=180, check=True)


@pytest.fixture(scope="module")
def report_page(sample_run: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The report of the sample run, written by the command in its own process."""
    page = tmp_path_factory.mktemp("report") / "report.html"
    subprocess.run(
        [sys.executable, "-m", "pipeline", "report", str(sample_run), "--out", str(page)],
        check=True,
        capture_output=True,
    )
    return page


def test_chromium_builds_the_plots_and_tables(report_page: Path, tmp_path: Path) -> None:
    dom = html.fromstring(chromium(report_page, tmp_path / "profile", "--dump-dom").stdout)
    figures = {f.get("id"): f for f in dom.xpath("//figure")}
    assert list(figures) == ["timeline", "signatories", "axes-actions", "pilots"]
    for name, figure in figures.items():
        assert len(figure.xpath("./*[local-name()='svg']")) == 1, name
    periods = figures["timeline"].xpath(".//*[local-name()='rect'][@class='period']")
    assert len(periods) == 3  # the three contracts of the samples
    assert figures["signatories"].xpath(".//*[local-name()='rect'][@class='bar']")
    assert figures["axes-actions"].xpath(".//*[local-name()='rect'][@class='bar']")
    counts = {
        tr[0].text_content(): int(tr[1].text_content())
        for tr in dom.xpath('//table[@class="counts"]/tbody/tr')
    }
    assert counts["contracts"] == 3
    assert counts["documents"] == 4
    coverage = {
        tr[0].get("data-field"): (tr[2].text_content(), tr[3].text_content())
        for tr in dom.xpath('//table[@class="coverage"]/tbody/tr')
    }
    assert coverage["territory"] == ("3", "3")
    assert coverage["period_start"] == ("3", "3")
    assert len(coverage) == 15
    assert len(dom.xpath('//table[@class="matrix"]/tbody/tr')) == 3


def test_chromium_draws_the_plots(report_page: Path, tmp_path: Path) -> None:
    shot = tmp_path / "report.png"
    chromium(
        report_page,
        tmp_path / "profile",
        f"--screenshot={shot}",
        f"--window-size={WINDOW[0]},{WINDOW[1]}",
    )
    assert shot.stat().st_size > 50_000
    with Image.open(shot) as image:
        assert image.size == WINDOW
        colours = image.convert("RGB").getcolors(maxcolors=1 << 20)
    assert colours is not None
    by_colour = {rgb: n for n, rgb in colours}

    def pixels(hex_colour: str) -> int:
        rgb = tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
        return by_colour.get(rgb, 0)

    # Bars of the three plots (and the coverage gauges) in the first colour, the
    # second region's and the actions' bars in the second: thousands of pixels each.
    assert pixels(PALETTE[0]) > 40_000
    assert pixels(PALETTE[1]) > 15_000
