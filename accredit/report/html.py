"""The HTML report: one self-contained file an inspector opens offline.

Inline CSS, charts as inline SVG, no script and no network; every text goes through Jinja2's
autoescaping. Evidence files are linked relative to the report's folder, so the links work
when the workspace (report and evidence together) is copied or zipped.
"""

from __future__ import annotations

import inspect
import re
from dataclasses import dataclass, field
from functools import cache, partial
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, pass_context
from markupsafe import Markup

from accredit.i18n.message import Messages, Msg
from accredit.model.evidence import EvidenceLink
from accredit.model.framework import Criterion
from accredit.model.indicator import IndicatorResult
from accredit.model.scorecard import CriterionResult
from accredit.report import roadmap_view, svg, view
from accredit.report.model import FrameworkSection, ReportInput
from accredit.report.template_cache import UserBytecodeCache

_ENV: Environment | None = None


def tool_version() -> str:
    """The installed accredit version ('dev' when not installed)."""
    try:
        return version("accredit")
    except PackageNotFoundError:
        return "dev"


@pass_context
def _status(context: Any, status: Any) -> str:
    """The ``status`` filter: a requirement status in words, in the report's language."""
    return view.status_text(context["t"], status)


class BoundView:
    """:mod:`accredit.report.view` for the template: functions whose first parameter is ``msgs`` get the
    report's :class:`Messages`, so the template calls ``view.total_text(card)`` as before."""

    def __init__(self, messages: Messages) -> None:
        self._messages = messages

    def __getattr__(self, name: str) -> Any:
        value = getattr(view, name)
        if callable(value) and not isinstance(value, type) and _takes_msgs(value):
            value = partial(value, self._messages)
        self.__dict__[name] = value  # looked up once per report (the template asks for some names thousands of times)
        return value


@cache
def _takes_msgs(function: Any) -> bool:
    """Whether ``function``'s first parameter is ``msgs``."""
    params = list(inspect.signature(function).parameters)
    return bool(params) and params[0] == "msgs"


def environment() -> Environment:
    """The Jinja2 environment of the report templates (autoescaping on, undefined names are errors)."""
    global _ENV
    if _ENV is None:
        env = Environment(
            loader=PackageLoader("accredit.report", "templates"),
            autoescape=True,
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            bytecode_cache=UserBytecodeCache("report:autoescape,strict,trim,lstrip"),
        )
        env.filters["status"] = _status
        _ENV = env
    return _ENV


def anchor(text: str) -> str:
    """An id usable in '#…' links: 'tt35-2021/truong-cao-dang' → 'fw-tt35-2021-truong-cao-dang'."""
    return "fw-" + re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


@dataclass(frozen=True)
class IndicatorRow:
    """One indicator result with its name and trace, for the template."""

    result: IndicatorResult
    name: str
    value: str
    level: str
    status: str
    trace: list[str]


@dataclass(frozen=True)
class EvidenceItem:
    """One evidence file with its link target and the requirements it supports."""

    row: view.EvidenceRow
    href: str | None
    supports: list[tuple[str, list[tuple[str, bool]]]] = field(default_factory=list)
    """Per framework (its regulation number), the requirement codes and whether each link counts."""
    package_href: str | None = None
    """The same file from the report inside an extracted submission package."""

    @property
    def counts(self) -> bool:
        """True when the file is confirmed evidence of at least one requirement."""
        return any(lk.counts for lk in self.row.links)


@dataclass(frozen=True)
class SectionView:
    """Everything the template shows for one framework."""

    section: FrameworkSection
    anchor: str
    chart: Markup
    chart_narrow: Markup
    criteria: list[tuple[Criterion, CriterionResult | None, Any]]
    requirements: list[view.RequirementView]
    gaps: list[view.RequirementView]
    indicators: list[IndicatorRow]
    min_total: Any
    comparison: list[view.ComparisonRow] = field(default_factory=list)
    comparison_summary: str = ""


def _section_view(inp: ReportInput, s: FrameworkSection, link_base: str | None) -> SectionView:
    msgs = inp.messages
    reqs = view.requirement_views(inp, s)
    names = {r.code: view.requirement_name(r) for r in s.framework.requirements}
    rows = [
        IndicatorRow(
            result=r,
            name=names.get(r.requirement, r.label),
            value=view.value_text(msgs, r),
            level=view.requirement_text(msgs, r.comparator, r.threshold, r.unit),
            status=view.indicator_status_text(msgs, r.status.value),
            trace=view.trace_lines(msgs, r),
        )
        for r in view.indicator_results(s)
    ]
    return SectionView(
        section=s,
        anchor=anchor(s.id),
        chart=svg.criterion_chart(msgs, s),
        chart_narrow=svg.criterion_chart_narrow(msgs, s),
        criteria=view.criterion_rows(s),
        requirements=reqs,
        gaps=[v for v in reqs if v.is_gap],
        indicators=rows,
        min_total=view.min_total(s.framework),
        comparison=view.comparison_rows(msgs, s),
        comparison_summary=view.comparison_summary(msgs, s, inp.year),
    )


def _evidence_items(inp: ReportInput, link_base: str | None) -> list[EvidenceItem]:
    names = {s.id: s.framework.regulation.number for s in inp.sections}
    order = {s.id: i for i, s in enumerate(inp.sections)}

    def supports(links: list[EvidenceLink]) -> list[tuple[str, list[tuple[str, bool]]]]:
        grouped: dict[str, list[tuple[str, bool]]] = {}
        for lk in sorted(links, key=lambda lk: order.get(lk.framework, len(order))):
            grouped.setdefault(lk.framework, []).append((lk.requirement, lk.counts))
        return [(names.get(fid, fid), codes) for fid, codes in grouped.items()]

    return [
        EvidenceItem(row=r, href=view.evidence_href(r.path, link_base), supports=supports(r.links),
                     package_href=view.evidence_href(r.path, view.PACKAGE_EVIDENCE) if link_base is not None else None)
        for r in sorted(view.evidence_rows(inp), key=lambda r: (not any(lk.counts for lk in r.links), r.path))
    ]


def render_html(inp: ReportInput, link_base: str | None = None) -> str:
    """The HTML report as text.

    ``link_base`` is the evidence folder relative to the folder the report is written to
    (e.g. ``'../evidence'``); None leaves evidence unlinked.
    """
    msgs = inp.messages
    sections = [_section_view(inp, s, link_base) for s in inp.sections]
    rows = view.evidence_rows(inp)
    hrefs = {r.path: view.evidence_href(r.path, link_base) for r in rows}
    package_hrefs = (
        {r.path: view.evidence_href(r.path, view.PACKAGE_EVIDENCE) for r in rows} if link_base is not None else {}
    )
    records = {r.evidence_id: r for r in inp.evidence}
    names = view.framework_names(inp)
    roadmap = roadmap_view.build(msgs, inp.roadmap) if inp.roadmap is not None else None
    actions = {a.id: a for a in roadmap.actions} if roadmap is not None else {}

    def plain(text: str | Msg | None) -> str:
        """Text (a message rendered in the report's language) with internal ids replaced."""
        return view.plain_ids(msgs, msgs(text) if isinstance(text, Msg) else text, names)

    def acts(ids: list[str]) -> str:
        """Action ids (internal) shown as the requirement codes they work on."""
        return "; ".join(dict.fromkeys(actions[i].codes if i in actions else "" for i in ids)) or "—"

    template = environment().get_template("report.html.j2")
    return template.render(
        inp=inp,
        lang=msgs.lang,
        t=msgs,
        version=tool_version(),
        school=view.school_line(inp),
        generated=view.generated_text(inp),
        sections=sections,
        evidence=_evidence_items(inp, link_base),
        hrefs=hrefs,
        package_hrefs=package_hrefs,
        records=records,
        roadmap=roadmap,
        view=BoundView(msgs),
        plain=plain,
        acts=acts,
    )
