"""The bundled demo ships two years: 2025, and 2026 opened from it by ``year start``. What is still carried
counts for nothing until a person rates or confirms it; the CLI, the status, the run and the reports say so."""

from __future__ import annotations

import datetime as dt
import json
import stat
from pathlib import Path

import openpyxl
from docx import Document
from typer.testing import CliRunner

from accredit.annual.service import confirm_year, history, open_carried, past_year_workbooks
from accredit.annual.workbook import carried_rows
from accredit.cli.app import app
from accredit.demo import copy_demo, demo_source
from accredit.model.assessment import Status
from accredit.ratings.workspace import ratings_workbook_path
from accredit.service import reports
from accredit.service.annual import cycle_status
from accredit.service.inputs import read_inputs
from accredit.service.scoring import score_all
from accredit.workspace import Workspace, load_workspace

TT38 = "tt38-2026/co-so-gdnn-v3"
TT35 = "tt35-2021/truong-cao-dang-v2"
CTDT = "tt14-2024/ctdt-trung-cap-cao-dang"
runner = CliRunner()


def test_the_demo_ships_2025_and_2026_side_by_side(demo: Workspace) -> None:
    rows = {(h.framework, h.programme): h for h in history(demo)}
    got = {k: [(c.year, c.total, c.carried) for c in h.years] for k, h in rows.items()}
    assert got == {(TT38, None): [(2025, 25, 0), (2026, 28, 0)],
                   (TT35, None): [(2025, 60, 0), (2026, 68, 1)],
                   (CTDT, "6520227"): [(2025, 82.5, 0), (2026, 85, 1)],
                   (CTDT, "6510216"): [(2025, 57.5, 0), (2026, 62.5, 0)]}
    # 2025 rated 5.3 and 6.4; 2026 still carries them, unrated
    assert rows[(TT35, None)].years[0].statuses["5.3"] == "met"
    assert {c.programme: c.codes for c in open_carried(demo)} == {None: ["5.3"], "6520227": ["6.4"]}


def test_what_is_still_carried_never_counts(demo: Workspace) -> None:
    card = score_all(read_inputs(demo, TT35)).scorecards[0]
    r = next(x for x in card.requirements if x.code == "5.3")
    assert r.status == Status.NOT_EVALUATED and r.rated is None and r.points == 0
    assert r.reason.key == "scoring.reason.carried"
    # the 2025 rating of 5.3 is there, in last year's workbook, and was not taken
    wb = openpyxl.load_workbook(ratings_workbook_path(demo, TT35))
    sheet = wb["Tiêu chí 5"]
    heads = {c.value: c.column for c in sheet[2]}
    row = next(r for r in range(3, sheet.max_row + 1) if sheet.cell(r, 1).value == "5.3")
    assert sheet.cell(row, heads["Trạng thái"]).value is None
    assert sheet.cell(row, heads["Mô tả hiện trạng"]).value.startswith("[Kế thừa 2025 — cần cập nhật]")
    # rows the council confirmed count, their text still marked (rated, to update)
    tt38 = {x.code: x for x in carried_rows(ratings_workbook_path(demo, TT38))}
    assert set(tt38) == {"1.4", "4.3"} and all(x.rated for x in tt38.values())
    # the assessor confirms 5.3: now it is a rating of 2026, no longer the carried reason
    confirm_year(demo, ["5.3"], TT35)
    again = next(x for x in score_all(read_inputs(demo, TT35)).scorecards[0].requirements if x.code == "5.3")
    assert again.rated is not None and again.reason.key != "scoring.reason.carried"
    assert not open_carried(demo) or all(c.programme for c in open_carried(demo))


def test_status_and_run_name_the_carried_standards(demo: Workspace) -> None:
    status = cycle_status(demo, dt.date(2026, 12, 2))
    assert [(c.framework, c.programme, c.codes) for c in status.carried] == [(TT35, None, ["5.3"]),
                                                                             (CTDT, "6520227", ["6.4"])]
    shown = runner.invoke(app, ["status", "-w", str(demo.root), "--today", "2026-12-02"], env={"COLUMNS": "200"})
    assert shown.exit_code == 0 and "còn kế thừa 2025" in shown.output and "(5.3)" in shown.output
    ran = runner.invoke(app, ["run", str(demo.root), "--json", "--format", "json"])
    notes = [n for n in json.loads(ran.stdout)["notes"] if n["key"] == "cycle.carried.open"]
    assert [n["params"]["codes"] for n in notes] == ["5.3", "6.4"]


def test_the_reports_compare_with_the_previous_year(demo: Workspace) -> None:
    run = reports(demo, dt.datetime(2026, 12, 2, 9, 0), "html,xlsx,docx")
    html = Path(next(f for f in run.files if f.endswith(".html"))).read_text(encoding="utf-8")
    assert html.count("So sánh với năm trước") == 2  # each framework
    assert "Năm 2025: 60/100 điểm, Chưa đạt → năm 2026: 68/100 điểm, Chưa đạt; 1 tiêu chuẩn" in html
    assert '<tr class="carried">' in html and "Kế thừa 2025 — cần cập nhật: chưa đánh giá, chưa xác nhận" in html
    wb = openpyxl.load_workbook(next(f for f in run.files if f.endswith(".xlsx")))
    sheet = wb["So sánh năm trước"]
    rows = [[c.value for c in r] for r in sheet.iter_rows(min_row=1)]
    row = next(r for r in rows if r[1] == "5.3" and r[4] == "Chưa đánh giá")  # TT 35's (TT 38 has a 5.3 too)
    assert row[3] == "Đạt" and row[4] == "Chưa đánh giá" and "chưa xác nhận" in row[6]
    changed = next(r for r in rows if r[1] == "6.2" and r[3] == "Không đạt")  # TT 38 6.2, better in 2026
    assert changed[4] == "Đạt" and changed[5] == "Có" and "38/2026" in str(changed[0])
    docx = next(f for f in run.files if "bao-cao-tu-danh-gia-2026-tt35" in f)
    doc = Document(docx)
    assert any(p.text == "So sánh với năm trước" for p in doc.paragraphs)
    cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
    assert any("chưa xác nhận" in c for c in cells)


def test_a_first_year_has_no_comparison(demo: Workspace) -> None:
    for path in past_year_workbooks(demo):
        path.chmod(stat.S_IWUSR | stat.S_IRUSR)
        path.unlink()
    run = reports(demo, dt.datetime(2026, 12, 2, 9, 0), "html")
    html = Path(run.files[0]).read_text(encoding="utf-8")
    assert "So sánh với năm trước" not in html


def test_a_copy_of_the_demo_keeps_its_past_year_read_only(tmp_path: Path) -> None:
    root = copy_demo(tmp_path / "copy")
    ws = load_workspace(root)
    past = past_year_workbooks(ws)
    assert {p.name.split("_")[1] for p in past} == {"2025"} and len(past) == 4
    assert all(not p.stat().st_mode & stat.S_IWUSR for p in past)
    assert ratings_workbook_path(ws, TT35).stat().st_mode & stat.S_IWUSR  # this year's stays writable
    # the files in git are ordinary, readable files (git keeps no write bit)
    assert all((demo_source() / p.relative_to(root)).stat().st_mode & stat.S_IRUSR for p in past)
