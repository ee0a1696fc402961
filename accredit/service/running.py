"""Run: the whole self-assessment in one call (scan, score, roadmap, reports), each input read once."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from accredit.errors import AccreditError
from accredit.evidence.scan import ProgressFn, ScanOptions
from accredit.frameworks import evidence_frameworks, workspace_frameworks
from accredit.i18n import t
from accredit.i18n.message import Messages, Msg, msg
from accredit.indicators.workspace import data_workbook_path, needs_data, write_workspace_data_template
from accredit.model.evidence import EvidenceLink, ScanReport
from accredit.ratings.workspace import ratings_workbook_path, write_workspace_ratings_template
from accredit.report.model import FORMATS
from accredit.report.write import parse_formats
from accredit.roadmap.workspace import default_workbook_path, write_roadmap_files
from accredit.scoring.workspace import load_links
from accredit.service.inputs import read_inputs
from accredit.service.planning import plan_roadmap
from accredit.service.render_process import INLINE, RenderWorker
from accredit.service.reporting import write_report_files
from accredit.service.results import RunResult, unique
from accredit.service.scanning import CancelToken, ScanCancelled, scan
from accredit.service.scoring import score_all
from accredit.store.records import Actor
from accredit.workspace import Workspace


def create_missing_workbooks(ws: Workspace, links: list[EvidenceLink]) -> list[Path]:
    """Create the ratings and data workbooks a framework of ``ws`` has none of yet.

    Existing workbooks are left alone (they may be open in Excel); refresh them on purpose with
    ``accredit ratings template`` / ``accredit data template``.
    """
    created: list[Path] = []
    for fw in workspace_frameworks(ws):
        if not ratings_workbook_path(ws, fw.id).is_file():
            created.append(Path(write_workspace_ratings_template(ws, fw, links).path))
        if needs_data(fw) and not data_workbook_path(ws, fw.id).is_file():
            created.append(Path(write_workspace_data_template(ws, fw).path))
    return created


def missing_workbooks(ws: Workspace) -> bool:
    """Whether a framework of ``ws`` has no ratings workbook, or no data workbook while it needs one."""
    return any(
        not ratings_workbook_path(ws, fw.id).is_file()
        or (needs_data(fw) and not data_workbook_path(ws, fw.id).is_file())
        for fw in workspace_frameworks(ws)
    )


def run(
    ws: Workspace,
    generated_at: datetime,
    *,
    formats: Iterable[str] | str = FORMATS,
    scanned: ScanReport | None = None,
    options: ScanOptions | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
    messages: Messages | None = None,
    actor: Actor | None = None,
    worker: RenderWorker = INLINE,
) -> RunResult:
    """**run**: scan the evidence (unless the caller passes the report of the scan it just ran, ``scanned``),
    create the workbooks that are missing, score every framework, plan toward the target and write every
    report; ``generated_at`` is stamped on the reports (the caller owns the clock).
    ``messages``: the language the documents are written in (the caller's; never a global).
    ``actor``: who an edited workbook's import is recorded as (see :func:`read_inputs`).
    ``worker``: writes the roadmap and renders the Word and Excel reports while this process renders the
    others (:func:`accredit.service.render_process.render_worker`); a roadmap that cannot be written is the
    run's error before any report is written, as when it is written here."""
    chosen = parse_formats(formats)
    ws.ensure_dirs()
    if worker.parallel:
        _prepare(worker, ws)
    notes: list[Msg] = []
    if scanned is None:
        done = scan(ws, options=options, progress=progress, cancel=cancel)
        if done.report is None:
            raise ScanCancelled(t("service.scan.cancelled"))
        scanned = done.report
        notes += done.notes
    else:
        notes += scan_notes(ws)
    created = create_missing_workbooks(ws, load_links(ws)) if missing_workbooks(ws) else []
    inputs = read_inputs(ws, actor=actor)  # the workbooks just created are inputs too: read once, with the others
    scored = score_all(inputs)
    from accredit.annual.service import carried_notes

    carried = carried_notes(ws, {f.id: f.assessment for f in inputs.frameworks})  # still to confirm
    notes = [*(msg("run.created", path=str(p)) for p in created), *scored.notes, *carried, *notes]
    roadmap = None
    files: list[str] = []
    job = None
    args: tuple[object, ...] = ()
    if inputs.target:
        try:
            roadmap = plan_roadmap(inputs, {c.framework: c for c in (*scored.scorecards, *scored.gates)})
        except (AccreditError, KeyError) as exc:  # a plan that cannot be made never blocks the reports
            notes.append(msg("run.no_roadmap", error=str(exc)))
        else:
            args = (roadmap, default_workbook_path(ws, roadmap.target), messages)
            job = worker.submit(write_roadmap_files, *args)

    def roadmap_written() -> None:
        if job is not None:
            written = worker.result(job, write_roadmap_files, *args)
            files.extend(str(p) for p in (written.workbook, written.svg, written.png))

    reports = write_report_files(inputs, scored.scorecards, roadmap, generated_at, chosen, ws.output_dir, [],
                                 messages, worker=worker, before_writing=roadmap_written)
    return RunResult(
        workspace=str(ws.root),
        scan=scanned,
        scorecards=scored.scorecards,
        target=roadmap.target if roadmap is not None else inputs.target,
        roadmap=roadmap,
        output_dir=reports.out_dir,
        created=[str(p) for p in created],
        files=[*reports.files, *files],
        notes=unique([*notes, *reports.notes]),
    )


def _prepare(worker: RenderWorker, ws: Workspace) -> None:
    """Let the worker read the frameworks' hints while this process scans (a framework that cannot be resolved is
    left out: the step that needs it reports it, as without a worker)."""
    try:
        ids = [f.id for f in evidence_frameworks(ws)]
    except AccreditError:
        return
    worker.prepare(ids)


def scan_notes(ws: Workspace) -> list[Msg]:
    """The scan's notes on the workspace's settings (a [tools] path pointing nowhere)."""
    from accredit.service.results import note
    from accredit.tools import setting_warnings

    return [note(w) for w in setting_warnings(ws.config.tools.model_dump())]
