"""Adapter: ``accredit year`` on a workspace — start the next year from the current one, confirm carried ratings,
show the years side by side.

Starting year N+1 from year N:
* accredit.toml's ``[assessment] year`` becomes N+1 (comments kept);
* each framework's (and each programme's) ratings workbook for N+1 is created, with last year's narratives
  and cited codes marked "[Kế thừa N — cần cập nhật]" and NO status: nothing counts until a person rates it
  or confirms last year's rating (``accredit year confirm``);
* evidence links stay (they belong to files, not years), and those whose document date falls outside the
  new window are listed;
* the data workbooks get the N+1 columns and programme rows; the roadmap is planned again from N+1;
* year N's ratings workbooks are made read-only on disk: the tool never writes a past year's workbook.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Mapping
from pathlib import Path

from pydantic import Field

from accredit.annual.carry import CarriedRating, carry_over, confirmed
from accredit.annual.workbook import carried_rows, write_carried, write_confirmed
from accredit.calendar.cycle import CarriedOpen
from accredit.catalog.registry import default_catalog
from accredit.errors import AccreditError
from accredit.evidence.checks import window_years as evidence_window
from accredit.i18n import t
from accredit.i18n.message import Msg, msg
from accredit.model.assessment import Assessment, window_years
from accredit.model.base import Value
from accredit.model.evidence import EvidenceLink
from accredit.model.framework import Framework, ObjectType
from accredit.workspace import Workspace


class YearError(AccreditError):
    """The year asked for cannot be started or read."""


class OutsideWindow(Value):
    """An evidence link whose document is dated outside its requirement's window in the new year."""

    path: str
    framework: str
    requirement: str
    issued: str
    window: list[int]


class CarriedSet(Value):
    """What was carried for one framework (of the school, or of one programme)."""

    framework: str
    programme: str | None = None
    workbook: str
    carried: int = Field(description="Requirements carried (marked, not rated).")
    written: int = Field(description="Rows whose blank cells got the carried text.")


class YearStart(Value):
    """What ``accredit year start`` did."""

    from_year: int
    to_year: int
    carried: list[CarriedSet]
    read_only: list[str] = Field(description="Last year's workbooks made read-only.")
    data: list[str] = Field(default_factory=list, description="Data workbooks made ready for the new year.")
    outside_window: list[OutsideWindow] = Field(default_factory=list)
    earliest_year: int | None = Field(default=None, description="The re-planned roadmap's earliest passing year.")
    notes: list[Msg] = Field(default_factory=list)


def at_year(ws: Workspace, year: int) -> Workspace:
    """``ws`` as it reads year ``year`` (same folders; the ratings of that year)."""
    return Workspace(ws.root, ws.config.model_copy(
        update={"assessment": ws.config.assessment.model_copy(update={"year": year})}), shared_index=ws.shared_index)


def views(ws: Workspace) -> list[tuple[str | None, Workspace]]:
    """The school and each assessed programme, as (programme code or None, workspace view)."""
    from accredit.programmes.workspace import assessed, programme_workspace

    return [(None, ws), *((p.code, programme_workspace(ws, p)) for p in assessed(ws))]


def _frameworks(view: Workspace) -> list[Framework]:
    catalog = default_catalog()
    return [catalog.get(f) for f in view.config.assessment.frameworks]


def _previous(view: Workspace, fw: Framework, year: int) -> list[CarriedRating]:
    from accredit.ratings.workspace import workspace_assessment

    previous = workspace_assessment(at_year(view, year), fw)
    return carry_over(previous, year + 1) if previous is not None else []


def _to_store(view: Workspace, framework_id: str) -> None:
    """Bring the workbook just written into the view's store, under the view's (new) year: the store keys
    ratings by framework, year and requirement, so the past year's values stay as they were."""
    from accredit.ratings.workspace import workspace_ratings

    workspace_ratings(view, default_catalog().get(framework_id))


def make_read_only(path: Path) -> bool:
    """Clear the write permission of ``path`` (Windows: the read-only attribute); False when it was already so."""
    mode = path.stat().st_mode
    if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        return False
    os.chmod(path, stat.S_IMODE(mode) & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    return True


def past_year_workbooks(ws: Workspace) -> list[Path]:
    """The ratings workbooks of years before the current one (the school's and each programme's)."""
    from accredit.indicators.workspace import file_slug

    year = ws.config.assessment.year
    out: list[Path] = []
    for _, view in views(ws):
        for fw in _frameworks(view):
            out += [view.data_dir / f"tu-danh-gia_{y}_{file_slug(fw.id)}.xlsx" for y in _years(view, fw) if y < year]
    return out


def mark_past_years(ws: Workspace) -> list[str]:
    """Make the past years' ratings workbooks read-only, as ``year start`` leaves them (a copy of the demo:
    git keeps no write bit); the paths changed."""
    return [str(p) for p in past_year_workbooks(ws) if make_read_only(p)]


def outside_window(links: list[EvidenceLink], frameworks: list[Framework], year: int,
                   obj: ObjectType | None) -> list[OutsideWindow]:
    """Accepted links whose document is dated before the requirement's window for ``year`` (pure; the same rule
    as ``accredit evidence check``)."""
    by_id = {f.id: f for f in frameworks}
    out: list[OutsideWindow] = []
    for lk in links:
        fw = by_id.get(lk.framework)
        if fw is None or not lk.counts or lk.issued is None or lk.requirement not in {r.code for r in fw.requirements}:
            continue
        span = evidence_window(fw, lk.requirement, year, obj)  # None: any earlier date is fine (at evaluation)
        if span is not None and lk.issued.year < span[0]:
            out.append(OutsideWindow(path=lk.path, framework=fw.id, requirement=lk.requirement,
                                     issued=lk.issued.isoformat(), window=list(range(span[0], span[1] + 1))))
    return out


def start_year(ws: Workspace, year: int) -> YearStart:
    """Open ``year`` from ``year - 1`` (see the module docstring); re-running it fills only what is still blank."""
    from accredit.programmes.config import set_year
    from accredit.programmes.data import workspace_programme_rows
    from accredit.ratings.workspace import ratings_workbook_path
    from accredit.scoring.workspace import data_templates, load_links, ratings_templates

    current = ws.config.assessment.year
    if year not in (current, current + 1):
        raise YearError(t("cycle.year.not_next", year=year, current=current, next=current + 1,
                          path=str(ws.config_path)))
    previous = year - 1
    had = [(code, view, fw, ratings_workbook_path(at_year(view, previous), fw.id))
           for code, view in views(ws) for fw in _frameworks(view)]
    if not any(path.is_file() for *_, path in had):
        raise YearError(t("cycle.year.nothing", year=previous, path=str(ws.data_dir)))
    carried_by = {(code, fw.id): _previous(view, fw, previous) for code, view, fw, _ in had}
    if current != year:
        set_year(ws, year)
    links = load_links(ws)
    result: list[CarriedSet] = []
    from accredit.programmes.workspace import programme_links

    for code, view in views(ws):
        mine = links if code is None else programme_links(links, next(p for p in ws.config.programmes
                                                                        if p.code == code), ws.config.programmes)
        view.data_dir.mkdir(parents=True, exist_ok=True)
        for update in ratings_templates(view, links=mine):
            fid = next(f.id for f in _frameworks(view) if ratings_workbook_path(view, f.id) == Path(update.path))
            carried = carried_by.get((code, fid), [])
            written = write_carried(Path(update.path), carried) if carried else 0
            _to_store(view, fid)
            result.append(CarriedSet(framework=fid, programme=code, workbook=update.path, carried=len(carried),
                                     written=written))
    data = [u.path for u in data_templates(ws)] + [r.path for r in workspace_programme_rows(ws)]
    read_only = [str(path) for *_, path in had if path.is_file() and make_read_only(path)]
    catalog = default_catalog()
    all_fws = [catalog.get(f) for f in dict.fromkeys(
        [*ws.config.assessment.frameworks, *(p.criteria for p in ws.config.programmes if p.criteria)])]
    flagged = outside_window(links, all_fws, year, ws.config.school.object)
    earliest, notes = None, []
    if ws.config.assessment.target:
        from accredit.service.inputs import read_inputs
        from accredit.service.planning import plan_roadmap
        from accredit.service.scoring import score_all

        try:
            inputs = read_inputs(ws, ws.config.assessment.target, links=links)
            scored = score_all(inputs)
            earliest = plan_roadmap(inputs, {c.framework: c for c in (*scored.scorecards, *scored.gates)}
                                    ).earliest_year
        except AccreditError as exc:  # a plan that cannot be made never blocks the new year
            notes.append(msg("cycle.year.no_plan", error=str(exc)))
    return YearStart(from_year=previous, to_year=year, carried=result, read_only=read_only,
                     data=list(dict.fromkeys(data)), outside_window=flagged, earliest_year=earliest, notes=notes)


class Confirmed(Value):
    """What ``accredit year confirm`` wrote."""

    workbook: str
    codes: list[str]
    written: int


def confirm_year(ws: Workspace, codes: list[str] | None, framework: str | None = None,
                 programme: str | None = None, *, school_only: bool = False) -> list[Confirmed]:
    """Confirm last year's ratings for ``codes`` (all carried ones when None) of the current year's workbooks:
    their statuses are written into the cells still blank. This is a person's decision; the tool never does it.
    ``programme``: that programme's workbooks only; ``school_only``: the school's own only (without either,
    the school's and every programme's on ``framework``)."""
    from accredit.ratings.workspace import ratings_workbook_path

    year = ws.config.assessment.year
    out: list[Confirmed] = []
    for code, view in views(ws):
        if (programme is not None and code != programme) or (school_only and code is not None):
            continue
        for fw in _frameworks(view):
            if framework is not None and fw.id != framework:
                continue
            path = ratings_workbook_path(view, fw.id)
            if not path.is_file():
                continue
            carried = _previous(view, fw, year - 1)
            still = {r.code for r in carried_rows(path) if not r.rated}
            chosen = [c for c in carried if c.code in still and (codes is None or c.code in codes)]
            ratings = [confirmed(c, window_years(fw, fw.requirement(c.code), year, view.config.school.object))
                       for c in chosen if c.previous_status is not None]
            written = write_confirmed(path, ratings) if ratings else 0
            _to_store(view, fw.id)
            out.append(Confirmed(workbook=str(path), codes=[r.code for r in ratings], written=written))
    return out


class YearColumn(Value):
    """One framework in one year."""

    year: int
    total: float
    max: float
    passed: bool
    met: int
    not_evaluated: int
    carried: int = Field(default=0, description="Rows still carrying last year's text without a new rating.")
    statuses: dict[str, str] = Field(default_factory=dict)


class YearHistory(Value):
    """One framework (of the school or a programme) over every year that has a ratings workbook."""

    framework: str
    programme: str | None = None
    years: list[YearColumn]


def open_carried(ws: Workspace, read: Mapping[str, Assessment | None] | None = None) -> list[CarriedOpen]:
    """The requirements of the current year still carried from last year (marked, not rated nor confirmed),
    per framework of the school and of each programme (read only). ``read``: the school's ratings already read
    (``accredit run``'s inputs), so their workbooks are not opened again."""
    from accredit.ratings.workspace import ratings_workbook_path

    out: list[CarriedOpen] = []
    for code, view in views(ws):
        for fw in _frameworks(view):
            path = ratings_workbook_path(view, fw.id)
            if code is None and read is not None and fw.id in read:
                done = read[fw.id]
                codes = [r.code for r in done.ratings if r.is_blank and r.narrative.carried] if done else []
            else:
                codes = [r.code for r in carried_rows(path) if not r.rated] if path.is_file() else []
            if codes:
                out.append(CarriedOpen(framework=fw.id, programme=code, codes=codes))
    return out


def carried_notes(ws: Workspace, read: Mapping[str, Assessment | None] | None = None) -> list[Msg]:
    """One note per framework with requirements still carried from last year (for ``accredit run``)."""
    from accredit.catalog.registry import framework_name

    return [msg("cycle.carried.open", count=len(c.codes), codes=", ".join(c.codes),
                name=framework_name(c.framework) + (f" — {c.programme}" if c.programme else ""),
                year=ws.config.assessment.year - 1)
            for c in open_carried(ws, read)]


def history(ws: Workspace) -> list[YearHistory]:
    """Every year with a ratings workbook, scored side by side (read only: nothing is written)."""
    from accredit.ratings.workspace import ratings_workbook_path
    from accredit.scoring.workspace import load_links
    from accredit.service.inputs import read_inputs
    from accredit.service.scoring import score_all

    links = load_links(ws)
    out: list[YearHistory] = []
    for code, view in views(ws):
        from accredit.programmes.workspace import programme_links

        mine = links if code is None else programme_links(links, next(p for p in ws.config.programmes
                                                                        if p.code == code), ws.config.programmes)
        for fw in _frameworks(view):
            columns: list[YearColumn] = []
            for y in _years(view, fw):
                yv = at_year(view, y)
                card = score_all(read_inputs(yv, fw.id, links=mine)).scorecards[0]
                path = ratings_workbook_path(yv, fw.id)
                statuses = {r.code: r.status.value for r in card.requirements}
                columns.append(YearColumn(
                    year=y, total=float(card.total), max=float(card.max), passed=card.passed,
                    met=sum(1 for s in statuses.values() if s == "met"),
                    not_evaluated=sum(1 for s in statuses.values() if s == "not_evaluated"),
                    carried=sum(1 for r in carried_rows(path) if not r.rated) if path.is_file() else 0,
                    statuses=statuses))
            out.append(YearHistory(framework=fw.id, programme=code, years=columns))
    return out


def assessment_years(ws: Workspace) -> list[int]:
    """The current year and every year with a ratings workbook of the school or of a programme, oldest first
    (the years :func:`history` shows side by side)."""
    years = {ws.config.assessment.year}
    for _, view in views(ws):
        for fw in _frameworks(view):
            years.update(_years(view, fw))
    return sorted(years)


def _years(view: Workspace, fw: Framework) -> list[int]:
    from accredit.indicators.workspace import file_slug

    years = set()
    for path in view.data_dir.glob(f"tu-danh-gia_*_{file_slug(fw.id)}.xlsx"):
        part = path.name.split("_", 2)[1]
        if part.isdigit() and 2000 <= int(part) <= 2100:
            years.add(int(part))
    return sorted(years)
