"""``accredit run``: the whole self-assessment in one call — now :func:`accredit.service.running`.

Kept as the short names scripts and benchmarks use: :func:`run_workspace` is the service operation,
:class:`RunSummary` its result.
"""

from __future__ import annotations

from accredit.service.results import RunResult as RunSummary
from accredit.service.running import create_missing_workbooks
from accredit.service.running import run as run_workspace

__all__ = ["RunSummary", "create_missing_workbooks", "run_workspace"]
