"""The review log: an append-only JSON-lines file of numbered review cycles, chained by hashes.

Each line is one :class:`LogEntry`, timestamped and attributed. Its ``hash`` is the SHA-256 of
the entry's canonical JSON without the hash, and includes ``prev``, the hash of the line before:
editing, removing or reordering an earlier line breaks the chain from there on, and
:func:`read_log` reports where. New entries are only ever appended (the file is opened for
appending, never rewritten), and nothing is appended to a log that does not verify.

Anyone can re-hash a chain, so every entry is also signed: ``signature`` is the Ed25519
signature of ``hash`` by the key of the person who imported it (the inspector's own key,
``accredit keys init --inspector``), and only keys the reader trusts count. The signed *head*
(``<log>.head.json``: the number of entries and the last hash, signed the same way) is rewritten
after every append, so deleting the last entries is detected too. No entry from the first one
that does not verify on is used (:func:`usable`).

A cycle is: the inspector's query → the school's response → the inspector's re-check, which
closes it; the inspector's next import opens the next cycle. An inspector may amend a query
before the school answers, and the school may add to its response before the re-check.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
from collections.abc import Collection, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from pydantic import Field, ValidationError

from accredit.errors import AccreditError
from accredit.i18n import t
from accredit.model.base import Value
from accredit.model.package import Sha256
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
from accredit.signing.keys import PublicKey, Signer, show_fingerprint
from accredit.workspace import make_dirs, write_atomic

GENESIS = "sha256:" + "0" * 64
LOG_SUFFIX = ".review.jsonl"
HEAD_SUFFIX = ".head.json"
MAX_HEAD_FILE = 64 * 1024
_UNHASHED = ("hash", "signature")


class LogHead(Value):
    """``<log>.head.json``: how many entries the log had and its last hash, signed by whoever appended."""

    entries: int = Field(ge=0)
    head: str
    signer: Sha256
    public_key: str
    signature: str


class ReviewLogError(AccreditError):
    """The log cannot be appended to (tampered, or the step is out of order); the message says why."""


def default_log_path(package: Path) -> Path:
    """The log kept next to a package: ``truong-a.zip`` → ``truong-a.review.jsonl``."""
    return package.with_name(package.stem + LOG_SUFFIX)


def head_path(log: Path) -> Path:
    """The signed head kept beside a log: ``truong-a.review.jsonl`` → ``truong-a.review.head.json``."""
    return log.with_name(log.name.removesuffix(".jsonl") + HEAD_SUFFIX)


def entry_hash(fields: dict[str, Any]) -> str:
    """SHA-256 of the canonical JSON of an entry's fields (``hash`` and ``signature`` left out)."""
    data = {k: v for k, v in fields.items() if k not in _UNHASHED}
    canonical = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _signed_by(public_key: str | None, signer: str | None, signature: str | None, data: bytes,
               trusted: Collection[str]) -> str | None:
    """None when ``signature`` is a trusted key's signature of ``data``; else the message key saying why not."""
    if not signature or not public_key or not signer:
        return "sign.log.unsigned"
    key = PublicKey.from_b64(public_key)
    try:
        raw = base64.b64decode(signature, validate=True)
    except (ValueError, binascii.Error):
        return "sign.log.bad_signature"
    if key is None or key.fingerprint != signer or not key.verify(raw, data):
        return "sign.log.bad_signature"
    if signer not in trusted:
        return "sign.log.unknown_signer"
    return None


def _signature_problem(entry: LogEntry, number: int, trusted: Collection[str]) -> LogProblem | None:
    why = _signed_by(entry.public_key, entry.signer, entry.signature, entry.hash.encode("ascii"), trusted)
    if why is None:
        return None
    who = show_fingerprint(entry.signer) if entry.signer else "?"
    return LogProblem(line=number, detail=t(why, seq=entry.seq, fingerprint=who))


def _head_bytes(entries: int, head: str) -> bytes:
    return f"accredit-review-log-head\n{entries}\n{head}".encode("ascii")


def _read_head(path: Path, trusted: Collection[str]) -> tuple[LogHead | None, str | None]:
    """The signed head and None, or (None, None) when there is none, or (None, why) when it does not verify."""
    if not path.exists():
        return None, None
    try:
        with path.open("rb") as fh:
            head = LogHead.model_validate_json(fh.read(MAX_HEAD_FILE))
    except (OSError, ValidationError, ValueError) as exc:
        return None, t("sign.log.head_unreadable", path=str(path), error=str(exc)[:200])
    why = _signed_by(head.public_key, head.signer, head.signature, _head_bytes(head.entries, head.head), trusted)
    if why is not None:
        return None, t("sign.log.head_" + why.rsplit(".", 1)[-1], path=str(path),
                       fingerprint=show_fingerprint(head.signer))
    return head, None


def _head_problems(log: Path, entries: list[LogEntry], lines: int, trusted: Collection[str]) -> list[LogProblem]:
    hp = head_path(log)
    head, why = _read_head(hp, trusted)
    if why is not None:
        return [LogProblem(line=lines + 1, detail=why)]
    if head is None:
        if entries:
            return [LogProblem(line=lines + 1, detail=t("sign.log.head_missing", path=str(hp)))]
        return []
    last = entries[-1].hash if entries else GENESIS
    if head.entries == len(entries) and head.head == last:
        return []
    if head.entries > lines:  # entries removed from the end
        line = lines + 1
    elif 0 < head.entries < len(entries) and entries[head.entries - 1].hash == head.head:
        line = head.entries + 1  # entries after the signed head: not signed as a whole
    else:
        line = max(min(head.entries, lines), 1)
    return [LogProblem(line=line, detail=t("sign.log.head_mismatch", signed=head.entries, found=len(entries),
                                           path=str(hp)))]


def read_log(path: Path, trusted: Collection[str] = ()) -> tuple[list[LogEntry], list[LogProblem]]:
    """Every entry of the log (none when the file does not exist) and the lines that do not verify.

    ``trusted`` holds the fingerprints of the keys whose signatures count (the inspectors' keys the
    Sở registered, and the reader's own); an entry signed by another key is a problem.
    """
    entries: list[LogEntry] = []
    problems: list[LogProblem] = []
    lines = 0
    if path.exists():
        lines = _read_lines(path, entries, problems, trusted)
    problems += _head_problems(path, entries, lines, trusted)
    problems.sort(key=lambda p: p.line)
    return entries, problems


def _read_lines(path: Path, entries: list[LogEntry], problems: list[LogProblem], trusted: Collection[str]) -> int:
    prev = GENESIS
    number = 0
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
            signed = _signature_problem(entry, number, trusted)
            if signed is not None:
                problems.append(signed)
            prev = entry.hash
            entries.append(entry)
    return number


def for_package(entries: Sequence[LogEntry], sha256: str) -> list[LogEntry]:
    """The entries about the package with this SHA-256: an entry about another package (an earlier
    submission saved under the same name) never rates this one."""
    return [e for e in entries if e.package == sha256]


def usable(entries: Sequence[LogEntry], problems: Sequence[LogProblem]) -> list[LogEntry]:
    """The entries before the first line that does not verify (the only ones any result may use)."""
    if not problems:
        return list(entries)
    first = min(p.line for p in problems)
    return [e for e in entries[: max(first - 1, 0)] if e.seq < first]


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
        used=len(usable(entries, problems)),
        head_file=str(head_path(path)),
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
    signer: Signer,
    trusted: Collection[str] = (),
) -> LogEntry:
    """Append one entry signed by ``signer`` (after verifying the whole log); returns it.

    Never rewrites earlier lines; the signed head is rewritten after the line is written.
    ``trusted`` are the fingerprints whose earlier entries count, besides the signer's own.
    """
    trusted = {*trusted, signer.public.fingerprint}
    entries, problems = read_log(path, trusted)
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
        "signer": signer.public.fingerprint,
        "public_key": signer.public.b64(),
        "prev": entries[-1].hash if entries else GENESIS,
        "hash": GENESIS,
    }
    draft = LogEntry.model_validate(fields)
    digest = entry_hash(draft.model_dump(mode="json"))
    signature = base64.b64encode(signer.sign(digest.encode("ascii"))).decode("ascii")
    entry = draft.model_copy(update={"hash": digest, "signature": signature})
    line = json.dumps(entry.model_dump(mode="json"), ensure_ascii=False, sort_keys=True) + "\n"
    make_dirs(path.parent)
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(fd, line.encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
    write_head(path, len(entries) + 1, entry.hash, signer)
    return entry


def write_head(log: Path, entries: int, head: str, signer: Signer) -> None:
    """Sign and write the log's head (atomically)."""
    sig = base64.b64encode(signer.sign(_head_bytes(entries, head))).decode("ascii")
    value = LogHead(entries=entries, head=head, signer=signer.public.fingerprint, public_key=signer.public.b64(),
                    signature=sig)
    write_atomic(head_path(log), value.model_dump_json(indent=2) + "\n")


def log_summary(path: Path, trusted: Collection[str] = ()) -> LogSummary:
    """Read and summarise the log at ``path``."""
    entries, problems = read_log(path, trusted)
    return summarize(path, entries, problems)
