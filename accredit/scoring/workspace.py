"""Adapter: gather a workspace's inputs from disk (frameworks, ratings, data, evidence) and call the pure ``score()``.

:func:`score` itself never touches files; this module does, and returns what the
``accredit score`` command prints (and what its ``--json`` emits).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import TypeAdapter, ValidationError

from accredit.catalog.registry import default_catalog
from accredit.i18n import t
from accredit.indicators.workspace import (
    data_workbook_path,
    indicators_of,
    needs_data,
    workspace_data,
    workspace_indicators,
    write_workspace_data_template,
)
from accredit.model.assessment import Assessment
from accredit.model.evidence import EvidenceLink
from accredit.model.framework import Framework, FrameworkPassed, display_name, short_name_of_id
from accredit.model.indicator import IndicatorReport, IndicatorResult
from accredit.model.scorecard import Scorecard
from accredit.ratings.layout import META_FRAMEWORK, SHEET_GUIDE
from accredit.ratings.template import RatingsError
from accredit.ratings.workspace import (
    WORKBOOK_SUFFIXES,
    empty_assessment,
    ratings_workbook_path,
    workspace_ratings,
    write_workspace_ratings_template,
)
from accredit.scoring.engine import score
from accredit.store.workspace import note_text
from accredit.workbooks import WorkbookUpdate
from accredit.workspace import Workspace


@dataclass
class ScoreRun:
    """The scorecards of one run, plus notes about inputs that were missing (shown, never hidden).

    ``assessments`` (None where no ratings exist) and ``indicators`` are the inputs read for each
    framework, kept so that later steps of the same run (reports) do not read the workbooks again.
    """

    scorecards: list[Scorecard]
    notes: list[str] = field(default_factory=list)
    assessments: dict[str, Assessment | None] = field(default_factory=dict)
    indicators: dict[str, list[IndicatorResult]] = field(default_factory=dict)


def load_links(ws: Workspace) -> list[EvidenceLink]:
    """The workspace's evidence links from the evidence index (none when the folder was never scanned)."""
    from accredit.evidence.index import INDEX_NAME
    from accredit.evidence.service import evidence_links

    if not (ws.cache_dir / INDEX_NAME).is_file():
        return []
    return evidence_links(ws)


def read_links_file(path: Path) -> list[EvidenceLink]:
    """Evidence links from a JSON file (a list of EvidenceLink objects, as ``accredit evidence`` emits them)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return TypeAdapter(list[EvidenceLink]).validate_python(data)
    except FileNotFoundError as exc:
        raise RatingsError(t("scoring.cli.links_missing", path=path)) from exc
    except (json.JSONDecodeError, ValidationError) as exc:
        first = str(exc).splitlines()[:3]
        raise RatingsError(t("scoring.cli.links_invalid", path=path, error=" ".join(first))) from exc


def ratings_framework_id(path: Path) -> str | None:
    """The framework a ratings file names (workbook guide sheet, or the 'framework' key)."""
    if not path.is_file():
        return None
    if path.suffix.lower() in WORKBOOK_SUFFIXES:
        from accredit.ratings.template import read_guide
        from accredit.zipguard import load_workbook

        wb = load_workbook(path, read_only=True, data_only=True)
        try:
            return read_guide(wb[SHEET_GUIDE]).get(META_FRAMEWORK) if SHEET_GUIDE in wb.sheetnames else None
        finally:
            wb.close()
    from accredit.catalog.files import read_document
    from accredit.errors import CriteriaFileError

    try:
        fid = read_document(path).get("framework")
    except CriteriaFileError as exc:
        raise RatingsError(str(exc)) from exc
    return str(fid) if fid else None


def workspace_frameworks(ws: Workspace, framework_id: str | None = None) -> list[Framework]:
    """The frameworks to work on: ``framework_id`` when given, else every framework of the workspace."""
    catalog = default_catalog()
    ids = [framework_id] if framework_id else list(ws.config.assessment.frameworks)
    return [catalog.get(fid) for fid in ids]


def _gate_ids(fw: Framework) -> list[str]:
    return [f for r in fw.decision.rules if isinstance(r, FrameworkPassed) for f in r.any_of]


def score_workspace(
    ws: Workspace,
    framework_id: str | None = None,
    ratings: Path | None = None,
    links: list[EvidenceLink] | None = None,
) -> ScoreRun:
    """Score the workspace's frameworks (or ``framework_id``), from its ratings, data and evidence.

    ``ratings`` replaces the workspace's ratings workbook for the framework it names. Gates
    (``framework_passed``) open only on results declared in the ratings (``external_results``,
    e.g. an accreditation certificate): passing one's own self-assessment against an
    accreditation framework is not accreditation, so it is reported in the notes instead.
    """
    if ratings is not None:
        if not ratings.is_file():
            raise RatingsError(t("scoring.ratings.missing_file", path=ratings))
        if framework_id is None:
            framework_id = ratings_framework_id(ratings)
        if framework_id is None:
            raise RatingsError(t("scoring.cli.ratings_which", path=ratings))
    targets = workspace_frameworks(ws, framework_id)
    catalog = default_catalog()
    in_workspace = set(ws.config.assessment.frameworks)
    notes: list[str] = []
    all_links = links if links is not None else load_links(ws)
    if links is None and not all_links:
        notes.append(t("scoring.cli.no_links"))
    results: dict[str, Scorecard] = {}
    read_assessments: dict[str, Assessment | None] = {}
    read_indicators: dict[str, list[IndicatorResult]] = {}

    def run(fw: Framework, stack: tuple[str, ...]) -> Scorecard:
        """Score ``fw`` once, after the workspace frameworks its gates name."""
        if fw.id in results:
            return results[fw.id]
        for gid in _gate_ids(fw):
            if gid in in_workspace and gid not in stack and gid not in results:
                run(catalog.get(gid), (*stack, fw.id))
        own = ratings if ratings is not None and fw.id == targets[0].id else None
        read = workspace_ratings(ws, fw, own)
        notes.extend(note_text(n) for n in read.notes)  # a workbook not imported for its conflicts
        assessment = read.assessment
        read_assessments[fw.id] = assessment
        if assessment is None:
            notes.append(t("scoring.cli.no_ratings", id=display_name(fw), path=ratings_workbook_path(ws, fw.id)))
            assessment = empty_assessment(ws, fw)
        if needs_data(fw) and not data_workbook_path(ws, fw.id).is_file():
            notes.append(t("scoring.cli.no_data", id=display_name(fw), path=data_workbook_path(ws, fw.id)))
        data = workspace_data(ws, fw)
        notes.extend(note_text(n) for n in data.notes)
        report = indicators_of(ws, fw, data.data, required=False)
        read_indicators[fw.id] = list(report.results) if needs_data(fw) else []
        for gid in _gate_ids(fw):
            if gid in results and results[gid].passed:
                notes.append(t("scoring.cli.gate_self_assessed", id=display_name(fw), gate=short_name_of_id(gid)))
        card = score(fw, assessment, all_links, report.results, {})
        results[fw.id] = card
        return card

    cards = [run(fw, ()) for fw in targets]
    notes.extend(evidence_notes(ws, all_links, {fw.id for fw in targets}))
    for fw in targets:
        newer = catalog.newer_version(fw.id)
        if newer is not None:
            notes.append(t("scoring.cli.newer_version", name=display_name(fw), id=fw.id, newer=newer))
    return ScoreRun(
        scorecards=cards, notes=list(dict.fromkeys(notes)), assessments=read_assessments, indicators=read_indicators
    )


def evidence_notes(ws: Workspace, links: list[EvidenceLink], framework_ids: set[str]) -> list[str]:
    """What the score must not hide about the evidence: codes that fit several frameworks (counted
    for none until resolved) and accepted links to files the scan could not read (counted for none)."""
    from accredit.evidence.checks import problem_text
    from accredit.evidence.codes import framework_name
    from accredit.evidence.service import code_notices
    from accredit.model.evidence import FlagKind

    catalog = default_catalog()
    notes = [
        t("scoring.cli.ambiguous_code", detail=f.detail or "", path=", ".join(f.paths))
        for f in code_notices(ws) if f.kind == FlagKind.AMBIGUOUS_CODE
    ]
    for lk in links:
        if lk.framework in framework_ids and lk.counts and not lk.readable:
            notes.append(t("scoring.cli.unreadable_file", path=lk.path, code=lk.requirement,
                           framework=framework_name(catalog.get(lk.framework)), problem=problem_text(lk.file_problem)))
    return notes


def ratings_templates(
    ws: Workspace, framework_id: str | None = None, links: list[EvidenceLink] | None = None
) -> list[WorkbookUpdate]:
    """Create or refresh the ratings workbook of each framework (evidence columns from the links)."""
    all_links = links if links is not None else load_links(ws)
    return [write_workspace_ratings_template(ws, fw, all_links) for fw in workspace_frameworks(ws, framework_id)]


def data_templates(ws: Workspace, framework_id: str | None = None) -> list[WorkbookUpdate]:
    """Create or refresh the data workbook of each framework that has indicators (others need none)."""
    return [write_workspace_data_template(ws, fw) for fw in workspace_frameworks(ws, framework_id) if needs_data(fw)]


def indicator_reports(ws: Workspace, framework_id: str | None = None) -> list[IndicatorReport]:
    """Every indicator of each framework that has some, computed from the workspace's data workbooks."""
    return [workspace_indicators(ws, fw) for fw in workspace_frameworks(ws, framework_id) if needs_data(fw)]
