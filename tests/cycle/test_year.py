"""The annual cycle on the demo school: 2027 opened from 2026. Carried ratings are marked and NEVER count for
the new year until a person confirms or changes them; 2026 stays as it was, read-only; the years side by side."""

from __future__ import annotations

import hashlib
import json
import stat
from pathlib import Path

import openpyxl
from typer.testing import CliRunner

from accredit.annual import service
from accredit.annual.carry import carry_over, confirmed, is_carried, marker
from accredit.annual.workbook import carried_rows
from accredit.cli.app import app
from accredit.model.assessment import Assessment, Narrative, Rating, Status
from accredit.model.evidence import EvidenceLink
from accredit.programmes.workspace import score_programme
from accredit.ratings.workspace import ratings_workbook_path
from accredit.scoring.workspace import load_links
from accredit.service.inputs import read_inputs
from accredit.service.results import ScoreResult
from accredit.service.scoring import score_all
from accredit.workspace import Workspace, load_workspace

TT38 = "tt38-2026/co-so-gdnn-v3"
TT35 = "tt35-2021/truong-cao-dang-v2"
runner = CliRunner()



def score_workspace(ws: Workspace, framework_id: str | None = None,
                    links: list[EvidenceLink] | None = None) -> ScoreResult:
    """The workspace scored through the service layer (its inputs read once)."""
    return score_all(read_inputs(ws, framework_id, links=links))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_carry_over_is_data_and_never_a_rating() -> None:
    prev = Assessment(framework=TT38, framework_version="x", year=2026, ratings=[
        Rating(code="1.1", status=Status.MET, narrative=Narrative(current_state="Nghị quyết 05/NQ-HĐT.")),
        Rating(code="1.2"),  # blank: nothing to carry
    ])
    carried = carry_over(prev, 2027)
    assert [c.code for c in carried] == ["1.1"]
    c = carried[0]
    assert c.state == "inherited" and c.previous_status == Status.MET and c.to_year == 2027
    assert c.narrative.current_state == f"{marker(2026)} Nghị quyết 05/NQ-HĐT."
    assert is_carried(c.narrative.current_state)
    assert not hasattr(c, "status")  # it is not a rating: only confirming makes one
    again = carry_over(prev.model_copy(update={"year": 2027, "ratings": [
        Rating(code="1.1", narrative=c.narrative)]}), 2028)
    assert again[0].narrative.current_state == c.narrative.current_state  # marked once
    made = confirmed(c.model_copy(update={"previous_years": {2025: Status.MET, 2026: Status.MET}}), [2025, 2026, 2027])
    assert made.status == Status.MET and made.years == {2025: Status.MET, 2026: Status.MET, 2027: Status.MET}


def test_start_carries_marks_and_counts_nothing(demo: Workspace) -> None:
    before = score_workspace(demo, links=load_links(demo)).scorecards
    assert [c.total for c in before] == [28, 68]
    old = {fid: ratings_workbook_path(demo, fid) for fid in (TT38, TT35)}
    hashes = {fid: digest(p) for fid, p in old.items()}
    result = service.start_year(demo, 2027)
    assert (result.from_year, result.to_year) == (2026, 2027)
    assert load_workspace(demo.root).config.assessment.year == 2027
    carried = {(c.framework, c.programme): c for c in result.carried}
    assert carried[(TT38, None)].carried == 20 and carried[(TT38, None)].written == 20
    assert {p for _, p in carried} == {None, "6520227", "6510216"}  # the programmes too
    ws = load_workspace(demo.root)
    links = load_links(ws)
    after = {c.framework: c for c in score_workspace(ws, links=links).scorecards}
    for card in after.values():
        assert card.year == 2027 and card.total == 0 and not card.passed
        for r in card.requirements:
            assert r.status in (Status.NOT_EVALUATED, Status.NOT_MET) and r.rated is None  # no rating came along
            assert r.status != Status.MET
    # the new workbook holds last year's text, marked, and no status
    wb = openpyxl.load_workbook(ratings_workbook_path(ws, TT38))
    sheet = wb.worksheets[1]
    heads = {c.value: c.column for c in sheet[2]}
    row = next(r for r in range(3, sheet.max_row + 1) if sheet.cell(r, 1).value == "1.1")
    assert sheet.cell(row, heads["Trạng thái"]).value is None
    assert sheet.cell(row, heads["Mô tả hiện trạng"]).value.startswith("[Kế thừa 2026 — cần cập nhật] Nghị quyết")
    # 2026 is untouched and read-only
    for fid, path in old.items():
        assert digest(path) == hashes[fid]
        assert not path.stat().st_mode & stat.S_IWUSR
        assert str(path) in result.read_only
    # the store holds the carried 2027 text (no 2027 status) beside the 2026 values, which stay
    from accredit.store.workspace import open_workspace_store

    with open_workspace_store(ws, readonly=True) as store:
        now = {n.requirement: n.text for n in store.narratives(TT38, 2027) if n.field == "current_state"}
        assert now["1.1"].startswith("[Kế thừa 2026 — cần cập nhật] Nghị quyết")
        assert all(r.status is None for r in store.ratings(TT38, 2027))
        then = {r.requirement: r.status for r in store.ratings(TT38, 2026) if r.period is None}
        assert then["1.1"] == Status.MET
        # 2026's own texts stay as they were: only the demo's marks of 2025 (1.4, 4.3 confirmed, text to update)
        marked = {n.requirement for n in store.narratives(TT38, 2026) if is_carried(n.text)}
        assert marked == {"1.4", "4.3"}
        assert not any((n.text or "").startswith("[Kế thừa 2026") for n in store.narratives(TT38, 2026))
    card, _, _ = score_programme(ws, ws.config.programmes[0], links)
    assert card.year == 2027 and card.total == 0


def test_a_person_confirms_or_changes_and_only_then_it_counts(demo: Workspace) -> None:
    service.start_year(demo, 2027)
    ws = load_workspace(demo.root)
    refused = runner.invoke(app, ["year", "confirm", "1.1", "-w", str(ws.root)])  # no terminal, no --yes
    assert refused.exit_code == 2
    assert next(c for c in score_workspace(ws, TT38).scorecards).total == 0
    ok = runner.invoke(app, ["year", "confirm", "1.1", "--framework", TT38, "--yes", "-w", str(ws.root)])
    assert ok.exit_code == 0, ok.output
    card = score_workspace(ws, TT38).scorecards[0]
    req = {r.code: r for r in card.requirements}
    assert req["1.1"].status == Status.MET and req["1.1"].rated == Status.MET
    assert all(r.status != Status.MET for c, r in req.items() if c != "1.1" and not c.startswith("CS"))
    # a person types their own rating for 1.2: it counts, and a re-run of 'year start' keeps it
    path = ratings_workbook_path(ws, TT38)
    wb = openpyxl.load_workbook(path)
    sheet = wb.worksheets[1]
    heads = {c.value: c.column for c in sheet[2]}
    row = next(r for r in range(3, sheet.max_row + 1) if sheet.cell(r, 1).value == "1.2")
    sheet.cell(row, heads["Trạng thái"], "Không đạt")
    sheet.cell(row, heads["Mô tả hiện trạng"], "Quy chế mới chưa ban hành.")
    wb.save(path)
    service.start_year(ws, 2027)  # re-run: fills only blanks
    req = {r.code: r for r in score_workspace(ws, TT38).scorecards[0].requirements}
    assert req["1.2"].status == Status.NOT_MET and req["1.1"].status == Status.MET
    rows = {r.code: r for r in carried_rows(path)}
    assert "1.2" not in rows and rows["1.1"].rated and not rows["1.3"].rated


def test_only_the_next_year_and_a_year_with_ratings(demo: Workspace) -> None:
    result = runner.invoke(app, ["year", "start", "2029", "-w", str(demo.root)])
    assert result.exit_code == 3 and "2027" in result.output
    for p in demo.data_dir.rglob("tu-danh-gia_2026_*.xlsx"):
        p.unlink()
    result = runner.invoke(app, ["year", "start", "2027", "-w", str(demo.root)])
    assert result.exit_code == 3 and "2026" in result.output
    assert load_workspace(demo.root).config.assessment.year == 2026  # nothing changed


def test_years_side_by_side_and_outside_window(demo: Workspace) -> None:
    started = runner.invoke(app, ["year", "start", "2027", "-w", str(demo.root), "--json"])
    assert started.exit_code == 0, started.output
    data = json.loads(started.stdout)
    assert data["earliest_year"] and data["outside_window"]
    assert all(o["issued"] < f"{o['window'][0]}" for o in data["outside_window"])
    shown = runner.invoke(app, ["year", "show", "-w", str(demo.root), "--json"])
    rows = {(h["framework"], h["programme"]): h for h in json.loads(shown.stdout)}
    tt38 = rows[(TT38, None)]["years"]
    assert [(c["year"], c["total"], c["carried"]) for c in tt38] == [(2025, 25, 0), (2026, 28, 0), (2027, 0, 20)]
    assert tt38[1]["statuses"]["1.1"] == "met" and tt38[2]["statuses"]["1.1"] == "not_evaluated"
    dien = rows[("tt14-2024/ctdt-trung-cap-cao-dang", "6520227")]["years"]
    assert [c["total"] for c in dien] == [82.5, 85, 0]
    text = runner.invoke(app, ["--lang", "en", "year", "show", "-w", str(demo.root)], env={"COLUMNS": "120"})
    assert "by year" in text.output and "2027" in text.output
    wb = openpyxl.load_workbook(demo.output_dir / "so-sanh-cac-nam.xlsx")  # the years side by side, for the file
    sheet = wb.worksheets[0]
    assert [c.value for c in sheet[2]][:4] == ["Requirement", "2025", "2026", "2027"]
    row = next(r for r in sheet.iter_rows(min_row=3) if r[0].value == "1.1")
    assert [c.value for c in row[:4]] == ["1.1", "Met", "Met", "Not evaluated"]


def test_the_second_year_shows_in_the_reports(demo: Workspace) -> None:
    import datetime as dt

    from accredit.service import reports

    service.start_year(demo, 2027)
    ws = load_workspace(demo.root)
    run = reports(ws, dt.datetime(2027, 1, 20, 9, 0), "json,xlsx")
    report = json.loads(Path(next(f for f in run.files if f.endswith(".json"))).read_text(encoding="utf-8"))
    text = json.dumps(report, ensure_ascii=False)
    assert '"year": 2027' in text and "[Kế thừa 2026 — cần cập nhật]" in text
    assert not any(o.passed for o in run.frameworks)
