"""A submission package: the frozen zip a school sends to the Sở, described by its manifest.

The zip holds ``manifest.json`` and, per framework, the criteria data, the assessment, the
institutional data, the computed indicators and the scorecard; the evidence register (every file
with its SHA-256, and the links); optionally the evidence files; the roadmap; and the reports.
The manifest lists every other member with its SHA-256 and size so that any change is detectable.
Plain data: building and reading live in :mod:`accredit.review`.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import Field, model_validator

from accredit.model.base import Value
from accredit.model.evidence import EvidenceLink, EvidenceRecord
from accredit.model.framework import FrameworkId
from accredit.model.school import SchoolInfo

PACKAGE_FORMAT: Literal[1] = 1
"""Version of the package layout; a reader refuses formats it does not know."""

MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.sig.json"
"""The school's signature of the exact bytes of ``manifest.json`` (not listed in the manifest)."""

Sha256 = Annotated[str, Field(pattern=r"^sha256:[0-9a-f]{64}$")]


class MemberRole(StrEnum):
    """What a member of the package is."""

    FRAMEWORK = "framework"  # the criteria data the school was assessed against
    ASSESSMENT = "assessment"  # the ratings
    DATA = "data"  # the institutional data (indicator inputs)
    INDICATORS = "indicators"  # the computed indicators
    SCORECARD = "scorecard"
    ROADMAP = "roadmap"
    REGISTER = "register"  # the evidence register: files with their SHA-256, and the links
    EVIDENCE = "evidence"  # an evidence file (``--with-evidence``)
    REPORT = "report"  # a file of the workspace's output folder


class Member(Value):
    """One file of the package, with the hash and size of its bytes."""

    path: str = Field(min_length=1, description="Name inside the zip, POSIX separators.")
    role: MemberRole
    sha256: Sha256
    size: int = Field(ge=0)


class ToolInfo(Value):
    """The program that wrote the package."""

    name: str = "accredit"
    version: str


class PackagedFramework(Value):
    """One framework of the package: its id, version and the members that hold its results."""

    id: FrameworkId
    content_hash: Sha256 = Field(description="Framework.content_hash of the criteria the school used.")
    title: str
    framework: str = Field(description="Member holding the criteria data (JSON).")
    assessment: str
    data: str
    indicators: str
    scorecard: str


class PackagedProgramme(Value):
    """The training programme a package is for (a programme's own submission; the school's has none)."""

    code: str = Field(min_length=1, max_length=32, description="Mã ngành, nghề.")
    name: str = Field(min_length=1, max_length=300)


class Manifest(Value):
    """``manifest.json``: who, what, when, and the hash of every other member."""

    format: Literal[1] = PACKAGE_FORMAT
    tool: ToolInfo
    created: datetime
    school: SchoolInfo
    programme: PackagedProgramme | None = Field(default=None, description="Set when the package is a programme's.")
    year: int = Field(ge=2000, le=2100)
    target: FrameworkId | None = None
    frameworks: list[PackagedFramework] = Field(min_length=1)
    roadmap: str | None = Field(default=None, description="Member holding the roadmap, when one was planned.")
    evidence_register: str = Field(description="Member holding the evidence register.")
    with_evidence: bool = False
    members: list[Member] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> Manifest:
        paths = [m.path for m in self.members]
        dup = sorted({p for p in paths if paths.count(p) > 1})
        if dup:
            raise ValueError(f"members listed twice: {', '.join(dup)}")
        ids = [f.id for f in self.frameworks]
        dup = sorted({i for i in ids if ids.count(i) > 1})
        if dup:
            raise ValueError(f"frameworks listed twice: {', '.join(dup)}")
        known = set(paths)
        named = [self.evidence_register, *([self.roadmap] if self.roadmap else [])]
        for f in self.frameworks:
            named += [f.framework, f.assessment, f.data, f.indicators, f.scorecard]
        missing = sorted({n for n in named if n not in known})
        if missing:
            raise ValueError(f"members named but not listed: {', '.join(missing)}")
        return self

    def member(self, path: str) -> Member | None:
        """The listed member ``path``, if any."""
        return next((m for m in self.members if m.path == path), None)

    def framework(self, framework_id: str) -> PackagedFramework | None:
        """The packaged framework ``framework_id``, if any."""
        return next((f for f in self.frameworks if f.id == framework_id), None)


class EvidenceFile(Value):
    """One evidence file: its SHA-256 when packaged, and where it is in the zip when included."""

    path: str = Field(description="Path relative to the school's evidence folder.")
    sha256: Sha256
    size: int = Field(ge=0)
    member: str | None = Field(default=None, description="Member holding the file (``--with-evidence``).")


class EvidenceRegister(Value):
    """The evidence register: every file with its hash, its record (metadata) and every link."""

    files: list[EvidenceFile] = Field(default_factory=list)
    records: list[EvidenceRecord] = Field(default_factory=list)
    links: list[EvidenceLink] = Field(default_factory=list)


class PackageSignature(Value):
    """``manifest.sig.json``: the school's Ed25519 signature of the bytes of ``manifest.json``.

    The manifest covers every member's hash (the scorecards, the reports, the evidence register),
    the school (and its code), the year and the creation time, so signing it signs all of them.
    """

    format: Literal[1] = 1
    algorithm: Literal["ed25519"] = "ed25519"
    public_key: str = Field(description="The signer's raw public key, base64.")
    fingerprint: Sha256 = Field(description="sha256: of the raw public key (what the Sở registers).")
    manifest_sha256: Sha256
    signature: str = Field(description="Ed25519 signature of the manifest's bytes, base64.")


class PackageResult(Value):
    """What ``accredit package`` wrote."""

    path: str
    sha256: Sha256 = Field(description="SHA-256 of the zip file itself (quote it when sending the package).")
    size: int
    created: datetime
    school: str
    programme: PackagedProgramme | None = None
    year: int
    frameworks: list[FrameworkId]
    members: int
    evidence_files: int = Field(description="Evidence files listed in the register.")
    evidence_included: int = Field(description="Evidence files stored in the package.")
    reports: list[str] = Field(default_factory=list)
    roadmap: bool = False
    warnings: list[str] = Field(default_factory=list)
    signed_by: Sha256 | None = Field(default=None, description="Fingerprint of the school key that signed it.")
    cover_letter: str | None = Field(default=None, description="The cover letter (công văn) written beside it.")

