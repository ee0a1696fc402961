"""Review (the inspector's side): verify a package, its review workbook and log, extraction, biên bản, roll-up."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from accredit.errors import AccreditError
from accredit.i18n import t
from accredit.i18n.message import Messages
from accredit.longpaths import long_path_warning
from accredit.model.review import ImportResult, ReviewReport, Role, RollupReport, WorkbookResult
from accredit.review.archive import SafeArchive
from accredit.review.service import import_review_workbook, make_review_workbook
from accredit.review.service import review_package as _review
from accredit.review.verify import check_package
from accredit.service.results import ExtractResult, MinutesResult, note
from accredit.signing.keys import Signer
from accredit.signing.trust import Trust


class FolderNotEmpty(AccreditError):
    """The folder to extract into holds something already (nothing is ever overwritten)."""


class PackageNotVerified(AccreditError):
    """The package does not verify: it is neither extracted nor written up in a biên bản."""


def trust_of(folder: Path | None = None) -> Trust:
    """The trust folder given, else the default one (``$ACCREDIT_TRUST``, the user-level ``tin-cay``)."""
    from accredit.signing.trust import default_trust_folder, load_trust

    return load_trust(folder if folder is not None else default_trust_folder())


def review(package: Path, *, log: Path | None = None, trust: Trust | None = None, accept_unsigned: bool = False,
           expect_sha256: str | None = None) -> ReviewReport:
    """**review**: verify ``package`` (integrity, signature, recomputed scores), flag what to check, and compare
    the school's and the inspector's ratings from the review log."""
    return _review(package, log=log, trust=trust, accept_unsigned=accept_unsigned, expect_sha256=expect_sha256)


def review_workbook(package: Path, workbook: Path, *, log: Path | None = None, overwrite: bool = False,
                    **verify: Any) -> WorkbookResult:
    """**review workbook**: write the inspector's review workbook of a verified package."""
    return make_review_workbook(package, workbook, log=log, overwrite=overwrite, **verify)


def import_review(package: Path, source: Path, *, actor: str, role: Role, at: datetime, signer: Signer,
                  log: Path | None = None, note: str | None = None, **verify: Any) -> ImportResult:
    """**review import**: append the ratings, comments or responses of an edited review workbook to the signed
    log; ``at`` is the entry's time (the caller owns the clock)."""
    return import_review_workbook(package, source, actor=actor, role=role, at=at, log=log, note=note,
                                  signer=signer, **verify)


def extract_package(package: Path, dest: Path, **verify: Any) -> ExtractResult:
    """**extract**: extract a package that verifies into an empty (or new) folder, every name contained."""
    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        raise FolderNotEmpty(t("review.cli.extract_not_empty", path=str(dest)))
    checked = check_package(package, **verify)
    if not checked.verification.ok:
        detail = "" if checked.verification.signature.good else " " + checked.verification.signature.detail
        raise PackageNotVerified(t("review.cli.extract_unverified", package=package.name) + detail)
    written: list[str] = []
    with SafeArchive.open(package) as arc:
        warning = long_path_warning(arc.names, dest)
        for name in arc.names:
            written.append(str(arc.extract(name, dest)))
    return ExtractResult(folder=str(dest), files=written, notes=[note(warning)] if warning else [])


def write_minutes(package: Path, report: ReviewReport, folder: Path, *, on: date, log: Path | None = None,
                  authority: str | None = None, trust: Trust, messages: Messages | None = None) -> MinutesResult:
    """**biên bản**: write the biên bản thẩm định of each framework of a verified review from its signed log
    (only the entries before the first broken one); ``on`` is the date written (the caller owns the clock),
    ``messages`` the language (the caller's)."""
    from accredit.report.write import write_minutes as write
    from accredit.review.log import default_log_path, for_package, read_log, usable
    from accredit.signing.trust import inspector_fingerprints

    if not report.verification.ok:  # no biên bản for a package that does not verify
        raise PackageNotVerified(t("review.cli.minutes_unverified", package=package.name))
    path = log if log is not None else default_log_path(package)
    signed = usable(*read_log(path, inspector_fingerprints(trust))) if path.is_file() else []
    entries = for_package(signed, report.verification.sha256)
    remarks: list[str] = []
    files = write(report, entries, folder, authority=authority, on=on, notes=remarks, messages=messages)
    return MinutesResult(files=[str(f) for f in files], notes=[note(r) for r in remarks])


def rollup(folder: Path, *, on: date, target: str | None = None, out: Path | None = None,
           cache: bool | Path = True, trust: Trust | None = None, accept_unsigned: bool = False,
           authority: str | None = None, messages: Messages | None = None) -> RollupReport:
    """**roll-up**: verify every package of ``folder`` and write the province table (Excel, HTML) into ``out``
    (default: the folder); ``cache``: the roll-up cache (True: the user-level one, False: none, or a path);
    ``target`` defaults to TT 35; ``messages``: the language (the caller's); ``on`` is the date printed on it
    (the caller owns the clock)."""
    from accredit.review.rollup import TT35
    from accredit.review.rollup import rollup as build
    from accredit.review.rollup_cache import default_cache_path
    from accredit.review.rollup_render import write_outputs

    if cache is True:
        cache = default_cache_path(folder)
    report = build(folder, target=(target or TT35).lower(), cache=cache or None, trust=trust,
                   accept_unsigned=accept_unsigned)
    where = out if out is not None else folder
    outputs = write_outputs(messages or Messages("vi"), report, where, authority, on)
    return report.model_copy(update={"outputs": outputs})

