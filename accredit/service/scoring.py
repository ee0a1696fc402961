"""Score: the scorecards of a workspace's frameworks, a function of its inputs (:func:`score_all`)."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby
from operator import attrgetter
from pathlib import Path

from accredit.catalog.registry import default_catalog
from accredit.evidence.checks import problem_msg
from accredit.evidence.codes import framework_name
from accredit.frameworks import resolve_framework
from accredit.i18n.message import Msg, msg
from accredit.model.evidence import EvidenceLink, FlagKind
from accredit.model.framework import display_name, short_name_of_id
from accredit.model.scorecard import Scorecard
from accredit.scoring.engine import score
from accredit.service.inputs import FrameworkInputs, WorkspaceInputs, read_inputs
from accredit.service.results import ScoreResult, unique
from accredit.workspace import Workspace


def score_all(inputs: WorkspaceInputs, *, previous: tuple[WorkspaceInputs, ScoreResult] | None = None) -> ScoreResult:
    """Score every framework read in ``inputs`` (each after the workspace frameworks its gates name).

    Gates (``framework_passed``) open only on results declared in the ratings (``external_results``, e.g. an
    accreditation certificate): passing one's own self-assessment against an accreditation framework is
    not accreditation, so it is reported in the notes instead.

    ``previous``: inputs scored before and their result (a front end that keeps them, e.g. the web desk after a
    person's change): a framework whose inputs are equal to those (its ratings, its indicators, the very same
    links) keeps its scorecard; the others are scored again. The result is the same as without it.
    """
    by_framework = _links_by_framework(inputs.links)
    reusable: dict[str, Scorecard] = {}
    if previous is not None:
        before, done = previous
        old_links = _links_by_framework(before.links)
        for card in (*done.scorecards, *done.gates):
            fid = card.framework
            if inputs.has(fid) and before.has(fid) and _same_inputs(before.of(fid), inputs.of(fid)) \
                    and _same_links(old_links.get(fid, []), by_framework.get(fid, [])):
                reusable[fid] = card
    in_workspace = set(inputs.workspace_ids)
    notes: list[Msg] = []
    if not inputs.links_from_file and not inputs.links:
        notes.append(msg("scoring.cli.no_links"))
    results: dict[str, Scorecard] = {}

    def run(fi: FrameworkInputs, stack: tuple[str, ...]) -> Scorecard:
        fw = fi.framework
        if fw.id in results:
            return results[fw.id]
        for gid in fw.gate_ids:
            if gid in in_workspace and gid not in stack and gid not in results and inputs.has(gid):
                run(inputs.of(gid), (*stack, fw.id))
        notes.extend(fi.notes)  # about the read, e.g. a workbook not imported for its conflicts
        if fi.assessment is None:
            notes.append(msg("scoring.cli.no_ratings", id=display_name(fw), path=fi.ratings_path))
        if fi.needs_data and fi.data is None:
            notes.append(msg("scoring.cli.no_data", id=display_name(fw), path=fi.data_path))
        for gid in fw.gate_ids:
            if gid in results and results[gid].passed:
                notes.append(msg("scoring.cli.gate_self_assessed", id=display_name(fw), gate=short_name_of_id(gid)))
        card = reusable.get(fw.id) or score(fw, fi.baseline, by_framework.get(fw.id, []), fi.indicators.results, {})
        results[fw.id] = card
        return card

    cards = [run(fi, ()) for fi in inputs.selected()]
    for fi in inputs.frameworks:  # the target and the gates it names, when not chosen
        run(fi, ())
    ambiguous = None  # the same code notices as the previous reading: their notes are the same too
    if previous is not None and _same_links(previous[0].code_notices, inputs.code_notices):
        ambiguous = [n for n in previous[1].notes if n.key == "scoring.cli.ambiguous_code"]
    notes.extend(evidence_notes(inputs, set(inputs.chosen), ambiguous=ambiguous))
    catalog = None
    for fid in inputs.chosen:
        catalog = catalog or default_catalog()
        newer = catalog.newer_version(fid)
        if newer is not None:
            notes.append(msg("scoring.cli.newer_version", name=display_name(inputs.of(fid).framework), id=fid,
                             newer=newer))
    others = [c for fid, c in results.items() if fid not in inputs.chosen]
    kept = {id(n) for n in ambiguous} if ambiguous else set()  # unique already, and of a kind no other note is
    return ScoreResult(scorecards=cards, gates=others, notes=unique(notes, distinct=kept))


def _links_by_framework(links: list[EvidenceLink]) -> dict[str, list[EvidenceLink]]:
    """The links of each framework, in their order (one pass: scoring each framework reads only its own)."""
    out: dict[str, list[EvidenceLink]] = {}
    for fid, run in groupby(links, key=attrgetter("framework")):  # the index keeps them by framework: few runs
        out.setdefault(fid, []).extend(run)
    return out


def _same_inputs(a: FrameworkInputs, b: FrameworkInputs) -> bool:
    """Whether a framework's ratings, indicators and criteria are the same in two readings."""
    return (a.baseline == b.baseline and a.indicators.results == b.indicators.results
            and (a.framework is b.framework or a.framework == b.framework))


def _same_links(a: Sequence[object], b: Sequence[object]) -> bool:
    """Whether two readings hold the very same links (the same objects, in order: a front end that keeps its
    links replaces only those a person changed)."""
    return len(a) == len(b) and all(x is y for x, y in zip(a, b, strict=True))


def evidence_notes(inputs: WorkspaceInputs, framework_ids: set[str], *, ambiguous: list[Msg] | None = None
                   ) -> list[Msg]:
    """What the score must not hide about the evidence: codes that fit several frameworks (counted
    for none until resolved) and accepted links to files the scan could not read (counted for none).
    ``ambiguous``: the first kind's notes already made from the same code notices."""
    notes = list(ambiguous) if ambiguous is not None else [
        msg("scoring.cli.ambiguous_code", detail=f.detail or "", path=", ".join(f.paths))
        for f in inputs.code_notices if f.kind == FlagKind.AMBIGUOUS_CODE
    ]
    for lk in inputs.links:
        if lk.file_problem is not None and lk.framework in framework_ids and lk.counts:  # cheapest test first
            notes.append(msg("scoring.cli.unreadable_file", path=lk.path, code=lk.requirement,
                             framework=framework_name(resolve_framework(lk.framework)),
                             problem=problem_msg(lk.file_problem)))
    return notes


def score_workspace(
    ws: Workspace,
    framework_id: str | None = None,
    *,
    ratings: Path | None = None,
    links_file: Path | None = None,
) -> ScoreResult:
    """**score**: the scorecards of ``ws``'s frameworks (or ``framework_id``), from its ratings, data and evidence.

    ``ratings`` replaces the ratings of the framework it names; ``links_file`` (a JSON list of links, as
    ``accredit evidence links --json`` prints) replaces the evidence index.
    """
    from accredit.scoring.workspace import read_links_file

    links = read_links_file(links_file) if links_file is not None else None
    return score_all(read_inputs(ws, framework_id, ratings=ratings, links=links))
