"""Adapter: a workspace's results gathered into :class:`PackageContent` (``accredit package``).

The scorecards are those ``accredit score`` computes (:func:`accredit.service.score_all`); the ratings,
data, indicators, links and records are the workspace's inputs, read once
(:class:`accredit.service.inputs.WorkspaceInputs`). Before anything is written, the package is checked
to be reviewable: every evidence file is hashed again (a file changed since the last scan is an error naming it) and the
scorecards are recomputed from the packaged inputs exactly as ``accredit review`` will; a
difference is an error rather than a package an inspector would reject.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from accredit.containment import contained
from accredit.evidence.scan import sha256_file
from accredit.i18n import t
from accredit.indicators.data import InstitutionData
from accredit.model.evidence import EvidenceLink, EvidenceRecord
from accredit.model.package import EvidenceFile, EvidenceRegister
from accredit.model.roadmap import Roadmap
from accredit.model.scorecard import Scorecard
from accredit.review.build import FrameworkContent, PackageContent, PackageError, ReportFile
from accredit.review.recompute import compare_scorecards, score_frameworks
from accredit.signing.cover import is_cover_letter
from accredit.workspace import Workspace

if TYPE_CHECKING:
    from accredit.service.inputs import WorkspaceInputs

REPORT_SKIP_SUFFIXES = (".zip", ".jsonl", ".tmp", ".lock")
MAX_LISTED = 10


def default_package_path(ws: Workspace) -> Path:
    """``<output>/ho-so-nop_<year>_<school code or folder name>.zip``."""
    who = ws.config.school.code or ws.root.name
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in who).strip("-") or "truong"
    return ws.output_dir / f"ho-so-nop_{ws.config.assessment.year}_{safe}.zip"


def report_files(ws: Workspace, exclude: Path | None = None) -> list[ReportFile]:
    """The files of the output folder (earlier packages, logs and temporary files left out)."""
    root = ws.output_dir
    if not root.is_dir():
        return []
    skip = exclude.resolve() if exclude is not None else None
    out: list[ReportFile] = []
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if not path.is_file() or path.is_symlink() or any(p.startswith((".", "~$")) for p in rel.parts):
            continue
        if path.suffix.lower() in REPORT_SKIP_SUFFIXES or (skip is not None and path.resolve() == skip):
            continue
        if is_cover_letter(path.name):  # written beside the package, after it
            continue
        if _private_key(path):
            raise PackageError(t("sign.package.private_key", path=str(path)))
        out.append(ReportFile(name=rel.as_posix(), source=path))
    return out


def _private_key(path: Path) -> bool:
    """Whether a file looks like a private key (never put one in a package)."""
    if path.suffix.lower() in (".p12", ".pfx"):  # key containers (the school's key is one)
        return True
    if path.suffix.lower() not in (".pem", ".key"):
        return False
    try:
        with path.open("rb") as fh:
            head = fh.read(4096)
    except OSError:
        return False
    return b"PRIVATE KEY-----" in head


def evidence_files(ws: Workspace, records: list[EvidenceRecord]) -> list[EvidenceFile]:
    """Every indexed evidence file, hashed again now; a file changed or gone since the scan is an error."""
    files: list[EvidenceFile] = []
    stale: list[str] = []
    for r in records:
        path = contained(ws.evidence_dir, r.path)  # a link out of the folder is never packaged
        if not path.is_file() or sha256_file(path) != r.evidence_id:
            stale.append(r.path)
            continue
        files.append(EvidenceFile(path=r.path, sha256=r.evidence_id, size=path.stat().st_size))
    if stale:
        shown = ", ".join(stale[:MAX_LISTED]) + ("…" if len(stale) > MAX_LISTED else "")
        raise PackageError(t("review.package.stale_evidence", count=len(stale), files=shown))
    return files


def gather_package(
    ws: Workspace,
    inputs: WorkspaceInputs,
    scorecards: Mapping[str, Scorecard],
    roadmap: Roadmap | None,
    *,
    exclude: Path | None = None,
) -> PackageContent:
    """Everything ``accredit package`` puts in the zip, from the inputs read once and their scorecards,
    checked to be reproducible (the review recomputes the scorecards from exactly these inputs)."""
    contents = [
        FrameworkContent(fi.framework, fi.baseline, fi.data or InstitutionData(), fi.indicators, scorecards[fi.id])
        for fi in inputs.selected()
    ]
    links = inputs.links
    _check_reproducible(contents, links, inputs.year, inputs.school.object)
    register = EvidenceRegister(files=evidence_files(ws, inputs.records), records=inputs.records, links=links)
    return PackageContent(
        school=inputs.school,
        year=inputs.year,
        frameworks=contents,
        register=register,
        target=inputs.target,
        roadmap=roadmap,
        evidence_dir=ws.evidence_dir,
        reports=report_files(ws, exclude),
    )


def gather_workspace(ws: Workspace, *, exclude: Path | None = None) -> PackageContent:
    """Everything ``accredit package`` puts in the zip of ``ws`` (:func:`accredit.service.packaging.gather`)."""
    from accredit.service.packaging import gather

    return gather(ws, exclude=exclude)[0]


def _check_reproducible(contents: list[FrameworkContent], links: list[EvidenceLink], year: int, obj: Any) -> None:
    """The review recomputes the scorecards from the packaged inputs: make sure it will find the same."""
    from accredit.review.recompute import recompute_indicators

    frameworks = [c.framework for c in contents]
    indicators = {
        c.framework.id: recompute_indicators(c.framework, c.data, year, obj, c.assessment.categories).results
        for c in contents
    }
    again = score_frameworks(frameworks, {c.framework.id: c.assessment for c in contents}, links, indicators)
    for c in contents:
        diffs = compare_scorecards(c.scorecard, again[c.framework.id])
        if diffs:
            first = diffs[0]
            raise PackageError(
                t("review.package.not_reproducible", id=c.framework.id, field=first.field,
                  packaged=first.packaged, recomputed=first.recomputed)
            )
