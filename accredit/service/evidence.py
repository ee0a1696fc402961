"""Evidence: list, show, links (link, unlink, confirm, reject), check, the register and the boxes."""

from __future__ import annotations

from pathlib import Path

from accredit.evidence import service as ev
from accredit.model.evidence import (
    BoxReport,
    CheckReport,
    EvidenceDetail,
    EvidenceLink,
    EvidenceSnapshot,
    ExtractStatus,
    ImportReport,
    LinkReport,
    RegisterReport,
)
from accredit.service.results import EvidenceList, LinkList
from accredit.store.records import Actor
from accredit.workspace import Workspace


def list_evidence(
    ws: Workspace, *, status: ExtractStatus | None = None, unlinked: bool = False, requirement: str | None = None
) -> EvidenceList:
    """**evidence list**: the scanned files (optionally with a status, without counting links, or linked to a code)."""
    return EvidenceList(records=ev.list_evidence(ws, status=status, unlinked=unlinked, requirement=requirement))


def show_evidence(ws: Workspace, ref: str) -> EvidenceDetail:
    """**evidence show**: one file, its links and suggestions, and the flags that concern it."""
    return ev.show_evidence(ws, ref)


def links(
    ws: Workspace, *, counted: bool = False, requirement: str | None = None, framework: str | None = None
) -> LinkList:
    """**evidence links**: every link (only those scoring counts with ``counted``), optionally of one code."""
    found = ev.evidence_links(ws, include_suggestions=not counted)
    if requirement is not None:
        found = [x for x in found if x.requirement == requirement]
    if framework is not None:
        found = [x for x in found if x.framework == framework.lower()]
    return LinkList(links=found)


def link(
    ws: Workspace, files: list[str], codes: list[str], *, framework: str | None = None, actor: Actor | None = None
) -> LinkReport:
    """**link**: link files (paths, folders or ids) to requirements, as a person's links (``actor``: who, from
    where, when; default: this computer's user, now)."""
    return ev.link_files(ws, files, codes, framework=framework, actor=actor)


def unlink(
    ws: Workspace, files: list[str], codes: list[str] | None = None, *, framework: str | None = None,
    actor: Actor | None = None,
) -> LinkReport:
    """**unlink**: remove links of files (to the given requirements, else all); a re-scan does not restore them."""
    return ev.unlink_files(ws, files, codes, framework=framework, actor=actor)


def reject(
    ws: Workspace, files: list[str], codes: list[str], *, framework: str | None = None, actor: Actor | None = None
) -> LinkReport:
    """**reject**: turn down suggested links of files to requirements (kept as rejected: never suggested again)."""
    return ev.unlink_files(ws, files, codes, framework=framework, actor=actor)


def confirm(
    ws: Workspace,
    files: list[str] | None = None,
    codes: list[str] | None = None,
    *,
    framework: str | None = None,
    top: int | None = 1,
    min_score: float | None = None,
    dry_run: bool = False,
    actor: Actor | None = None,
) -> LinkReport:
    """**confirm**: accept suggestions in bulk (the ``top`` ranks, above ``min_score``); ``dry_run`` only says what."""
    return ev.confirm_suggestions(ws, files, codes, framework=framework, top=top, min_score=min_score,
                                  dry_run=dry_run, actor=actor)


def evidence_snapshot(ws: Workspace) -> EvidenceSnapshot:
    """**the evidence index read once**: the scanned files, every link (suggestions included) and the code
    notices (empty before the first scan): what a front end keeps and hands back to :func:`read_inputs`
    (``evidence=``) and :func:`evidence_flags` instead of reading the index again."""
    return ev.evidence_snapshot(ws)


def evidence_generation(ws: Workspace) -> int:
    """**the evidence index's link generation**: grows with every write to the links (a scan, a decision from any
    front end); a front end holding links compares it with the one it read them at."""
    return ev.links_generation(ws)


def scope_snapshot(ws: Workspace, base: EvidenceSnapshot) -> EvidenceSnapshot:
    """**the evidence of another view** of the school (a programme's, a past year's) from the snapshot of the same
    index already held (:func:`evidence_snapshot` of the school): the same records and links, its own code
    notices. The caller checks that both views share the index (their cache folder)."""
    return ev.scope_snapshot(ws, base)


def evidence_flags(ws: Workspace, snapshot: EvidenceSnapshot) -> CheckReport:
    """**evidence check** of the evidence a front end holds (its records, its links as it has them, its code
    notices): the flags :func:`check` finds, nothing read again."""
    return CheckReport(year=ws.config.assessment.year, flags=ev.snapshot_flags(ws, snapshot))


def suggestions_to_confirm(
    links: list[EvidenceLink], *, top: int | None = 1, min_score: float | None = None
) -> LinkReport:
    """**confirm --dry-run** over the links a front end holds: the suggestions :func:`confirm` would accept (each
    file's ``top`` ones scoring at least ``min_score``, as they are: not yet confirmed), and those skipped because
    their file cannot be read."""
    from accredit.evidence.links import link_fields, ranked_suggestions

    chosen: list[EvidenceLink] = []
    skipped: list[EvidenceLink] = []
    for x in ranked_suggestions(links, link_fields, top=top, min_score=min_score):
        (chosen if x.readable else skipped).append(x)
    return LinkReport(links=chosen, confirmed=len(chosen), skipped=skipped, dry_run=True)


def framework_names(ws: Workspace) -> dict[str, str]:
    """The workspace's frameworks by id, with the names people use."""
    from accredit.evidence.codes import framework_name

    return {fw.id: framework_name(fw) for fw in ev.frameworks_of(ws)}


def check(ws: Workspace) -> CheckReport:
    """**evidence check**: every flag (dates outside windows, duplicates, requirements without evidence…)."""
    return ev.check_workspace(ws)


def write_register(ws: Workspace, output: Path | None = None, *, force: bool = False) -> RegisterReport:
    """**register**: write the danh mục minh chứng workbook (never over a person's edits unless ``force``)."""
    return ev.write_register(ws, output, force=force)


def import_register(ws: Workspace, source: Path, *, dry_run: bool = False) -> ImportReport:
    """**register import**: apply an edited register's changes when every row is valid (``dry_run``: count)."""
    return ev.import_register(ws, source, dry_run=dry_run)


def export_boxes(ws: Workspace, target: Path) -> BoxReport:
    """**boxes**: copy the linked evidence into a hộp minh chứng folder tree with its list."""
    return ev.export_boxes(ws, target)
