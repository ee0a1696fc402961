"""Automatic links after a scan: codes in names become links; files without one get suggestions.

Rules: a code in a file or folder name gives a ``code`` link (confirmed); a code or manual link
for a framework removes that file's unconfirmed suggestions for it (an explicit code always wins);
links the user removed stay removed (they are kept as rejected rows, so a re-scan does not bring
them back); confirmed suggestions are never replaced.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from pathlib import PurePosixPath

from accredit.evidence.codes import CodeMatcher, resolve
from accredit.evidence.index import EvidenceIndex, LinkRow
from accredit.evidence.clean import first_line, repair_lost_letters, trich_yeu
from accredit.evidence.match import DocQuery, FrameworkMatcher, Learned
from accredit.evidence.metadata import HEAD_CHARS, read_header, strip_header
from accredit.evidence.records import default_title
from accredit.model.evidence import DocumentMeta, EvidenceCode, LinkOrigin
from accredit.model.framework import Framework

SIGNATURE_KEY = "map_signature"


@dataclass(frozen=True)
class MapSettings:
    """How many suggestions to keep per file and framework, and the score they must reach."""

    top_k: int = 3
    min_score: float = 5.0
    min_ratio: float = 0.5
    scopes: tuple[tuple[str, str], ...] = ()  # (folder, framework id): codes under folder link to it only

    def frameworks_for(self, path: str, all_ids: set[str]) -> set[str]:
        """The frameworks a code in ``path`` may link to: the deepest matching scope's, else all."""
        parts = PurePosixPath(path).parts
        best: tuple[int, str] | None = None
        for folder, fid in self.scopes:
            prefix = PurePosixPath(folder).parts
            if parts[: len(prefix)] == prefix and (best is None or len(prefix) > best[0]):
                best = (len(prefix), fid)
        return {best[1]} & all_ids if best else all_ids


@dataclass(frozen=True)
class MapStats:
    """Link counts after mapping."""

    code_links: int
    suggestions: int
    suggested_files: int


def document_title(text: str, meta: DocumentMeta | None, path: str) -> str:
    """What a document says it is: the header's type and trích yếu, else a "V/v …" line, else a headline."""
    meta = meta if meta is not None else read_header(text)
    if meta.title:
        return default_title(meta, path, [])
    subject = trich_yeu(text)  # on the cleaned lines: a related-posts list is not the subject
    if subject:
        return f"{meta.doc_type} về việc {subject}" if meta.doc_type else subject
    return first_line(text) or ""


def document_query(
    text: str, path: str, meta: DocumentMeta | None = None, vocabulary: Mapping[str, int] | None = None
) -> DocQuery:
    """The matcher's query for a file: its title, its path (folders and name) and its text without header.

    ``vocabulary`` (folded syllables of the frameworks' wording) restores letters a PDF lost to '?'."""
    name = " ".join(PurePosixPath(path).with_suffix("").parts).replace("_", " ")
    if vocabulary is not None and "?" in text[:HEAD_CHARS]:
        text = repair_lost_letters(text, vocabulary)
        meta = None
    return DocQuery.of(document_title(text, meta, path), name, strip_header(text), vocabulary)


def signature(frameworks: list[Framework], matcher: CodeMatcher, settings: MapSettings) -> str:
    """Changes whenever the frameworks, the code patterns or the settings change (then all files are re-mapped)."""
    data = {
        "frameworks": sorted(f.content_hash for f in frameworks),
        "patterns": [p.pattern for p in matcher.patterns],
        "settings": asdict(settings),
    }
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()


def _codes(paths: list[str], matcher: CodeMatcher) -> list[tuple[str, EvidenceCode]]:
    """Each distinct code found in the paths of one content, with the path it was found in."""
    out: list[tuple[str, EvidenceCode]] = []
    for p in paths:
        for c in matcher.in_path(p):
            if all((c.requirement, c.text) != (o.requirement, o.text) for _, o in out):
                out.append((p, c))
    return out


def map_links(
    index: EvidenceIndex,
    frameworks: list[Framework],
    matcher: CodeMatcher,
    touched: set[str],
    settings: MapSettings | None = None,
) -> MapStats:
    """Update code links for every file and suggestions for ``touched`` contents (all, when the signature changed)."""
    settings = settings or MapSettings()
    sig = signature(frameworks, matcher, settings)
    remap_all = index.get_meta(SIGNATURE_KEY) != sig
    files = index.files()
    holders: dict[str, list[str]] = defaultdict(list)
    for path in sorted(files):
        holders[files[path].hash].append(path)
    existing: dict[str, dict[tuple[str, str, str], LinkRow]] = defaultdict(dict)
    for r in index.links(include_rejected=True):
        existing[r.hash][(r.hash, r.framework, r.requirement)] = r
    contents = index.contents()
    bm25 = {fw.id: RequirementMatcher(fw) for fw in frameworks}
    known = {fw.id: [r.code for r in fw.requirements] for fw in frameworks}
    fw_ids = set(known)

    with index.transaction():
        for h, paths in holders.items():
            desired: dict[tuple[str, str, str], str] = {}
            for path, code in _codes(paths, matcher):
                allowed = settings.frameworks_for(path, fw_ids)
                for fw in frameworks:
                    if fw.id not in allowed:
                        continue
                    req = resolve(code.requirement, known[fw.id])
                    if req is not None:
                        desired.setdefault((h, fw.id, req), code.text)
            mine = existing.get(h, {})
            for key, row in mine.items():
                if row.origin == LinkOrigin.CODE and key not in desired:
                    index.delete_links([key])
            for key, text in desired.items():
                row = mine.get(key)
                if row is None or (row.origin == LinkOrigin.SUGGESTED and not row.rejected):
                    index.put_link(LinkRow(h, key[1], key[2], LinkOrigin.CODE, None, True, text, False))
                elif row.origin == LinkOrigin.MANUAL and not row.evidence_code:
                    index.put_link(LinkRow(h, key[1], key[2], row.origin, row.score, True, text, row.rejected))
            if not (remap_all or h in touched):
                continue
            _suggest(index, h, paths, contents.get(h), mine, desired, bm25, fw_ids, settings)
        index.set_meta(SIGNATURE_KEY, sig)

    rows = index.links()
    live = set(holders)
    return MapStats(
        code_links=sum(1 for r in rows if r.origin == LinkOrigin.CODE and r.hash in live),
        suggestions=sum(1 for r in rows if r.origin == LinkOrigin.SUGGESTED and r.hash in live),
        suggested_files=len({r.hash for r in rows if r.origin == LinkOrigin.SUGGESTED and r.hash in live}),
    )


def _suggest(
    index: EvidenceIndex,
    h: str,
    paths: list[str],
    content: object,
    mine: dict[tuple[str, str, str], LinkRow],
    desired: dict[tuple[str, str, str], str],
    bm25: dict[str, RequirementMatcher],
    fw_ids: set[str],
    settings: MapSettings,
) -> None:
    """Replace a content's unconfirmed suggestions, framework by framework."""
    explicit = {k[1] for k in desired} | {
        k[1] for k, r in mine.items() if not r.rejected and (r.origin == LinkOrigin.MANUAL or r.confirmed)
    }
    stale = [
        k for k, r in mine.items()
        if r.origin == LinkOrigin.SUGGESTED and not r.confirmed and not r.rejected and k not in desired
    ]
    index.delete_links(stale)
    meta = getattr(content, "meta", None)
    title = default_title(meta, paths[0], []) if meta is not None and meta.title else ""
    name = " ".join(PurePosixPath(paths[0]).with_suffix("").parts).replace("_", " ")
    query = None
    for fw_id in sorted(fw_ids - explicit):
        if query is None:
            query = query_tokens(title, name, strip_header(index.text(h)))
        for s in bm25[fw_id].suggest(query, settings.top_k, settings.min_score, settings.min_ratio):
            key = (h, fw_id, s.requirement)
            old = mine.get(key)
            if old is not None and (old.rejected or old.confirmed or old.origin != LinkOrigin.SUGGESTED):
                continue
            index.put_link(LinkRow(h, fw_id, s.requirement, LinkOrigin.SUGGESTED, s.score, False, None, False))
