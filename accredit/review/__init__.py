"""Submission packages, the inspector's review, and the provincial roll-up.

* :func:`accredit.review.build.write_package` — the frozen zip (with
  :func:`accredit.review.gather.gather_package` to collect a workspace's results);
* :func:`check_package` / :func:`verify_package` — safe reading, integrity, recomputed scores;
* :func:`review_package`, :func:`make_review_workbook`, :func:`import_review_workbook` — flags,
  the review workbook and the append-only review log;
* :func:`rollup` — every package of a folder in one province table.
"""

from accredit.review.archive import PackageRefused, SafeArchive
from accredit.review.build import PackageContent, PackageError, write_package
from accredit.review.gather import gather_package
from accredit.review.log import ReviewLogError, read_log
from accredit.review.rollup import rollup
from accredit.review.service import import_review_workbook, make_review_workbook, review_package
from accredit.review.verify import check_package, verify_package
from accredit.review.workbook import ReviewWorkbookError

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
