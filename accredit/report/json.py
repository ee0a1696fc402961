"""The machine-readable report: everything the other formats show, as one JSON document.

Per framework the full scorecard (``Scorecard.model_dump``: a superset of its JSON contract),
the requirements with narrative and evidence, the indicator results with their traces; then
every evidence file with its links, and the roadmap when there is one.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from accredit import json_text
from accredit.i18n.message import Messages
from accredit.report import view
from accredit.report.model import FrameworkSection, ReportInput

SCHEMA = "accredit-report/1"
"""Identifies the layout of the JSON report; changes that break readers bump the number."""


def _dump(msgs: Messages, value: BaseModel) -> dict[str, Any]:
    """The model as JSON data; each message with its ``text`` in the report's language."""
    return value.model_dump(mode="json", context=msgs.context)


def _section(inp: ReportInput, s: FrameworkSection) -> dict[str, Any]:
    msgs = inp.messages
    fw = s.framework
    card = s.scorecard
    scorecard = _dump(msgs, card)  # once: the largest part of the section
    requirements = []
    for v in view.requirement_views(inp, s):
        result = _dump(msgs, v.result) if v.result is not None else {}
        requirements.append(
            {
                "code": v.code,
                "criterion": v.criterion.code,
                "label": v.requirement.label,
                "title": v.requirement.title,
                "text": v.requirement.text,
                "article": v.requirement.article,
                "kind": v.requirement.kind.value,
                "status": v.status.value,
                "points": result.get("points"),
                "max_points": result.get("max_points"),
                "reason": v.reason,
                "narrative": _dump(msgs, v.narrative),
                "evidence_codes": v.evidence_codes,
                "evidence": [_dump(msgs, lk) for lk in v.links],
                "in_minimal_fix": v.in_fix,
                "fix_action": v.fix_action,
            }
        )
    return {
        "id": fw.id,
        "title": fw.title,
        "version": fw.content_hash,
        "regulation": _dump(msgs, fw.regulation),
        "scored": fw.scored,
        "decision_article": fw.decision.article,
        "passed": card.passed,
        "decision": msgs(card.decision),
        "total": scorecard["total"],
        "max": scorecard["max"],
        "unit": card.unit,
        "thresholds": {code: float(share) for code, share in view.criterion_thresholds(fw).items()},
        "scorecard": scorecard,
        "requirements": requirements,
        "indicators": [
            {**_dump(msgs, r), "trace": view.trace_lines(msgs, r)} for r in view.indicator_results(s)
        ],
        "assessment": None
        if s.assessment is None
        else {"source": s.assessment.source, "year": s.assessment.year, "version": s.assessment.framework_version},
    }


def report_data(inp: ReportInput) -> dict[str, Any]:
    """The whole report as JSON-ready data."""
    msgs = inp.messages
    roadmap = inp.roadmap
    return {
        "schema": SCHEMA,
        "generated_at": inp.generated_at.isoformat(),
        "school": inp.school.model_dump(mode="json"),
        "year": inp.year,
        "target": inp.target,
        "frameworks": [_section(inp, s) for s in inp.sections],
        "evidence": [
            {
                "evidence_id": r.evidence_id,
                "path": r.path,
                "code": r.code,
                "title": r.title,
                "issued": r.issued,
                "record": None if r.record is None else _dump(msgs, r.record),
                "links": [_dump(msgs, lk) for lk in r.links],
            }
            for r in view.evidence_rows(inp)
        ],
        "roadmap": None if roadmap is None else _dump(msgs, roadmap),
    }


def render_json(inp: ReportInput) -> str:
    """The JSON report as UTF-8 text (2-space indent, Vietnamese kept readable)."""
    return json_text.dumps(report_data(inp)) + "\n"
