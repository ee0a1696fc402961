"""Workbooks as the exchange format, on a copy of the bundled demo: migration of a workspace made before the
store, export/import cell by cell with conflicts, today's single-user flow (edit the workbook, then run)."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from accredit.cli.app import app
from accredit.demo import copy_demo
from accredit.errors import AccreditError
from accredit.evidence.index import INDEX_NAME, EvidenceIndex, LinkRow
from accredit.evidence.scan import ScanOptions
from accredit.evidence.service import evidence_links, scan_workspace
from accredit.frameworks import workspace_frameworks as frameworks_of
from accredit.i18n.message import Messages
from accredit.indicators.compute import compute_indicators
from accredit.indicators.reader import read_institution_data
from accredit.indicators.schema import build_schema
from accredit.indicators.workspace import data_workbook_path, workspace_data
from accredit.model.assessment import Assessment, Status
from accredit.model.evidence import EvidenceLink, LinkOrigin
from accredit.model.scorecard import Scorecard
from accredit.ratings.workspace import ratings_workbook_path, workspace_assessment
from accredit.ratings.workspace import read_ratings as read_ratings_file
from accredit.scoring.engine import score
from accredit.service import data as data_service
from accredit.service import ratings as ratings_service
from accredit.service.inputs import read_inputs
from accredit.service.scoring import score_all
from accredit.store.errors import StaleWriteError, StoreError
from accredit.store.links import replay_link_decisions
from accredit.store.records import Actor, Decision
from accredit.store.store import Store
from accredit.store.workspace import BACKUP_DIR, STORE_NAME, store_path
from accredit.workspace import Workspace, load_workspace


@dataclass(frozen=True)
class Scored:
    """What these tests look at after a score: the scorecards, the notes as text, the ratings read."""

    scorecards: list[Scorecard]
    notes: list[str]
    assessments: dict[str, Assessment | None]


def score_workspace(
    ws: Workspace, framework_id: str | None = None, *, links: list[EvidenceLink] | None = None
) -> Scored:
    """Read the inputs once and score them, as every command does."""
    inputs = read_inputs(ws, framework_id, links=links)
    result = score_all(inputs)
    vi = Messages("vi")
    return Scored(list(result.scorecards), [vi(n) for n in result.notes],
                  {f.id: f.assessment for f in inputs.frameworks})

AT = datetime(2026, 12, 2, 7, 0, tzinfo=UTC)
QA = Actor(username="phong-dbcl", via="cli", at=AT)
LAN = Actor(username="lan", via="web", at=AT + timedelta(hours=1))
TT38 = "tt38-2026/co-so-gdnn-v3"
TT35 = "tt35-2021/truong-cao-dang-v2"
runner = CliRunner()


def demo(tmp_path: Path) -> Workspace:
    """A workspace exactly as today's release makes it: the bundled demo copied by the demo code."""
    return load_workspace(copy_demo(tmp_path / "truong"))


def release_scores(ws: Workspace) -> list[str]:
    """The scorecards as the release computed them: straight from the workbooks, no store."""
    year, obj = ws.config.assessment.year, ws.config.school.object
    links = evidence_links(ws)
    out = []
    for fw in frameworks_of(ws):
        assessment = read_ratings_file(ratings_workbook_path(ws, fw.id), fw).model_copy(update={"object_type": obj})
        data = read_institution_data(data_workbook_path(ws, fw.id), build_schema(fw, year, obj))
        report = compute_indicators(fw, data, year, obj, categories=ws.config.school.categories)
        out.append(score(fw, assessment, links, report.results, {}).model_dump_json())
    return out


def edit(path: Path, sheet: str, code: str, **cells: object) -> None:
    """Type into the ratings workbook as a person does in Excel (header → value on the row of ``code``)."""
    wb = openpyxl.load_workbook(path)
    ws = wb[sheet]
    heads = {c.value: c.column for c in ws[2]}
    row = next(r for r in range(3, ws.max_row + 1) if str(ws.cell(r, heads["Mã"]).value) == code)
    for header, value in cells.items():
        ws.cell(row, heads[header.replace("_", " ")], value)
    wb.save(path)


def cell(path: Path, sheet: str, code: str, header: str) -> object:
    wb = openpyxl.load_workbook(path)
    ws = wb[sheet]
    heads = {c.value: c.column for c in ws[2]}
    row = next(r for r in range(3, ws.max_row + 1) if str(ws.cell(r, heads["Mã"]).value) == code)
    return ws.cell(row, heads[header]).value


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo scanned by the release, with a person's link decisions made in its evidence index."""
    ws = demo(tmp_path_factory.mktemp("scanned"))
    scan_workspace(ws, workers=1, options=ScanOptions(workers=1))
    with EvidenceIndex.open(ws.cache_dir / INDEX_NAME) as index:
        rows = index.links()
        suggested = [r for r in rows if r.origin == LinkOrigin.SUGGESTED and not r.confirmed]
        code = next(r for r in rows if r.origin == LinkOrigin.CODE)
        some_file = next(r.hash for r in rows if r.framework == TT35)
        with index.transaction():
            index.put_link(LinkRow(some_file, TT35, "2.1", LinkOrigin.MANUAL, None, True, "MC.2.1.99", False))
            index.put_link(LinkRow(*[getattr(suggested[0], f) for f in ("hash", "framework", "requirement")],
                                   LinkOrigin.SUGGESTED, suggested[0].score, True, None, False))
            index.put_link(LinkRow(*[getattr(suggested[1], f) for f in ("hash", "framework", "requirement")],
                                   LinkOrigin.SUGGESTED, suggested[1].score, False, None, True))
            index.put_link(LinkRow(code.hash, code.framework, code.requirement, code.origin, code.score,
                                   code.confirmed, code.evidence_code, True))
    assert not store_path(ws).exists()  # made as the release makes it
    return ws.root


def test_a_release_workspace_migrates_with_nothing_lost(scanned: Path, tmp_path: Path) -> None:
    root = tmp_path / "copy"
    shutil.copytree(scanned, root)
    ws = load_workspace(root)
    before_links = evidence_links(ws)
    before_scores = release_scores(ws)
    year, obj = ws.config.assessment.year, ws.config.school.object
    before = {fw.id: read_ratings_file(ratings_workbook_path(ws, fw.id), fw) for fw in frameworks_of(ws)}
    before_data = {fw.id: read_institution_data(data_workbook_path(ws, fw.id), build_schema(fw, year, obj))
                   for fw in frameworks_of(ws)}
    with EvidenceIndex.open(ws.cache_dir / INDEX_NAME, readonly=True) as index:
        person_rows = [r for r in index.links(include_rejected=True)
                       if r.rejected or r.origin == LinkOrigin.MANUAL or (r.origin == LinkOrigin.SUGGESTED
                                                                          and r.confirmed)]

    after_scores = [c.model_dump_json() for c in score_workspace(ws, links=before_links).scorecards]  # first open

    assert after_scores == before_scores  # scoring gives the same scorecards as before migration
    for fw in frameworks_of(ws):
        after = workspace_assessment(ws, fw, actor=QA)
        assert after is not None
        assert after.model_copy(update={"object_type": None}) == before[fw.id].model_copy(
            update={"object_type": None})  # every rating, year status, narrative, evidence code, note, source
        assert workspace_data(ws, fw, actor=QA).data == before_data[fw.id]  # every data value, where it was read
    assert sum(len(a.ratings) for a in before.values()) > 30
    assert any(r.years for a in before.values() for r in a.ratings)
    assert any(r.narrative.strengths for a in before.values() for r in a.ratings)
    with Store.open(store_path(ws), readonly=True) as store:
        decisions = {(d.framework, d.requirement, d.evidence_id): d.decision for d in store.link_decisions()}
        rating_log = store.history(entity="rating")
    assert len(decisions) == len(person_rows) == 4
    assert sorted(decisions.values()) == sorted([Decision.LINK, Decision.CONFIRM, Decision.REJECT, Decision.UNLINK])
    assert rating_log and all(e.via == "excel" for e in rating_log)
    assert evidence_links(ws) == before_links  # the index is untouched
    backups = list((root / BACKUP_DIR).iterdir())
    assert len(backups) == 1 and backups[0].name.endswith("_chuyen-sang-kho")
    kept = sorted(p.relative_to(backups[0]).as_posix() for p in backups[0].rglob("*") if p.is_file())
    assert kept == sorted([*(f"du-lieu/{p.name}" for p in ws.data_dir.glob("*.xlsx")), INDEX_NAME])
    for p in ws.data_dir.glob("*.xlsx"):  # the backup holds the workbooks as they were
        assert (backups[0] / "du-lieu" / p.name).read_bytes() == p.read_bytes()
    with EvidenceIndex.open(backups[0] / INDEX_NAME, readonly=True) as copy, \
            EvidenceIndex.open(ws.cache_dir / INDEX_NAME, readonly=True) as index:
        assert copy.links(include_rejected=True) == index.links(include_rejected=True)


def test_link_decisions_come_back_after_the_cache_is_rebuilt(scanned: Path, tmp_path: Path) -> None:
    root = tmp_path / "copy"
    shutil.copytree(scanned, root)
    ws = load_workspace(root)
    before = {(x.evidence_id, x.framework, x.requirement, x.origin, x.confirmed) for x in evidence_links(ws)}
    score_workspace(ws)  # migrates
    shutil.rmtree(ws.cache_dir)
    scan_workspace(ws, workers=1, options=ScanOptions(workers=1))
    rebuilt = {(x.evidence_id, x.framework, x.requirement, x.origin, x.confirmed) for x in evidence_links(ws)}
    assert rebuilt == before  # the scan put the person's decisions back from the store
    with EvidenceIndex.open(ws.cache_dir / INDEX_NAME) as index, Store.open(store_path(ws)) as store:
        assert replay_link_decisions(index, store) == 0  # nothing left to replay
        for key in [(r.hash, r.framework, r.requirement) for r in index.links(include_rejected=True)
                    if r.origin == LinkOrigin.MANUAL]:
            index.delete_links([key])  # a cache that forgot them (an older release's rebuild) …
        assert replay_link_decisions(index, store) > 0  # … gets them back
    assert {(x.evidence_id, x.framework, x.requirement, x.origin, x.confirmed) for x in evidence_links(ws)} == before


def test_an_import_after_a_newer_edit_lists_the_conflicting_cells(tmp_path: Path) -> None:
    ws = demo(tmp_path)
    path = ratings_workbook_path(ws, TT38)
    ratings_service.export_ratings(ws, actor=QA, framework=TT38, links=[])
    seen = ratings_service.get_standard(ws, TT38, "1.1")
    assert seen.status.status == Status.MET
    ratings_service.set_rating(ws, TT38, "1.1", "Không áp dụng", base_version=seen.status.version, actor=LAN)
    edit(path, "Điều kiện 1", "1.1", Trạng_thái="Không đạt", Điểm_mạnh="Đủ phòng học")

    result = ratings_service.import_ratings(ws, actor=QA, framework=TT38).imports[0]

    assert not result.applied
    assert [(c.sheet, c.cell, c.requirement, c.field, c.old, c.new, c.current, c.changed_by, c.changed_via)
            for c in result.conflicts] == [
        ("Điều kiện 1", "E3", "1.1", "Trạng thái", "Đạt", "Không đạt", "Không áp dụng", "lan", "web")]
    assert [(c.cell, c.field, c.old, c.new) for c in result.changes] == [("G3", "Điểm mạnh", None, "Đủ phòng học")]
    standard = ratings_service.get_standard(ws, TT38, "1.1")
    assert standard.status.status == Status.NOT_APPLICABLE  # nothing applied: one transaction or none
    assert next(x for x in standard.texts if x.field == "strengths").text is None

    code, out = _cli(ws, "ratings", "import", "--framework", TT38)
    assert code == 1 and "E3" in out and "lan (web)" in out and "--overwrite" in out

    forced = ratings_service.import_ratings(ws, actor=QA, framework=TT38, overwrite=True).imports[0]
    assert forced.applied and len(forced.conflicts) == 1
    standard = ratings_service.get_standard(ws, TT38, "1.1")
    assert standard.status.status == Status.NOT_MET and standard.status.via == "excel"
    assert next(x for x in standard.texts if x.field == "strengths").text == "Đủ phòng học"
    history = ratings_service.standard_history(ws, TT38, "1.1").entries
    assert [(e.username, e.via, e.old, e.new) for e in history if e.entity == "rating"][-2:] == [
        ("lan", "web", "met", "not_applicable"), ("phong-dbcl", "excel", "not_applicable", "not_met")]


def test_the_single_user_flow_edit_the_workbook_then_run(tmp_path: Path) -> None:
    ws = demo(tmp_path)
    path = ratings_workbook_path(ws, TT38)
    first = score_workspace(ws, TT38, links=[])  # migrates
    edit(path, "Điều kiện 1", "1.1", Trạng_thái="Không đạt", Tồn_tại="Thiếu xưởng")
    second = score_workspace(ws, TT38, links=[])
    assert not any("kho" in n for n in second.notes)
    assessment = second.assessments[TT38]
    assert assessment is not None and assessment.rating("1.1").status == Status.NOT_MET
    assert assessment.rating("1.1").narrative.weaknesses == "Thiếu xưởng"
    assert first.scorecards[0].model_dump() != second.scorecards[0].model_dump()
    with Store.open(store_path(ws), readonly=True) as store:
        log = store.history(entity="rating", requirement="1.1")
        assert [(e.via, e.old, e.new) for e in log][-1] == ("excel", "met", "not_met")
        count = len(store.history())
    score_workspace(ws, TT38, links=[])  # an unchanged workbook is not imported again
    with Store.open(store_path(ws), readonly=True) as store:
        assert len(store.history()) == count


def test_a_run_after_a_conflicting_edit_says_which_cells_and_uses_the_store(tmp_path: Path) -> None:
    ws = demo(tmp_path)
    path = ratings_workbook_path(ws, TT38)
    score_workspace(ws, TT38, links=[])
    seen = ratings_service.get_standard(ws, TT38, "1.2")
    ratings_service.set_rating(ws, TT38, "1.2", Status.NOT_MET, base_version=seen.status.version, actor=LAN)
    edit(path, "Điều kiện 1", "1.2", Trạng_thái="Không áp dụng")
    run = score_workspace(ws, TT38, links=[])
    note = next(n for n in run.notes if "tu-danh-gia" in n and "kho" in n)
    assert "'Điều kiện 1'!E4" in note and "lan" in note and "--overwrite" in note
    assert run.assessments[TT38].rating("1.2").status == Status.NOT_MET


def test_a_stale_write_through_the_service_shows_the_newer_value(tmp_path: Path) -> None:
    ws = demo(tmp_path)
    seen = ratings_service.get_standard(ws, TT35, "1.3")
    strengths = next(x for x in seen.texts if x.field == "strengths")
    ratings_service.set_narrative(ws, TT35, "1.3", "strengths", "Bản của Lan", base_version=strengths.version,
                                  actor=LAN)
    with pytest.raises(StaleWriteError) as caught:
        ratings_service.set_narrative(ws, TT35, "1.3", "strengths", "Bản của Minh", base_version=strengths.version,
                                      actor=QA)
    assert "Bản của Lan" in str(caught.value) and "lan" in str(caught.value)


def test_export_never_erases_edits_not_yet_imported(tmp_path: Path) -> None:
    ws = demo(tmp_path)
    path = ratings_workbook_path(ws, TT38)
    ratings_service.export_ratings(ws, actor=QA, framework=TT38, links=[])
    edit(path, "Điều kiện 1", "1.1", Ghi_chú="chưa nhập")
    with pytest.raises(StoreError) as caught:
        ratings_service.export_ratings(ws, actor=QA, framework=TT38, links=[])
    assert "import" in str(caught.value) and cell(path, "Điều kiện 1", "1.1", "Ghi chú") == "chưa nhập"
    ratings_service.export_ratings(ws, actor=QA, framework=TT38, links=[], overwrite=True)
    assert cell(path, "Điều kiện 1", "1.1", "Ghi chú") is None


def test_data_values_set_exported_edited_and_imported(tmp_path: Path) -> None:
    ws = demo(tmp_path)
    fw = next(f for f in frameworks_of(ws) if f.id == TT38)
    schema = build_schema(fw, ws.config.assessment.year, ws.config.school.object)
    spec = schema.institution[0]
    year = schema.years[-1]
    got = data_service.get_data_value(ws, TT38, spec.name, year)
    new = data_service.set_data_value(ws, TT38, spec.name, year, "1234", base_version=got.version, actor=LAN)
    assert new.value == "1234" and new.version == got.version + 1
    assert workspace_data(ws, fw).data.values[spec.name][year].value == Decimal("1234")
    data_service.export_data(ws, actor=QA, framework=TT38)
    path = data_workbook_path(ws, TT38)
    wb = openpyxl.load_workbook(path)
    sheet = wb[spec.sheet]
    heads = {c.value: c.column for c in sheet[2]}
    row = next(r for r in range(3, sheet.max_row + 1) if sheet.cell(r, heads["Mã số liệu"]).value == spec.name)
    assert sheet.cell(row, heads[f"Năm {year}"]).value == 1234
    sheet.cell(row, heads[f"Năm {year}"], 1300)
    wb.save(path)
    result = data_service.import_data(ws, actor=QA, framework=TT38).imports[0]
    ref = f"{openpyxl.utils.get_column_letter(heads[f'Năm {year}'])}{row}"
    assert [(c.sheet, c.cell, c.field, c.year, c.old, c.new) for c in result.changes] == [
        (spec.sheet, ref, spec.name, year, "1234", "1300")]
    assert result.applied and data_service.get_data_value(ws, TT38, spec.name, year).value == "1300"
    with pytest.raises(AccreditError) as caught:
        data_service.set_data_value(ws, TT38, spec.name, year, "nhiều", base_version=0, actor=LAN)
    assert "không phải là số" in str(caught.value)


def _cli(ws: Workspace, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, [*args, "--workspace", str(ws.root)], env={"COLUMNS": "250"})
    return result.exit_code, result.stdout + (result.stderr or "")


def test_the_cli_json_is_the_result(tmp_path: Path) -> None:
    ws = demo(tmp_path)
    code, out = _cli(ws, "ratings", "export", "--json")
    assert code == 0 and [e["framework"] for e in json.loads(out)["exports"]] == [TT38, TT35]
    edit(ratings_workbook_path(ws, TT35), "Tiêu chí 1", "1.1", Điểm_mạnh="Mới")
    code, out = _cli(ws, "ratings", "import", "--dry-run", "--json")
    data = json.loads(out)
    assert code == 0 and data == ratings_service.import_ratings(ws, actor=QA, dry_run=True).model_dump(mode="json")
    assert [c["new"] for i in data["imports"] for c in i["changes"]] == ["Mới"]
    code, out = _cli(ws, "data", "import", "--dry-run")
    assert code == 0 and "0 ô thay đổi" in " ".join(out.split())
    assert (ws.root / STORE_NAME).is_file()


def test_a_read_only_workspace_with_a_store_is_read_from_it(tmp_path: Path) -> None:
    import subprocess

    from tests.hostile.test_workspace import _set_read_only

    ws = demo(tmp_path)
    seen = ratings_service.get_standard(ws, TT38, "1.1")  # migrates
    ratings_service.set_rating(ws, TT38, "1.1", Status.NOT_MET, base_version=seen.status.version, actor=LAN)
    try:
        _set_read_only(ws.root, True)
    except (OSError, subprocess.CalledProcessError) as exc:
        pytest.skip(f"cannot make a folder read-only here: {exc}")
    try:
        try:
            (ws.root / "probe").write_text("x")
        except OSError:
            pass
        else:
            (ws.root / "probe").unlink()
            pytest.skip("the folder stays writable here")
        before = store_path(ws).read_bytes()
        assessment = workspace_assessment(ws, next(f for f in frameworks_of(ws) if f.id == TT38))
        assert assessment is not None and assessment.rating("1.1").status == Status.NOT_MET
        assert ratings_service.get_standard(ws, TT38, "1.1").status.status == Status.NOT_MET
        assert store_path(ws).read_bytes() == before
        code, out = _cli(ws, "score", "--framework", TT38)
        assert code == 1 and "CS06" in out and "kho" not in out, out  # scored (not passed), no store error
    finally:
        _set_read_only(ws.root, False)


def test_link_unlink_confirm_are_kept_in_the_store_and_survive_a_rebuilt_cache(scanned: Path, tmp_path: Path) -> None:
    from accredit.evidence.service import confirm_suggestions, link_files, unlink_files

    root = tmp_path / "copy"
    shutil.copytree(scanned, root)
    ws = load_workspace(root)
    some = next(x for x in evidence_links(ws) if x.framework == TT38 and x.counts)
    link_files(ws, [some.path], ["1.2"], framework=TT38, actor=LAN)
    with Store.open(store_path(ws), readonly=True) as store:
        d = store.link_decision(TT38, "1.2", some.evidence_id)
        assert (d.decision, d.updated_by, d.via, d.path) == (Decision.LINK, "lan", "web", some.path)
        migrated = len(store.link_decisions())
    assert migrated == 5  # the release's four, migrated on first open, and this one
    unlink_files(ws, [some.path], ["1.2"], framework=TT38, actor=QA)
    confirm_suggestions(ws, framework=TT38, top=1, min_score=0, actor=QA)
    with Store.open(store_path(ws), readonly=True) as store:
        assert store.link_decision(TT38, "1.2", some.evidence_id).decision == Decision.UNLINK
        confirmed = [d for d in store.link_decisions(TT38) if d.decision == Decision.CONFIRM]
        assert len(confirmed) > 1 and all(d.updated_by == "phong-dbcl" for d in confirmed[1:])
        kept = {(d.framework, d.requirement, d.evidence_id): d.decision for d in store.link_decisions()}
    shutil.rmtree(ws.cache_dir)  # the cache is deleted and rebuilt …
    scan_workspace(ws, workers=1, options=ScanOptions(workers=1))
    other = next(x for x in evidence_links(ws) if x.framework == TT35 and x.counts
                 and (TT35, "1.1", x.evidence_id) not in kept)
    link_files(ws, [other.path], ["1.1"], framework=TT35, actor=QA)  # … and a person links a file before replay
    with Store.open(store_path(ws), readonly=True) as store:
        after = {(d.framework, d.requirement, d.evidence_id): d.decision for d in store.link_decisions()}
    assert {k: v for k, v in after.items() if k in kept} == kept  # no decision lost
    index_links = {(x.framework, x.requirement, x.evidence_id): x for x in evidence_links(ws)}
    assert (TT38, "1.2", some.evidence_id) not in index_links or not index_links[
        (TT38, "1.2", some.evidence_id)].counts  # the rebuilt index says what the store says: unlinked
    assert all(index_links[k].counts for k, v in kept.items() if v == Decision.CONFIRM)  # confirmed ones count


def test_listing_a_framework_gives_every_standard_with_its_versions(tmp_path: Path) -> None:
    ws = demo(tmp_path)
    listing = ratings_service.list_standards(ws, TT35)
    fw = next(f for f in frameworks_of(ws) if f.id == TT35)
    assert [s.requirement for s in listing.standards] == [r.code for r in fw.requirements]
    assert listing.standards[0] == ratings_service.get_standard(ws, TT35, listing.standards[0].requirement)
    assert any(s.years for s in listing.standards) and all(len(s.texts) == 6 for s in listing.standards)
    values = data_service.list_data_values(ws, TT38).values
    assert values and all(v.version == 1 and v.via == "excel" for v in values)
    with pytest.raises(AccreditError) as caught:
        ratings_service.list_standards(ws, "tt99/khong-co")
    assert "tt99/khong-co" in str(caught.value)


def test_no_migration_without_its_backup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ws = demo(tmp_path)

    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(shutil, "copy2", full)
    with pytest.raises(StoreError) as caught:
        ratings_service.get_standard(ws, TT38, "1.1")
    assert "sao-luu" in str(caught.value) and "No space" in str(caught.value)
    monkeypatch.undo()
    assert ratings_service.get_standard(ws, TT38, "1.1").status.status == Status.MET  # migrates next time


MINH = Actor(username="minh", via="web", at=AT + timedelta(hours=2))


def test_cells_typed_elsewhere_and_exported_read_back_as_untouched(tmp_path: Path) -> None:
    """A text with a control character, evidence codes separated by commas: the workbook holds them cleaned and
    joined by '; '. Left as exported, they are neither a change nor (when someone changes them meanwhile) a
    conflict that blocks the person's real edits."""
    ws = demo(tmp_path)
    path = ratings_workbook_path(ws, TT38)
    seen = {x.field: x for x in ratings_service.get_standard(ws, TT38, "1.3").texts}
    ratings_service.set_narrative(ws, TT38, "1.3", "note", "Ghi\x07 chú", base_version=seen["note"].version,
                                  actor=LAN)
    ratings_service.set_narrative(ws, TT38, "1.3", "evidence_codes", "H1.01.03.01, H1.01.03.02",
                                  base_version=seen["evidence_codes"].version, actor=LAN)
    ratings_service.export_ratings(ws, actor=QA, framework=TT38, links=[])
    assert ratings_service.import_ratings(ws, actor=QA, framework=TT38, dry_run=True).imports[0].changes == []

    now = {x.field: x for x in ratings_service.get_standard(ws, TT38, "1.3").texts}
    ratings_service.set_narrative(ws, TT38, "1.3", "note", "Minh sửa", base_version=now["note"].version, actor=MINH)
    ratings_service.set_narrative(ws, TT38, "1.3", "evidence_codes", "H1.01.03.09",
                                  base_version=now["evidence_codes"].version, actor=MINH)
    edit(path, "Điều kiện 1", "1.1", Điểm_mạnh="Đủ phòng học")
    result = ratings_service.import_ratings(ws, actor=QA, framework=TT38).imports[0]
    assert result.conflicts == [] and result.applied
    assert [(c.cell, c.new) for c in result.changes] == [("G3", "Đủ phòng học")]
    after = {x.field: x.text for x in ratings_service.get_standard(ws, TT38, "1.3").texts}
    assert (after["note"], after["evidence_codes"]) == ("Minh sửa", "H1.01.03.09")


def test_numbers_a_workbook_cannot_hold_exactly_read_back_as_untouched(tmp_path: Path) -> None:
    """A workbook keeps 16 significant digits of a binary float: '1250.50' comes back '1250.5'. Left as exported,
    such a cell is no change (the store keeps the exact value) and no conflict when someone changes it later."""
    ws = demo(tmp_path)
    year = ws.config.assessment.year
    exact = {"q_n": "1250,50", "q_n_minus_2": "0,12345678901234567891"}
    for name, typed in exact.items():
        got = data_service.get_data_value(ws, TT38, name, year)
        data_service.set_data_value(ws, TT38, name, year, typed, base_version=got.version, actor=LAN)
    data_service.export_data(ws, actor=QA, framework=TT38)
    assert data_service.import_data(ws, actor=QA, framework=TT38, dry_run=True).imports[0].changes == []

    got = data_service.get_data_value(ws, TT38, "q_n", year)
    data_service.set_data_value(ws, TT38, "q_n", year, "1300", base_version=got.version, actor=MINH)
    result = data_service.import_data(ws, actor=QA, framework=TT38).imports[0]
    assert result.conflicts == [] and result.changes == [] and result.applied
    assert data_service.get_data_value(ws, TT38, "q_n", year).value == "1300"
    assert data_service.get_data_value(ws, TT38, "q_n_minus_2", year).value == "0.12345678901234567891"


def test_a_workbook_without_a_row_or_a_column_clears_nothing_there(tmp_path: Path) -> None:
    """A person deletes a requirement's row and the 'Ghi chú' column (or imports a copy made by an older release):
    the cells the workbook does not have are not 'cleared' — the store keeps them; the typed edit is applied."""
    ws = demo(tmp_path)
    path = ratings_workbook_path(ws, TT38)
    ratings_service.export_ratings(ws, actor=QA, framework=TT38, links=[])
    note = next(x for x in ratings_service.get_standard(ws, TT38, "1.1").texts if x.field == "note")
    ratings_service.set_narrative(ws, TT38, "1.1", "note", "Ghi chú của Lan", base_version=note.version, actor=LAN)
    before = ratings_service.get_standard(ws, TT38, "1.2")
    assert before.status.status == Status.MET
    wb = openpyxl.load_workbook(path)
    sheet = wb["Điều kiện 1"]
    heads = {c.value: c.column for c in sheet[2]}
    sheet.delete_cols(heads["Ghi chú"])
    sheet.delete_rows(4)  # the row of 1.2
    sheet.cell(3, heads["Điểm mạnh"], "Đủ phòng học")
    wb.save(path)

    result = ratings_service.import_ratings(ws, actor=QA, framework=TT38).imports[0]
    assert result.applied and result.conflicts == []
    assert [(c.requirement, c.field, c.new) for c in result.changes] == [("1.1", "Điểm mạnh", "Đủ phòng học")]
    assert next(x for x in ratings_service.get_standard(ws, TT38, "1.1").texts if x.field == "note").text == (
        "Ghi chú của Lan")
    assert ratings_service.get_standard(ws, TT38, "1.2").status.status == Status.MET


def test_a_read_records_the_import_of_an_edited_workbook_as_the_callers_user_and_time(tmp_path: Path) -> None:
    """A front end reading the inputs says who it acts for and when: the import of an edited workbook is audited
    as that person's, from Excel, at the caller's time — not the server process's user and clock."""
    ws = demo(tmp_path)
    read_inputs(ws, TT38, links=[], actor=LAN)  # migrates
    edit(ratings_workbook_path(ws, TT38), "Điều kiện 1", "1.1", Tồn_tại="Thiếu xưởng")
    read_inputs(ws, TT38, links=[], actor=LAN)
    with Store.open(store_path(ws), readonly=True) as store:
        entry = store.history(entity="narrative", requirement="1.1")[-1]
    assert (entry.username, entry.via, entry.at, entry.new) == ("lan", "excel", LAN.at, "Thiếu xưởng")


def test_a_workbook_that_cannot_be_read_is_a_message_naming_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A workbook another program holds (or without read permission) stops the import with a message naming the
    file and what to do — never a traceback."""
    ws = demo(tmp_path)
    ratings_service.export_ratings(ws, actor=QA, framework=TT38, links=[])
    path = ratings_workbook_path(ws, TT38)
    edit(path, "Điều kiện 1", "1.1", Điểm_mạnh="Đủ phòng học")
    real = Path.read_bytes

    def locked(self: Path) -> bytes:
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", locked)
    code, out = _cli(ws, "ratings", "import", "--framework", TT38)
    text = " ".join(out.split())
    assert code == 3 and path.name in text and "Permission denied" in text and "Traceback" not in text
    assert "đóng" in text


def test_a_backup_that_fails_half_way_leaves_no_half_backup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The backup folder appears whole or not at all: a copy failing after the first file leaves nothing in
    'sao-luu' that a person restoring could take for a backup; the next open makes a whole one."""
    ws = demo(tmp_path)
    real = shutil.copy2
    calls: list[object] = []

    def second_fails(src: object, dst: object, **kwargs: object) -> object:
        calls.append(src)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return real(src, dst, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(shutil, "copy2", second_fails)
    with pytest.raises(StoreError):
        ratings_service.get_standard(ws, TT38, "1.1")
    assert len(calls) == 2
    assert not (ws.root / BACKUP_DIR).exists() or list((ws.root / BACKUP_DIR).iterdir()) == []
    monkeypatch.undo()
    ratings_service.get_standard(ws, TT38, "1.1")
    (backup,) = (ws.root / BACKUP_DIR).iterdir()
    assert backup.name.endswith("_chuyen-sang-kho")
    assert sorted(p.name for p in (backup / "du-lieu").iterdir()) == sorted(p.name for p in ws.data_dir.glob("*.xlsx"))


@pytest.mark.parametrize("command", ["ratings", "data"])
@pytest.mark.parametrize("overwrite", [False, True])
def test_exporting_over_a_damaged_workbook_says_what_to_do_and_keeps_it(
    tmp_path: Path, command: str, overwrite: bool
) -> None:
    ws = demo(tmp_path)
    path = ratings_workbook_path(ws, TT38) if command == "ratings" else data_workbook_path(ws, TT38)
    path.write_bytes(path.read_bytes()[:3000])  # half saved
    damaged = path.read_bytes()
    code, out = _cli(ws, command, "export", "--framework", TT38, *(["--overwrite"] if overwrite else []))
    text = " ".join(out.split())
    assert code == 3 and "Traceback" not in text, text
    assert path.name in text and f"accredit {command} export" in text and "Đừng xóa" in text
    assert path.read_bytes() == damaged


@pytest.mark.parametrize("kind", ["ratings", "data"])
def test_importing_another_copy_is_not_undone_by_the_workspace_workbook(tmp_path: Path, kind: str) -> None:
    """A colleague's copy imported by path ('accredit ratings import their-copy.xlsx'): the workspace's own
    workbook, left as exported, must not put its older values back on the next run."""
    ws = demo(tmp_path)
    year = ws.config.assessment.year
    if kind == "ratings":
        own = ratings_workbook_path(ws, TT38)
        ratings_service.export_ratings(ws, actor=QA, framework=TT38, links=[])
        other = tmp_path / "ban-cua-lan.xlsx"
        shutil.copy2(own, other)
        edit(other, "Điều kiện 1", "1.1", Trạng_thái="Không đạt")
        result = ratings_service.import_ratings(ws, actor=LAN, framework=TT38, path=other).imports[0]
        assert result.applied and [c.cell for c in result.changes] == ["E3"]
        run = score_workspace(ws, TT38, links=[])  # reads the workspace's own workbook
        assert run.assessments[TT38].rating("1.1").status == Status.NOT_MET
        assert ratings_service.get_standard(ws, TT38, "1.1").status.status == Status.NOT_MET
    else:
        own = data_workbook_path(ws, TT38)
        data_service.export_data(ws, actor=QA, framework=TT38)
        before = data_service.get_data_value(ws, TT38, "t_nh", year).value
        other = tmp_path / "so-lieu-cua-lan.xlsx"
        shutil.copy2(own, other)
        wb = openpyxl.load_workbook(other)
        sheet = wb["Số liệu chung"]
        heads = {c.value: c.column for c in sheet[2]}
        row = next(r for r in range(3, sheet.max_row + 1) if sheet.cell(r, heads["Mã số liệu"]).value == "t_nh")
        sheet.cell(row, heads[f"Năm {year}"], int(before) + 7)
        wb.save(other)
        result = data_service.import_data(ws, actor=LAN, framework=TT38, path=other).imports[0]
        assert result.applied and len(result.changes) == 1
        score_workspace(ws, TT38, links=[])
        assert data_service.get_data_value(ws, TT38, "t_nh", year).value == str(int(before) + 7)


def test_two_first_opens_at_once_migrate_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The web app and a command opening a release workspace together: one migrates (one backup, one import);
    the other waits for it and finds the work done — no second backup, no second forced import."""
    import threading

    from accredit.store.workspace import open_workspace_store

    ws = demo(tmp_path)
    inside, release = threading.Event(), threading.Event()
    real = shutil.copy2

    def slow_copy(src: object, dst: object, **kwargs: object) -> object:
        inside.set()
        release.wait(10)
        return real(src, dst, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(shutil, "copy2", slow_copy)
    errors: list[BaseException] = []

    def first_open(actor: Actor) -> None:
        try:
            with open_workspace_store(ws, actor=actor):
                pass
        except BaseException as exc:  # reported by the test
            errors.append(exc)

    one = threading.Thread(target=first_open, args=(QA,))
    one.start()
    assert inside.wait(10)  # the first is migrating (its backup under way)
    two = threading.Thread(target=first_open, args=(LAN,))
    two.start()
    two.join(0.5)  # the second gets as far as it can while the first migrates
    release.set()
    one.join(30)
    two.join(30)
    assert errors == []
    assert len(list((ws.root / BACKUP_DIR).iterdir())) == 1
    with Store.open(store_path(ws), readonly=True) as store:
        assert {e.username for e in store.history(entity="rating")} == {QA.username}


def test_a_damaged_store_says_how_to_go_on_and_that_way_works(tmp_path: Path) -> None:
    ws = demo(tmp_path)
    ratings_service.export_ratings(ws, actor=QA, framework=TT38, links=[])
    store_path(ws).write_bytes(b"not a database at all" * 100)
    for extra in ("-wal", "-shm"):
        (ws.root / (STORE_NAME + extra)).unlink(missing_ok=True)
    code, out = _cli(ws, "ratings", "import", "--framework", TT38)
    text = " ".join(out.split())
    assert code == 3 and STORE_NAME in text and "Đừng xóa" in text and "chạy lại" in text, text
    store_path(ws).rename(tmp_path / "kho-hong.sqlite")  # as the message says
    code, _ = _cli(ws, "ratings", "import", "--framework", TT38)
    assert code == 0 and ratings_service.get_standard(ws, TT38, "1.1").status.status == Status.MET


def test_a_refused_store_input_is_said_in_the_callers_language(tmp_path: Path) -> None:
    """The store's refusals are messages: the web desk says them in the person's language, not the process's."""
    from accredit.service._store import StoreInputError

    ws = demo(tmp_path)
    fw = next(f for f in frameworks_of(ws) if f.id == TT38)
    schema = build_schema(fw, ws.config.assessment.year, ws.config.school.object)
    seen = ratings_service.get_standard(ws, TT38, "1.1")
    refusals = []
    for call in (
        lambda: ratings_service.set_rating(ws, TT38, "1.1", "tốt lắm", base_version=seen.status.version, actor=LAN),
        lambda: ratings_service.set_rating(ws, "tt99/khong-co", "1.1", None, base_version=0, actor=LAN),
        lambda: data_service.set_data_value(ws, TT38, schema.institution[0].name, schema.years[-1], "mười",
                                            base_version=0, actor=LAN),
        lambda: ratings_service.add_comment(ws, TT38, "1.1", "   ", actor=LAN),
    ):
        with pytest.raises(StoreInputError) as caught:
            call()
        refusals.append(caught.value)
    vi, en = Messages("vi"), Messages("en")
    said = [(e.render(vi), e.render(en)) for e in refusals]
    assert "không phải trạng thái" in said[0][0] and "is not a status" in said[0][1] and "tốt lắm" in said[0][1]
    assert "tt99/khong-co" in said[1][1] and "does not assess" in said[1][1] and "không đánh giá" in said[1][0]
    assert "mười" in said[2][1] and "is not a number" in said[2][1] and "không phải là số" in said[2][0]
    assert said[3] == ("ý kiến trống: hãy viết nội dung", "the comment is empty")
    assert store_path(ws).is_file() and ratings_service.get_standard(ws, TT38, "1.1").status == seen.status


def test_an_edit_of_the_same_size_and_time_is_still_read(tmp_path: Path) -> None:
    """A share or a USB drive keeps a file's time to two seconds (some tools keep it across a save): an edit of the
    same size and time is still an edit."""
    import os
    import zipfile

    ws = demo(tmp_path)
    path = ratings_workbook_path(ws, TT38)
    score_workspace(ws, TT38, links=[])  # migrates: the store knows the workbook as it is
    before = path.stat()
    edit(path, "Điều kiện 1", "1.1", Trạng_thái="Không đạt", Mô_tả_hiện_trạng="x", Điểm_mạnh="x", Tồn_tại="x",
         Kế_hoạch_cải_tiến="x")
    shorter = before.st_size - path.stat().st_size
    assert 0 < shorter < 65_535, shorter
    with zipfile.ZipFile(path, "a") as z:  # pad it back to the very same size with the archive's comment
        z.comment = b"." * (shorter - len(z.comment))
    assert path.stat().st_size == before.st_size
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    run = score_workspace(ws, TT38, links=[])
    assert run.assessments[TT38].rating("1.1").status == Status.NOT_MET
