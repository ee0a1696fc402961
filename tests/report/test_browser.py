"""The HTML report in a real headless browser (Debian chromium), where one is installed."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from accredit.report import ReportInput, write_reports

_FOUND = next(filter(None, map(shutil.which, ("chromium", "chromium-browser", "google-chrome"))), None)
CHROMIUM = Path(_FOUND or "/usr/bin/chromium")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = pytest.mark.skipif(
    _FOUND is None, reason="chromium is not installed (chromium, chromium-browser or google-chrome on PATH)"
)


def run_chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    return subprocess.run(
        [str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        timeout=180,
        check=False,
    )


@pytest.fixture
def html_report(tmp_path: Path, workspace_like: tuple[ReportInput, Path]) -> Path:
    inp, out = workspace_like
    return write_reports(inp, out, ["html"])[0]


def test_prints_to_pdf(tmp_path: Path, html_report: Path) -> None:
    pdf = tmp_path / "report.pdf"
    result = run_chromium(tmp_path, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", html_report.as_uri())
    assert result.returncode == 0, result.stderr.decode(errors="replace")[-2000:]
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    assert data.count(b"/Type /Page") - data.count(b"/Type /Pages") >= 4  # A4 landscape, several pages
    assert len(data) > 50_000


def test_screenshot(tmp_path: Path, html_report: Path) -> None:
    png = tmp_path / "report.png"
    result = run_chromium(tmp_path, "--window-size=1280,2000", f"--screenshot={png}", html_report.as_uri())
    assert result.returncode == 0, result.stderr.decode(errors="replace")[-2000:]
    data = png.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 50_000


OVERLAP_PROBE = """
<script>
window.addEventListener("load", () => {
  const bad = [];
  for (const tr of document.querySelectorAll("tr")) {
    const cells = [...tr.children].map(c => c.getBoundingClientRect());
    for (let i = 1; i < cells.length; i++) {
      if (cells[i].left < cells[i - 1].right - 1) bad.push(tr.rowIndex);
    }
    for (const td of tr.children) {
      if (td.scrollWidth > td.clientWidth + 1 && getComputedStyle(td).overflow === "visible") bad.push("wide");
    }
  }
  const sizes = [...document.querySelectorAll(".chart-narrow text, .chart-wide text")]
    .filter(t => t.getBoundingClientRect().height > 0)
    .map(t => t.getBoundingClientRect().height);
  const out = document.createElement("pre");
  out.id = "probe";
  out.textContent = JSON.stringify({bad: bad.length, minText: Math.min(...sizes)});
  document.body.appendChild(out);
});
</script>
"""


@pytest.mark.parametrize("width", [400, 1400])
def test_no_overlapping_cells(tmp_path: Path, html_report: Path, width: int) -> None:
    import json

    probe = html_report.with_name("probe.html")
    probe.write_text(html_report.read_text(encoding="utf-8").replace("</body>", OVERLAP_PROBE + "</body>"),
                     encoding="utf-8")
    result = run_chromium(tmp_path, f"--window-size={width},3000", "--virtual-time-budget=5000", "--dump-dom",
                          probe.as_uri())
    assert result.returncode == 0, result.stderr.decode(errors="replace")[-2000:]
    dom = result.stdout.decode("utf-8", errors="replace")
    data = json.loads(dom.split('<pre id="probe">', 1)[1].split("</pre>", 1)[0].replace("&quot;", '"'))
    assert data["bad"] == 0
    assert data["minText"] >= 9  # chart text stays readable (px of the glyph box)
