"""A code in a name binds to one framework (prefix, folder scope, folder naming a regulation, code
scheme); an ambiguous code links to none and is listed at scan, in check and in score.

The workspace of issue 10: TT 14/2024 (trường) + TT 38/2026, real files built in tmp_path.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from accredit.evidence import service
from accredit.evidence.codes import CodeMatcher
from accredit.evidence.extract import ExtractOptions
from accredit.evidence.scan import ScanOptions
from accredit.i18n.message import Messages
from accredit.model.evidence import FlagKind, LinkOrigin
from accredit.service import score
from accredit.workspace import AssessmentSettings, SchoolInfo, Workspace, WorkspaceConfig, init_workspace
from tests.evidence.conftest import make_docx, real_school

TT14 = "tt14-2024/truong"
TT38 = "tt38-2026/co-so-gdnn"
OPTS = ScanOptions(workers=1, extract=ExtractOptions(ocr=False))

EQUIPMENT = "[H5.05.01.01] Sổ theo dõi thiết bị.docx"
ADMISSION = "[H2.02.01.01] Quy chế tuyển sinh.docx"
UNDER_TT38 = "Chuẩn cơ sở TT38/Điều kiện 2/MC.2.3.01 Kế hoạch tuyển dụng nhà giáo.docx"
PREFIXED = "TT38-5.1 Báo cáo nguồn tài chính.docx"
AMBIGUOUS = "Minh chứng chung/MC.1.1.01 Quyết định thành lập trường.docx"


@pytest.fixture
def school(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Workspace:
    monkeypatch.delenv("ACCREDIT_CRITERIA", raising=False)
    ws = real_school(tmp_path / "Trường CĐ A", [TT14, TT38])
    for name in (EQUIPMENT, ADMISSION, UNDER_TT38, PREFIXED, AMBIGUOUS):
        make_docx(ws.evidence_dir / name, paragraphs=["BÁO CÁO", f"Nội dung của {Path(name).stem}"])
    return ws


def code_links(ws: Workspace) -> dict[str, set[tuple[str, str]]]:
    out: dict[str, set[tuple[str, str]]] = {}
    for lk in service.evidence_links(ws):
        if lk.origin == LinkOrigin.CODE:
            out.setdefault(lk.path, set()).add((lk.framework, lk.requirement))
    return out


def test_each_code_links_to_one_framework(school: Workspace) -> None:
    report = service.scan_workspace(school, options=OPTS)
    links = code_links(school)
    assert links[EQUIPMENT] == {(TT14, "5.1")}  # the hộp scheme is accreditation's: not TT 38 5.1 (tài chính)
    assert links[ADMISSION] == {(TT14, "2.1")}  # not TT 38 2.1
    assert links[UNDER_TT38] == {(TT38, "2.3")}  # the folder names TT 38: not TT 14 2.3
    assert links[PREFIXED] == {(TT38, "5.1")}  # explicit prefix
    assert AMBIGUOUS not in links  # fits TT 14 1.1 and TT 38 1.1: counted for neither
    assert report.code_links == 4
    assert [(f.kind, f.paths) for f in report.code_flags] == [(FlagKind.AMBIGUOUS_CODE, [AMBIGUOUS])]
    assert "TT 14/2024 1.1" in (report.code_flags[0].detail or "")
    assert "TT 38/2026 1.1" in (report.code_flags[0].detail or "")


def test_ambiguous_code_is_listed_in_check_and_score_until_resolved(school: Workspace) -> None:
    service.scan_workspace(school, options=OPTS)
    flags = [f for f in service.check_workspace(school).flags if f.kind == FlagKind.AMBIGUOUS_CODE]
    assert [f.paths for f in flags] == [[AMBIGUOUS]]
    notes = [Messages("vi")(n) for n in score(school).notes]
    ambiguous = [n for n in notes if AMBIGUOUS in n]
    assert len(ambiguous) == 1 and "thêm tiền tố" in ambiguous[0] and "chuyển tệp" in ambiguous[0]

    # resolved by an explicit prefix: one link, no flag, no note
    moved = school.evidence_dir / "Minh chứng chung/TT14-MC.1.1.01 Quyết định thành lập trường.docx"
    (school.evidence_dir / AMBIGUOUS).rename(moved)
    service.scan_workspace(school, options=OPTS)
    assert code_links(school)[moved.relative_to(school.evidence_dir).as_posix()] == {(TT14, "1.1")}
    assert not [f for f in service.check_workspace(school).flags if f.kind == FlagKind.AMBIGUOUS_CODE]
    assert not [n for n in map(Messages("vi"), score(school).notes) if "tiền tố" in n]


def test_folder_scope_binds_and_wins_over_the_code_scheme(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ACCREDIT_CRITERIA", raising=False)
    ws = init_workspace(tmp_path / "B", WorkspaceConfig(
        school=SchoolInfo(name="Trường Cao đẳng B"),
        assessment=AssessmentSettings(year=2026, frameworks=[TT14, TT38]),
        evidence={"code_scopes": {"Điều kiện cơ sở": TT38}},
    ))
    make_docx(ws.evidence_dir / "Điều kiện cơ sở/[H5.05.01.01] Báo cáo tài chính.docx", paragraphs=["BÁO CÁO"])
    make_docx(ws.evidence_dir / "Điều kiện cơ sở/MC.1.1.01 Quy chế.docx", paragraphs=["QUY CHẾ"])
    service.scan_workspace(ws, options=OPTS)
    assert code_links(ws) == {
        "Điều kiện cơ sở/[H5.05.01.01] Báo cáo tài chính.docx": {(TT38, "5.1")},
        "Điều kiện cơ sở/MC.1.1.01 Quy chế.docx": {(TT38, "1.1")},
    }


def test_prefixes_are_read_from_names() -> None:
    m = CodeMatcher.from_patterns()
    (a,) = m.in_name("TT38-5.1 Báo cáo")
    assert (a.requirement, a.regulation, a.text) == ("5.1", "38", "TT38-5.1")
    (b,) = m.in_name("TT14-H5.05.01.01 Sổ theo dõi")
    assert (b.requirement, b.regulation, b.scheme, b.text) == ("5.1", "14", "hop", "H5.05.01.01")
    (c,) = m.in_name("Thông tư 35 - MC.1.3.02 Báo cáo")
    assert (c.requirement, c.regulation) == ("1.3", "35")
    assert m.in_name("Báo cáo ngày 2025.12.01") == []


def test_link_command_takes_a_prefixed_code(school: Workspace) -> None:
    service.scan_workspace(school, options=OPTS)
    report = service.link_files(school, [AMBIGUOUS], ["TT38-1.1"])
    assert [(x.framework, x.requirement) for x in report.links] == [(TT38, "1.1")]


def test_scan_and_check_commands_list_the_ambiguous_code_with_how_to_resolve(school: Workspace) -> None:
    from typer.testing import CliRunner

    from accredit.cli.app import app

    runner = CliRunner()
    scan = runner.invoke(app, ["evidence", "scan", "-w", str(school.root), "--workers", "1", "--no-ocr"])
    check = runner.invoke(app, ["evidence", "check", "-w", str(school.root)])
    for result in (scan, check):
        assert result.exit_code == 0, result.output
        text = " ".join(result.output.split())
        assert "Mã khớp nhiều bộ tiêu chí" in text and AMBIGUOUS in text
        assert "chuyển tệp vào thư mục minh chứng của bộ tiêu chí đó, hoặc thêm tiền tố" in text


def test_a_warm_rescan_reads_the_code_flags_back_and_a_changed_name_computes_them_again(
    school: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = service.scan_workspace(school, options=OPTS).code_flags
    computed = service.checks.code_flags

    def refused(*args: object, **kwargs: object) -> object:
        raise AssertionError("the code flags were computed again although nothing changed")

    monkeypatch.setattr(service.checks, "code_flags", refused)
    assert service.scan_workspace(school, options=OPTS).code_flags == first  # unchanged folder: read back
    monkeypatch.setattr(service.checks, "code_flags", computed)

    unknown = "[H9.09.09.09] Biên bản không thuộc tiêu chí nào.docx"
    (school.evidence_dir / ADMISSION).rename(school.evidence_dir / unknown)  # a renamed file: same content
    flags = service.scan_workspace(school, options=OPTS).code_flags
    assert sorted((f.kind, f.paths[0]) for f in flags) == [
        (FlagKind.AMBIGUOUS_CODE, AMBIGUOUS), (FlagKind.UNKNOWN_CODE, unknown)]

    make_docx(school.evidence_dir / AMBIGUOUS, paragraphs=["BÁO CÁO", "Nội dung đã sửa, dài hơn bản trước"])
    edited = service.scan_workspace(school, options=OPTS).code_flags  # same name, another content
    ambiguous = next(f for f in edited if f.kind == FlagKind.AMBIGUOUS_CODE)
    assert ambiguous.evidence_id != next(f for f in flags if f.kind == FlagKind.AMBIGUOUS_CODE).evidence_id
    with service.open_index(school) as index:
        assert index.file(AMBIGUOUS).hash == ambiguous.evidence_id  # type: ignore[union-attr]


def test_the_scan_code_flags_from_the_paths_alone_equal_those_from_the_full_records(school: Workspace) -> None:
    from accredit.evidence.records import build_records, each_file_codes

    service.scan_workspace(school, options=OPTS)
    frameworks, matcher, scopes = service.frameworks_of(school), service.matcher_of(school), service.scopes_of(school)
    with service.open_index(school) as index:
        light = service.checks.code_flags(frameworks, each_file_codes(index, matcher), scopes)
        full = service.checks.code_flags(frameworks, build_records(index, matcher), scopes)
    assert light == full and light
