"""Evidence records: what the index knows about each file, assembled as :class:`EvidenceRecord`."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import PurePosixPath

from accredit.evidence.codes import CodeMatcher
from accredit.evidence.index import ContentRow, EvidenceIndex
from accredit.model.evidence import DocumentMeta, EvidenceCode, EvidenceRecord, ExtractStatus


def default_title(meta: DocumentMeta, path: str, codes: list[EvidenceCode]) -> str:
    """Tên minh chứng: 'Quyết định về việc …' from the header, else the file name without its code."""
    if meta.title:
        title = meta.title
        if re.match(r"(?i)^v/v\b", title):
            title = "về việc" + title[3:]
        if meta.doc_type and not title.lower().startswith(meta.doc_type.lower()):
            return f"{meta.doc_type} {title[:1].lower()}{title[1:]}"
        return title
    name = PurePosixPath(path).stem
    for code in codes:
        if code.source == "file":
            name = re.sub(r"\[?" + re.escape(code.text) + r"\]?", " ", name, flags=re.IGNORECASE)
    name = " ".join(re.sub(r"[_]+", " ", name).split()).strip(" -–.")
    return name or PurePosixPath(path).name


def build_records(
    index: EvidenceIndex, matcher: CodeMatcher, hashes: Collection[str] | None = None
) -> list[EvidenceRecord]:
    """One record per indexed path, sorted by path (only the paths holding ``hashes`` when given: the
    files an operation concerns, read without the rest of the index)."""
    if hashes is None:
        files, contents, notes = index.files(), index.contents(), index.annotations()
    else:
        files, contents, notes = index.files_of(hashes), index.contents_of(hashes), index.annotations_of(hashes)
    holders: dict[str, list[str]] = defaultdict(list)
    for path, row in files.items():
        holders[row.hash].append(path)
    records = []
    for path in sorted(files):
        row = files[path]
        content = contents.get(row.hash)
        codes = matcher.in_path(path)
        title, note = notes.get(row.hash, (None, None))
        records.append(
            _record(path, row.hash, row.size, row.mtime_ns, row.kind, content, codes, title, note,
                    sorted(p for p in holders[row.hash] if p != path))
        )
    return records


@dataclass(frozen=True)
class FileCodes:
    """A file as the code checks see it (:func:`accredit.evidence.checks.code_flags`): path, content, codes."""

    evidence_id: str
    path: str
    codes: tuple[EvidenceCode, ...]


def each_file_codes(index: EvidenceIndex, matcher: CodeMatcher) -> Iterator[FileCodes]:
    """The codes in every indexed path, sorted by path (as :func:`build_records` orders them): the paths alone,
    without reading or validating the contents, one at a time, streamed from the index and not remembered (what a
    scan's code checks read once: its memory does not grow with the folder)."""
    for path, h in index.each_file_hash():
        yield FileCodes(h, path, tuple(matcher.in_path(path, remember=False)))


def _record(
    path: str,
    hash_: str,
    size: int,
    mtime_ns: int,
    kind: object,
    content: ContentRow | None,
    codes: list[EvidenceCode],
    title: str | None,
    note: str | None,
    duplicates: list[str],
) -> EvidenceRecord:
    meta = content.meta if content else DocumentMeta()
    return EvidenceRecord(
        evidence_id=hash_,
        path=path,
        size=size,
        modified=datetime.fromtimestamp(mtime_ns / 1e9, tz=UTC).replace(microsecond=0),
        kind=kind,  # type: ignore[arg-type]
        status=content.status if content else ExtractStatus.ERROR,
        problem=content.problem if content else "not_scanned",
        detail=content.detail if content else None,
        pages=content.pages if content else None,
        chars=content.chars if content else 0,
        ocr=content.ocr if content else False,
        meta=meta,
        codes=codes,
        title=title or default_title(meta, path, codes),
        note=note,
        duplicates=duplicates,
    )
