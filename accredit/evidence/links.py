"""Manual link changes: link, unlink, and confirm suggestions in bulk; resolving what the user typed.

Files are named by their path in the evidence folder (a folder names every file below it), by an
absolute path, or by their evidence id (``sha256:…``, a unique prefix is enough). Requirements are
named by code (``2.3``) or by an evidence code (``H1.02.03.01``, ``TC2.TC3-MC05``); with several
frameworks in the workspace an ambiguous code needs ``framework``.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable
from pathlib import Path
from typing import TypeVar

from accredit.errors import AccreditError
from accredit.evidence.codes import CodeBinder, CodeMatcher, resolve
from accredit.evidence.index import EvidenceIndex, FileRow, LinkRow
from accredit.evidence.text import nfc
from accredit.i18n import t
from accredit.model.evidence import EvidenceLink, LinkOrigin, LinkReport
from accredit.model.framework import Framework

ToLink = Callable[[LinkRow], EvidenceLink | None]


class EvidenceError(AccreditError):
    """A file, code or edit the user named cannot be used."""


def find_files(index: EvidenceIndex, refs: Iterable[str], evidence_dir: Path) -> list[tuple[str, str]]:
    """(hash, path) of the files named by ``refs``, in order, without repeats."""
    refs = list(refs)
    exact = [_exact(index, ref) for ref in refs]  # a file's own path (what the desk sends): one row read
    if all(row is not None for row in exact):
        return list({row.path: (row.hash, row.path) for row in exact if row is not None}.values())
    files = index.files()
    by_nfc = {nfc(p): p for p in files}
    out: dict[str, str] = {}
    missing: list[str] = []
    for ref in refs:
        found = _find_one(ref, files, by_nfc, evidence_dir)
        if not found:
            missing.append(ref)
        for path in found:
            out.setdefault(path, files[path].hash)
    if missing:
        raise EvidenceError(t("evidence.error.file_not_found", refs=", ".join(missing)))
    return [(h, p) for p, h in out.items()]


def _exact(index: EvidenceIndex, ref: str) -> FileRow | None:
    """The indexed file whose path is exactly ``ref`` (already NFC, relative, no id, nothing on disk by that
    name from here), or None: then the ref is looked up among every path."""
    ref = ref.strip()
    key = nfc(ref.replace("\\", "/")).strip("/")
    if not key or key != ref or ref.lower().startswith("sha256:") or Path(ref).is_absolute() or Path(ref).exists():
        return None
    return index.file(key)


def _find_one(ref: str, files: dict, by_nfc: dict[str, str], evidence_dir: Path) -> list[str]:  # type: ignore[type-arg]
    ref = ref.strip()
    if ref.lower().startswith("sha256:"):
        hits = sorted(p for p, row in files.items() if row.hash.startswith(ref.lower()))
        if len({files[p].hash for p in hits}) > 1:
            raise EvidenceError(t("evidence.error.ambiguous_id", ref=ref))
        return hits
    candidate = Path(ref)
    if candidate.is_absolute() or candidate.exists():
        try:
            ref = Path(os.path.abspath(candidate)).relative_to(evidence_dir.resolve()).as_posix()
        except ValueError:
            return []
    key = nfc(ref.replace("\\", "/")).strip("/")
    if key in by_nfc:
        return [by_nfc[key]]
    prefix = key + "/" if key not in ("", ".") else ""
    return sorted(p for k, p in by_nfc.items() if k.startswith(prefix))


def find_requirements(
    frameworks: list[Framework], codes: Iterable[str], matcher: CodeMatcher, framework_id: str | None = None
) -> list[tuple[str, str, str | None]]:
    """(framework id, requirement code, evidence code or None) for each code the user typed."""
    pool = frameworks
    if framework_id is not None:
        pool = [f for f in frameworks if f.id == framework_id.lower()]
        if not pool:
            raise EvidenceError(
                t("evidence.error.framework_not_in_workspace", id=framework_id,
                  ids=", ".join(f.id for f in frameworks))
            )
    out: list[tuple[str, str, str | None]] = []
    for raw in codes:
        code, evidence_code, mine = raw.strip(), None, pool
        found = matcher.in_name(code)
        if len(found) == 1 and nfc(found[0].text).lower() == nfc(code.strip("[] ")).lower():
            code, evidence_code = found[0].requirement, (found[0].text if found[0].item else None)
            if found[0].regulation:  # TT38-5.1: the prefix names the framework
                mine = [f for f in pool if CodeBinder([f]).pool(found[0], "")[1]]
        hits = [(f.id, r) for f in mine if (r := resolve(code, [q.code for q in f.requirements])) is not None]
        if not hits:
            raise EvidenceError(t("evidence.error.code_not_found", code=raw, ids=", ".join(f.id for f in pool)))
        if len(hits) > 1:
            raise EvidenceError(
                t("evidence.error.code_ambiguous", code=raw, ids=", ".join(fid for fid, _ in hits))
            )
        out.append((hits[0][0], hits[0][1], evidence_code))
    return out


def _rows(index: EvidenceIndex, hashes: Iterable[str]) -> dict[tuple[str, str, str], LinkRow]:
    """The stored links (rejected ones too) of the contents ``hashes``."""
    return {(r.hash, r.framework, r.requirement): r for r in index.links_of(hashes, include_rejected=True)}


def _report(rows: list[LinkRow], to_link: ToLink, **counts: int) -> LinkReport:  # counts: added, removed…
    links = [link for r in rows if (link := to_link(r)) is not None]
    return LinkReport.model_validate({"links": links, **counts})


def link(
    index: EvidenceIndex,
    files: list[tuple[str, str]],
    targets: list[tuple[str, str, str | None]],
    to_link: ToLink,
) -> LinkReport:
    """Link every file to every target as ``manual`` (a suggestion or removed link becomes manual)."""
    existing = _rows(index, (h for h, _ in files))
    touched: list[LinkRow] = []
    added = unchanged = 0
    with index.transaction():
        for h, _path in files:
            for fw, req, ev_code in targets:
                old = existing.get((h, fw, req))
                if old is not None and not old.rejected and old.origin != LinkOrigin.SUGGESTED:
                    if ev_code and ev_code != old.evidence_code:
                        old = LinkRow(h, fw, req, old.origin, old.score, True, ev_code, False)
                        index.put_link(old)
                    unchanged += 1
                    touched.append(old)
                    continue
                row = LinkRow(h, fw, req, LinkOrigin.MANUAL, None, True,
                              ev_code or (old.evidence_code if old else None), False)
                index.put_link(row)
                touched.append(row)
                added += 1
    return _report(touched, to_link, added=added, unchanged=unchanged)


def unlink(
    index: EvidenceIndex,
    files: list[tuple[str, str]],
    targets: list[tuple[str, str, str | None]] | None,
    to_link: ToLink,
) -> LinkReport:
    """Remove links (all of a file's links when ``targets`` is None); code and suggested links are
    kept as rejected so a re-scan does not restore them."""
    hashes = {h for h, _ in files}
    wanted = {(fw, req) for fw, req, _ in targets} if targets is not None else None
    touched: list[LinkRow] = []
    with index.transaction():
        for key, row in _rows(index, hashes).items():
            if key[0] not in hashes or row.rejected or (wanted is not None and key[1:] not in wanted):
                continue
            if row.origin == LinkOrigin.MANUAL:
                index.delete_links([key])
            else:
                index.put_link(LinkRow(*key, row.origin, row.score, row.confirmed, row.evidence_code, True))
            touched.append(row)
    return _report(touched, to_link, removed=len(touched))


LinkFields = tuple[str, str, str, LinkOrigin, float | None, bool]
"""What ranking a suggestion reads: (content hash, framework, requirement, origin, score, confirmed)."""

R = TypeVar("R")


def _row_fields(row: LinkRow) -> LinkFields:
    return row.hash, row.framework, row.requirement, row.origin, row.score, row.confirmed


def link_fields(link: EvidenceLink) -> LinkFields:
    """What ranking reads of a public link (as :func:`ranked_suggestions` takes it)."""
    return link.evidence_id, link.framework, link.requirement, link.origin, link.score, link.confirmed


def ranked_suggestions(
    rows: Iterable[R],
    fields: Callable[[R], LinkFields],
    *,
    hashes: Collection[str] | None = None,
    wanted: Collection[tuple[str, str]] | None = None,
    top: int | None = 1,
    min_score: float | None = None,
    framework_id: str | None = None,
) -> list[R]:
    """The unconfirmed suggestions a bulk confirmation takes, in its order (by file, then framework): of the
    contents ``hashes`` (all when None), to the (framework, requirement) ``wanted`` (any when None), ranked
    within ``top`` for their file and framework, scoring at least ``min_score``. Ranks count every
    suggestion, so a confirmed best one keeps rank 1. Pure: the index's rows or the links a front end holds."""
    if top == 1:
        return _best_suggestions(rows, fields, hashes=hashes, wanted=wanted, min_score=min_score,
                                 framework_id=framework_id)
    groups: dict[tuple[str, str], list[tuple[LinkFields, R]]] = defaultdict(list)
    for row in rows:
        f = fields(row)
        if f[3] == LinkOrigin.SUGGESTED:
            groups[(f[0], f[1])].append((f, row))
    out: list[R] = []
    for (h, fw), members in sorted(groups.items(), key=lambda g: g[0]):
        if not _group_asked(h, fw, hashes, framework_id):
            continue
        members.sort(key=lambda m: (-(m[0][4] or 0.0), m[0][2]))
        for rank, (f, row) in enumerate(members, 1):
            if top is not None and rank > top:
                break
            if _taken(f, wanted, min_score):
                out.append(row)
    return out


def _group_asked(h: str, fw: str, hashes: Collection[str] | None, framework_id: str | None) -> bool:
    """Whether a file's suggestions to a framework are among those asked (the files, the framework)."""
    return (hashes is None or h in hashes) and not (framework_id and fw != framework_id.lower())


def _taken(f: LinkFields, wanted: Collection[tuple[str, str]] | None, min_score: float | None) -> bool:
    """Whether a ranked suggestion is confirmed: not yet, scoring enough, to a standard asked."""
    return (not f[5] and (min_score is None or (f[4] or 0.0) >= min_score)
            and (wanted is None or (f[1], f[2]) in wanted))


def _best_suggestions(
    rows: Iterable[R],
    fields: Callable[[R], LinkFields],
    *,
    hashes: Collection[str] | None,
    wanted: Collection[tuple[str, str]] | None,
    min_score: float | None,
    framework_id: str | None,
) -> list[R]:
    """:func:`ranked_suggestions` with ``top=1``, in one pass: each file and framework's first suggestion in the
    ranking order (no sort of each group: a large folder has tens of thousands)."""
    best: dict[tuple[str, str], tuple[tuple[float, str], LinkFields, R]] = {}
    for row in rows:
        f = fields(row)
        if f[3] != LinkOrigin.SUGGESTED:
            continue
        rank = (-(f[4] or 0.0), f[2])
        held = best.get((f[0], f[1]))
        if held is None or rank < held[0]:
            best[(f[0], f[1])] = (rank, f, row)
    return [row for (h, fw), (_, f, row) in sorted(best.items(), key=lambda g: g[0])
            if _group_asked(h, fw, hashes, framework_id) and _taken(f, wanted, min_score)]


def confirm(
    index: EvidenceIndex,
    files: list[tuple[str, str]] | None,
    targets: list[tuple[str, str, str | None]] | None,
    to_link: ToLink,
    *,
    top: int | None = 1,
    min_score: float | None = None,
    framework_id: str | None = None,
    dry_run: bool = False,
) -> LinkReport:
    """Confirm unconfirmed suggestions: of the given files (all when None), for the given
    requirements (any when None), ranked within ``top`` for their file, scoring at least ``min_score``.

    Suggestions of files the scan could not read are never confirmed: they are returned in
    ``skipped``. With ``dry_run`` nothing is written and ``links`` are the ones that would be confirmed.
    """
    hashes = {h for h, _ in files} if files is not None else None
    wanted = {(fw, req) for fw, req, _ in targets} if targets is not None else None
    rows = index.links() if hashes is None else index.links_of(hashes)
    chosen: list[LinkRow] = []
    skipped: list[EvidenceLink] = []
    for row in ranked_suggestions(rows, _row_fields, hashes=hashes, wanted=wanted, top=top, min_score=min_score,
                                  framework_id=framework_id):
        new = LinkRow(row.hash, row.framework, row.requirement, row.origin, row.score, True, row.evidence_code, False)
        shown = to_link(new)
        if shown is None:
            continue
        if not shown.readable:
            skipped.append(to_link(row) or shown)
            continue
        chosen.append(new)
    if not dry_run:
        with index.transaction():
            for new in chosen:
                index.put_link(new)
    report = _report(chosen, to_link, confirmed=len(chosen))
    return report.model_copy(update={"skipped": skipped, "dry_run": dry_run})
