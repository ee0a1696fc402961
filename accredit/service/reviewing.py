"""Review (the inspector's side): verify a package, its review workbook and log, extraction, biên bản, roll-up."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from pydantic import Field

from accredit.errors import AccreditError
from accredit.evidence.extract import kind_of
from accredit.i18n import t
from accredit.i18n.message import Messages
from accredit.longpaths import long_path_warning
from accredit.model.base import Value
from accredit.model.evidence import FileKind
from accredit.model.review import ImportResult, ReviewReport, Role, RollupReport, WorkbookResult
from accredit.review.archive import SafeArchive
from accredit.review.service import import_review_workbook, make_review_workbook, review_context
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
           expect_sha256: str | None = None, verified: VerifiedPackage | None = None) -> ReviewReport:
    """**review**: verify ``package`` (integrity, signature, recomputed scores), flag what to check, and compare
    the school's and the inspector's ratings from the review log (read every time). ``verified``: the package
    verified already (:func:`verify_package`), not verified again; verified here with the roll-up's options, it
    is kept for the roll-up of its folder as :func:`verify_package` keeps it."""
    if verified is not None:
        return _review(package, log=log, context=_same(package, verified).context)
    if accept_unsigned or expect_sha256 is not None:  # not the roll-up's options: nothing kept for it
        return _review(package, log=log, trust=trust, accept_unsigned=accept_unsigned, expect_sha256=expect_sha256)
    return _review(package, log=log, context=verify_package(package, trust=trust).context)


@dataclass(frozen=True)
class VerifiedPackage:
    """A package verified once (integrity, signature, recomputed scores, flags) and its evidence listing: what
    :func:`review`, :func:`package_evidence`, :func:`read_package_evidence` and :func:`package_evidence_text`
    would verify again. A front end may keep it while the file is the one verified (e.g. its size and time);
    an evidence file's bytes are still checked against the manifest's hash whenever they are read."""

    path: Path
    context: Any  # accredit.review.service._Context
    listing: PackageEvidence

    @property
    def ok(self) -> bool:
        """Whether the package verifies (integrity and signature)."""
        return bool(self.context.checked.verification.ok)


def verify_package(package: Path, *, remember: bool = True, **verify: Any) -> VerifiedPackage:
    """**a package verified once**: verify ``package`` (the check :func:`review` and :func:`package_evidence`
    make) and list its evidence, for a front end to pass to them as ``verified=``.

    Verified with the roll-up's own options (no option but ``trust``), it is also kept in the roll-up cache of
    its folder (``remember``, the default; see :func:`accredit.review.rollup.remember`): a package the inspector
    has opened, or just uploaded, is not verified again by the province table of that folder. Only when the
    file's bytes were the same before and after it was read (a package written over meanwhile is not kept)."""
    if not remember or not set(verify) <= {"trust"}:
        context = review_context(package, **verify)
        return VerifiedPackage(path=package, context=context, listing=_listing(context.checked))
    from accredit.catalog.registry import criteria_root
    from accredit.catalog.validate import read_lock

    lock = read_lock(criteria_root())  # once: the lock checked against is the one the entry is kept under
    before = _hash_or_none(package)
    context = review_context(package, lock=lock, **verify)
    if before is not None and before == context.checked.verification.sha256:  # the same bytes all along
        _remember(context, lock)
    return VerifiedPackage(path=package, context=context, listing=_listing(context.checked))


def _hash_or_none(path: Path) -> str | None:
    from accredit.evidence.scan import sha256_file

    try:
        return sha256_file(path)
    except OSError:
        return None  # the verification says why it cannot be read


def _remember(context: Any, lock: dict[str, str]) -> None:
    """Best effort: when the outcome cannot be kept (a cache busy or that cannot be written, a review log that
    cannot be read, anything else), nothing is kept and the roll-up verifies the package itself."""
    from accredit.review.rollup import remember
    from accredit.review.rollup_cache import default_cache_path

    checked = context.checked
    with suppress(Exception):  # never the page's error: only a cache entry not written
        remember(checked, context.trust, default_cache_path(checked.path.parent), lock)


def _same(package: Path, verified: VerifiedPackage) -> VerifiedPackage:
    if verified.path != package:
        raise ValueError(f"{verified.path.name} was verified, not {package.name}")
    return verified


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


def province(folder: Path, *, target: str | None = None, cache: bool | Path = True, trust: Trust | None = None,
             accept_unsigned: bool = False, workers: int | None = None) -> RollupReport:
    """**the province table** of ``folder``'s packages, every one verified, no file written (what a desk shows);
    ``cache``: the roll-up cache (True: the user-level one, False: none, or a path), so a package already verified
    is not verified again; ``target`` defaults to TT 35; ``workers``: processes checking packages (default: one
    per CPU)."""
    from accredit.review.rollup import TT35
    from accredit.review.rollup import rollup as build
    from accredit.review.rollup_cache import default_cache_path

    if cache is True:
        cache = default_cache_path(folder)
    return build(folder, target=(target or TT35).lower(), workers=workers, cache=cache or None, trust=trust,
                 accept_unsigned=accept_unsigned)


def rollup(folder: Path, *, on: date, target: str | None = None, out: Path | None = None,
           cache: bool | Path = True, trust: Trust | None = None, accept_unsigned: bool = False,
           authority: str | None = None, messages: Messages | None = None) -> RollupReport:
    """**roll-up**: verify every package of ``folder`` and write the province table (Excel, HTML) into ``out``
    (default: the folder); ``cache``: the roll-up cache (True: the user-level one, False: none, or a path);
    ``target`` defaults to TT 35; ``messages``: the language (the caller's); ``on`` is the date printed on it
    (the caller owns the clock)."""
    from accredit.review.rollup_render import write_outputs

    report = province(folder, target=target, cache=cache, trust=trust, accept_unsigned=accept_unsigned)
    where = out if out is not None else folder
    outputs = write_outputs(messages or Messages("vi"), report, where, authority, on)
    return report.model_copy(update={"outputs": outputs})


class PackagedFile(Value):
    """One evidence file of a package: where it was in the school's evidence folder, the member holding it (None:
    the package lists its hash only), its hash, size, title and kind, and the standards it counts for."""

    path: str
    member: str | None
    sha256: str
    size: int
    title: str
    kind: FileKind
    standards: list[str] = Field(default_factory=list, description="'<framework>#<requirement>' it counts for.")


class PackageEvidence(Value):
    """The evidence a package lists, per standard: only from a package that verifies (else ``files`` is empty)."""

    verified: bool
    with_evidence: bool = Field(description="The package carries the files themselves (accredit package "
                                            "--with-evidence), not only their hashes.")
    files: list[PackagedFile] = Field(default_factory=list)

    def of(self, framework: str, code: str) -> list[PackagedFile]:
        """The files counting for one standard."""
        key = f"{framework}#{code}"
        return [f for f in self.files if key in f.standards]

    def file(self, member: str) -> PackagedFile | None:
        """The file held by ``member`` (a name from this listing, never a path), or None."""
        return next((f for f in self.files if f.member is not None and f.member == member), None)


class EvidenceMember(Value):
    """An evidence file read from a verified package: its file, and the hash of the bytes streamed."""

    file: PackagedFile
    sha256: str
    size: int


def package_evidence(package: Path, *, verified: VerifiedPackage | None = None, **verify: Any) -> PackageEvidence:
    """**the school's evidence in a package**: verify ``package`` (integrity, signature: the same check as
    :func:`review`; ``verified``: verified already), then list its evidence files with the standards each counts
    for; nothing from a package that does not verify."""
    if verified is not None:
        return _same(package, verified).listing
    return _listing(check_package(package, **verify))


def _listing(checked: Any) -> PackageEvidence:
    v = checked.verification
    register = checked.register
    if not v.ok or register is None:
        return PackageEvidence(verified=False, with_evidence=v.manifest.with_evidence)
    records = {r.path: r for r in register.records}
    counts: dict[str, list[str]] = {}
    for x in register.links:
        if x.counts:
            counts.setdefault(x.path, []).append(f"{x.framework}#{x.requirement}")
    files = []
    for ef in register.files:
        listed = v.manifest.member(ef.member) if ef.member is not None else None
        member = ef.member if listed is not None and listed.sha256 == ef.sha256 else None
        record = records.get(ef.path)
        files.append(PackagedFile(path=ef.path, member=member, sha256=ef.sha256, size=ef.size,
                                  title=record.title if record is not None else PurePosixPath(ef.path).name,
                                  kind=record.kind if record is not None else kind_of(ef.path),
                                  standards=sorted(set(counts.get(ef.path, [])))))
    return PackageEvidence(verified=True, with_evidence=v.manifest.with_evidence, files=files)


def read_package_evidence(package: Path, member: str, sink: Callable[[bytes], object], *, cap: int,
                          verified: VerifiedPackage | None = None, **verify: Any) -> EvidenceMember | None:
    """Stream one evidence file of a package into ``sink`` (at most ``cap`` bytes): the package verifies first
    (else :class:`PackageNotVerified`), ``member`` is looked up among the verified listing's members (None when
    it is not one of them: a name from a request never opens anything else), and the bytes streamed must hash to
    the manifest's (else :class:`PackageNotVerified`: the package changed since; a caller keeps what it was sent
    until this returns). ``verified``: the package verified already (the bytes are hash-checked all the same)."""
    return _stream(package, package_evidence(package, verified=verified, **verify), member, sink, cap)


def _stream(package: Path, listing: PackageEvidence, member: str, sink: Callable[[bytes], object],
            cap: int) -> EvidenceMember | None:
    if not listing.verified:
        raise PackageNotVerified(t("review.cli.evidence_unverified", package=package.name))
    found = listing.file(member)
    if found is None or found.member is None:
        return None
    with SafeArchive.open(package) as arc:
        digest, size = arc.stream(found.member, sink, cap)
    if digest != found.sha256:
        raise PackageNotVerified(t("review.cli.evidence_unverified", package=package.name))
    return EvidenceMember(file=found, sha256=digest, size=size)


def package_evidence_text(package: Path, member: str, *, cap: int, max_chars: int,
                          verified: VerifiedPackage | None = None, **verify: Any) -> str | None:
    """The text of one evidence file of a verified package (read as a scan reads it, without OCR, at most
    ``max_chars``); None when ``member`` is not one of its evidence files. ``verified``: verified already."""
    import tempfile

    from accredit.evidence.extract import ExtractOptions, extract_file

    listing = package_evidence(package, verified=verified, **verify)
    found = listing.file(member) if listing.verified else None
    if listing.verified and (found is None or found.member is None):
        return None
    suffix = PurePosixPath(found.path).suffix.lower() if found is not None else ""
    with tempfile.TemporaryDirectory(prefix="accredit-review-") as tmp:
        target = Path(tmp) / f"tep{suffix if suffix.isascii() and len(suffix) <= 8 else ''}"
        with target.open("wb") as fh:
            _stream(package, listing, member, fh.write, cap)
        return extract_file(target, ExtractOptions(ocr=False, max_chars=max_chars, max_bytes=cap)).text
