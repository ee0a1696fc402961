"""The JSON report: the full scorecards, requirements with narratives and evidence, traced indicators."""

from __future__ import annotations

import json

from accredit.i18n.message import Messages
from accredit.report import ReportInput
from accredit.report.json import SCHEMA, render_json


def test_json_report_carries_everything(report_input: ReportInput) -> None:
    data = json.loads(render_json(report_input))
    assert data["schema"] == SCHEMA
    assert data["school"]["name"] == report_input.school.name
    assert data["generated_at"] == "2026-11-20T09:30:00+00:00"
    fws = {f["id"]: f for f in data["frameworks"]}
    assert list(fws) == ["tt38-2026/co-so-gdnn", "tt35-2021/truong-cao-dang"]
    for s in report_input.sections:
        assert fws[s.id]["scorecard"] == s.scorecard.model_dump(mode="json", context=Messages("vi").context)
    tt38 = fws["tt38-2026/co-so-gdnn"]
    r11 = next(r for r in tt38["requirements"] if r["code"] == "1.1")
    assert r11["narrative"]["strengths"] == "Chiến lược được rà soát hằng năm."
    assert r11["evidence_codes"] == ["H1.01.01.01"] and r11["status"] == "met"
    cs01 = next(i for i in tt38["indicators"] if i["requirement"] == "CS01")
    assert cs01["value"] == 45 and any("'Số liệu'!C5" in line for line in cs01["trace"])
    assert tt38["thresholds"]["CS"] == 1.0
    tt35 = fws["tt35-2021/truong-cao-dang"]
    assert tt35["thresholds"]["1"] == 0.6 and tt35["passed"] is False
    assert {r["code"] for r in tt35["requirements"] if r["in_minimal_fix"]} == {"1.1", "3.1"}
    paths = [e["path"] for e in data["evidence"]]
    assert paths == sorted(paths) and len(paths) == 4
    meeting = next(e for e in data["evidence"] if e["path"].endswith("Biên bản họp hội đồng.docx"))
    assert [lk["confirmed"] for lk in meeting["links"]] == [False]
    assert data["roadmap"] is None
