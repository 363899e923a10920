"""The review loop in a real browser: Debian's Chromium, driven by Selenium (chromedriver).

On the bundled samples: open the list, filter it, open a contract, see each field's
evidence highlighted (a ``<mark>`` drawn in its colour) with its page, correct a value
in the page, find the row in the corrections file, and find the value in the next run's
tables with provenance "analyst". Without chromium and chromedriver the test is skipped
saying so, except where ``CLS_REQUIRE_BROWSER=1`` (``.ci/run`` sets it, after installing
both): there it fails.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.corrections import read_corrections

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.webdriver.chrome.options import Options  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.remote.webdriver import WebDriver  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
MISSING = "no chromium and chromedriver on PATH (Debian: apt-get install chromium chromium-driver)"
if (CHROMIUM is None or CHROMEDRIVER is None) and os.environ.get("CLS_REQUIRE_BROWSER") == "1":
    pytest.fail(MISSING + " and CLS_REQUIRE_BROWSER=1", pytrace=False)
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(CHROMEDRIVER is None or CHROMIUM is None, reason=MISSING),
]
MARK_COLOUR = "rgba(255, 224, 102, 1)"  # review.css: mark { background: #ffe066 }
REIMS = "reims-51454-2018"


@pytest.fixture(scope="module")
def review_url(
    sample_run: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, Path]]:
    """``cls-pipeline review`` of the sample run, in its own process, on a free port."""
    corrections = tmp_path_factory.mktemp("corrections") / "corrections.csv"
    command = [sys.executable, "-m", "pipeline", "review", str(sample_run), "--port", "0"]
    command += ["--corrections", str(corrections), "--raw-dir", str(sample_run.parent / "raw")]
    server = subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert server.stdout is not None
        first = server.stdout.readline()
        assert first.startswith("review: http://127.0.0.1:"), first + server.stderr.read()
        yield first.split()[1], corrections
    finally:
        server.terminate()
        server.wait(10)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebDriver]:
    """Headless Chromium with a throw-away profile."""
    options = Options()
    assert CHROMIUM is not None and CHROMEDRIVER is not None
    options.binary_location = CHROMIUM
    flags = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]
    flags += ["--window-size=1280,1600", "--no-first-run", "--disable-background-networking"]
    flags.append(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    for flag in flags:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


def wait_for_text(driver: WebDriver, element_id: str, text: str) -> None:
    WebDriverWait(driver, 30).until(lambda d: d.find_element(By.ID, element_id).text == text)


def test_filter_then_open_a_contract_with_its_evidence_highlighted(
    browser: WebDriver, review_url: tuple[str, Path]
) -> None:
    url, _ = review_url
    browser.get(url)
    wait_for_text(browser, "count", "3 of 3 contracts")
    Select(browser.find_element(By.ID, "filter-region")).select_by_value("44")  # Grand Est
    wait_for_text(browser, "count", "1 of 3 contracts")  # the script submitted the filter
    assert "region=44" in browser.current_url
    browser.find_element(By.LINK_TEXT, REIMS).click()
    WebDriverWait(browser, 30).until(lambda d: REIMS in d.title)
    section = browser.find_element(By.ID, "field-period_start")
    mark = section.find_element(By.CSS_SELECTOR, "div.candidate.chosen .excerpt mark")
    assert mark.text == "2018-2022"
    assert mark.value_of_css_property("background-color") == MARK_COLOUR
    chosen = browser.find_elements(By.CSS_SELECTOR, "div.candidate.chosen")
    with_span = [c for c in chosen if c.find_elements(By.CSS_SELECTOR, ".excerpt:not(.nospan)")]
    assert len(with_span) >= 10  # every field the page states, list items one by one
    assert all(len(c.find_elements(By.CSS_SELECTOR, ".excerpt mark")) == 1 for c in with_span)


def test_the_pdf_evidence_shows_its_page(browser: WebDriver, review_url: tuple[str, Path]) -> None:
    url, _ = review_url
    browser.get(url + "contract/pays-de-broceliande-2017")
    pages = [e.text for e in browser.find_elements(By.CSS_SELECTOR, ".pageno")]
    assert any(p.startswith("page ") for p in pages), pages
    candidates = browser.find_elements(By.CSS_SELECTOR, "div.candidate.lost")
    assert candidates  # the web page's values the signed PDF won over


def test_a_correction_in_the_page_reaches_the_next_run_as_analyst(
    browser: WebDriver, review_url: tuple[str, Path], sample_run: Path, tmp_path: Path
) -> None:
    url, corrections = review_url
    browser.get(url + f"contract/{REIMS}")
    form = browser.find_element(By.CSS_SELECTOR, 'form.correct[data-field="n_signatories"]')
    value = form.find_element(By.NAME, "value")
    assert value.get_attribute("value") == "9"
    value.clear()
    value.send_keys("10")
    form.find_element(By.NAME, "note").send_keys("la Mutualité signe aussi")
    form.find_element(By.CSS_SELECTOR, 'button[value="correct"]').click()
    WebDriverWait(browser, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".notice.saved"))
    assert (
        "Recorded (correct): n_signatories" in browser.find_element(By.CSS_SELECTOR, ".notice").text
    )
    shot = os.environ.get("CLS_REVIEW_SCREENSHOT")
    if shot:  # the README's picture: CLS_REVIEW_SCREENSHOT=docs/review.png
        browser.get(url + "contract/pays-de-broceliande-2017#field-period_end")
        Path(shot).write_bytes(browser.get_screenshot_as_png())
    rows, problems = read_corrections(corrections)
    assert problems == []
    assert [(r.document_id, r.contract_id, r.field, r.action, r.value, r.note) for r in rows] == [
        ("reims-cls2", REIMS, "n_signatories", "correct", "10", "la Mutualité signe aussi")
    ]
    out = tmp_path / "tables"
    command = [sys.executable, "-m", "pipeline", "run", "data/raw/samples", "--out", str(out)]
    command += ["--raw-dir", str(sample_run.parent / "raw"), "--corrections", str(corrections)]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 analyst values in evidence, 0 not applied" in done.stdout
    evidence = pq.read_table(out / "evidence.parquet").to_pylist()
    row = next(
        r for r in evidence if (r["document_id"], r["field"]) == ("reims-cls2", "n_signatories")
    )
    assert (row["value"], row["provenance"], row["original_value"], row["chosen"]) == (
        "10",
        "analyst",
        "9",
        True,
    )
    contracts = {r["contract_id"]: r for r in pq.read_table(out / "contracts.parquet").to_pylist()}
    assert contracts[REIMS]["n_signatories"] == 10
