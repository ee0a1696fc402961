"""Programmes: listed once in accredit.toml, assessed each against its set, evidence shared where it is the
school's, and the TT 38 per-programme indices fed from the same list."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from accredit import workspace_init
from accredit.catalog.registry import default_catalog
from accredit.cli.app import app
from accredit.evidence.service import evidence_links, link_files, scan_workspace
from accredit.indicators.schema import SHEET_PROGRAMMES
from accredit.indicators.workspace import data_workbook_path, workspace_indicators
from accredit.model.framework import ObjectType
from accredit.programmes import workspace as pw
from accredit.programmes.config import add_programme
from accredit.programmes.data import workspace_programme_rows
from accredit.programmes.layout import evidence_folder, owner_of
from accredit.programmes.model import Certificate, Programme
from accredit.workspace import Workspace, load_workspace

TT38 = "tt38-2026/co-so-gdnn-v3"
CTDT = "tt14-2024/ctdt-trung-cap-cao-dang"
DIEN = Programme(code="6520227", name="Điện công nghiệp", level="cao_dang", faculty="Khoa Điện", criteria=CTDT)
OTO = Programme(code="6510216", name="Công nghệ ô tô", level="cao_dang", faculty="Khoa Cơ khí", criteria=CTDT)
KT = Programme(code="5340302", name="Kế toán doanh nghiệp", level="trung_cap")  # TT 38 data only


@pytest.fixture
def school(tmp_path: Path) -> Workspace:
    catalog = default_catalog()
    ws = workspace_init.create(tmp_path / "school", workspace_init.new_config(
        [catalog.get(TT38)], name="Trường CĐ Thử", year=2026, obj=ObjectType.TRUONG_CAO_DANG))
    ws = load_workspace(ws.root)
    # the programmes are added to accredit.toml the way a person would (its comments stay)
    ws.config_path.write_text("# cấu hình của trường\n" + ws.config_path.read_text(encoding="utf-8"), encoding="utf-8")
    for p in (DIEN, OTO, KT):
        add_programme(ws, p)
    return load_workspace(ws.root)


def col_of(sheet: openpyxl.worksheet.worksheet.Worksheet, header: str) -> int:
    """The column headed ``header``, or whose header ends in ``[header]`` (an input's name)."""
    return next(int(c.column) for c in sheet[2] if c.value == header or str(c.value).endswith(f"[{header}]"))


def write(ws: Workspace, rel: str, text: str) -> None:
    path = ws.evidence_dir / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_programmes_are_kept_in_accredit_toml_with_its_comments(school: Workspace) -> None:
    text = school.config_path.read_text(encoding="utf-8")
    assert text.startswith("# cấu hình của trường") and text.count("[[programmes]]") == 3
    assert [p.code for p in school.config.programmes] == ["6520227", "6510216", "5340302"]
    assert pw.assessed(school) == [DIEN, OTO]
    result = CliRunner().invoke(app, ["programmes", "add", "-w", str(school.root), "--code", "6520227",
                                      "--name", "Trùng", "--level", "cao_dang"])
    assert result.exit_code == 3 and "6520227" in result.output  # listed once


def test_a_programme_view_is_its_own_set_object_and_folders(school: Workspace) -> None:
    view = pw.programme_workspace(school, DIEN)
    assert view.config.assessment.frameworks == [CTDT] and view.config.assessment.target == CTDT
    assert view.config.school.object == ObjectType.CTDT_CAO_DANG  # 3-year windows
    assert view.data_dir == school.data_dir / "chuong-trinh" / "6520227"
    assert view.evidence_dir == school.evidence_dir and view.cache_dir == school.cache_dir
    with pytest.raises(pw.ProgrammeError):
        pw.programme_workspace(school, KT)
    with pytest.raises(pw.ProgrammeError, match="6520227"):
        pw.find_programme(school, "999")


def test_shared_evidence_serves_the_school_and_every_programme(school: Workspace) -> None:
    folders = {fid: folder for folder, fid in school.config.evidence.code_scopes.items()}
    write(school, f"{evidence_folder(DIEN)}/MC.2.1.01 Chương trình đào tạo Điện công nghiệp.txt",
          "Chương trình đào tạo trình độ cao đẳng nghề Điện công nghiệp ban hành năm 2025.\n")
    write(school, f"{evidence_folder(OTO)}/MC.2.1.01 Chương trình đào tạo Công nghệ ô tô.txt",
          "Chương trình đào tạo trình độ cao đẳng nghề Công nghệ ô tô ban hành năm 2025.\n")
    write(school, "Chung/Quy định quản lý thiết bị đào tạo.txt",
          "Quy định quản lý, bảo trì, bảo dưỡng thiết bị đào tạo của trường, áp dụng cho mọi khoa.\n")
    write(school, f"{folders[TT38]}/MC.1.1.01 Nghị quyết sứ mạng.txt", "Nghị quyết về sứ mạng của trường.\n")
    scan_workspace(school, workers=1)
    # a person links the shared file to the school's TT 38 4.4 and to the programme standard 5.3
    link_files(school, ["Chung/Quy định quản lý thiết bị đào tạo.txt"], ["4.4"], framework=TT38)
    link_files(school, ["Chung/Quy định quản lý thiết bị đào tạo.txt"], ["5.3"], framework=CTDT)
    links = evidence_links(school)
    dien = pw.programme_links(links, DIEN, school.config.programmes)
    oto = pw.programme_links(links, OTO, school.config.programmes)
    shared = "Chung/Quy định quản lý thiết bị đào tạo.txt"
    assert {(lk.path, lk.requirement) for lk in dien if lk.counts} == {
        (f"{evidence_folder(DIEN)}/MC.2.1.01 Chương trình đào tạo Điện công nghiệp.txt", "2.1"), (shared, "5.3")}
    assert {(lk.path, lk.requirement) for lk in oto if lk.counts} == {
        (f"{evidence_folder(OTO)}/MC.2.1.01 Chương trình đào tạo Công nghệ ô tô.txt", "2.1"), (shared, "5.3")}
    assert owner_of(shared, school.config.programmes) is None
    # the school's own score sees the shared file for TT 38 4.4; each programme scores with its files only
    card, mine, _ = pw.score_programme(school, DIEN, links)
    assert card.framework == CTDT and mine == dien
    req = {r.code: r for r in card.requirements}
    assert req["5.3"].evidence and req["2.1"].evidence
    assert not any("Công nghệ ô tô" in e for e in req["2.1"].evidence)
    from accredit.service.inputs import read_inputs
    from accredit.service.scoring import score_all

    school_card = score_all(read_inputs(school, links=links)).scorecards[0]
    assert next(r for r in school_card.requirements if r.code == "4.4").evidence


def test_overview_says_accredited_expiry_and_closest(school: Workspace) -> None:
    cert = Certificate(framework="tt15-2017/ctdt-trung-cap-cao-dang", programme="6520227",
                       issued=dt.date(2022, 3, 15))
    ws = Workspace(school.root, school.config.model_copy(update={"certificates": [cert]}))
    ov = pw.overview(ws, dt.date(2026, 12, 1), links=[])
    rows = {r.code: r for r in ov.programmes}
    assert set(rows) == {"6520227", "6510216"} and ov.listed_only == ["5340302"]
    assert rows["6520227"].expires == dt.date(2027, 3, 15) and rows["6520227"].accredited
    assert rows["6510216"].certificate is None and not rows["6510216"].accredited
    assert not any(r.passed for r in ov.programmes)  # nothing rated: never a silent pass
    assert sorted(ov.closest) == ["6510216", "6520227"]
    later = pw.overview(ws, dt.date(2027, 4, 1), links=[])
    assert not next(r for r in later.programmes if r.code == "6520227").accredited


def test_tt38_per_programme_indices_come_from_the_list(school: Workspace) -> None:
    listed = CliRunner().invoke(app, ["programmes", "list", "-w", str(school.root)], env={"COLUMNS": "250"})
    assert "5340302" in listed.output and "CS03" in listed.output  # rows missing: said before anything is written
    assert workspace_programme_rows(school, dry_run=True)[0].missing == ["6520227", "6510216", "5340302"]
    assert not data_workbook_path(school, TT38).is_file()  # a dry run writes nothing
    rows = workspace_programme_rows(school)
    assert len(rows) == 1 and rows[0].added == 3  # one row per listed programme for 2026
    again = workspace_programme_rows(school)
    assert again[0].added == 0 and again[0].missing == []  # entered once
    fw = default_catalog().get(TT38)
    path = data_workbook_path(school, TT38)
    wb = openpyxl.load_workbook(path)
    sheet = wb[SHEET_PROGRAMMES]
    codes = [sheet.cell(r, col_of(sheet, "Mã chương trình")).value for r in range(3, 6)]
    names = [sheet.cell(r, col_of(sheet, "Tên chương trình")).value for r in range(3, 6)]
    assert codes == ["6520227", "6510216", "5340302"] and names[0] == "Điện công nghiệp"
    values = {"6520227": (2150, 2850, 10, 30), "6510216": (1900, 2700, 3, 25), "5340302": (1100, 1500, 7, 20)}
    for r in range(3, 6):
        gc, g, tt, mh = values[str(sheet.cell(r, col_of(sheet, "Mã chương trình")).value)]
        for name, value in (("gc_j", gc), ("g_j", g), ("tt_j", tt), ("mh_j", mh)):
            sheet.cell(r, col_of(sheet, name), value)
    sheet.cell(6, col_of(sheet, "Năm"), 2026)
    sheet.cell(6, col_of(sheet, "Mã chương trình"), "9999999")  # a programme accredit.toml does not list
    wb.save(path)
    report = workspace_indicators(school, fw)
    cs03 = next(r for r in report.results if r.requirement == "CS03")
    assert {p.programme for p in cs03.programmes} >= {"6520227", "6510216", "5340302"}
    cs06 = next(r for r in report.results if r.requirement == "CS06")
    assert cs06.status.value == "not_met"  # Công nghệ ô tô: 3 / 25 = 12 % < 20 %
    assert workspace_programme_rows(school)[0].not_listed == ["9999999"]


def test_cli_list_init_score_overview(school: Workspace) -> None:
    runner = CliRunner()
    root = str(school.root)
    listed = runner.invoke(app, ["programmes", "list", "-w", root], env={"COLUMNS": "200"})
    assert listed.exit_code == 0 and "Điện công nghiệp" in listed.output and "TT 38" in listed.output
    init = runner.invoke(app, ["programmes", "init", "-w", root])
    assert init.exit_code == 0, init.output
    assert (school.data_dir / "chuong-trinh" / "6520227" / "tu-danh-gia_2026_tt14-2024_ctdt-trung-cap-cao-dang.xlsx"
            ).is_file()
    assert (school.evidence_dir / evidence_folder(OTO)).is_dir()
    scored = runner.invoke(app, ["programmes", "score", "6510216", "-w", root])
    assert scored.exit_code == 0 and "Công nghệ ô tô" in scored.output
    ov = runner.invoke(app, ["--lang", "en", "programmes", "overview", "-w", root, "--today", "2026-12-01"],
                       env={"COLUMNS": "200"})
    assert ov.exit_code == 0 and "Programme overview" in ov.output and "Closest to passing" in ov.output
    report = runner.invoke(app, ["programmes", "report", "-w", root, "--format", "json", "--json"])
    assert report.exit_code == 0, report.output
    files = json.loads(report.stdout)
    assert set(files) == {"6520227", "6510216", "*"}
    assert any(f.endswith("lo-trinh_tt14-2024_ctdt-trung-cap-cao-dang.xlsx") for f in files["6520227"])
    own = json.loads((school.output_dir / "chuong-trinh" / "6520227" / "bao-cao-tu-danh-gia-2026.json").read_text(
        encoding="utf-8"))
    assert "Điện công nghiệp" in json.dumps(own, ensure_ascii=False)
    wb = openpyxl.load_workbook(files["*"][0])
    assert [c.value for c in wb.worksheets[0][3]][:2] == ["6520227", "Điện công nghiệp"]


def test_a_programme_list_entry_that_cannot_be_assessed_is_refused_with_the_reason(school: Workspace) -> None:
    runner = CliRunner()
    thn = runner.invoke(app, ["programmes", "add", "-w", str(school.root), "--code", "4510201", "--name", "Cơ khí",
                              "--level", "trung_hoc_nghe", "--criteria", CTDT])
    assert thn.exit_code == 3 and "trung học nghề" in " ".join(thn.output.split())  # no set covers it: said
    assert "4510201" not in school.config_path.read_text(encoding="utf-8")
    unknown = runner.invoke(app, ["programmes", "add", "-w", str(school.root), "--code", "1", "--name", "X",
                                  "--level", "cao_dang", "--criteria", "khong-co/bo-nay"])
    assert unknown.exit_code == 3
    # typed by hand in accredit.toml: listed with the problem, refused when assessed
    text = school.config_path.read_text(encoding="utf-8")
    school.config_path.write_text(text + '\n[[programmes]]\ncode = "6520227"\nname = "Trùng"\nlevel = "cao_dang"\n'
                                  f'criteria = "{CTDT}"\n', encoding="utf-8")
    ws = load_workspace(school.root)
    assert [c for c, _ in pw.programme_problems(ws)] == ["6520227"]
    listed = runner.invoke(app, ["programmes", "list", "-w", str(ws.root)], env={"COLUMNS": "200"})
    assert "hai lần" in listed.output
    with pytest.raises(pw.ProgrammeError, match="hai lần"):
        pw.programme_workspace(ws, ws.config.programmes[0])


def test_a_programme_folder_name_is_safe() -> None:
    odd = Programme(code="X1", name='../..\\ Tên: "lạ"?', level="cao_dang")
    folder = evidence_folder(odd)
    assert folder.startswith("Chương trình/X1 - ") and ".." not in folder.split("/", 1)[1].split(" - ", 1)[0]
    assert "/" not in folder.split("/", 1)[1] and "\\" not in folder and not folder.endswith((" ", "."))
    assert evidence_folder(Programme(code="X2", name="...", level="cao_dang")) == "Chương trình/X2"


def test_two_programmes_on_one_set_keep_their_own_ratings_in_their_own_store(school: Workspace) -> None:
    from accredit.model.assessment import Status
    from accredit.service.ratings import set_rating
    from accredit.store.workspace import local_actor, open_workspace_store, store_path

    dien, oto = pw.programme_workspace(school, DIEN), pw.programme_workspace(school, OTO)
    assert dien.config.assessment.frameworks == oto.config.assessment.frameworks == [CTDT]
    assert len({store_path(school), store_path(dien), store_path(oto)}) == 3
    assert store_path(dien) == school.data_dir / "chuong-trinh" / DIEN.code / "kho-tu-danh-gia.sqlite"
    assert dien.evidence_dir == school.evidence_dir and dien.cache_dir == school.cache_dir
    code = default_catalog().get(CTDT).requirements[0].code
    set_rating(dien, CTDT, code, "Đạt", base_version=0, actor=local_actor())
    set_rating(oto, CTDT, code, "Không đạt", base_version=0, actor=local_actor())
    with open_workspace_store(dien, readonly=True) as store:
        assert store.rating(CTDT, 2026, code).status == Status.MET
    with open_workspace_store(oto, readonly=True) as store:
        assert store.rating(CTDT, 2026, code).status == Status.NOT_MET
    with open_workspace_store(school, readonly=True) as store:
        assert store.ratings(CTDT, 2026) == []  # the school's store holds no programme's rating
    cards = {p.code: pw.score_programme(school, p, [])[0] for p in (DIEN, OTO)}
    statuses = {c: {r.code: r.rated for r in card.requirements}[code] for c, card in cards.items()}
    assert statuses == {DIEN.code: Status.MET, OTO.code: Status.NOT_MET}


def test_the_programme_and_cycle_operations_are_listed_in_the_service_layer() -> None:
    import accredit.service as service

    names = ["list_programmes", "add_programme", "programme_templates", "programme_scores", "programmes_overview",
             "programme_reports", "year_start", "year_confirm", "year_history", "crosswalk_offers",
             "crosswalk_accept", "crosswalk_views", "cycle_status"]
    assert all(callable(getattr(service, n)) for n in names)
    assert all(n in (service.__doc__ or "") for n in names)  # and in its table


def test_a_programme_store_backs_up_its_own_workbooks_and_leaves_the_schools_index_to_the_school(
        school: Workspace) -> None:
    from accredit.evidence.index import INDEX_NAME
    from accredit.store.workspace import BACKUP_DIR, local_actor, open_workspace_store

    write(school, "Chung/Quyết định thành lập hội đồng.txt", "Quyết định thành lập hội đồng tự đánh giá")
    scan_workspace(school)
    assert (school.cache_dir / INDEX_NAME).is_file()
    pw.programme_templates(school)  # each programme's ratings workbook, before its store exists
    dien = pw.programme_workspace(school, DIEN)
    workbooks = sorted(p.name for p in dien.data_dir.glob("tu-danh-gia_*.xlsx"))
    assert workbooks
    with open_workspace_store(dien, actor=local_actor()):
        pass
    backed = [p for p in (dien.root / BACKUP_DIR).rglob("*") if p.is_file()]
    assert sorted(p.name for p in backed) == workbooks  # its workbooks, and no copy of the school's index
    with open_workspace_store(school, actor=local_actor()):
        pass
    assert [p.name for p in (school.root / BACKUP_DIR).rglob(INDEX_NAME)] == [INDEX_NAME]  # the school's own
