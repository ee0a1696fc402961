"""Adapter: a workspace's results gathered into :class:`PackageContent` (``accredit package``).

The scorecards are those ``accredit score`` computes (:func:`accredit.scoring.workspace.score_workspace`);
the ratings, data, indicators, links and records are read through the other packages' public
functions. Before anything is written, the package is checked to be reviewable: every evidence
file is hashed again (a file changed since the last scan is an error naming it) and the
scorecards are recomputed from the packaged inputs exactly as ``accredit review`` will; a
difference is an error rather than a package an inspector would reject.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from accredit.containment import contained
from accredit.errors import AccreditError
from accredit.evidence.index import INDEX_NAME
from accredit.evidence.scan import sha256_file
from accredit.evidence.service import evidence_links, list_evidence
from accredit.i18n import t
from accredit.indicators.data import InstitutionData
from accredit.indicators.workspace import workspace_indicators
from accredit.model.evidence import EvidenceLink, EvidenceRecord
from accredit.model.framework import Framework
from accredit.model.package import EvidenceFile, EvidenceRegister
from accredit.model.roadmap import Roadmap
from accredit.ratings.workspace import empty_assessment, workspace_assessment
from accredit.review.build import FrameworkContent, PackageContent, PackageError, ReportFile
from accredit.review.recompute import compare_scorecards, score_frameworks
from accredit.roadmap.workspace import workspace_roadmap
from accredit.scoring.workspace import score_workspace, workspace_frameworks
from accredit.signing.cover import is_cover_letter
from accredit.workspace import Workspace

REPORT_SKIP_SUFFIXES = (".zip", ".jsonl", ".tmp", ".lock")
MAX_LISTED = 10


def default_package_path(ws: Workspace) -> Path:
    """``<output>/ho-so-nop_<year>_<school code or folder name>.zip``."""
    who = ws.config.school.code or ws.root.name
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in who).strip("-") or "truong"
    return ws.output_dir / f"ho-so-nop_{ws.config.assessment.year}_{safe}.zip"


def workspace_data(ws: Workspace, framework: Framework) -> InstitutionData:
    """The institutional data of ``framework`` as scoring reads it: from the workspace store (empty when none)."""
    from accredit.indicators.workspace import workspace_data as stored_data

    return stored_data(ws, framework).data or InstitutionData()


def planned_roadmap(ws: Workspace) -> tuple[Roadmap | None, list[str]]:
    """The roadmap toward the workspace's target (``assessment.target``), planned now with the defaults.

    None when no target is configured; a target that cannot be planned is a note, not an error.
    """
    if not ws.config.assessment.target:
        return None, []
    try:
        planned = workspace_roadmap(ws)
    except AccreditError as exc:
        return None, [t("review.package.no_roadmap", error=str(exc))]
    return planned.roadmap, []


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


def _evidence(ws: Workspace) -> tuple[list[EvidenceRecord], list[EvidenceLink]]:
    if not (ws.cache_dir / INDEX_NAME).is_file():
        return [], []
    return list_evidence(ws), evidence_links(ws)


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


def gather_workspace(ws: Workspace, *, exclude: Path | None = None) -> PackageContent:
    """Everything ``accredit package`` puts in the zip, checked to be reproducible."""
    run = score_workspace(ws)
    cards = {c.framework: c for c in run.scorecards}
    frameworks = workspace_frameworks(ws)
    records, links = _evidence(ws)
    year, obj = ws.config.assessment.year, ws.config.school.object
    contents: list[FrameworkContent] = []
    for fw in frameworks:
        assessment = workspace_assessment(ws, fw) or empty_assessment(ws, fw)
        data = workspace_data(ws, fw)
        report = workspace_indicators(ws, fw, required=False)
        contents.append(FrameworkContent(fw, assessment, data, report, cards[fw.id]))
    _check_reproducible(contents, links, year, obj)
    register = EvidenceRegister(files=evidence_files(ws, records), records=records, links=links)
    roadmap, notes = planned_roadmap(ws)
    return PackageContent(
        school=ws.config.school,
        year=year,
        frameworks=contents,
        register=register,
        target=ws.config.assessment.target,
        roadmap=roadmap,
        evidence_dir=ws.evidence_dir,
        reports=report_files(ws, exclude),
        warnings=list(dict.fromkeys([*run.notes, *notes])),
    )


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
