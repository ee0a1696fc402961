"""Evidence operations on a workspace: the functions the CLI (and other packages) call.

Each opens the workspace's index, does one thing, and returns a report model. The frameworks are
those listed in ``accredit.toml``; code patterns come from its ``[evidence]`` table.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from accredit.evidence import assign, checks, links, mapping
from accredit.evidence.codes import CodeMatcher
from accredit.evidence.index import INDEX_NAME, EvidenceIndex, LinkRow, link_model
from accredit.evidence.links import EvidenceError
from accredit.evidence.records import build_records, each_file_codes
from accredit.evidence.scan import ProgressFn, ScanOptions, scan_folder
from accredit.frameworks import evidence_frameworks
from accredit.i18n import t
from accredit.model.evidence import (
    BoxReport,
    CheckReport,
    EvidenceDetail,
    EvidenceFlag,
    EvidenceLink,
    EvidenceRecord,
    EvidenceSnapshot,
    ExtractStatus,
    ImportReport,
    LinkOrigin,
    LinkReport,
    RegisterReport,
    ScanReport,
)
from accredit.model.framework import Framework
from accredit.store.records import Actor
from accredit.workspace import Workspace, write_atomic

REGISTER_NAME = "danh-muc-minh-chung.xlsx"
_REGISTER_KEY = "register_sha256:"


def frameworks_of(ws: Workspace) -> list[Framework]:
    """The frameworks the workspace's evidence is filed under: its own and its programmes' sets
    (:func:`accredit.frameworks.evidence_frameworks`)."""
    return evidence_frameworks(ws)


def matcher_of(ws: Workspace) -> CodeMatcher:
    """The workspace's evidence-code patterns (defaults when none are configured)."""
    where = f"{ws.config_path} [evidence] code_patterns"
    return CodeMatcher.from_patterns(ws.config.evidence.code_patterns, where=where)


@contextmanager
def open_index(ws: Workspace, *, write: bool = False) -> Iterator[EvidenceIndex]:
    """The workspace's evidence index: read-only unless ``write`` (then created on first use).

    Commands that only read (list, show, check, score, report, package) never write the index,
    so they work on a read-only workspace (a CD, a share, a locked folder).
    """
    with EvidenceIndex.open(ws.cache_dir / INDEX_NAME, readonly=not write) as index:
        yield index


def scan_workspace(
    ws: Workspace,
    *,
    workers: int | None = None,
    full: bool = False,
    options: ScanOptions | None = None,
    settings: mapping.MapSettings | None = None,
    progress: ProgressFn | None = None,
) -> ScanReport:
    """Scan the evidence folder, then map files to requirements (codes, suggestions)."""
    frameworks = frameworks_of(ws)
    matcher = matcher_of(ws)
    if not ws.evidence_dir.is_dir():
        raise EvidenceError(t("evidence.error.no_evidence_dir", path=str(ws.evidence_dir)))
    base = options or ScanOptions()
    tools = ws.config.tools
    extract = replace(base.extract, tesseract=base.extract.tesseract or tools.tesseract,
                      soffice=base.extract.soffice or tools.soffice)
    opts = replace(base, workers=workers if workers is not None else base.workers, full=full or base.full,
                   extract=extract, skip_dirs=(*base.skip_dirs, ws.cache_dir, ws.output_dir))
    if settings is None:
        settings = mapping.MapSettings(scopes=scopes_of(ws))
    with open_index(ws, write=True) as index:
        with mapping.Prepared(index, frameworks, matcher, settings) as prepared:  # mapping while the workers read
            # the report alone is kept (not the touched contents: mapping reads those pending from the index)
            report = scan_folder(ws.evidence_dir, index, opts, progress, background=prepared).report
            base_signature = mapping.signature(frameworks, matcher, settings)
            code_links, suggestions = _map_pending(index, frameworks, matcher, settings, base_signature, prepared)
        _replay_decisions(ws, index)
        flags = _code_flags(index, frameworks, matcher, settings, base_signature)
    return report.model_copy(
        update={"code_links": code_links, "suggestions": suggestions, "code_flags": flags}
    )


CODE_FLAGS_KEY = "code_flags"
"""Index meta: the last scan's code flags, with the digest of what they were computed from."""


def _code_flags(
    index: EvidenceIndex, frameworks: list[Framework], matcher: CodeMatcher, settings: mapping.MapSettings,
    base_signature: str,
) -> list[EvidenceFlag]:
    """Codes in names that link to no framework, computed again only when their inputs changed.

    They depend on every indexed path and its content, the frameworks, the code patterns and the
    folder scopes: the digest of exactly those is kept with the flags, so a re-scan of an unchanged
    folder reads the flags back instead of reading the codes of every name again (``base_signature``:
    :func:`mapping.signature` of the frameworks, patterns and settings, computed once per scan).
    """
    digest = hashlib.sha256(base_signature.encode())
    for path, h in index.each_file_hash():  # sorted by path, streamed
        digest.update(f"\n{path}\0{h}".encode())
    key = digest.hexdigest()
    kept = index.get_meta(CODE_FLAGS_KEY)
    if kept:
        try:
            data = json.loads(kept)
            if data.get("key") == key:
                return [EvidenceFlag.model_validate(f) for f in data["flags"]]
        except (ValueError, TypeError, AttributeError, KeyError):
            pass  # an unreadable entry is computed again
    flags = checks.code_flags(frameworks, each_file_codes(index, matcher), settings.scopes)
    with index.transaction():
        index.set_meta(CODE_FLAGS_KEY, json.dumps({"key": key, "flags": [f.model_dump(mode="json") for f in flags]},
                                                  ensure_ascii=False))
    return flags


def _replay_decisions(ws: Workspace, index: EvidenceIndex) -> None:
    """The people's link decisions kept in the workspace store, put back into the index (after the cache was
    deleted or rebuilt, a decision is never lost); nothing when the workspace has no store yet."""
    from accredit.store.links import replay_link_decisions
    from accredit.store.store import Store
    from accredit.store.workspace import store_path

    path = store_path(ws)
    if path.is_file():
        with Store.open(path, readonly=True) as store:
            replay_link_decisions(index, store)


def scopes_of(ws: Workspace) -> tuple[tuple[str, str], ...]:
    """The workspace's folder scopes: (folder of the evidence folder, framework id)."""
    from accredit.programmes.layout import programme_scopes

    return tuple(sorted({**dict(programme_scopes(ws.config.programmes)), **ws.config.evidence.code_scopes}.items()))


BASE_SIGNATURE_KEY = "map_base_signature"
"""Index meta: the mapping signature (frameworks, hints, patterns, settings) the last mapping ran with."""
RELEARN_KEY = "links_changed"
"""Index meta set when a person changed links: the next scan lets the matcher learn from them."""


def _links_changed(index: EvidenceIndex) -> None:
    """Note that a person changed links: the next scan re-ranks the unconfirmed files with what they teach."""
    with index.transaction():
        index.set_meta(RELEARN_KEY, "1")


def _map_pending(
    index: EvidenceIndex, frameworks: list[Framework], matcher: CodeMatcher, settings: mapping.MapSettings,
    base_signature: str,
    prepared: mapping.Prepared | None = None,
) -> tuple[int, int]:
    """Map the contents a scan left pending (every file when the frameworks or settings changed, and the
    unconfirmed ones again when the office's links taught the matcher something new).

    When nothing changed, nothing is mapped again: the counts come from the stored links.
    Pending contents are cleared only after mapping committed, so a killed run maps them next time.
    ``base_signature`` is :func:`mapping.signature` without what was learned (that needs every link);
    ``prepared``: the suggestions worked out while the scan ran (:class:`mapping.Prepared`).
    """
    pending = index.pending()
    relearn = index.get_meta(RELEARN_KEY) == "1"
    base = base_signature
    if pending or relearn or index.get_meta(BASE_SIGNATURE_KEY) != base:
        stats = mapping.map_links(index, frameworks, matcher, pending, settings, prepared)
        with index.transaction():
            index.clear_pending()
            index.set_meta(RELEARN_KEY, "0")
            index.set_meta(BASE_SIGNATURE_KEY, base)
        return stats.code_links, stats.suggestions
    counts = index.link_counts()
    return counts.get(LinkOrigin.CODE, (0, 0))[0], counts.get(LinkOrigin.SUGGESTED, (0, 0))[0]


class _State:
    """Records and links read once, with the link → model conversion (of every file, or only of the
    contents ``hashes``: what an operation on a few files needs, whatever the size of the index)."""

    def __init__(self, index: EvidenceIndex, matcher: CodeMatcher, hashes: Collection[str] | None = None) -> None:
        self.records = build_records(index, matcher, hashes)
        self.by_id: dict[str, EvidenceRecord] = {}
        for r in self.records:
            self.by_id.setdefault(r.evidence_id, r)
        self.rows = index.links() if hashes is None else index.links_of(hashes)
        self.passages = {
            h: mapping.read_passages(index, h) for h in {r.hash for r in self.rows if r.origin == LinkOrigin.SUGGESTED}
        }

    def to_link(self, row: LinkRow) -> EvidenceLink | None:
        """The public link for a stored one (None when no file holds its content any more); it carries
        the file's problem when the scan could not read it, so no consumer counts it as evidence."""
        record = self.by_id.get(row.hash)
        if record is None:
            return None
        why = self.passages.get(row.hash, {}).get(row.framework, {}).get(row.requirement) \
            if row.origin == LinkOrigin.SUGGESTED else None
        return link_model(row, record.path, record.title, record.meta.issued,
                          file_problem=checks.file_problem(record) or None, passage=why)

    def links(self) -> list[EvidenceLink]:
        """Every link of a file present in the evidence folder."""
        return [link for r in self.rows if (link := self.to_link(r)) is not None]


def evidence_links(ws: Workspace, *, include_suggestions: bool = True) -> list[EvidenceLink]:
    """Every link of files present in the evidence folder (unconfirmed suggestions optional).

    This is what scoring reads: a link supports a requirement when :attr:`EvidenceLink.supports`
    is true (accepted, and its file was read; :attr:`EvidenceLink.file_problem` says why not).
    """
    with open_index(ws) as index:
        state = _State(index, matcher_of(ws))
    out = state.links()
    return out if include_suggestions else [x for x in out if x.counts]


def evidence_snapshot(ws: Workspace) -> EvidenceSnapshot:
    """The scanned records, every link (suggestions included) and the code notices, from ONE read of the
    index (all empty when the folder was never scanned)."""
    if not (ws.cache_dir / INDEX_NAME).is_file():
        return EvidenceSnapshot()
    with open_index(ws) as index:
        state = _State(index, matcher_of(ws))
    notices = checks.code_flags(frameworks_of(ws), state.records, scopes_of(ws))
    return EvidenceSnapshot(records=state.records, links=state.links(), notices=notices)


def links_generation(ws: Workspace) -> int:
    """The generation of the index's links (grows with every write to them; 0 before the first scan)."""
    if not (ws.cache_dir / INDEX_NAME).is_file():
        return 0
    with open_index(ws) as index:
        return index.links_generation()


def scope_snapshot(ws: Workspace, base: EvidenceSnapshot) -> EvidenceSnapshot:
    """The evidence of ``ws`` from a snapshot of the same index read for another view of the school (a
    programme's, a past year's: the same evidence folder, index and code patterns): the same records and links
    (the very objects), and the code notices of ``ws``'s own frameworks."""
    return base.model_copy(update={"notices": checks.code_flags(frameworks_of(ws), base.records, scopes_of(ws))})


def snapshot_flags(ws: Workspace, snapshot: EvidenceSnapshot) -> list[EvidenceFlag]:
    """Every flag (as :func:`check_workspace` finds them) of the evidence a front end holds: its records, its
    links as it has them and its code notices (nothing read again)."""
    return checks.check_evidence(frameworks_of(ws), snapshot.records, snapshot.links, ws.config.assessment.year,
                                 ws.config.school.object, scopes_of(ws), notices=snapshot.notices)


def code_notices(ws: Workspace) -> list[EvidenceFlag]:
    """Codes in names that link to no framework (ambiguous or unknown), from the last scan."""
    if not (ws.cache_dir / INDEX_NAME).is_file():
        return []
    with open_index(ws) as index:
        records = build_records(index, matcher_of(ws))
    return checks.code_flags(frameworks_of(ws), records, scopes_of(ws))


def list_evidence(
    ws: Workspace,
    *,
    status: ExtractStatus | None = None,
    unlinked: bool = False,
    requirement: str | None = None,
) -> list[EvidenceRecord]:
    """Records, optionally only those with a given status, without counting links, or linked to a code."""
    with open_index(ws) as index:
        state = _State(index, matcher_of(ws))
    linked: dict[str, set[str]] = defaultdict(set)
    for link in state.links():
        if link.counts:
            linked[link.evidence_id].add(link.requirement)
    out = state.records
    if status is not None:
        out = [r for r in out if r.status == status]
    if unlinked:
        out = [r for r in out if not linked.get(r.evidence_id)]
    if requirement is not None:
        out = [r for r in out if requirement in linked.get(r.evidence_id, set())]
    return out


def _flags(ws: Workspace, frameworks: list[Framework], state: _State) -> list:  # type: ignore[type-arg]
    return checks.check_evidence(frameworks, state.records, state.links(), ws.config.assessment.year,
                                 ws.config.school.object, scopes_of(ws))


def show_evidence(ws: Workspace, ref: str) -> EvidenceDetail:
    """One file: its record, its links and suggestions, and the flags that concern it."""
    frameworks = frameworks_of(ws)
    with open_index(ws) as index:
        matches = links.find_files(index, [ref], ws.evidence_dir)
        state = _State(index, matcher_of(ws))
    if len(matches) != 1:
        raise EvidenceError(t("evidence.error.several_files", ref=ref, count=len(matches)))
    h, path = matches[0]
    record = next(r for r in state.records if r.path == path)
    mine = sorted((x for x in state.links() if x.evidence_id == h),
                  key=lambda x: (x.framework, not x.counts, -(x.score or 0), x.requirement))
    flags = [f for f in _flags(ws, frameworks, state) if f.evidence_id == h]
    return EvidenceDetail(record=record, links=mine, flags=flags)


def check_workspace(ws: Workspace) -> CheckReport:
    """Every flag: dates outside windows, duplicates, requirements without evidence, unknown codes."""
    frameworks = frameworks_of(ws)
    with open_index(ws) as index:
        state = _State(index, matcher_of(ws))
    return CheckReport(year=ws.config.assessment.year, flags=_flags(ws, frameworks, state))


def link_files(
    ws: Workspace, files: list[str], codes: list[str], *, framework: str | None = None, actor: Actor | None = None
) -> LinkReport:
    """Link files (paths, folders or ids) to requirements (codes or evidence codes) as manual links.

    The decision is kept in the workspace store too, as made by ``actor`` (default: this computer's user, now).
    """
    frameworks, matcher = frameworks_of(ws), matcher_of(ws)
    targets = links.find_requirements(frameworks, codes, matcher, framework)
    with open_index(ws, write=True) as index:
        found = links.find_files(index, files, ws.evidence_dir)
        state = _State(index, matcher, {h for h, _ in found})
        report = links.link(index, found, targets, state.to_link)
        _links_changed(index)
        report = _with_codes(ws, index, frameworks, matcher, report)
        _record_decisions(ws, index, actor, _touched(report))
        return report


def unlink_files(
    ws: Workspace, files: list[str], codes: list[str] | None = None, *, framework: str | None = None,
    actor: Actor | None = None,
) -> LinkReport:
    """Remove links of files (to the given requirements, else all of them); kept in the store as ``actor``'s."""
    frameworks, matcher = frameworks_of(ws), matcher_of(ws)
    targets = links.find_requirements(frameworks, codes, matcher, framework) if codes else None
    if targets is None and framework is not None:
        targets = [(f.id, r.code, None) for f in frameworks if f.id == framework.lower() for r in f.requirements]
    with open_index(ws, write=True) as index:
        found = links.find_files(index, files, ws.evidence_dir)
        state = _State(index, matcher, {h for h, _ in found})
        report = links.unlink(index, found, targets, state.to_link)
        _links_changed(index)
        _record_decisions(ws, index, actor, _touched(report))
        return report


def confirm_suggestions(
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
    """Confirm suggestions in bulk (see :func:`accredit.evidence.links.confirm`); with ``dry_run``,
    only say what would be confirmed (and which files are skipped because they cannot be read)."""
    frameworks, matcher = frameworks_of(ws), matcher_of(ws)
    targets = links.find_requirements(frameworks, codes, matcher, framework) if codes else None
    with open_index(ws, write=True) as index:
        found = links.find_files(index, files, ws.evidence_dir) if files else None
        state = _State(index, matcher, {h for h, _ in found} if found is not None else None)
        report = links.confirm(index, found, targets, state.to_link, top=top, min_score=min_score,
                               framework_id=framework, dry_run=dry_run)
        if dry_run:
            return report
        _links_changed(index)
        report = _with_codes(ws, index, frameworks, matcher, report)
        _record_decisions(ws, index, actor, _touched(report))
        return report


def _record_decisions(
    ws: Workspace, index: EvidenceIndex, actor: Actor | None, touched: set[tuple[str, str, str]]
) -> None:
    """Keep the people's link decisions in the workspace store (the index is a cache that can be rebuilt);
    ``touched``: the (framework, requirement, evidence id) the operation changed."""
    from accredit.store.links import mirror_index
    from accredit.store.workspace import local_actor, open_workspace_store

    who = actor or local_actor("cli")
    with open_workspace_store(ws, actor=who) as store:
        mirror_index(index, store, who, touched)


def _touched(report: LinkReport) -> set[tuple[str, str, str]]:
    return {(x.framework, x.requirement, x.evidence_id) for x in report.links}


def _with_codes(
    ws: Workspace, index: EvidenceIndex, frameworks: list[Framework], matcher: CodeMatcher, report: LinkReport
) -> LinkReport:
    """Give the report's newly confirmed files without a code the next code of the workspace's scheme."""
    keys = [(x.evidence_id, x.framework, x.requirement) for x in report.links if x.counts and not x.evidence_code]
    if not keys:
        return report
    with index.transaction():
        given = {(r.hash, r.framework, r.requirement): r.evidence_code
                 for r in assign.assign_codes(index, frameworks, matcher, keys, ws.config.evidence.assign_scheme)}
    updated = [
        x.model_copy(update={"evidence_code": given[k]}) if (k := (x.evidence_id, x.framework, x.requirement)) in given
        else x
        for x in report.links
    ]
    return report.model_copy(update={"links": updated})


def register_path(ws: Workspace, output: Path | None = None) -> Path:
    """Where the register goes (default: the output folder)."""
    return output if output is not None else ws.output_dir / REGISTER_NAME


def write_register(ws: Workspace, output: Path | None = None, *, force: bool = False) -> RegisterReport:
    """Write the danh mục minh chứng workbook.

    An existing register that was edited since accredit wrote it is not overwritten (import it
    first, or pass ``force``), so re-running never destroys a user's edits.
    """
    from accredit.evidence import register  # openpyxl: only for the commands that write or read the register

    path = register_path(ws, output).resolve()
    frameworks, matcher = frameworks_of(ws), matcher_of(ws)
    with open_index(ws, write=True) as index:
        state = _State(index, matcher)
        key = _REGISTER_KEY + str(path)
        if path.exists() and not force:
            written = index.get_meta(key)
            if written != hashlib.sha256(path.read_bytes()).hexdigest():
                raise EvidenceError(t("evidence.error.register_edited", path=str(path)))
        all_links = state.links()
        data = register.RegisterData(
            school=ws.config.school.name, year=ws.config.assessment.year, frameworks=frameworks,
            records=state.records, links=all_links, flags=_flags(ws, frameworks, state),
            evidence_dir=ws.evidence_dir, output=path,
        )
        payload, rows = register.build_register(data)
        write_atomic(path, payload)
        with index.transaction():
            index.set_meta(key, hashlib.sha256(payload).hexdigest())
    counted = {(x.framework, x.requirement) for x in all_links if x.supports}
    total = sum(len(f.requirements) for f in frameworks)
    return RegisterReport(
        path=str(path), frameworks=[f.id for f in frameworks], rows=rows, requirements=total,
        without_evidence=sum(1 for f in frameworks for r in f.requirements if (f.id, r.code) not in counted),
    )


def export_boxes(ws: Workspace, target: Path) -> BoxReport:
    """Copy the linked evidence into a hộp minh chứng folder tree at ``target`` with its danh mục."""
    from accredit.evidence import boxes  # openpyxl: only for the command that writes the box
    frameworks, matcher = frameworks_of(ws), matcher_of(ws)
    with open_index(ws) as index:
        state = _State(index, matcher)
    rows = boxes.export(target, ws.evidence_dir, frameworks, state.records, state.links(),
                        ws.config.evidence.assign_scheme)
    return BoxReport(
        path=str(target), files=len(rows), list_path=str(target / boxes.LIST_NAME),
        copies=[{"code": r.code, "source": r.source, "copy": r.copy} for r in rows],
    )


def import_register(
    ws: Workspace, source: Path, *, dry_run: bool = False, actor: Actor | None = None
) -> ImportReport:
    """Read an edited register back; apply its edits only when every row is valid. A dry run counts
    exactly what the import would do (the same steps, nothing written)."""
    from accredit.evidence import register  # openpyxl: only for the commands that write or read the register

    frameworks, matcher = frameworks_of(ws), matcher_of(ws)
    if not source.is_file():
        raise EvidenceError(t("evidence.error.register_missing", path=str(source)))
    with open_index(ws, write=not dry_run) as index:
        state = _State(index, matcher)
        result = register.read_register(source, frameworks, state.records, state.links(), matcher)
        report = ImportReport(path=str(source), errors=result.errors, unchanged=result.unchanged)
        if result.errors:
            return report
        counts = register.apply_changes(index, result.changes, dry_run=dry_run)
        if not dry_run and result.changes:
            _links_changed(index)
            _record_decisions(ws, index, actor,
                              {(ch.framework or "", ch.requirement or "", ch.hash) for ch in result.changes})
        written = index.get_meta(_REGISTER_KEY + str(source.resolve()))
        if written is not None and not dry_run:
            with index.transaction():  # the imported file is now in step with the index
                index.set_meta(_REGISTER_KEY + str(source.resolve()), hashlib.sha256(source.read_bytes()).hexdigest())
    for k, v in counts.items():
        setattr(report, k, v)
    report.applied = not dry_run
    return report


__all__ = [
    "REGISTER_NAME",
    "LinkOrigin",
    "check_workspace",
    "code_notices",
    "confirm_suggestions",
    "evidence_links",
    "evidence_snapshot",
    "export_boxes",
    "frameworks_of",
    "import_register",
    "link_files",
    "links_generation",
    "list_evidence",
    "matcher_of",
    "open_index",
    "scan_workspace",
    "scope_snapshot",
    "scopes_of",
    "show_evidence",
    "snapshot_flags",
    "unlink_files",
    "write_register",
]
