"""Writing a submission package: the members, their hashes, the manifest, one zip written atomically.

:class:`PackageContent` holds what goes in (gathered from a workspace by
:mod:`accredit.review.gather`, or built directly). :func:`write_package` streams every member
into a temporary zip next to the destination, hashing the bytes it writes, adds the manifest
last and renames the file into place: a crash never leaves half a package, and the manifest
describes exactly the bytes in the zip. The creation time is passed in (no clock here).
"""

from __future__ import annotations

import hashlib
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

from pydantic import BaseModel

from accredit.containment import contained
from accredit.errors import AccreditError
from accredit.i18n import t
from accredit.indicators.data import InstitutionData
from accredit.longpaths import long_path_warning
from accredit.model.assessment import Assessment
from accredit.model.framework import Framework
from accredit.model.indicator import IndicatorReport
from accredit.model.package import (
    MANIFEST_NAME,
    SIGNATURE_NAME,
    EvidenceRegister,
    Manifest,
    Member,
    MemberRole,
    PackagedFramework,
    PackagedProgramme,
    PackageResult,
    ToolInfo,
)
from accredit.model.roadmap import Roadmap
from accredit.model.school import SchoolInfo
from accredit.model.scorecard import Scorecard
from accredit.review.archive import CHUNK, member_key, name_problem
from accredit.signing.keys import Signer
from accredit.signing.manifest import sign_manifest
from accredit.workspace import atomic_file

REGISTER_MEMBER = "evidence/register.json"
EVIDENCE_PREFIX = "evidence/files/"
REPORTS_PREFIX = "reports/"
MAX_LISTED = 10
ROADMAP_MEMBER = "roadmap.json"
_MIN_ZIP_TIME = datetime(1980, 1, 1, tzinfo=UTC)


class PackageError(AccreditError):
    """The package cannot be written; the message says which file and what to do."""


@dataclass(frozen=True)
class FrameworkContent:
    """Everything packaged about one framework."""

    framework: Framework
    assessment: Assessment
    data: InstitutionData
    indicators: IndicatorReport
    scorecard: Scorecard


@dataclass(frozen=True)
class ReportFile:
    """A file of the output folder to package, under ``reports/<name>``."""

    name: str
    source: Path


@dataclass(frozen=True)
class PackageContent:
    """What goes into a package."""

    school: SchoolInfo
    year: int
    frameworks: list[FrameworkContent]
    register: EvidenceRegister
    target: str | None = None
    roadmap: Roadmap | None = None
    evidence_dir: Path | None = None
    reports: list[ReportFile] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    programme: PackagedProgramme | None = None


def tool_version() -> str:
    """The installed accredit version ('0+unknown' when running from an uninstalled tree)."""
    try:
        return metadata.version("accredit")
    except metadata.PackageNotFoundError:
        return "0+unknown"


def slug(framework_id: str) -> str:
    """A framework id as a folder name: 'tt38-2026_co-so-gdnn'."""
    return framework_id.replace("/", "_")


def framework_members(framework_id: str) -> dict[MemberRole, str]:
    """The member names of one framework's files."""
    base = f"frameworks/{slug(framework_id)}/"
    return {
        MemberRole.FRAMEWORK: base + "framework.json",
        MemberRole.ASSESSMENT: base + "assessment.json",
        MemberRole.DATA: base + "data.json",
        MemberRole.INDICATORS: base + "indicators.json",
        MemberRole.SCORECARD: base + "scorecard.json",
    }


def to_json(model: BaseModel) -> bytes:
    """Deterministic UTF-8 JSON of a model: ``model_dump_json(indent=2)``'s bytes, as pydantic's serializer makes them
    (without a round trip through ``str``), and a newline."""
    return model.__pydantic_serializer__.to_json(model, indent=2) + b"\n"


def _zip_time(created: datetime) -> tuple[int, int, int, int, int, int]:
    moment = max(created if created.tzinfo else created.replace(tzinfo=UTC), _MIN_ZIP_TIME)
    moment = moment.astimezone(UTC)
    return (moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second)


class _Writer:
    """Adds members to an open zip, recording the hash and size of the bytes written."""

    def __init__(self, zf: zipfile.ZipFile, created: datetime) -> None:
        self.zf = zf
        self.when = _zip_time(created)
        self.members: list[Member] = []

    def info(self, name: str) -> zipfile.ZipInfo:
        """The zip entry for ``name``: a safe name, a fixed time, deflated, a plain file."""
        problem = name_problem(name)
        if problem:
            raise PackageError(t("review.package.bad_name", name=name))
        info = zipfile.ZipInfo(name, date_time=self.when)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o100644 << 16
        info.create_system = 3
        return info

    def add_bytes(self, name: str, role: MemberRole, payload: bytes) -> Member:
        """Add a member from memory."""
        self.zf.writestr(self.info(name), payload)
        member = Member(path=name, role=role, sha256="sha256:" + hashlib.sha256(payload).hexdigest(), size=len(payload))
        self.members.append(member)
        return member

    def add_file(self, name: str, role: MemberRole, source: Path) -> Member:
        """Add a member streamed from a file, hashing the bytes written."""
        digest = hashlib.sha256()
        size = 0
        big = source.stat().st_size >= zipfile.ZIP64_LIMIT
        with source.open("rb") as src, self.zf.open(self.info(name), "w", force_zip64=big) as dst:
            while chunk := src.read(CHUNK):
                digest.update(chunk)
                size += len(chunk)
                dst.write(chunk)
        member = Member(path=name, role=role, sha256="sha256:" + digest.hexdigest(), size=size)
        self.members.append(member)
        return member


def _write_members(w: _Writer, content: PackageContent, with_evidence: bool) -> tuple[list[PackagedFramework], int]:
    packaged: list[PackagedFramework] = []
    for fc in content.frameworks:
        names = framework_members(fc.framework.id)
        w.add_bytes(names[MemberRole.FRAMEWORK], MemberRole.FRAMEWORK, to_json(fc.framework))
        w.add_bytes(names[MemberRole.ASSESSMENT], MemberRole.ASSESSMENT, to_json(fc.assessment))
        w.add_bytes(names[MemberRole.DATA], MemberRole.DATA, to_json(fc.data))
        w.add_bytes(names[MemberRole.INDICATORS], MemberRole.INDICATORS, to_json(fc.indicators))
        w.add_bytes(names[MemberRole.SCORECARD], MemberRole.SCORECARD, to_json(fc.scorecard))
        packaged.append(
            PackagedFramework(
                id=fc.framework.id,
                content_hash=fc.framework.content_hash,
                title=fc.framework.title,
                framework=names[MemberRole.FRAMEWORK],
                assessment=names[MemberRole.ASSESSMENT],
                data=names[MemberRole.DATA],
                indicators=names[MemberRole.INDICATORS],
                scorecard=names[MemberRole.SCORECARD],
            )
        )
    register = content.register
    included = 0
    if with_evidence:
        if content.evidence_dir is None:
            raise PackageError(t("review.package.no_evidence_dir"))
        files = []
        for ef in register.files:
            name = EVIDENCE_PREFIX + ef.path
            member = w.add_file(name, MemberRole.EVIDENCE, contained(content.evidence_dir, ef.path))
            if member.sha256 != ef.sha256:
                raise PackageError(t("review.package.evidence_changed", path=ef.path))
            files.append(ef.model_copy(update={"member": name}))
            included += 1
        register = register.model_copy(update={"files": files})
    w.add_bytes(REGISTER_MEMBER, MemberRole.REGISTER, to_json(register))
    if content.roadmap is not None:
        w.add_bytes(ROADMAP_MEMBER, MemberRole.ROADMAP, to_json(content.roadmap))
    for report in content.reports:
        w.add_file(REPORTS_PREFIX + report.name, MemberRole.REPORT, report.source)
    return packaged, included


def colliding_names(names: list[str]) -> list[tuple[str, str]]:
    """Pairs of names that differ only in case or Unicode form (NFC/NFD): one file on Windows, refused by review."""
    seen: dict[str, str] = {}
    pairs: list[tuple[str, str]] = []
    for name in names:
        key = member_key(name)
        if key in seen and seen[key] != name:
            pairs.append((seen[key], name))
        seen.setdefault(key, name)
    return pairs


def _check_names(content: PackageContent, with_evidence: bool) -> None:
    """Refuse, before writing anything, member names the review would refuse as duplicates."""
    names = [REPORTS_PREFIX + r.name for r in content.reports]
    if with_evidence:
        names += [EVIDENCE_PREFIX + f.path for f in content.register.files]
    pairs = colliding_names(names)
    if pairs:
        shown = "; ".join(f"'{a}' ~ '{b}'" for a, b in pairs[:MAX_LISTED])
        raise PackageError(t("review.package.colliding_names", count=len(pairs), pairs=shown))


def write_package(
    content: PackageContent,
    out: Path,
    *,
    created: datetime,
    with_evidence: bool = False,
    version: str | None = None,
    signer: Signer | None = None,
) -> PackageResult:
    """Write the package to ``out`` atomically and return what was written.

    With ``signer`` (the school's unlocked key) the manifest's bytes are signed into
    ``manifest.sig.json``; without, the package is unsigned and the review will say so.
    """
    if not content.frameworks:
        raise PackageError(t("review.package.no_frameworks"))
    _check_names(content, with_evidence)
    with atomic_file(out) as fh:  # normal file mode (not 0600), no temporary file left on failure
        with zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
            w = _Writer(zf, created)
            packaged, included = _write_members(w, content, with_evidence)
            manifest = Manifest(
                tool=ToolInfo(version=version or tool_version()),
                created=created,
                school=content.school,
                programme=content.programme,
                year=content.year,
                target=content.target,
                frameworks=packaged,
                roadmap=ROADMAP_MEMBER if content.roadmap is not None else None,
                evidence_register=REGISTER_MEMBER,
                with_evidence=with_evidence,
                members=w.members,
            )
            manifest_bytes = to_json(manifest)
            zf.writestr(w.info(MANIFEST_NAME), manifest_bytes)  # the manifest lists the others
            if signer is not None:
                zf.writestr(w.info(SIGNATURE_NAME), sign_manifest(manifest_bytes, signer))
        fh.flush()
        fh.seek(0)
        digest = hashlib.sha256()
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    return PackageResult(
        path=str(out),
        sha256="sha256:" + digest.hexdigest(),
        size=out.stat().st_size,
        created=created,
        school=content.school.name,
        programme=content.programme,
        year=content.year,
        frameworks=[f.framework.id for f in content.frameworks],
        members=len(w.members) + 1 + (signer is not None),
        evidence_files=len(content.register.files),
        evidence_included=included,
        reports=[r.name for r in content.reports],
        roadmap=content.roadmap is not None,
        warnings=[*content.warnings, *filter(None, [long_path_warning(m.path for m in w.members)])],
        signed_by=signer.public.fingerprint if signer is not None else None,
    )
