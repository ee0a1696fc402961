"""Verifying a package: every member's hash, the framework versions, and the recomputed scores.

:func:`check_package` opens the zip through :class:`SafeArchive` (refusing unsafe zips), checks
every member listed in the manifest against its SHA-256 and size, lists members the manifest
does not, parses the members into their models, checks each framework's content hash against
the published lock (``criteria/published.lock.yaml``) and the catalog, and recomputes indicators
and scorecards from the packaged inputs with the real functions. Any difference is reported (a
recomputed report or scorecard that serialises to the packaged member's verified bytes is that
member: it is not parsed, and nothing differs).
The packaged reports' figures are cross-checked against the recomputation
(:mod:`accredit.review.crosscheck`), and the school's signature of the manifest is checked against
the trust folder (:mod:`accredit.signing.manifest`): only a package signed by a key the Sở
registered for the school verifies, unless the inspector accepts an unsigned or unknown-key
package explicitly. ``expect_sha256`` checks the whole zip against the hash of the cover letter.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from accredit.catalog.registry import Catalog, criteria_root, default_catalog
from accredit.catalog.validate import read_lock
from accredit.i18n import t
from accredit.indicators.data import InstitutionData
from accredit.model.assessment import Assessment
from accredit.model.framework import Framework
from accredit.model.indicator import IndicatorReport
from accredit.model.package import (
    MANIFEST_NAME,
    SIGNATURE_NAME,
    EvidenceRegister,
    Manifest,
    MemberRole,
    PackagedFramework,
)
from accredit.model.review import (
    FrameworkCheck,
    IntegrityIssue,
    IssueKind,
    ScoreDifference,
    Severity,
    Verification,
    VersionStatus,
)
from accredit.model.roadmap import Roadmap
from accredit.model.scorecard import Scorecard
from accredit.review.archive import PackageRefused, SafeArchive
from accredit.review.build import to_json
from accredit.review.crosscheck import cross_check, wanted
from accredit.review.limits import DEFAULT_LIMITS, Limits
from accredit.review.recompute import compare_indicators, compare_scorecards, recompute_indicators, score_frameworks
from accredit.signing.keys import parse_fingerprint
from accredit.signing.manifest import check_signature
from accredit.signing.trust import Trust, default_trust_folder, load_trust

M = TypeVar("M", bound=BaseModel)
_JSON_ROLES = {
    MemberRole.FRAMEWORK,
    MemberRole.ASSESSMENT,
    MemberRole.DATA,
    MemberRole.INDICATORS,
    MemberRole.SCORECARD,
    MemberRole.ROADMAP,
    MemberRole.REGISTER,
}


@dataclass
class LoadedFramework:
    """The parsed members of one packaged framework (None where a member is missing or invalid)."""

    entry: PackagedFramework
    version: VersionStatus = VersionStatus.UNKNOWN
    framework: Framework | None = None
    assessment: Assessment | None = None
    data: InstitutionData | None = None
    indicators: IndicatorReport | None = None
    scorecard: Scorecard | None = None

    @property
    def inputs_complete(self) -> bool:
        """The inputs parsed (framework, ratings, data) and the version is known: the scores can be recomputed."""
        return self.version != VersionStatus.UNKNOWN and None not in (self.framework, self.assessment, self.data)

    @property
    def complete(self) -> bool:
        """Every member parsed and the version is known: the scores can be recomputed."""
        return self.version != VersionStatus.UNKNOWN and None not in (
            self.framework,
            self.assessment,
            self.data,
            self.indicators,
            self.scorecard,
        )


@dataclass
class CheckedPackage:
    """A package read and verified: the verification, the parsed members and the recomputed results."""

    path: Path
    verification: Verification
    frameworks: dict[str, LoadedFramework]
    register: EvidenceRegister | None
    roadmap: Roadmap | None
    recomputed: dict[str, Scorecard] = field(default_factory=dict)
    indicators: dict[str, IndicatorReport] = field(default_factory=dict)

    @property
    def manifest(self) -> Manifest:
        """The package's manifest."""
        return self.verification.manifest


def _errors_text(exc: ValidationError) -> str:
    lines = [f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()[:3]]
    more = len(exc.errors()) - 3
    return "; ".join(lines) + (f" (+{more})" if more > 0 else "")


class _Reader:
    """Reads the members of one archive, collecting integrity issues."""

    def __init__(self, arc: SafeArchive, manifest: Manifest) -> None:
        self.arc = arc
        self.manifest = manifest
        self.issues: list[IntegrityIssue] = []
        self.payloads: dict[str, bytes] = {}
        self.reports: dict[str, bytes] = {}
        self.good: set[str] = set()
        self.digests: dict[str, str] = {}
        """The verified members' 'sha256:…' (the manifest's, checked against the bytes)."""

    def issue(self, kind: IssueKind, detail: str, *, member: str | None = None, framework: str | None = None,
              severity: Severity = Severity.ERROR) -> None:
        """Record one integrity issue."""
        self.issues.append(IntegrityIssue(kind=kind, severity=severity, member=member, framework=framework,
                                          detail=detail))

    def check_members(self) -> None:
        """Hash every listed member (capped reads), keep the JSON ones that verify, list unlisted members."""
        present = set(self.arc.names)
        for m in self.manifest.members:
            if m.path not in present:
                self.issue(IssueKind.MISSING_MEMBER, t("review.issue.missing_member", name=m.path), member=m.path)
                continue
            payload, digest, size = self._read(m.path, m.role)
            if size != m.size:
                self.issue(IssueKind.SIZE_MISMATCH, t("review.issue.size_mismatch", name=m.path, listed=m.size,
                                                      found=size), member=m.path)
            if digest != m.sha256:
                self.issue(IssueKind.HASH_MISMATCH, t("review.issue.hash_mismatch", name=m.path), member=m.path)
                continue
            if size == m.size:
                self.good.add(m.path)
                self.digests[m.path] = digest
                if payload is not None:
                    (self.payloads if m.role in _JSON_ROLES else self.reports)[m.path] = payload
        listed = {m.path for m in self.manifest.members} | {MANIFEST_NAME, SIGNATURE_NAME}
        for name in self.arc.names:
            if name not in listed:
                self.issue(IssueKind.UNLISTED_MEMBER, t("review.issue.unlisted_member", name=name), member=name)

    def _read(self, name: str, role: MemberRole) -> tuple[bytes | None, str, int]:
        """(bytes, 'sha256:…', size) of one member, inflated and hashed once: the bytes are kept for a JSON
        member and for a report the cross-check reads (capped at the JSON limit); others are only hashed."""
        keep = role in _JSON_ROLES or (role == MemberRole.REPORT and wanted(name)
                                       and self.arc.size(name) <= self.arc.limits.max_json_size)
        if not keep:
            return (None, *self.arc.digest(name))
        return self.arc.load(name, self.arc.limits.max_json_size)

    def parse(self, name: str, model: type[M], framework: str | None = None) -> M | None:
        """The member as ``model`` when it verified and validates; else None (with an issue)."""
        payload = self.payloads.get(name)
        if payload is None:
            return None
        try:
            return model.model_validate_json(payload)
        except ValidationError as exc:
            self.issue(IssueKind.INVALID_MEMBER, t("review.issue.invalid_member", name=name,
                                                   error=_errors_text(exc)), member=name, framework=framework)
            return None


def _version(entry: PackagedFramework, catalog: Callable[[], Catalog], lock: dict[str, str],
             r: _Reader) -> VersionStatus:
    fid, found = entry.id, entry.content_hash
    if fid in lock:
        if lock[fid] == found:
            return VersionStatus.PUBLISHED
        r.issue(IssueKind.UNKNOWN_VERSION, t("review.issue.unknown_version", id=fid, found=found[:19],
                                             published=lock[fid][:19]), framework=fid)
        return VersionStatus.UNKNOWN
    current = catalog().frameworks.get(fid)  # the catalog is loaded only for a framework the lock does not know
    if current is None:
        r.issue(IssueKind.UNKNOWN_FRAMEWORK, t("review.issue.unknown_framework", id=fid), framework=fid)
        return VersionStatus.UNKNOWN
    if current.content_hash == found:
        r.issue(IssueKind.UNPUBLISHED_VERSION, t("review.issue.unpublished_version", id=fid), framework=fid,
                severity=Severity.WARNING)
        return VersionStatus.CATALOG
    r.issue(IssueKind.UNKNOWN_VERSION, t("review.issue.unknown_version", id=fid, found=found[:19],
                                         published=current.content_hash[:19]), framework=fid)
    return VersionStatus.UNKNOWN


_FRAMEWORKS: dict[str, Framework] = {}
_FRAMEWORKS_KEPT = 16


def _parse_framework(r: _Reader, name: str, fid: str) -> Framework | None:
    """The framework member, parsed once per distinct content (packages of one province share a few
    versions); a framework is a frozen value, so one instance serves every package."""
    key = r.digests.get(name)
    if key is None or name not in r.payloads:
        return None
    fw = _FRAMEWORKS.get(key)
    if fw is None:
        fw = r.parse(name, Framework, fid)
        if fw is not None:
            if len(_FRAMEWORKS) >= _FRAMEWORKS_KEPT:
                _FRAMEWORKS.pop(next(iter(_FRAMEWORKS)))
            _FRAMEWORKS[key] = fw
    return fw


def _load_framework(entry: PackagedFramework, manifest: Manifest, r: _Reader, catalog: Callable[[], Catalog],
                    lock: dict[str, str]) -> LoadedFramework:
    fid = entry.id
    lf = LoadedFramework(entry=entry, version=_version(entry, catalog, lock, r))
    fw = _parse_framework(r, entry.framework, fid)
    if fw is not None and (fw.id != fid or fw.content_hash != entry.content_hash):
        r.issue(IssueKind.INCONSISTENT, t("review.issue.framework_content", id=fid, name=entry.framework),
                member=entry.framework, framework=fid)
        fw = None
    lf.framework = fw
    lf.assessment = _consistent(r.parse(entry.assessment, Assessment, fid), entry.assessment, lf, manifest, r)
    lf.data = r.parse(entry.data, InstitutionData, fid)
    return lf


def _consistent(obj: M | None, name: str, lf: LoadedFramework, manifest: Manifest, r: _Reader) -> M | None:
    """``obj`` when it is of the package's framework version and year; else None, with an issue."""
    if obj is None:
        return None
    fid = lf.entry.id
    if getattr(obj, "framework", None) == fid and getattr(obj, "framework_version", None) == lf.entry.content_hash \
            and getattr(obj, "year", None) == manifest.year:
        return obj
    r.issue(IssueKind.INCONSISTENT, t("review.issue.member_other", name=name, id=fid, year=manifest.year),
            member=name, framework=fid)
    return None


def _parse_outputs(lf: LoadedFramework, manifest: Manifest, r: _Reader) -> None:
    """The packaged indicator report and scorecard, parsed and checked against the framework and year."""
    entry = lf.entry
    lf.indicators = _consistent(r.parse(entry.indicators, IndicatorReport, entry.id), entry.indicators, lf,
                                manifest, r)
    lf.scorecard = _consistent(r.parse(entry.scorecard, Scorecard, entry.id), entry.scorecard, lf, manifest, r)


def _check_evidence(manifest: Manifest, register: EvidenceRegister, r: _Reader) -> None:
    for ef in register.files:
        if ef.member is None:
            continue
        listed = manifest.member(ef.member)
        if listed is None or listed.role != MemberRole.EVIDENCE or listed.sha256 != ef.sha256:
            r.issue(IssueKind.EVIDENCE_MISMATCH, t("review.issue.evidence_mismatch", path=ef.path),
                    member=ef.member)


def check_package(
    path: Path,
    *,
    catalog: Catalog | None = None,
    lock: dict[str, str] | None = None,
    limits: Limits = DEFAULT_LIMITS,
    trust: Trust | None = None,
    accept_unsigned: bool = False,
    expect_sha256: str | None = None,
) -> CheckedPackage:
    """Read and verify a package; raises :class:`PackageRefused` when the zip is not safe to read.

    ``trust`` is the Sở's trust folder (default: :func:`accredit.signing.trust.default_trust_folder`);
    ``accept_unsigned`` lets an unsigned or unknown-key package verify (never a bad signature or a
    revoked key), and the outputs say it was accepted; ``expect_sha256`` is the zip's hash as the
    cover letter states it.
    """
    def catalog_of() -> Catalog:
        return catalog or default_catalog()

    lock = read_lock(catalog.root if catalog is not None else criteria_root()) if lock is None else lock
    trust = load_trust(default_trust_folder()) if trust is None else trust
    with SafeArchive.open(path, limits) as arc:
        if MANIFEST_NAME not in arc.names:
            raise PackageRefused(path.name, "no_manifest")
        manifest_bytes = arc.read(MANIFEST_NAME)
        try:
            manifest = Manifest.model_validate_json(manifest_bytes)
        except ValidationError as exc:
            raise PackageRefused(path.name, "bad_manifest", error=_errors_text(exc)) from exc
        signature_bytes = arc.read(SIGNATURE_NAME) if SIGNATURE_NAME in arc.names else None
        r = _Reader(arc, manifest)
        r.check_members()
        zip_sha256 = arc.sha256()
    signature = check_signature(manifest_bytes, signature_bytes, manifest, trust, accept_unsigned=accept_unsigned)
    loaded = {e.id: _load_framework(e, manifest, r, catalog_of, lock) for e in manifest.frameworks}
    register = r.parse(manifest.evidence_register, EvidenceRegister)
    if register is not None:
        _check_evidence(manifest, register, r)
    roadmap = r.parse(manifest.roadmap, Roadmap) if manifest.roadmap else None
    checked = CheckedPackage(
        path=path,
        verification=Verification(package=str(path), sha256=zip_sha256, manifest=manifest, ok=False,
                                  signature=signature),
        frameworks=loaded,
        register=register,
        roadmap=roadmap,
    )
    differences = _recompute(checked, manifest, r)
    r.issues += cross_check(r.reports, checked.recomputed, manifest.year)
    _check_zip_hash(checked.verification.sha256, expect_sha256, r)
    checks = [_framework_check(lf, checked, differences) for lf in loaded.values()]
    ok = not any(i.severity == Severity.ERROR for i in r.issues) and not differences and register is not None
    ok = ok and signature.good
    checked.verification = checked.verification.model_copy(
        update={"ok": ok, "issues": r.issues, "differences": differences, "frameworks": checks}
    )
    return checked


def _check_zip_hash(found: str, expected: str | None, r: _Reader) -> None:
    """The zip's SHA-256 against the one the cover letter states (typed in any of the shown forms)."""
    if expected is None:
        return
    if parse_fingerprint(expected) != found:
        r.issue(IssueKind.PACKAGE_HASH, t("sign.package.hash_mismatch", expected=expected.strip(), found=found))


def _recompute(checked: CheckedPackage, manifest: Manifest, r: _Reader) -> list[ScoreDifference]:
    """Recompute indicators and scorecards and list every value that differs from the packaged ones.

    Fast path: when each recomputed report and scorecard serialises to exactly the packaged member's
    (hash-verified) bytes, the packaged members are those values and nothing differs; they are not
    parsed. Otherwise every packaged output is parsed and compared value by value.
    """
    frameworks = list(checked.frameworks.values())
    inputs = [lf for lf in frameworks if lf.inputs_complete]
    for lf in frameworks:
        if lf not in inputs:
            _parse_outputs(lf, manifest, r)  # its issues are listed; it is not recomputed
    if checked.register is not None and inputs and _same_outputs(checked, inputs, manifest, r):
        return []
    checked.indicators, checked.recomputed = {}, {}
    for lf in inputs:
        _parse_outputs(lf, manifest, r)
    return _recompute_compared(checked, manifest)


def _recomputed(checked: CheckedPackage, ready: Sequence[LoadedFramework], manifest: Manifest
                ) -> tuple[dict[str, IndicatorReport], dict[str, Scorecard]]:
    """The indicator reports and scorecards of ``ready`` frameworks, from the package's own inputs."""
    assert checked.register is not None
    reports: dict[str, IndicatorReport] = {}
    for lf in ready:
        assert lf.framework is not None and lf.data is not None
        categories = lf.assessment.categories if lf.assessment is not None else ()
        reports[lf.entry.id] = recompute_indicators(lf.framework, lf.data, manifest.year, manifest.school.object,
                                                    categories)
    cards = score_frameworks(
        [lf.framework for lf in ready if lf.framework is not None],
        {lf.entry.id: lf.assessment for lf in ready if lf.assessment is not None},
        checked.register.links,
        {fid: rep.results for fid, rep in reports.items()},
    )
    return reports, cards


def _same_outputs(checked: CheckedPackage, ready: list[LoadedFramework], manifest: Manifest, r: _Reader) -> bool:
    """Whether every recomputed output serialises to the packaged member's verified bytes (then kept)."""
    reports, cards = _recomputed(checked, ready, manifest)
    for lf in ready:
        fid = lf.entry.id
        if r.payloads.get(lf.entry.indicators) != to_json(reports[fid]) or \
                r.payloads.get(lf.entry.scorecard) != to_json(cards[fid]):
            return False
    for lf in ready:
        lf.indicators, lf.scorecard = reports[lf.entry.id], cards[lf.entry.id]
    checked.indicators, checked.recomputed = reports, cards
    return True


def _recompute_compared(checked: CheckedPackage, manifest: Manifest) -> list[ScoreDifference]:
    ready = [lf for lf in checked.frameworks.values() if lf.complete]
    if checked.register is None or not ready:
        return []
    checked.indicators, checked.recomputed = _recomputed(checked, ready, manifest)
    differences: list[ScoreDifference] = []
    for lf in ready:
        assert lf.indicators is not None
        differences += compare_indicators(lf.indicators, checked.indicators[lf.entry.id])
    for lf in ready:
        assert lf.scorecard is not None
        differences += compare_scorecards(lf.scorecard, checked.recomputed[lf.entry.id])
    return differences


def _framework_check(lf: LoadedFramework, checked: CheckedPackage, diffs: list[ScoreDifference]) -> FrameworkCheck:
    again = checked.recomputed.get(lf.entry.id)
    return FrameworkCheck(
        id=lf.entry.id,
        content_hash=lf.entry.content_hash,
        version=lf.version,
        recomputed=again is not None,
        packaged_total=lf.scorecard.total if lf.scorecard else None,
        packaged_passed=lf.scorecard.passed if lf.scorecard else None,
        recomputed_total=again.total if again else None,
        recomputed_passed=again.passed if again else None,
        differences=sum(1 for d in diffs if d.framework == lf.entry.id),
    )


def verify_package(path: Path, **kwargs: Any) -> Verification:
    """The verification of one package (see :func:`check_package`)."""
    return check_package(path, **kwargs).verification
