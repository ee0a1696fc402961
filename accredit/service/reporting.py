"""Reports: the self-assessment reports of a workspace (Excel, HTML, Word, JSON), from its inputs."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from pathlib import Path

from accredit.errors import AccreditError
from accredit.i18n.message import Messages, Msg, msg
from accredit.model.evidence import EvidenceSnapshot
from accredit.model.roadmap import Roadmap
from accredit.model.scorecard import Scorecard
from accredit.ratings.workspace import ratings_workbook_path
from accredit.report.model import FORMATS, PreviousYear
from accredit.report.workspace import report_input
from accredit.report.write import output_folder, parse_formats, render_format, write_rendered
from accredit.service.inputs import WorkspaceInputs, read_inputs
from accredit.service.planning import plan_roadmap
from accredit.service.render_process import INLINE, REMOTE_FORMATS, RenderWorker
from accredit.service.results import FrameworkOutcome, ReportResult, note, unique
from accredit.service.scoring import score_all
from accredit.workspace import Workspace


def planned_or_note(
    inputs: WorkspaceInputs, scorecards: Sequence[Scorecard], key: str
) -> tuple[Roadmap | None, list[Msg]]:
    """The roadmap toward the workspace's target (None without one); a plan that cannot be made is a note
    (message ``key`` with the error), never an error that blocks the reports or the package."""
    if not inputs.target:
        return None, []
    try:
        return plan_roadmap(inputs, {c.framework: c for c in scorecards}), []
    except (AccreditError, KeyError) as exc:
        return None, [msg(key, error=str(exc))]


def previous_years(inputs: WorkspaceInputs) -> dict[str, PreviousYear]:
    """Last year's results of each chosen framework that has a ratings workbook for that year, scored from it
    with this year's evidence links (read only: a past year's workbook is never written)."""
    from accredit.annual.service import at_year

    ws = Workspace(Path(inputs.root), inputs.config)
    before = at_year(ws, inputs.year - 1)
    # the same evidence index as this year's (at_year keeps the folders): what was read is not read again
    evidence = EvidenceSnapshot(records=inputs.records, links=inputs.links, notices=inputs.code_notices)
    out: dict[str, PreviousYear] = {}
    for fid in inputs.chosen:
        if not ratings_workbook_path(before, fid).is_file():
            continue
        try:
            card = score_all(read_inputs(before, fid, evidence=evidence)).scorecards[0]
        except AccreditError:  # last year unreadable: this year's report is still written, without the column
            continue
        out[fid] = PreviousYear(year=before.config.assessment.year, total=card.total, max=card.max,
                                passed=card.passed, statuses={r.code: r.status for r in card.requirements})
    return out


def write_report_files(
    inputs: WorkspaceInputs,
    scorecards: Sequence[Scorecard],
    roadmap: Roadmap | None,
    generated_at: datetime,
    formats: Iterable[str] | str,
    out_dir: Path,
    notes: list[Msg],
    messages: Messages | None = None,
    *,
    worker: RenderWorker = INLINE,
    before_writing: Callable[[], object] | None = None,
) -> ReportResult:
    """Write the reports of ``inputs`` (with ``scorecards`` and ``roadmap``) into ``out_dir``;
    ``messages``: the language the documents are written in (the caller's; never a global).
    ``worker``: renders the Word and Excel reports while the others are rendered here
    (:mod:`accredit.service.render_process`); ``before_writing`` runs once every format is rendered and before
    any file is written (an error there writes none)."""
    chosen = parse_formats(formats)
    inp = report_input(inputs, scorecards, roadmap, generated_at, messages, previous_years(inputs))
    folder = output_folder(out_dir)
    remote = {f: worker.submit(render_format, f, inp, folder)
              for f in chosen if worker.parallel and f in REMOTE_FORMATS}
    try:
        here = {f: render_format(f, inp, folder) for f in chosen if f not in remote}
        rendered = [here[f] if f in here else worker.result(remote[f], render_format, f, inp, folder) for f in chosen]
    finally:
        if before_writing is not None:
            before_writing()  # also when rendering failed: its error first (the roadmap's), as in one process
    remarks: list[str] = []
    paths = write_rendered(folder, rendered, remarks)
    return ReportResult(
        out_dir=str(out_dir),
        formats=chosen,
        files=[str(p) for p in paths],
        frameworks=[FrameworkOutcome(framework=s.id, passed=s.scorecard.passed, decision=s.scorecard.decision)
                    for s in inp.sections],
        evidence_files=len(inp.evidence),
        roadmap=roadmap.target if roadmap is not None else None,
        earliest_year=roadmap.earliest_year if roadmap is not None else None,
        notes=unique([*notes, *(note(r) for r in remarks)]),
    )


def reports(
    ws: Workspace,
    generated_at: datetime,
    formats: Iterable[str] | str = FORMATS,
    out_dir: Path | None = None,
    *,
    messages: Messages | None = None,
) -> ReportResult:
    """**report**: score ``ws``, plan toward its target (when it has one), and write its reports into
    ``out_dir`` (default: its output folder); ``generated_at`` is stamped on them.
    ``messages``: the language the documents are written in (the caller's; never a global)."""
    parse_formats(formats)  # an unknown format is an error before anything is read
    inputs = read_inputs(ws)
    scored = score_all(inputs)
    roadmap, planned = planned_or_note(inputs, [*scored.scorecards, *scored.gates], "report.note.no_roadmap")
    target = Path(out_dir) if out_dir is not None else ws.output_dir
    return write_report_files(inputs, scored.scorecards, roadmap, generated_at, formats, target,
                              [*scored.notes, *planned], messages)
