"""The HTML report for people: plain names, evidence that counts first, phone layout, package links."""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import unquote

from accredit.report import ReportInput
from accredit.report.html import render_html
from accredit.report.view import PACKAGE_EVIDENCE
from accredit.review.archive import SafeArchive
from accredit.review.build import EVIDENCE_PREFIX, REPORTS_PREFIX
from accredit.service import reports as write_workspace_reports
from tests.report.test_html import parse
from tests.review.conftest import build_workspace, package, rich_spec


def visible_text(html: str) -> str:
    page = parse(html)
    return " ".join(page.text)


def test_no_internal_ids_and_a_self_assessment_kicker(planned_input: ReportInput) -> None:
    html = render_html(planned_input)
    text = visible_text(html.split("<style>")[0] + html.split("</style>", 1)[1])
    assert "Tự đánh giá chất lượng giáo dục nghề nghiệp" in text and "Kiểm định chất lượng giáo dục" not in text
    for internal in ("tt14-2024/truong", "tt35-2021/truong-cao-dang", "tt38-2026/co-so-gdnn", "external_results"):
        assert internal not in text, internal
    assert not re.search(r"\bTT35-\d", text)  # roadmap action ids
    assert "TT 14/2024" in text or "Thông tư 14/2024" in text  # the gate is named by its regulation


def test_confirmed_evidence_first_with_title_and_date_suggestions_collapsed(report_input: ReportInput) -> None:
    html = render_html(report_input)
    page = parse(html)
    text = " ".join(page.text)
    assert "Quyết định thành lập trường — 12/05/2010" in text  # title and date next to the code
    details = [a for t, a in page.tags if t == "details"]
    assert details and all("open" not in a for a in details)  # suggestions folded away
    assert "1 gợi ý chưa xác nhận (không được tính)" in text
    # the reason of a documentary requirement names the evidence and its year
    assert "Căn cứ minh chứng: H1.01.01.01 (2010)" in text


def test_phone_layout_is_in_the_css_and_every_table_scrolls(report_input: ReportInput) -> None:
    html = render_html(report_input)
    css = html.split("<style>", 1)[1].split("</style>", 1)[0]
    small = css.split("@media (max-width: 760px)", 1)[1].split("@media print", 1)[0]
    assert "table-layout: auto" in small and ".chart-narrow { display: block; }" in small
    assert "flex-direction: column" in small  # the header stacks instead of squeezing
    body = html.split("</style>", 1)[1]
    assert body.count("<table") == body.count('<div class="tw"><table')  # each table can scroll sideways
    # the phone chart keeps its text readable at 400 px: ≥ 11 px once scaled to ~370 px of width
    for svg in re.findall(r'<svg class="chart chart-narrow"[^>]*>', body):
        width = float(re.search(r'viewBox="0 0 ([\d.]+) ', svg).group(1))
        size = float(re.search(r'font-size="([\d.]+)"', svg).group(1))
        assert size * 370 / width >= 11


def test_links_work_in_the_workspace_and_in_the_extracted_package(tmp_path: Path) -> None:
    assert "../" + EVIDENCE_PREFIX.rstrip("/") == PACKAGE_EVIDENCE and REPORTS_PREFIX == "reports/"
    ws = build_workspace(tmp_path / "ws", dataclasses.replace(rich_spec(), report=False))
    run = write_workspace_reports(ws, datetime(2026, 12, 1, tzinfo=UTC), ["html"])
    html_path = Path(run.files[0])
    page = parse(html_path.read_text(encoding="utf-8"))
    ev = [a["href"] for t, a in page.tags if t == "a" and a.get("class") == "ev"]
    pkg = [a["href"] for t, a in page.tags if t == "a" and a.get("class") == "pkg"]
    assert ev and pkg
    for href in ev:
        assert (html_path.parent / unquote(href)).is_file(), href
    result = package(ws, tmp_path / "goi.zip", with_evidence=True)
    dest = tmp_path / "extracted"
    with SafeArchive.open(Path(result.path)) as arc:
        for name in arc.names:
            arc.extract(name, dest)
    report = dest / "reports" / html_path.name
    assert report.is_file()
    for href in pkg:
        assert (report.parent / unquote(href)).is_file(), href


def test_evidence_list_puts_confirmed_files_first_and_folds_the_rest(report_input: ReportInput) -> None:
    html = render_html(report_input)
    section = html.split('id="evidence"', 1)[1]
    main, folded = section.split('<details class="sugg">', 1)
    assert "Quyết định thành lập trường" in main and "Biên bản họp hội đồng" not in main
    assert "Biên bản họp hội đồng" in folded and "6.4?" in folded  # an unconfirmed suggestion, marked
    assert "tệp khác: chỉ có gợi ý chưa xác nhận hoặc chưa liên kết" in folded
