"""``criteria validate``: schema plus consistency checks across criteria files.

The schema (:mod:`accredit.model.framework`) already rejects unknown keys, duplicate codes,
stated maxima that do not add up and rules naming missing criteria. This module adds what one
file cannot know alone: gates and ``superseded_by`` naming frameworks that exist, windows for
objects the framework applies to, reachable totals, crosswalk codes, and the published lock
(a published framework must never change: a change is a new version).
"""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import Field

from accredit.catalog.files import load_crosswalk, load_framework
from accredit.catalog.registry import (
    PUBLISHED_LOCK,
    Catalog,
    criteria_root,
    crosswalk_files,
    framework_files,
    load_catalog,
    read_superseded,
)
from accredit.errors import CriteriaFileError
from accredit.model.base import Value
from accredit.model.crosswalk import Crosswalk
from accredit.model.framework import Framework, FrameworkStatus
from accredit.safe_yaml import load_yaml
from accredit.workspace import write_atomic


class FileReport(Value):
    """Outcome for one file."""

    path: str
    framework: str | None = None
    errors: list[str] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    @property
    def valid(self) -> bool:
        """True when the file has no errors (warnings allowed)."""
        return not self.errors


class ValidationReport(Value):
    """Outcome for every file checked; ``valid`` only when no file has an error."""

    files: list[FileReport]
    valid: bool
    error_count: int


def read_lock(root: Path) -> dict[str, str]:
    """The published lock: framework id → content hash of the published version."""
    path = root / PUBLISHED_LOCK
    if not path.is_file():
        return {}
    data = load_yaml(path.read_text(encoding="utf-8")) or {}
    return {str(k): str(v) for k, v in (data.get("published") or {}).items()}


def framework_problems(fw: Framework, known_ids: set[str], lock: dict[str, str]) -> tuple[list[str], list[str]]:
    """Errors and warnings for one loaded framework, given the ids of every known framework."""
    errors: list[str] = []
    warnings: list[str] = []
    for i, rule in enumerate(fw.decision.rules):
        if rule.type == "framework_passed":
            missing = [x for x in rule.any_of if x not in known_ids]
            if missing:
                errors.append(f"decision.rules[{i}].any_of: unknown framework(s) {', '.join(missing)}")
        if rule.type == "min_total" and fw.max_points is not None and rule.points > fw.max_points:
            errors.append(f"decision.rules[{i}].points: {rule.points} exceeds the maximum {fw.max_points}")
    if fw.superseded_by and fw.superseded_by not in known_ids:
        errors.append(f"superseded_by: unknown framework {fw.superseded_by}")
    windows = [("default_window", fw.default_window)] + [
        (f"requirement {r.code}.window", r.window) for r in fw.requirements if r.window is not None
    ]
    for where, window in windows:
        assert window is not None
        extra = [o.value for o in window.by_object if o not in fw.applies_to]
        if extra:
            errors.append(f"{where}.by_object: object(s) {', '.join(extra)} not in applies_to")
    if fw.id in lock and lock[fw.id] != fw.content_hash:
        errors.append(
            f"published framework changed (lock {lock[fw.id][:19]}…, now {fw.content_hash[:19]}…): "
            "published files never change — publish a new version and a crosswalk instead"
        )
    if fw.status != FrameworkStatus.DRAFT and fw.id not in lock:
        warnings.append(f"not in {PUBLISHED_LOCK}: run 'accredit criteria lock' when it is published")
    unverified = [r.code for r in fw.requirements if r.text_status != "official"]
    if unverified:
        warnings.append(f"{len(unverified)} requirement(s) with unverified wording: {', '.join(unverified[:10])}"
                        + ("…" if len(unverified) > 10 else ""))
    return errors, warnings


def supersession_problems(superseded: dict[str, str], catalog: Catalog, lock: dict[str, str]) -> list[str]:
    """Errors in the lock's ``superseded:`` section: both versions exist, the old one was published, a crosswalk."""
    errors: list[str] = []
    for old, new in sorted(superseded.items()):
        if old not in catalog.frameworks or new not in catalog.frameworks:
            errors.append(f"{PUBLISHED_LOCK}: superseded {old} → {new}: unknown framework")
            continue
        if old not in lock:
            errors.append(f"{PUBLISHED_LOCK}: superseded {old} was never published: edit it instead")
        if catalog.crosswalk(old, new) is None:
            errors.append(f"{PUBLISHED_LOCK}: superseded {old} → {new} needs a crosswalk in crosswalks/")
    return errors


def crosswalk_problems(cw: Crosswalk, catalog: Catalog) -> list[str]:
    """Errors for one crosswalk: both frameworks exist and every code exists in its framework."""
    errors: list[str] = []
    sides = {"old": cw.old, "new": cw.new}
    fws: dict[str, Framework] = {}
    for side, fid in sides.items():
        if fid not in catalog.frameworks:
            errors.append(f"{side}: unknown framework {fid}")
        else:
            fws[side] = catalog.frameworks[fid]
    for i, entry in enumerate(cw.entries):
        for side in ("old", "new"):
            if side not in fws:
                continue
            codes = {r.code for r in fws[side].requirements}
            missing = [c for c in getattr(entry, side) if c not in codes]
            if missing:
                errors.append(f"entries[{i}].{side}: code(s) {', '.join(missing)} not in {sides[side]}")
    return errors


def _expand(paths: list[Path]) -> tuple[list[Path], list[Path]]:
    frameworks: list[Path] = []
    crosswalks: list[Path] = []
    for p in paths:
        if p.is_dir():
            frameworks += framework_files(p)
            crosswalks += crosswalk_files(p)
        elif "crosswalks" in p.parts:
            crosswalks.append(p)
        else:
            frameworks.append(p)
    return frameworks, crosswalks


def validate_paths(paths: list[Path] | None = None, *, root: Path | None = None) -> ValidationReport:
    """Validate criteria files (default: the whole criteria folder).

    Files given explicitly are checked against each other and against the catalog at ``root``
    (default :func:`criteria_root`), so a new draft may gate on a published framework.
    """
    root = root or criteria_root()
    catalog = load_catalog(root)
    lock = read_lock(root)
    fw_paths, cw_paths = _expand(paths if paths else [root])
    reports: list[FileReport] = []
    loaded: list[tuple[Path, Framework]] = []
    seen: dict[str, Path] = {}
    for path in fw_paths:
        if not path.exists():
            reports.append(FileReport(path=str(path), errors=["file not found"]))
            continue
        try:
            fw = load_framework(path)
        except CriteriaFileError as exc:
            reports.append(FileReport(path=str(path), errors=exc.problems))
            continue
        if fw.id in seen:
            reports.append(FileReport(path=str(path), framework=fw.id,
                                      errors=[f"id '{fw.id}' is already used by {seen[fw.id]}"]))
            continue
        seen[fw.id] = path
        loaded.append((path, fw))
    known = set(catalog.frameworks) | set(seen)
    for path, fw in loaded:
        errors, warnings = framework_problems(fw, known, lock)
        reports.append(FileReport(path=str(path), framework=fw.id, errors=errors, warnings=warnings))
    merged = Catalog(root=root, frameworks={**catalog.frameworks, **{fw.id: fw for _, fw in loaded}})
    for path in cw_paths:
        try:
            cw = load_crosswalk(path)
        except CriteriaFileError as exc:
            reports.append(FileReport(path=str(path), errors=exc.problems))
            continue
        reports.append(FileReport(path=str(path), framework=f"{cw.old} → {cw.new}",
                                  errors=crosswalk_problems(cw, merged)))
    with_crosswalks = Catalog(root=root, frameworks=merged.frameworks, crosswalks=list(catalog.crosswalks))
    lock_errors = supersession_problems(read_superseded(root), with_crosswalks, lock)
    if lock_errors:
        reports.append(FileReport(path=str(root / PUBLISHED_LOCK), errors=lock_errors))
    reports.sort(key=lambda r: r.path)
    count = sum(len(r.errors) for r in reports)
    return ValidationReport(files=reports, valid=count == 0, error_count=count)


def lock_published(root: Path | None = None) -> dict[str, str]:
    """Record the content hash of every non-draft framework in the lock (existing entries are kept).

    Returns the new lock. Existing entries are never rewritten: a changed published framework
    stays an error until it becomes a new version.
    """
    root = root or criteria_root()
    catalog = load_catalog(root)
    lock = read_lock(root)
    for fid, fw in sorted(catalog.frameworks.items()):
        if fw.status != FrameworkStatus.DRAFT and fid not in lock:
            lock[fid] = fw.content_hash
    data: dict[str, dict[str, str]] = {"published": dict(sorted(lock.items()))}
    superseded = read_superseded(root)
    if superseded:
        data["superseded"] = dict(sorted(superseded.items()))
    text = (
        "# Content hashes of published criteria sets. A published file never changes:\n"
        "# a change is a new version (new id) with a crosswalk. Written by 'accredit criteria lock'.\n"
        "# 'superseded': published versions replaced later (old id: new id); the old file stays as published.\n"
        + yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    )
    write_atomic(root / PUBLISHED_LOCK, text)
    return lock
