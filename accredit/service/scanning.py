"""Scan: read, identify and map every evidence file, with a progress callback and a cancellation token."""

from __future__ import annotations

from typing import Protocol

from accredit.errors import AccreditError
from accredit.evidence.scan import ProgressFn, ScanOptions, ScanProgress
from accredit.evidence.service import scan_workspace
from accredit.i18n import t
from accredit.i18n.message import msg
from accredit.service.results import ScanResult, note
from accredit.tools import setting_warnings
from accredit.workspace import Workspace


class CancelToken(Protocol):
    """What the caller sets to stop a scan: :class:`threading.Event` is one."""

    def is_set(self) -> bool:
        """Whether the caller asked to stop."""
        ...


class ScanCancelled(AccreditError):
    """The caller stopped the scan (the index keeps what was committed; the next scan goes on)."""


def _checking(progress: ProgressFn | None, cancel: CancelToken | None) -> ProgressFn | None:
    if cancel is None:
        return progress

    def tick(p: ScanProgress) -> None:
        if cancel.is_set():
            raise ScanCancelled(t("service.scan.cancelled"))
        if progress is not None:
            progress(p)

    return tick


def scan(
    ws: Workspace,
    *,
    workers: int | None = None,
    full: bool = False,
    options: ScanOptions | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
) -> ScanResult:
    """**scan**: bring the evidence index up to date (only changed files are read again) and map the files to
    requirements. ``progress`` is called after each file of each phase; when ``cancel`` is set the scan stops
    at the next file and the result says ``cancelled`` (what was read is kept for the next scan)."""
    notes = [note(w) for w in setting_warnings(ws.config.tools.model_dump())]  # a [tools] path pointing nowhere
    if cancel is not None and cancel.is_set():
        return ScanResult(cancelled=True, notes=[msg("service.scan.cancelled"), *notes])
    try:
        report = scan_workspace(ws, workers=workers, full=full, options=options, progress=_checking(progress, cancel))
    except ScanCancelled:
        return ScanResult(cancelled=True, notes=[msg("service.scan.cancelled"), *notes])
    return ScanResult(report=report, notes=notes)
