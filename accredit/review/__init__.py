"""Submission packages, the inspector's review, and the provincial roll-up.

* :func:`accredit.review.build.write_package` — the frozen zip (with
  :func:`accredit.review.gather.gather_package` to collect a workspace's results);
* :func:`check_package` / :func:`verify_package` — safe reading, integrity, recomputed scores;
* :func:`review_package`, :func:`make_review_workbook`, :func:`import_review_workbook` — flags,
  the review workbook and the append-only review log;
* :func:`rollup` — every package of a folder in one province table.

The names below are imported on first use: a roll-up worker loads what verifying needs only.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from accredit.review.archive import PackageRefused, SafeArchive
    from accredit.review.build import PackageContent, PackageError, write_package
    from accredit.review.gather import gather_package
    from accredit.review.log import ReviewLogError, read_log
    from accredit.review.rollup import rollup
    from accredit.review.service import import_review_workbook, make_review_workbook, review_package
    from accredit.review.verify import check_package, verify_package
    from accredit.review.workbook import ReviewWorkbookError

_HOMES = {
    "PackageRefused": "archive",
    "SafeArchive": "archive",
    "PackageContent": "build",
    "PackageError": "build",
    "write_package": "build",
    "gather_package": "gather",
    "ReviewLogError": "log",
    "read_log": "log",
    "rollup": "rollup",
    "import_review_workbook": "service",
    "make_review_workbook": "service",
    "review_package": "service",
    "check_package": "verify",
    "verify_package": "verify",
    "ReviewWorkbookError": "workbook",
}

__all__ = [
    "PackageContent",
    "PackageError",
    "PackageRefused",
    "ReviewLogError",
    "ReviewWorkbookError",
    "SafeArchive",
    "check_package",
    "gather_package",
    "import_review_workbook",
    "make_review_workbook",
    "read_log",
    "review_package",
    "rollup",
    "verify_package",
    "write_package",
]


def __getattr__(name: str) -> Any:
    """The public name from its module, imported on first use."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{home}"), name)
