"""The calendar of the cycle: the regulations' own dates, computed for a given day (no clock)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from typer.testing import CliRunner

from accredit.calendar.cycle import add_months, cert_expiry, cycle_deadlines, cycle_status
from accredit.calendar.rules import RULES
from accredit.cli.app import app
from accredit.programmes.model import Certificate, Programme
from accredit.workspace import AssessmentSettings, SchoolInfo, WorkspaceConfig, init_workspace

TT38 = "tt38-2026/co-so-gdnn-v2"
CTDT = "tt14-2024/ctdt-trung-cap-cao-dang"


def by_rule(items: list, rule: str) -> list:
    return [d for d in items if d.rule == rule]


def test_tt38_deadlines_of_a_year() -> None:
    items = cycle_deadlines(2026, [TT38], "truong_cao_dang")
    assert by_rule(items, "tt38.data_cutoff")[0].date == dt.date(2026, 12, 31)
    report = by_rule(items, "tt38.report")[0]
    assert report.date == dt.date(2027, 3, 31) and report.verified
    assert "Điều 10 khoản 2" in report.article
    assert by_rule(items, "tt38.publish")[0].date is None  # the text sets no date: none is invented
    transition = by_rule(items, "tt38.transition")[0]
    assert transition.date == dt.date(2031, 4, 29)  # 60 months from the assumed effective date
    assert not transition.verified  # Điều 13's date is unreadable in the OCR


def test_tt28_deadlines_only_with_an_accreditation_set() -> None:
    assert not by_rule(cycle_deadlines(2026, [TT38], "truong_cao_dang"), "tt28.result_report")
    items = cycle_deadlines(2026, [TT38, "tt14-2024/truong"], "truong_cao_dang")
    assert by_rule(items, "tt28.result_report")[0].date == dt.date(2026, 12, 24)  # "trước ngày 25/12"
    assert by_rule(items, "tt28.qa_report")[0].date == dt.date(2026, 12, 31)
    # a programme assessed against TT 14/2024 brings TT 28 too
    prog = Programme(code="6480201", name="CNTT", level="cao_dang", criteria=CTDT)
    assert by_rule(cycle_deadlines(2026, [TT38], "truong_cao_dang", [prog]), "tt28.result_report")


def test_certificate_expiry_and_next_self_assessment() -> None:
    cert = Certificate(framework=CTDT, programme="6480201", issued=dt.date(2023, 6, 15))
    assert cert_expiry(cert) == dt.date(2028, 6, 15)
    items = cycle_deadlines(2026, [TT38], "truong_cao_dang", [], [cert])
    assert by_rule(items, "cert.expiry")[0].date == dt.date(2028, 6, 15)
    assert by_rule(items, "cert.next_self_assessment")[0].date == dt.date(2027, 6, 15)
    yearly = by_rule(items, "tt28.self_assessment")  # an accredited programme self-assesses every year (Điều 13.2)
    assert len(yearly) == 1 and yearly[0].subject == "6480201" and not yearly[0].verified
    assert not by_rule(cycle_deadlines(2029, [TT38], "truong_cao_dang", [], [cert]), "tt28.self_assessment")
    stated = Certificate(framework=CTDT, issued=dt.date(2023, 6, 15), expires=dt.date(2027, 1, 1))
    assert cert_expiry(stated) == dt.date(2027, 1, 1)


def test_add_months_end_of_month() -> None:
    assert add_months(dt.date(2024, 2, 29), 60) == dt.date(2029, 2, 28)
    assert add_months(dt.date(2026, 3, 31), -1) == dt.date(2026, 2, 28)


def test_status_next_and_past_depend_on_the_given_day() -> None:
    before = cycle_status(dt.date(2026, 12, 1), 2026, [TT38], "truong_cao_dang")
    assert before.next is not None and before.next.rule == "tt38.data_cutoff" and before.next.days == 30
    after = cycle_status(dt.date(2027, 1, 10), 2026, [TT38], "truong_cao_dang")
    assert after.next is not None and after.next.rule == "tt38.report"
    assert by_rule(after.deadlines, "tt38.data_cutoff")[0].state == "past"
    assert [a.key for a in after.advice] == ["cycle.advice.finish_report"]
    late = cycle_status(dt.date(2027, 4, 2), 2026, [TT38], "truong_cao_dang")
    assert [a.key for a in late.advice] == ["cycle.advice.start_year"]


def test_expired_certificate_is_said() -> None:
    cert = Certificate(framework="tt14-2024/truong", issued=dt.date(2020, 1, 1))
    status = cycle_status(dt.date(2026, 6, 1), 2026, [TT38], "truong_cao_dang", [], [cert])
    assert "cycle.advice.expired" in [a.key for a in status.advice]


def test_every_rule_names_an_article_and_unverified_says_why() -> None:
    for rule in RULES:
        assert rule.article and rule.basis
        if not rule.verified:
            assert "UNVERIFIED" in rule.basis or "EDITORIAL" in rule.basis


def _workspace(tmp_path: Path) -> Path:
    config = WorkspaceConfig(
        school=SchoolInfo(name="Trường CĐ Thử"),
        assessment=AssessmentSettings(year=2026, frameworks=[TT38]),
        programmes=[Programme(code="6480201", name="Công nghệ thông tin", level="cao_dang", criteria=CTDT)],
        certificates=[Certificate(framework=CTDT, programme="6480201", issued=dt.date(2023, 6, 15))],
    )
    init_workspace(tmp_path, config)
    return tmp_path


def test_status_command_vi_en_json(tmp_path: Path) -> None:
    root = _workspace(tmp_path)
    runner = CliRunner()
    vi = runner.invoke(app, ["status", "-w", str(root), "--today", "2026-12-01"])
    assert vi.exit_code == 0, vi.output
    assert "Việc tiếp theo" in vi.output and "31/12/2026" in vi.output
    en = runner.invoke(app, ["--lang", "en", "status", "-w", str(root), "--today", "2026-12-01"])
    assert "Next:" in en.output
    js = runner.invoke(app, ["status", "-w", str(root), "--today", "2026-12-01", "--json"])
    data = json.loads(js.stdout)
    assert data["next"]["rule"] == "tt28.result_report"  # 24/12 comes before 31/12
    assert {d["rule"] for d in data["deadlines"]} >= {"cert.expiry", "tt38.report"}
    bad = runner.invoke(app, ["status", "-w", str(root), "--today", "31/12/2026"])
    assert bad.exit_code == 3 and "YYYY-MM-DD" in bad.output


def _without_text(value: object) -> object:
    if isinstance(value, dict):
        return {k: _without_text(v) for k, v in value.items() if k != "text"}
    if isinstance(value, list):
        return [_without_text(v) for v in value]
    return value


def test_json_is_the_same_in_both_languages_but_the_rendered_text(tmp_path: Path) -> None:
    root = _workspace(tmp_path)
    out = {lang: json.loads(CliRunner().invoke(
        app, ["--lang", lang, "status", "-w", str(root), "--today", "2026-12-01", "--json"]).stdout)
        for lang in ("vi", "en")}
    assert out["vi"]["deadlines"][0]["title"]["text"] != out["en"]["deadlines"][0]["title"]["text"]
    assert _without_text(out["vi"]) == _without_text(out["en"])
