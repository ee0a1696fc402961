"""The review log: an append-only JSON-lines file of numbered review cycles, chained by hashes.

Each line is one :class:`LogEntry`, timestamped and attributed. Its ``hash`` is the SHA-256 of
the entry's canonical JSON without the hash, and includes ``prev``, the hash of the line before:
editing, removing or reordering an earlier line breaks the chain from there on, and
:func:`read_log` reports where. New entries are only ever appended (the file is opened for
appending, never rewritten), and nothing is appended to a log that does not verify.

A cycle is: the inspector's query → the school's response → the inspector's re-check, which
closes it; the inspector's next import opens the next cycle. An inspector may amend a query
before the school answers, and the school may add to its response before the re-check.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from accredit.errors import AccreditError
from accredit.i18n import t
from accredit.model.review import (
    EntryKind,
    InspectorRating,
    LogEntry,
    LogProblem,
    LogSummary,
    Role,
    SchoolResponse,
)
from accredit.review.limits import MAX_LOG_LINE
from accredit.workspace import make_dirs

GENESIS = "sha256:" + "0" * 64
LOG_SUFFIX = ".review.jsonl"


class ReviewLogError(AccreditError):
    """The log cannot be appended to (tampered, or the step is out of order); the message says why."""


def default_log_path(package: Path) -> Path:
    """The log kept next to a package: ``truong-a.zip`` → ``truong-a.review.jsonl``."""
    return package.with_name(package.stem + LOG_SUFFIX)


def entry_hash(fields: dict[str, Any]) -> str:
    """SHA-256 of the canonical JSON of an entry's fields (``hash`` left out)."""
    data = {k: v for k, v in fields.items() if k != "hash"}
    canonical = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def read_log(path: Path) -> tuple[list[LogEntry], list[LogProblem]]:
    """Every entry of the log (none when the file does not exist) and the lines that do not verify."""
    if not path.exists():
        return [], []
    entries: list[LogEntry] = []
    problems: list[LogProblem] = []
    prev = GENESIS
    with path.open("rb") as fh:
        for number, raw in enumerate(_lines(fh), start=1):
            if raw is None:
                problems.append(LogProblem(line=number, detail=t("review.log.line_too_long")))
                prev = "?"
                continue
            if not raw.endswith(b"\n"):
                problems.append(LogProblem(line=number, detail=t("review.log.unterminated")))
            try:
                data = json.loads(raw)
                entry = LogEntry.model_validate(data)
            except (UnicodeDecodeError, json.JSONDecodeError, ValidationError) as exc:
                problems.append(LogProblem(line=number, detail=t("review.log.unreadable", error=str(exc)[:200])))
                prev = "?"
                continue
            if entry_hash(entry.model_dump(mode="json")) != entry.hash or entry_hash(data) != entry.hash:
                problems.append(LogProblem(line=number, detail=t("review.log.edited", seq=entry.seq)))
            if entry.prev != prev:
                problems.append(LogProblem(line=number, detail=t("review.log.chain", seq=entry.seq)))
            if entry.seq != number:
                problems.append(LogProblem(line=number, detail=t("review.log.sequence", seq=entry.seq, line=number)))
            prev = entry.hash
            entries.append(entry)
    return entries, problems


def _lines(fh: Any) -> Any:
    """Lines of a binary file, each at most MAX_LOG_LINE bytes (None for a longer one)."""
    while True:
        line = fh.readline(MAX_LOG_LINE + 1)
        if not line:
            return
        if len(line) > MAX_LOG_LINE and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # skip the rest of the long line
                line = fh.readline(MAX_LOG_LINE)
            yield None
            continue
        yield line


def _state(entries: Sequence[LogEntry]) -> tuple[int, EntryKind | None, Role | None]:
    """(current cycle, last step, who acts next in the open cycle)."""
    if not entries:
        return 0, None, None
    last = entries[-1]
    waiting = {EntryKind.QUERY: Role.SCHOOL, EntryKind.RESPONSE: Role.INSPECTOR, EntryKind.RECHECK: None}[last.kind]
    return last.cycle, last.kind, waiting


def summarize(path: Path, entries: Sequence[LogEntry], problems: Sequence[LogProblem]) -> LogSummary:
    """The log's state: entries, whether it verifies, its head hash, the current cycle and step."""
    cycle, step, waiting = _state(entries)
    return LogSummary(
        path=str(path),
        entries=len(entries),
        intact=not problems,
        problems=list(problems),
        head=entries[-1].hash if entries else None,
        cycle=cycle,
        step=step,
        waiting_for=waiting,
    )


def next_step(entries: Sequence[LogEntry], role: Role) -> tuple[EntryKind, int]:
    """The kind and cycle of the next entry written by ``role``; :class:`ReviewLogError` when out of order."""
    cycle, step, _ = _state(entries)
    if role == Role.INSPECTOR:
        if step is None or step == EntryKind.RECHECK:
            return EntryKind.QUERY, cycle + 1
        if step == EntryKind.QUERY:
            return EntryKind.QUERY, cycle
        return EntryKind.RECHECK, cycle
    if step in (EntryKind.QUERY, EntryKind.RESPONSE):
        return EntryKind.RESPONSE, cycle
    raise ReviewLogError(t("review.log.no_open_query"))


def latest_ratings(entries: Sequence[LogEntry]) -> dict[tuple[str, str], InspectorRating]:
    """The inspector's latest rating and comment per (framework, requirement)."""
    out: dict[tuple[str, str], InspectorRating] = {}
    for e in entries:
        if e.role == Role.INSPECTOR:
            for r in e.ratings:
                out[(r.framework, r.code)] = r
    return out


def latest_responses(entries: Sequence[LogEntry]) -> dict[tuple[str, str], SchoolResponse]:
    """The school's latest response per (framework, requirement)."""
    out: dict[tuple[str, str], SchoolResponse] = {}
    for e in entries:
        if e.role == Role.SCHOOL:
            for r in e.responses:
                out[(r.framework, r.code)] = r
    return out


def append_entry(
    path: Path,
    *,
    role: Role,
    actor: str,
    at: datetime,
    package: str,
    ratings: Sequence[InspectorRating] = (),
    responses: Sequence[SchoolResponse] = (),
    source: str | None = None,
    source_sha256: str | None = None,
    note: str | None = None,
) -> LogEntry:
    """Append one entry (after verifying the whole log); returns it. Never rewrites earlier lines."""
    entries, problems = read_log(path)
    if problems:
        first = problems[0]
        raise ReviewLogError(t("review.log.tampered", path=str(path), line=first.line, detail=first.detail))
    if not actor.strip():
        raise ReviewLogError(t("review.log.no_actor"))
    kind, cycle = next_step(entries, role)
    fields: dict[str, Any] = {
        "seq": len(entries) + 1,
        "cycle": cycle,
        "kind": kind,
        "role": role,
        "actor": actor.strip(),
        "at": at,
        "package": package,
        "source": source,
        "source_sha256": source_sha256,
        "ratings": list(ratings),
        "responses": list(responses),
        "note": note,
        "prev": entries[-1].hash if entries else GENESIS,
        "hash": GENESIS,
    }
    draft = LogEntry.model_validate(fields)
    entry = draft.model_copy(update={"hash": entry_hash(draft.model_dump(mode="json"))})
    line = json.dumps(entry.model_dump(mode="json"), ensure_ascii=False, sort_keys=True) + "\n"
    make_dirs(path.parent)
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(fd, line.encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
    return entry


def log_summary(path: Path) -> LogSummary:
    """Read and summarise the log at ``path``."""
    entries, problems = read_log(path)
    return summarize(path, entries, problems)
