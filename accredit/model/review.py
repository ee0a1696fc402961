"""What reviewing a package produces: the integrity verification, the inspector's flags, the
append-only review log, the school-vs-inspector comparison, and the provincial roll-up.

Plain data; the work is done in :mod:`accredit.review`.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Literal

from pydantic import Field

from accredit.i18n.message import Message
from accredit.model.assessment import Status
from accredit.model.base import Value
from accredit.model.framework import Code, FrameworkId, Number
from accredit.model.package import Manifest, PackagedProgramme, Sha256
from accredit.model.school import SchoolInfo

# --- verification ------------------------------------------------------------------------------


class IssueKind(StrEnum):
    """Something wrong with a package's content (the zip itself was safe to read)."""

    MISSING_MEMBER = "missing_member"  # listed in the manifest, absent from the zip
    UNLISTED_MEMBER = "unlisted_member"  # in the zip, not in the manifest
    HASH_MISMATCH = "hash_mismatch"  # the member's bytes changed
    SIZE_MISMATCH = "size_mismatch"
    INVALID_MEMBER = "invalid_member"  # not the JSON / model it should be
    UNKNOWN_FRAMEWORK = "unknown_framework"  # no such framework in the catalog or lock
    UNKNOWN_VERSION = "unknown_version"  # the content hash matches no published version
    UNPUBLISHED_VERSION = "unpublished_version"  # matches the catalog, but it is not in the published lock
    EVIDENCE_MISMATCH = "evidence_mismatch"  # an included evidence file differs from the register
    INCONSISTENT = "inconsistent"  # members disagree (framework, year, version)
    REPORT_MISMATCH = "report_mismatch"  # a packaged report states a figure the recomputation does not give
    REPORT_UNCHECKED = "report_unchecked"  # a packaged report could not be read to cross-check it (warning)
    PACKAGE_HASH = "package_hash"  # the zip's SHA-256 is not the one the cover letter states


class Severity(StrEnum):
    """Errors fail the verification; warnings are shown."""

    ERROR = "error"
    WARNING = "warning"


class IntegrityIssue(Value):
    """One integrity problem."""

    kind: IssueKind
    severity: Severity = Severity.ERROR
    member: str | None = None
    framework: FrameworkId | None = None
    detail: str


class ScoreDifference(Value):
    """A value of the packaged results that the recomputation does not reproduce."""

    framework: FrameworkId
    field: str = Field(description="Where, e.g. 'total', 'requirements[2.3].status', 'indicators[CS08/2026].value'.")
    packaged: str | None
    recomputed: str | None


class VersionStatus(StrEnum):
    """How a packaged framework's content hash relates to the catalog."""

    PUBLISHED = "published"  # equals the published lock's hash
    CATALOG = "catalog"  # equals the catalog's current file, which is not locked yet
    UNKNOWN = "unknown"


class FrameworkCheck(Value):
    """The verification of one packaged framework."""

    id: FrameworkId
    content_hash: str
    version: VersionStatus
    recomputed: bool = Field(description="The scorecard could be recomputed (known version, valid members).")
    packaged_total: Number | None = None
    packaged_passed: bool | None = None
    recomputed_total: Number | None = None
    recomputed_passed: bool | None = None
    differences: int = 0


class SignatureState(StrEnum):
    """Who signed a package. Only ``registered`` may read OK."""

    REGISTERED = "registered"  # a valid signature by a key the Sở registered for this school
    UNKNOWN_KEY = "unknown_key"  # a valid signature by a key not registered for this school
    REVOKED = "revoked"  # a valid signature by a key on the revocation list
    BAD_SIGNATURE = "bad_signature"  # the signature does not match the manifest (changed after signing)
    UNSIGNED = "unsigned"


class SignatureCheck(Value):
    """The signature state of a package, and whether the inspector explicitly accepted a weaker one."""

    state: SignatureState
    fingerprint: Sha256 | None = Field(default=None, description="The signing key's fingerprint, if signed.")
    registered_for: str | None = Field(default=None, description="School code the key is registered for.")
    key_file: str | None = Field(default=None, description="The trust folder's file holding the key.")
    trust_folder: str | None = None
    accepted: bool = Field(default=False, description="Unsigned / unknown key accepted by the inspector (flag).")
    detail: str
    trust_problems: list[str] = Field(default_factory=list, description="Files of the trust folder not read.")

    @property
    def good(self) -> bool:
        """Signed by a registered key, or a weaker state the inspector explicitly accepted."""
        return self.state == SignatureState.REGISTERED or self.accepted


class Verification(Value):
    """The outcome of verifying one package: integrity, versions, and the recomputed scores."""

    package: str
    sha256: Sha256 = Field(description="SHA-256 of the zip file.")
    manifest: Manifest
    ok: bool = Field(description="No integrity error, no score difference, and signed by a registered key "
                     "(or an unsigned / unknown-key package the inspector accepted explicitly).")
    signature: SignatureCheck
    issues: list[IntegrityIssue] = Field(default_factory=list)
    differences: list[ScoreDifference] = Field(default_factory=list)
    frameworks: list[FrameworkCheck] = Field(default_factory=list)

    @property
    def errors(self) -> list[IntegrityIssue]:
        """The issues that fail the verification."""
        return [i for i in self.issues if i.severity == Severity.ERROR]


# --- inspector flags ---------------------------------------------------------------------------


class ReviewFlagKind(StrEnum):
    """What an inspector should look at."""

    MET_WITHOUT_EVIDENCE = "met_without_evidence"
    MET_ONLY_SUGGESTED = "met_only_suggested"
    UNREADABLE_EVIDENCE = "unreadable_evidence"
    OUTSIDE_WINDOW = "outside_window"
    AFTER_ASSESSMENT = "after_assessment"
    SHARED_ACROSS_CRITERIA = "shared_across_criteria"
    INCONSISTENT_INPUT = "inconsistent_input"
    SURVEY_NOT_MET = "survey_not_met"
    INSPECTOR_CONTRADICTS_DATA = "inspector_contradicts_data"  # the inspector's rating differs from the data


class ReviewFlag(Value):
    """One flag, located by framework, requirement, year and file where that applies."""

    kind: ReviewFlagKind
    framework: FrameworkId
    requirement: Code | None = None
    requirements: list[Code] = Field(default_factory=list, description="For a file shared across criteria.")
    criteria: list[Code] = Field(default_factory=list)
    year: int | None = None
    evidence_id: str | None = None
    paths: list[str] = Field(default_factory=list)
    detail: str


# --- review log --------------------------------------------------------------------------------


class EntryKind(StrEnum):
    """The steps of a review cycle: inspector query → school response → inspector re-check."""

    QUERY = "query"
    RESPONSE = "response"
    RECHECK = "recheck"


class Role(StrEnum):
    """Who wrote an entry."""

    INSPECTOR = "inspector"
    SCHOOL = "school"


class InspectorRating(Value):
    """The inspector's rating and comment on one requirement."""

    framework: FrameworkId
    code: Code
    status: Status | None = None
    comment: str | None = None


class SchoolResponse(Value):
    """The school's answer on one requirement."""

    framework: FrameworkId
    code: Code
    text: str


class LogEntry(Value):
    """One line of the review log. ``hash`` covers every other field, ``prev`` chains to the line before."""

    seq: int = Field(ge=1)
    cycle: int = Field(ge=1)
    kind: EntryKind
    role: Role
    actor: str = Field(min_length=1)
    at: datetime
    package: Sha256 = Field(description="SHA-256 of the package the entry is about.")
    source: str | None = Field(default=None, description="The workbook imported (file name).")
    source_sha256: Sha256 | None = None
    ratings: list[InspectorRating] = Field(default_factory=list)
    responses: list[SchoolResponse] = Field(default_factory=list)
    note: str | None = None
    signer: Sha256 | None = Field(default=None, description="Fingerprint of the key that signed the entry.")
    public_key: str | None = Field(default=None, description="That key, raw, base64.")
    prev: str
    hash: Sha256 = Field(description="SHA-256 of every other field except the signature.")
    signature: str | None = Field(default=None, description="The signer's Ed25519 signature of ``hash``, base64.")


class LogProblem(Value):
    """A line of the log that does not verify."""

    line: int
    detail: str


class LogSummary(Value):
    """The state of a review log."""

    path: str
    entries: int
    intact: bool = Field(description="Every line parses, is signed by a trusted inspector key, the hash chain "
                         "holds and the signed head matches the last entry.")
    problems: list[LogProblem] = Field(default_factory=list)
    head: str | None = Field(default=None, description="Hash of the last entry (record it to detect truncation).")
    used: int = Field(default=0, description="Entries used (those before the first that does not verify).")
    head_file: str | None = Field(default=None, description="The signed head file kept beside the log.")
    cycle: int = Field(default=0, description="Number of the current (or last) cycle; 0 before the first query.")
    step: EntryKind | None = Field(default=None, description="Kind of the last entry.")
    waiting_for: Role | None = Field(default=None, description="Who acts next in the open cycle, if one is open.")


# --- school vs inspector -----------------------------------------------------------------------


class RequirementComparison(Value):
    """One requirement: the school's rating and result beside the inspector's."""

    code: Code
    criterion: Code
    label: str
    max_points: Number | None = None
    school_rating: Status | None = None
    school_status: Status
    school_points: Number | None = None
    inspector_rating: Status | None = None
    inspector_status: Status | None = Field(default=None, description="None until the inspector has rated anything.")
    inspector_points: Number | None = None
    contradicts_data: bool = Field(
        default=False,
        description="The inspector's rating differs from what the data give (the data still decide; say why).",
    )
    comment: str | None = None
    response: str | None = None
    flags: list[ReviewFlagKind] = Field(default_factory=list)


class CriterionComparison(Value):
    """One criterion: the school's points (or met requirements) beside the inspector's."""

    code: Code
    label: str
    max: Number
    school: Number
    inspector: Number | None = None


class FrameworkComparison(Value):
    """One framework: totals and decision from the school's ratings and from the inspector's."""

    framework: FrameworkId
    title: str
    unit: Literal["points", "requirements"]
    max: Number
    school_total: Number
    school_passed: bool
    school_decision: Message
    inspector_total: Number | None = Field(default=None, description="None until the inspector has rated anything.")
    inspector_passed: bool | None = None
    inspector_decision: Message | None = None
    reviewed: int = Field(description="Requirements the inspector rated.")
    disagreements: int = Field(
        description="Requirements where the inspector's rating or result differs from the school's result."
    )
    contradicts_data: int = Field(default=0, description="Inspector's ratings that differ from what the data give.")
    criteria: list[CriterionComparison] = Field(default_factory=list)
    requirements: list[RequirementComparison] = Field(default_factory=list)


class ReviewReport(Value):
    """Everything ``accredit review PACKAGE`` shows."""

    verification: Verification
    flags: list[ReviewFlag] = Field(default_factory=list)
    comparisons: list[FrameworkComparison] = Field(default_factory=list)
    log: LogSummary


class ImportResult(Value):
    """What importing a review workbook appended to the log."""

    entry: LogEntry
    log: LogSummary
    ratings: int
    comments: int
    responses: int


class WorkbookResult(Value):
    """A written review workbook."""

    path: str
    package: Sha256
    frameworks: list[FrameworkId]
    rows: int
    prefilled: int = Field(description="Inspector cells pre-filled from the log.")
    signature: SignatureCheck | None = Field(default=None, description="The package's signature state.")
    log: LogSummary | None = Field(default=None, description="The review log the cells were pre-filled from.")


# --- roll-up -----------------------------------------------------------------------------------


class CriterionPoints(Value):
    """Points (or met requirements) of one criterion for one school."""

    code: Code
    label: str
    points: Number
    max: Number


class SchoolFramework(Value):
    """One school's verified result for one framework."""

    framework: FrameworkId
    title: str
    unit: Literal["points", "requirements"]
    total: Number
    max: Number
    passed: bool
    criteria: list[CriterionPoints] = Field(default_factory=list)
    met: list[Code] = Field(default_factory=list, description="Requirements met.")
    minimal_fix: list[Code] = Field(default_factory=list)
    shortfall: Number | None = Field(default=None, description="Points missing under min_total rules.")
    failing_criteria: list[Code] = Field(default_factory=list)
    gates_blocking: list[FrameworkId] = Field(default_factory=list)


class RollupStatus(StrEnum):
    """Whose results a row of the province table shows."""

    SELF_ASSESSED = "self_assessed"  # no review yet: the school's own (recomputed) results
    IN_REVIEW = "in_review"  # the inspector's verdicts so far, the cycle still open
    REVIEWED = "reviewed"  # the inspector's verdicts, the last cycle closed by a re-check
    LOG_BROKEN = "log_broken"  # the review log does not verify: the school's results, said so


class SchoolRow(Value):
    """One verified package in the province table (the latest one of its school)."""

    package: str
    sha256: Sha256
    school: SchoolInfo
    programme: PackagedProgramme | None = Field(default=None, description="A programme's package: which one.")
    year: int
    created: datetime | None = Field(default=None, description="When the package was made.")
    status: RollupStatus = RollupStatus.SELF_ASSESSED
    review_cycle: int | None = Field(default=None, description="The review cycle the inspector's verdicts come from.")
    notes: list[str] = Field(default_factory=list, description="What the reader of the row must know (log problems).")
    frameworks: list[SchoolFramework] = Field(default_factory=list)
    target: FrameworkId | None = None
    earliest_year: int | None = Field(default=None, description="Earliest year the roadmap reaches its target.")
    signature: SignatureState | None = Field(default=None, description="The package's signature state.")
    signature_accepted: bool = Field(default=False, description="A weaker state accepted by the inspector.")

    def result(self, framework_id: str) -> SchoolFramework | None:
        """The school's result for ``framework_id``, if packaged."""
        return next((f for f in self.frameworks if f.framework == framework_id), None)


class RequirementCount(Value):
    """How many schools meet one requirement."""

    framework: FrameworkId
    code: Code
    criterion: Code
    label: str
    met: int
    schools: int


class Candidate(Value):
    """A school ranked by its distance to the target status (e.g. TT 35 high quality)."""

    rank: int
    package: str
    school: str
    total: Number
    max: Number
    passed: bool
    shortfall: Number | None = None
    failing_criteria: list[Code] = Field(default_factory=list)
    fix_count: int = Field(description="Requirements in the minimal fix set.")
    fix: list[Code] = Field(default_factory=list)
    gates_blocking: list[FrameworkId] = Field(default_factory=list)
    earliest_year: int | None = None


class FailedPackage(Value):
    """A package left out of the table, with why."""

    package: str
    reasons: list[str] = Field(min_length=1)


class SupersededPackage(Value):
    """An older package of a school that sent a newer one (the table shows the newer)."""

    package: str
    school: str
    created: datetime
    replaced_by: str


class FrameworkColumn(Value):
    """A framework present in the roll-up, with its criteria (the table's columns)."""

    id: FrameworkId
    title: str
    unit: Literal["points", "requirements"]
    criteria: list[CriterionPoints] = Field(default_factory=list, description="Code, label and maximum; points 0.")


class RollupReport(Value):
    """The province table over every package of a folder."""

    folder: str
    target: FrameworkId
    frameworks: list[FrameworkColumn] = Field(default_factory=list)
    schools: list[SchoolRow] = Field(default_factory=list)
    failed: list[FailedPackage] = Field(default_factory=list)
    superseded: list[SupersededPackage] = Field(default_factory=list)
    requirement_counts: list[RequirementCount] = Field(default_factory=list)
    closest: list[Candidate] = Field(default_factory=list)
    outputs: list[str] = Field(default_factory=list)
