"""``accredit roadmap`` on a real workspace: JSON equals the API, files written, --import, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from accredit import service
from accredit.cli.app import app
from accredit.i18n.message import Messages
from accredit.model.roadmap import Capacity
from accredit.roadmap import plan
from accredit.roadmap.workbook import SHEET_GANTT, import_roadmap
from accredit.workspace import Workspace
from tests.indicators.filling import fill_tt38
from tests.scoring.builders import TT35, TT38, make_ws, real
from tests.scoring.test_cli import links_file, rate_everything

runner = CliRunner()
NOT_MET = ("1.2", "3.1", "4.4", "6.2")


pytestmark = pytest.mark.usefixtures("vietnamese")

VI = Messages("vi").context


def run(ws: Workspace, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["roadmap", *args, "--workspace", str(ws.root)])
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture()
def tt38_ws(tmp_path: Path) -> tuple[Workspace, Path]:
    """A TT 38 workspace: data filled, everything rated met with evidence except four requirements."""
    ws = make_ws(tmp_path / "ws", TT38, target=TT38)
    assert runner.invoke(app, ["ratings", "template", "-w", str(ws.root)]).exit_code == 0
    assert runner.invoke(app, ["data", "template", "-w", str(ws.root)]).exit_code == 0
    fill_tt38(ws.data_dir / "so-lieu_tt38-2026_co-so-gdnn.xlsx")
    rate_everything(ws)
    path = next(ws.data_dir.glob("tu-danh-gia_*.xlsx"))
    wb = openpyxl.load_workbook(path)
    for sheet in wb.worksheets[1:]:
        heads = {c.value: c.column for c in sheet[2]}
        for r in range(3, sheet.max_row + 1):
            if sheet.cell(r, 1).value in NOT_MET:
                sheet.cell(r, heads["Trạng thái"], "Không đạt")
    wb.save(path)
    return ws, links_file(tmp_path, TT38)


def test_roadmap_json_equals_the_api(tt38_ws: tuple[Workspace, Path]) -> None:
    ws, lf = tt38_ws
    code, out, err = run(ws, "--json", "--links", str(lf), "--max-actions", "2", "--horizon", "4")
    assert code == 0, err
    data = json.loads(out)["roadmap"]
    cap = Capacity(max_actions_per_year=2)
    api = service.roadmap(ws, TT38, horizon=4, capacity=cap, links_file=lf, write=False).roadmap
    assert data == api.model_dump(mode="json", context=VI)
    # the same as planning directly from the scorecard `accredit score` computes
    card = service.score(ws, TT38, links_file=lf).scorecards[0]
    direct = plan(real(TT38), card, horizon=4, capacity=cap, object_type=ws.config.school.object)
    assert data == direct.model_dump(mode="json", context=VI)
    assert data["earliest_year"] == 2027 and sorted(a["requirements"][0] for a in data["actions"]) == sorted(NOT_MET)
    assert {a["end_year"] for a in data["actions"]} == {2026, 2027}
    out_dir = ws.output_dir
    assert sorted(p.name for p in out_dir.iterdir()) == [
        "lo-trinh_tt38-2026_co-so-gdnn.png",
        "lo-trinh_tt38-2026_co-so-gdnn.svg",
        "lo-trinh_tt38-2026_co-so-gdnn.xlsx",
    ]
    assert str(out_dir / "lo-trinh_tt38-2026_co-so-gdnn.xlsx") in err


def test_roadmap_table_and_import(tt38_ws: tuple[Workspace, Path], tmp_path: Path) -> None:
    ws, lf = tt38_ws
    book = tmp_path / "ke-hoach.xlsx"
    code, out, _ = run(ws, "--links", str(lf), "--max-actions", "2", "--out", str(book))
    assert code == 0
    assert "Năm sớm nhất đánh giá và đạt: 2027" in out and "Từng năm" in out and "Cần để đạt" in out
    assert book.is_file() and book.with_suffix(".svg").is_file() and book.with_suffix(".png").is_file()

    code, out, _ = run(ws, "--import", str(book), "--json")
    assert code == 0 and json.loads(out) == import_roadmap(book).model_dump(mode="json", context=VI)

    # push a needed action past the target year: the import names the row, exit code 1
    wb = openpyxl.load_workbook(book)
    ws_g = wb[SHEET_GANTT]
    heads = {c.value: c.column for c in ws_g[2]}
    row = next(r for r in range(3, ws_g.max_row + 1) if ws_g.cell(r, heads["Năm kết thúc"]).value == 2027)
    ws_g.cell(row, heads["Năm bắt đầu"], 2028)
    ws_g.cell(row, heads["Năm kết thúc"], 2028)
    wb.save(book)
    code, out, _ = run(ws, "--import", str(book))
    assert code == 1
    text = " ".join(out.split())
    assert f"Sheet 'Lộ trình', dòng {row}" in text and "2028" in text and "không còn khả thi" in text
    code, out, _ = run(ws, "--import", str(book), "--json")
    assert code == 1 and json.loads(out) == import_roadmap(book).model_dump(mode="json", context=VI)


def test_tt35_gate_unknown_then_declared(tmp_path: Path) -> None:
    ws = make_ws(tmp_path / "ws", TT35)
    code, out, _ = run(ws, "--target", TT35, "--json")
    assert code == 1  # nothing rated, no accreditation: no year can be promised
    data = json.loads(out)["roadmap"]
    assert data["earliest_year"] is None and data["gates"][0]["mode"] == "unknown"
    assert any("--gate-year" in line["text"] for line in data["explanation"])
    code, out, _ = run(ws, "--target", TT35, "--json", "--gate-year", "tt14-2024/truong=2027")
    data = json.loads(out)["roadmap"]
    # 3-year windows never rated count as not met: fixed in 2026 they count from 2028
    assert code == 0 and data["earliest_year"] == 2028 and data["gates"][0]["mode"] == "external"


def test_usage_and_input_errors(tmp_path: Path) -> None:
    ws = make_ws(tmp_path / "ws", TT38)
    code, _, err = run(ws)
    assert code == 3 and "--target" in err
    code, _, err = run(ws, "--target", TT38, "--gate-year", "tt14-2024/truong")
    assert code == 2 and "ID=" in " ".join(err.split())
    code, _, err = run(ws, "--target", TT38, "--budget", "nhiều")
    assert code == 2 and "--budget" in err
    code, _, err = run(ws, "--import", str(tmp_path / "none.xlsx"))
    assert code == 3 and "none.xlsx" in err


def test_import_shows_months_and_names_a_bad_month(tt38_ws: tuple[Workspace, Path], tmp_path: Path) -> None:
    ws, lf = tt38_ws
    book = tmp_path / "ke-hoach.xlsx"
    assert run(ws, "--links", str(lf), "--out", str(book))[0] == 0
    wb = openpyxl.load_workbook(book)
    ws_g = wb[SHEET_GANTT]
    heads = {c.value: c.column for c in ws_g[2]}
    first, second = 4, 5  # row 3 holds T1…T12
    ws_g.cell(first, heads["Tháng bắt đầu"], 3)
    ws_g.cell(second, heads["Tháng kết thúc"], "mười ba")
    wb.save(book)
    code, out, _ = run(ws, "--import", str(book))
    text = " ".join(out.split())
    assert code == 0  # months never move a year: the target year holds
    assert "Tháng bắt đầu" in text and f"Sheet 'Lộ trình', dòng {second}, cột 'Tháng kết thúc'" in text
    assert "'mười ba'" in text and "không phải một tháng" in text
