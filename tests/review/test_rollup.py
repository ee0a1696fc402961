"""The provincial roll-up over several generated packages, with failed packages listed, never skipped."""

from __future__ import annotations

import json
import shutil
import sys
import zipfile
from datetime import timedelta
from html.parser import HTMLParser
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from accredit.cli.app import app
from accredit.i18n.message import Messages
from accredit.model.assessment import Status
from accredit.model.review import InspectorRating, Role, RollupReport, RollupStatus, SchoolResponse
from accredit.review.compare import inspector_scorecards
from accredit.review.log import append_entry, default_log_path
from accredit.review.rollup import rollup
from accredit.review.rollup_render import table_rows, write_outputs
from accredit.review.verify import check_package
from accredit.workspace import Workspace
from tests.review.conftest import (
    CREATED,
    EVIDENCE,
    INSPECTOR_SIGNER,
    TT35,
    TT38,
    TT38_DATA,
    TT38_MET,
    SchoolSpec,
    build_workspace,
    package,
)
from tests.review.tamper import rewrite

SCORECARD_35 = "frameworks/tt35-2021_truong-cao-dang/scorecard.json"


VI = Messages("vi")


@pytest.fixture(scope="module")
def province(rich_package: tuple[Workspace, Path, object], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of packages as a Sở receives them: three good schools, a tampered one, a hostile one, a fake."""
    root = tmp_path_factory.mktemp("province")
    folder = root / "nop"
    folder.mkdir()
    shutil.copy(rich_package[1], folder / "a-ktm.zip")
    b = SchoolSpec(
        name="Trường Cao đẳng Công nghiệp Bắc", code="CNB", frameworks=[TT38, TT35],
        ratings={TT38: TT38_MET, TT35: {c: "Đạt" for c in ("1.3", "3.4", "4.3", "4.6", "5.1")}},
        tt38_data=TT38_DATA,
        evidence={"hs/quy-che.docx": EVIDENCE["DK1/quy-che-to-chuc.docx"]},
        links=[("hs/quy-che.docx", TT35, c) for c in ("1.3", "3.4", "4.3", "4.6", "5.1")],
        report=False,
    )
    package(build_workspace(root / "b", b), folder / "b-cnb.zip")
    low = dict(TT38_DATA, institution=dict(TT38_DATA["institution"], t_nh=600))  # 40 % of the quota
    c = SchoolSpec(name="Trung tâm <GDNN> & \"Huyện\" <script>alert(1)</script>", code="TTH", frameworks=[TT38],
                   ratings={TT38: TT38_MET}, tt38_data=low, target=TT38, report=False)
    package(build_workspace(root / "c", c), folder / "c-tth.zip")

    def inflate(card: dict[str, object]) -> None:
        card["total"] = 88

    rewrite(folder / "a-ktm.zip", folder / "d-tampered.zip", edit_json={SCORECARD_35: inflate}, fix_manifest=True)
    with zipfile.ZipFile(folder / "e-hostile.zip", "w") as zf:
        zf.writestr("manifest.json", "{}")
        zf.writestr(zipfile.ZipInfo("../../../etc/cron.d/job"), "* * * * * root sh")
    (folder / "f-fake.zip").write_bytes(b"this is not a zip")
    (folder / "ghi-chu.txt").write_text("not a package", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def report(province: Path) -> RollupReport:
    return rollup(province)


def test_failed_packages_are_listed_with_their_reasons(report: RollupReport) -> None:
    failed = {f.package: f.reasons for f in report.failed}
    assert list(failed) == ["d-tampered.zip", "e-hostile.zip", "f-fake.zip"]
    signature, *rest = failed["d-tampered.zip"]  # the manifest was re-hashed: the school's signature breaks
    assert "Chữ ký trên gói hồ sơ" in signature and "không hợp lệ" in signature
    assert rest == ["tt35-2021/truong-cao-dang: total: trong gói '88', tính lại '8'"]
    assert "'..'" in failed["e-hostile.zip"][0] and "../../../etc/cron.d/job" in failed["e-hostile.zip"][0]
    assert "không phải tệp zip" in failed["f-fake.zip"][0]
    assert [s.package for s in report.schools] == ["a-ktm.zip", "b-cnb.zip", "c-tth.zip"]


def test_the_province_table(report: RollupReport) -> None:
    assert [f.id for f in report.frameworks] == [TT38, TT35]
    a, b, c = report.schools
    assert (a.school.code, a.result(TT38).passed, a.result(TT38).total, a.result(TT35).total) == ("KTM", True, 30, 8)
    assert {x.code: x.points for x in a.result(TT35).criteria} == {"1": 4, "2": 0, "3": 0, "4": 4, "5": 0}
    assert (b.result(TT35).total, b.result(TT38).passed) == (20, False)
    assert c.result(TT35) is None and c.result(TT38).passed is False
    assert "CS01" not in c.result(TT38).met  # 600 enrolled of a 1500 quota
    headers, rows = table_rows(VI, report)
    assert headers[:4] == ["Trường", "Mã trường", "Tỉnh", "Năm"]
    assert rows[0][headers.index("Thông tư 35/2021 · Tổng")] == 8
    assert rows[0][headers.index("Thông tư 38/2026 · Kết luận")] == "Đạt"
    assert rows[2][headers.index("Thông tư 35/2021 · Tổng")] is None


def test_earliest_target_years_come_from_the_roadmaps(report: RollupReport,
                                                      rich_package: tuple[Workspace, Path, object]) -> None:
    from accredit.service import roadmap as workspace_roadmap

    a, _, c = report.schools
    assert a.target == TT35 and a.earliest_year == workspace_roadmap(rich_package[0], write=False).roadmap.earliest_year
    assert c.target == TT38 and c.earliest_year is not None


def test_counts_of_schools_meeting_each_requirement(report: RollupReport) -> None:
    counts = {(x.framework, x.code): (x.met, x.schools) for x in report.requirement_counts}
    assert counts[(TT38, "1.1")] == (1, 3)  # only KTM has evidence for it
    assert counts[(TT38, "CS01")] == (2, 3)  # TTH misses the enrolment index
    assert counts[(TT35, "1.3")] == (2, 2)
    assert counts[(TT35, "3.4")] == (1, 2)
    assert len([k for k in counts if k[0] == TT38]) == 30 and len([k for k in counts if k[0] == TT35]) == 25


def test_schools_closest_to_tt35(report: RollupReport) -> None:
    ranks = [(c.rank, c.package, c.total, c.fix_count) for c in report.closest]
    assert [r[1] for r in ranks] == ["b-cnb.zip", "a-ktm.zip"]  # TTH was not assessed against TT 35
    assert ranks[0][3] < ranks[1][3]
    assert report.closest[0].gates_blocking  # not accredited yet
    assert report.closest[1].shortfall == 72


def test_outputs_excel_and_self_contained_html(report: RollupReport, tmp_path: Path) -> None:
    outputs = write_outputs(VI, report, tmp_path / "out")
    assert [Path(p).name for p in outputs] == ["tong-hop-tinh.xlsx", "tong-hop-tinh.html"]
    wb = openpyxl.load_workbook(outputs[0])
    assert wb.sheetnames == ["Bảng tổng hợp", "Bản đồ nhiệt", "Theo yêu cầu", "Gần đạt chuẩn", "Gói không hợp lệ",
                             "Gói đã thay thế"]
    table = wb["Bảng tổng hợp"]
    assert table.cell(3, 1).value == "Trường Cao đẳng Kỹ thuật Mẫu"
    assert [table.cell(r, 1).value for r in (3, 4, 5)][2].startswith("Trung tâm <GDNN>")
    failed = wb["Gói không hợp lệ"]
    assert [failed.cell(r, 1).value for r in (3, 4, 5)] == ["d-tampered.zip", "e-hostile.zip", "f-fake.zip"]
    html = Path(outputs[1]).read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    parser = _Collector()
    parser.feed(html)
    assert parser.external == [] and parser.scripts == 0
    assert "d-tampered.zip" in parser.text and "Trường Cao đẳng Công nghiệp Bắc" in parser.text
    assert parser.text.index("Trường Cao đẳng Công nghiệp Bắc") < parser.text.rindex("Trường Cao đẳng Kỹ thuật Mẫu")


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.external: list[str] = []
        self.scripts = 0
        self.text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.scripts += tag == "script"
        for name, value in attrs:
            if name in ("src", "href") and value and "://" in value:
                self.external.append(value)

    def handle_data(self, data: str) -> None:
        self.text += data


def test_cli_json_equals_api_and_lists_failures(province: Path, tmp_path: Path) -> None:
    out = tmp_path / "bao-cao"
    result = CliRunner().invoke(app, ["rollup", str(province), "--out", str(out), "--json"])
    assert result.exit_code == 1  # some packages failed: said, never hidden
    data = json.loads(result.stdout)
    api = rollup(province).model_copy(update={"outputs": [str(out / "tong-hop-tinh.xlsx"),
                                                          str(out / "tong-hop-tinh.html")]})
    assert data == api.model_dump(mode="json")
    result = CliRunner().invoke(app, ["rollup", str(province), "--out", str(out)], env={"COLUMNS": "200"})
    assert "d-tampered.zip" in result.stderr and "tính lại '8'" in result.stderr
    assert "Trường Cao đẳng Công nghiệp Bắc" in result.stdout and "tong-hop-tinh.html" in result.stdout


def test_an_empty_folder_gives_an_empty_table(tmp_path: Path) -> None:
    result = rollup(tmp_path)
    assert result.schools == [] and result.failed == [] and result.closest == []
    write_outputs(VI, result, tmp_path)
    assert (tmp_path / "tong-hop-tinh.html").is_file()


def test_heat_map_bars_and_the_heading(report: RollupReport, tmp_path: Path) -> None:
    from datetime import date

    from accredit.review.rollup_render import heat_maps

    maps = {m.framework.id: m for m in heat_maps(VI, report)}
    tt35 = maps[TT35]
    assert [name for name, _ in tt35.rows] == ["Trường Cao đẳng Kỹ thuật Mẫu", "Trường Cao đẳng Công nghiệp Bắc"]
    first = tt35.rows[0][1][0]
    assert first.text == "4/12" and abs(float(first.share) - 4 / 12) < 1e-9
    outputs = write_outputs(VI, report, tmp_path / "out", "Sở Giáo dục và Đào tạo tỉnh Lạng Sơn", date(2026, 12, 2))
    wb = openpyxl.load_workbook(outputs[0])
    assert wb["Bảng tổng hợp"].cell(1, 1).value.startswith("SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH LẠNG SƠN")
    heat = wb["Bản đồ nhiệt"]
    cells = {heat.cell(r, c).value: heat.cell(r, c) for r in range(1, heat.max_row + 1) for c in (1, 2)}
    assert cells["4/12"].fill.fgColor.rgb.endswith("FBE3E3")  # 33 %: the red band
    for ws in wb.worksheets:
        assert str(ws.page_setup.paperSize) == ws.PAPERSIZE_A4 and ws.page_setup.fitToWidth == 1
    html = Path(outputs[1]).read_text(encoding="utf-8")
    assert "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH LẠNG SƠN" in html and "ngày 02 tháng 12 năm 2026" in html
    assert 'class="heat"' in html and html.count('<svg class="bars"') == len(maps)
    assert "tt35-2021/truong-cao-dang" not in html.split("</style>", 1)[1]


DATA_38 = "frameworks/tt38-2026_co-so-gdnn/data.json"


def test_a_resubmitted_package_replaces_the_older_one(rich_package: tuple[Workspace, Path, object],
                                                      tmp_path: Path) -> None:
    folder = tmp_path / "nop"
    folder.mkdir()
    shutil.copy(rich_package[1], folder / "z-lan-1.zip")  # the first submission, named to sort last
    package(rich_package[0], folder / "a-lan-2.zip", created=CREATED + timedelta(days=20))
    report = rollup(folder)
    assert [s.package for s in report.schools] == ["a-lan-2.zip"]  # the school once, from its latest package
    assert [(s.package, s.replaced_by) for s in report.superseded] == [("z-lan-1.zip", "a-lan-2.zip")]
    assert {c.schools for c in report.requirement_counts} == {1}
    assert len(report.closest) == 1
    wb = openpyxl.load_workbook(write_outputs(VI, report, tmp_path / "out")[0])
    assert wb["Gói đã thay thế"].cell(3, 1).value == "z-lan-1.zip"
    assert wb["Gói đã thay thế"].cell(3, 4).value == "a-lan-2.zip"


def test_the_inspectors_verdicts_from_the_review_log(rich_package: tuple[Workspace, Path, object],
                                                     tmp_path: Path) -> None:
    folder = tmp_path / "nop"
    folder.mkdir()
    pkg = shutil.copy(rich_package[1], folder / "ktm.zip")
    own = rollup(folder).schools[0]
    assert own.status == RollupStatus.SELF_ASSESSED and own.result(TT38).passed
    sha = own.sha256
    log = default_log_path(Path(pkg))
    ratings = [InspectorRating(framework=TT38, code="1.1", status=Status.NOT_MET, comment="Quy chế hết hiệu lực")]
    append_entry(log, role=Role.INSPECTOR, actor="Sở LĐTBXH", at=CREATED + timedelta(days=1), package=sha,
                 ratings=ratings, signer=INSPECTOR_SIGNER)
    queried = rollup(folder).schools[0]
    assert queried.status == RollupStatus.IN_REVIEW and queried.review_cycle == 1
    assert "1.1" in own.result(TT38).met and "1.1" not in queried.result(TT38).met
    assert not queried.result(TT38).passed  # a condition of TT 38 failed: the school does not pass
    assert queried.result(TT35) == own.result(TT35)  # nothing rated there: the school's result stands
    headers, rows = table_rows(VI, rollup(folder))
    assert rows[0][headers.index("Trạng thái")] == "Đang thẩm định (kết quả của Sở, chu kỳ 1)"

    append_entry(log, role=Role.SCHOOL, actor="Trường KTM", at=CREATED + timedelta(days=2), package=sha,
                 responses=[SchoolResponse(framework=TT38, code="1.1", text="Đã ban hành quy chế mới")],
                 signer=INSPECTOR_SIGNER)
    append_entry(log, role=Role.INSPECTOR, actor="Sở LĐTBXH", at=CREATED + timedelta(days=3), package=sha,
                 ratings=[InspectorRating(framework=TT38, code="1.1", status=Status.MET)],
                 signer=INSPECTOR_SIGNER)
    closed = rollup(folder).schools[0]
    assert closed.status == RollupStatus.REVIEWED and closed.result(TT38).passed

    log.write_text(log.read_text(encoding="utf-8").replace("Sở LĐTBXH", "Sở khác", 1), encoding="utf-8")
    broken = rollup(folder).schools[0]
    assert broken.status == RollupStatus.LOG_BROKEN and broken.result(TT38) == own.result(TT38)
    assert broken.notes and "ktm.review.jsonl" in broken.notes[0]


def test_one_bad_package_is_listed_and_the_others_are_rolled_up(rich_package: tuple[Workspace, Path, object],
                                                                tmp_path: Path) -> None:
    folder = tmp_path / "nop"
    folder.mkdir()
    shutil.copy(rich_package[1], folder / "b-tot.zip")

    def huge(data: dict[str, object]) -> None:
        data["values"]["t_nh"]["2026"]["value"] = "1e30"  # type: ignore[index]

    rewrite(rich_package[1], folder / "a-hong.zip", edit_json={DATA_38: huge}, fix_manifest=True)
    report = rollup(folder)
    assert [s.package for s in report.schools] == ["b-tot.zip"]
    assert [f.package for f in report.failed] == ["a-hong.zip"] and report.failed[0].reasons


def test_packages_checked_in_worker_processes_give_the_same_table(province: Path, report: RollupReport,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys.modules["accredit.review.rollup"], "MIN_PARALLEL", 0)
    assert rollup(province, workers=2) == report


def test_this_process_checks_packages_too_and_the_order_is_kept(province: Path, report: RollupReport,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """One package a chunk: the worker gets the first ones; this process checks from the end while it starts."""
    module = sys.modules["accredit.review.rollup"]
    monkeypatch.setattr(module, "MIN_PARALLEL", 0)
    monkeypatch.setattr(module, "CHUNK", 1)
    here: list[str] = []
    check = module._check

    def counted(path: Path, *args: object, **kwargs: object) -> object:
        here.append(path.name)
        return check(path, *args, **kwargs)

    monkeypatch.setattr(module, "_check", counted)  # only this process's calls (workers import their own)
    assert rollup(province, workers=2) == report
    packages = sorted(p.name for p in province.glob("*.zip"))
    assert 1 <= len(here) <= len(packages) - 2  # the first two went to the worker before this process began
    assert set(here) <= set(packages[2:])


def _counted_checks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the packages the roll-up verifies (in this process) from now on."""
    module = sys.modules["accredit.review.rollup"]
    real = module.check_package
    checked: list[str] = []

    def counting(path: Path, **kwargs: object) -> object:
        checked.append(path.name)
        return real(path, **kwargs)

    monkeypatch.setattr(module, "check_package", counting)
    return checked


def test_a_second_rollup_verifies_only_what_changed(rich_package: tuple[Workspace, Path, object], tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "nop"
    folder.mkdir()
    pkg = Path(shutil.copy(rich_package[1], folder / "ktm.zip"))
    (folder / "hong.zip").write_bytes(b"not a zip")
    cache = tmp_path / "bo-nho-dem" / "tong-hop.sqlite"
    first = rollup(folder, cache=cache)
    assert first == rollup(folder) and cache.is_file()

    checked = _counted_checks(monkeypatch)
    assert rollup(folder, cache=cache) == first and checked == []  # nothing changed: nothing verified again

    append_entry(default_log_path(pkg), role=Role.INSPECTOR, actor="Sở", at=CREATED, package=first.schools[0].sha256,
                 ratings=[InspectorRating(framework=TT38, code="1.1", status=Status.NOT_MET)],
                 signer=INSPECTOR_SIGNER)
    again = rollup(folder, cache=cache)
    assert checked == ["ktm.zip"]  # its review log changed: verified again, the broken one still cached
    assert again.schools[0].status == RollupStatus.IN_REVIEW
    assert [f.package for f in again.failed] == ["hong.zip"]


def test_a_package_verified_on_the_desk_is_not_verified_again_by_the_rollup(
    rich_package: tuple[Workspace, Path, object], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from accredit.review.rollup_cache import default_cache_path
    from accredit.service import verify_package

    folder = tmp_path / "nop"
    folder.mkdir()
    opened = Path(shutil.copy(rich_package[1], folder / "ktm.zip"))
    lax = Path(shutil.copy(rich_package[1], folder / "ktm-ban-sao.zip"))  # the same zip under another name
    replaced = folder / "lan.zip"
    package(rich_package[0], replaced, created=CREATED + timedelta(days=1))
    expected = rollup(folder)  # no cache
    verify_package(opened)  # as the desk opens a package (or one just uploaded)
    verify_package(lax, accept_unsigned=True)  # not the roll-up's options: not kept
    verify_package(replaced)
    shutil.copy(rich_package[1], replaced)  # put in its place after it was verified: not the bytes kept

    checked = _counted_checks(monkeypatch)
    report = rollup(folder, cache=default_cache_path(folder))
    assert sorted(checked) == ["ktm-ban-sao.zip", "lan.zip"]  # the one opened on the desk is not checked again
    assert rollup(folder) != expected  # lan.zip is now a copy of the others
    assert report == rollup(folder)
    assert sorted([report.schools[0].package, *(s.package for s in report.superseded)]) == [
        "ktm-ban-sao.zip", "ktm.zip", "lan.zip"]  # every copy under its own name, from the cache too
    checked.clear()
    assert rollup(folder, cache=default_cache_path(folder)) == report and checked == []


def test_a_package_written_over_while_the_desk_verified_it_is_not_kept(
    rich_package: tuple[Workspace, Path, object], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from accredit.review.archive import SafeArchive
    from accredit.review.rollup_cache import default_cache_path
    from accredit.service import verify_package

    folder = tmp_path / "nop"
    folder.mkdir()
    pkg = Path(shutil.copy(rich_package[1], folder / "ktm.zip"))
    damaged = bytearray(pkg.read_bytes())
    name = damaged.rfind(b"manifest.json")  # in the central directory, after its 46-byte entry header
    damaged[name - 46 + 16] ^= 0x01  # the manifest's CRC-32
    real = SafeArchive.sha256

    def written_over(arc: SafeArchive) -> str:  # a copy tool writes the file in place after its members were read
        pkg.write_bytes(bytes(damaged))
        return real(arc)

    monkeypatch.setattr(SafeArchive, "sha256", written_over)
    verify_package(pkg)
    monkeypatch.setattr(SafeArchive, "sha256", real)
    report = rollup(folder, cache=default_cache_path(folder))
    assert report.schools == [] and [f.package for f in report.failed] == ["ktm.zip"]  # verified, not the kept one


def test_a_cache_busy_with_a_rollup_keeps_nothing_and_breaks_nothing(
    rich_package: tuple[Workspace, Path, object], tmp_path: Path
) -> None:
    import sqlite3

    from accredit.review.rollup_cache import default_cache_path
    from accredit.service import verify_package

    folder = tmp_path / "nop"
    folder.mkdir()
    pkg = Path(shutil.copy(rich_package[1], folder / "ktm.zip"))
    cache = default_cache_path(folder)
    expected = rollup(folder, cache=cache)  # creates the cache
    (folder / "ktm.review.head.json").write_text("{}", encoding="utf-8")  # the key changes: a new entry is due
    busy = sqlite3.connect(cache)
    busy.execute("BEGIN IMMEDIATE")  # another roll-up writing
    try:
        assert verify_package(pkg).ok  # the page is served; the entry is not kept
    finally:
        busy.rollback()
        busy.close()
    with sqlite3.connect(cache) as conn:
        assert conn.execute("SELECT count(*) FROM outcomes").fetchone()[0] == 1  # only the roll-up's own
    assert rollup(folder, cache=cache).schools[0].package == expected.schools[0].package


def test_two_copies_of_one_package_keep_their_own_names_from_the_cache(
    rich_package: tuple[Workspace, Path, object], tmp_path: Path
) -> None:
    folder = tmp_path / "nop"
    folder.mkdir()
    for name in ("goi.zip", "goi (2).zip"):  # a package uploaded twice: the desk names the second '(2)'
        shutil.copy(rich_package[1], folder / name)
    cache = tmp_path / "bo-nho-dem" / "tong-hop.sqlite"
    first = rollup(folder, cache=cache)
    assert [first.schools[0].package, first.superseded[0].package] == ["goi.zip", "goi (2).zip"]
    assert rollup(folder, cache=cache) == first


def test_the_cache_lives_in_the_user_folder_and_a_forged_value_is_a_miss(
    rich_package: tuple[Workspace, Path, object], tmp_path: Path
) -> None:
    import sqlite3

    from accredit.review.rollup_cache import default_cache_path

    folder = tmp_path / "nop"
    folder.mkdir()
    shutil.copy(rich_package[1], folder / "ktm.zip")
    cache = default_cache_path(folder)
    assert folder not in cache.parents  # whoever drops a zip in the inbox cannot reach the cache
    honest = rollup(folder, cache=cache)
    with sqlite3.connect(cache) as conn:  # rewrite the stored row as a forger would (the MAC no longer fits)
        key, value = conn.execute("SELECT key, value FROM outcomes").fetchone()
        mac, _, body = value.partition("|")
        forged = body.replace(honest.schools[0].school.name, "FORGED")
        conn.execute("UPDATE outcomes SET value=? WHERE key=?", (f"{mac}|{forged}", key))
    again = rollup(folder, cache=cache)
    assert again == honest and "FORGED" not in again.model_dump_json()  # a miss: verified again
    with sqlite3.connect(cache) as conn:
        conn.execute("UPDATE outcomes SET value='garbage'")
    assert rollup(folder, cache=cache) == honest  # an unreadable value is a miss, never a crash


def test_the_cache_sees_a_deleted_log_head(rich_package: tuple[Workspace, Path, object], tmp_path: Path) -> None:
    from accredit.review.log import head_path
    from accredit.review.rollup_cache import default_cache_path

    folder = tmp_path / "nop"
    folder.mkdir()
    pkg = Path(shutil.copy(rich_package[1], folder / "ktm.zip"))
    sha = rollup(folder).schools[0].sha256
    log = default_log_path(pkg)
    append_entry(log, role=Role.INSPECTOR, actor="Sở", at=CREATED, package=sha,
                 ratings=[InspectorRating(framework=TT38, code="1.1", status=Status.NOT_MET)],
                 signer=INSPECTOR_SIGNER)
    cache = default_cache_path(folder)
    assert rollup(folder, cache=cache).schools[0].status == RollupStatus.IN_REVIEW
    head_path(log).unlink()  # a truncated log's tell-tale: the signed head is gone
    assert rollup(folder, cache=cache).schools[0].status == RollupStatus.LOG_BROKEN


def test_the_heat_map_writes_the_departments_name_as_text(report: RollupReport, tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(write_outputs(VI, report, tmp_path / "out", "=1+2 Sở", None)[0])
    for ws in wb.worksheets:
        assert ws.cell(1, 1).data_type == "s", ws.title  # never a formula


def test_a_framework_the_inspector_did_not_rate_keeps_the_schools_scorecard(
        rich_package: tuple[Workspace, Path, object]) -> None:
    checked = check_package(rich_package[1])
    assert checked.verification.ok and checked.register is not None
    frameworks = [lf.framework for lf in checked.frameworks.values() if lf.framework is not None]
    assessments = {fid: lf.assessment for fid, lf in checked.frameworks.items() if lf.assessment is not None}
    indicators = {fid: rep.results for fid, rep in checked.indicators.items()}
    ratings = {(TT38, "1.1"): InspectorRating(framework=TT38, code="1.1", status=Status.NOT_MET)}
    links = checked.register.links
    scored = inspector_scorecards(frameworks, assessments, ratings, links, indicators)
    kept = inspector_scorecards(frameworks, assessments, ratings, links, indicators, school=checked.recomputed)
    assert kept == scored  # the shortcut gives what scoring again gives
    assert kept[TT35] is checked.recomputed[TT35]  # nothing rated there: not scored again
    assert kept[TT38] != checked.recomputed[TT38] and "1.1" not in {
        r.code for r in kept[TT38].requirements if r.status == Status.MET}


def test_overlapping_roll_ups_put_the_collector_threshold_back() -> None:
    """Two roll-ups at once (two requests of the web desk, in threads) share the raised threshold; when the first
    ends before the second, the second does not put back the raised value: once both end, it is as before."""
    import gc

    from accredit.review.rollup import WORKER_GC_THRESHOLD, _fewer_collections

    before = gc.get_threshold()
    first, second = _fewer_collections(), _fewer_collections()
    first.__enter__()
    second.__enter__()
    assert gc.get_threshold()[0] == max(before[0], WORKER_GC_THRESHOLD)
    first.__exit__(None, None, None)
    assert gc.get_threshold()[0] == max(before[0], WORKER_GC_THRESHOLD)  # the second is still checking
    second.__exit__(None, None, None)
    assert gc.get_threshold() == before
