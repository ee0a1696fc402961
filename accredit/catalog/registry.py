"""The registry of criteria sets: every file under the criteria folder, by framework id."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, MutableMapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pydantic import ValidationError

from accredit.catalog.files import load_crosswalk, load_framework
from accredit.errors import AccreditError, CriteriaFileError, UnknownFrameworkError
from accredit.i18n import t
from accredit.model.crosswalk import Crosswalk
from accredit.model.framework import Framework, display_name, short_name
from accredit.safe_yaml import load_yaml

CROSSWALK_DIR = "crosswalks"
PUBLISHED_LOCK = "published.lock.yaml"
_VERSION = re.compile(r"-v(\d+)$")
HINTS_DIR = "hints"  # editorial evidence hints (accredit.evidence.hints), not criteria


@lru_cache(maxsize=1)
def _package_parent() -> Path:
    """The folder holding the ``accredit`` package, resolved once (it does not move while the process runs; the
    reports ask for the criteria folder once per standard)."""
    return Path(__file__).resolve().parent.parent


def criteria_root() -> Path:
    """Where the criteria files live.

    ``ACCREDIT_CRITERIA`` wins; then the copy bundled in an installed package; then the
    ``criteria/`` folder of a source checkout.
    """
    env = os.environ.get("ACCREDIT_CRITERIA")
    if env:
        return Path(env)
    here = _package_parent()
    bundled = here / "_criteria"
    if bundled.is_dir():
        return bundled
    return here.parent / "criteria"


def read_superseded(root: Path) -> dict[str, str]:
    """Published frameworks superseded later: old id → new id (the lock's ``superseded:`` section)."""
    path = root / PUBLISHED_LOCK
    if not path.is_file():
        return {}
    return dict(_superseded(str(path), path.stat().st_mtime_ns))


@lru_cache(maxsize=8)
def _superseded(path: str, mtime_ns: int) -> tuple[tuple[str, str], ...]:
    data = load_yaml(Path(path).read_text(encoding="utf-8")) or {}
    return tuple((str(k), str(v)) for k, v in (data.get("superseded") or {}).items())


def framework_files(root: Path) -> list[Path]:
    """Every criteria file below ``root`` (YAML/JSON), crosswalks, hints and the lock excluded."""
    files = [
        p
        for p in sorted(root.rglob("*"))
        if p.suffix.lower() in (".yaml", ".yml", ".json")
        and CROSSWALK_DIR not in p.relative_to(root).parts
        and HINTS_DIR not in p.relative_to(root).parts[:1]
        and p.name != PUBLISHED_LOCK
    ]
    return files


def crosswalk_files(root: Path) -> list[Path]:
    """Every crosswalk file below ``root/crosswalks``."""
    folder = root / CROSSWALK_DIR
    if not folder.is_dir():
        return []
    return [p for p in sorted(folder.rglob("*")) if p.suffix.lower() in (".yaml", ".yml", ".json")]


@dataclass(frozen=True)
class _Kept:
    """A criteria file the cache holds (its validated framework as JSON), validated when first asked for."""

    path: Path
    value: bytes

    def load(self) -> Framework:
        try:
            return Framework.model_validate_json(self.value)
        except ValidationError:  # a kept entry that no longer validates: the file itself, as a cache miss is read
            return load_framework(self.path)


class Frameworks(MutableMapping[str, Framework]):
    """Framework id → framework, in the catalog's order; a framework the criteria cache holds is validated from it
    when first asked for (a command on two frameworks does not validate the thirteen of the folder)."""

    def __init__(self) -> None:
        self._items: dict[str, Framework | _Kept] = {}

    def keep(self, framework_id: str, kept: _Kept) -> None:
        """Add the framework of a kept entry, validated on first use."""
        self._items[framework_id] = kept

    def __getitem__(self, framework_id: str) -> Framework:
        item = self._items[framework_id]
        if isinstance(item, _Kept):
            item = self._items[framework_id] = item.load()
        return item

    def __setitem__(self, framework_id: str, fw: Framework) -> None:
        self._items[framework_id] = fw

    def __delitem__(self, framework_id: str) -> None:
        del self._items[framework_id]

    def __contains__(self, framework_id: object) -> bool:
        return framework_id in self._items

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"Frameworks({list(self._items)})"


@dataclass
class Catalog:
    """Loaded frameworks and crosswalks, plus the files that failed to load."""

    root: Path
    frameworks: MutableMapping[str, Framework] = field(default_factory=dict)
    paths: dict[str, Path] = field(default_factory=dict)
    crosswalks: list[Crosswalk] = field(default_factory=list)
    errors: list[CriteriaFileError] = field(default_factory=list)
    newer_versions: dict[str, str] = field(default_factory=dict)
    """Published versions replaced later by a newer version of the same set (old id → new id).

    A published file never changes, so a later supersession is recorded in the lock
    (``superseded:``): the old version keeps its content and hash (ratings pinned to it still
    load) and is marked here as superseded.
    """

    def newer_version(self, framework_id: str) -> str | None:
        """The newer version that replaces ``framework_id`` (None: it is the latest)."""
        return self.newer_versions.get(framework_id.lower())

    def successor(self, framework_id: str) -> str | None:
        """What to use instead of ``framework_id``: its newer version, or the framework replacing its regulation."""
        newer = self.newer_version(framework_id)
        if newer is not None:
            return newer
        fw = self.frameworks.get(framework_id.lower())
        return fw.superseded_by if fw is not None else None

    def get(self, framework_id: str) -> Framework:
        """The framework with ``framework_id``; :class:`UnknownFrameworkError` if absent."""
        try:
            return self.frameworks[framework_id.lower()]
        except KeyError:
            raise UnknownFrameworkError(framework_id) from None

    def crosswalk(self, old: str, new: str) -> Crosswalk | None:
        """The crosswalk relating ``old`` to ``new``, if one exists."""
        for cw in self.crosswalks:
            if cw.old == old and cw.new == new:
                return cw
        return None


def load_catalog(root: Path | None = None, *, lazy: bool = False) -> Catalog:
    """Load every criteria and crosswalk file under ``root`` (default :func:`criteria_root`).

    Files that fail are collected in ``errors`` rather than raised, so one bad draft does not
    hide the others; a duplicate framework id is an error naming both files. ``lazy``: a file the
    criteria cache holds as it is (:func:`accredit.catalog.cache.kept_framework`: it loaded before, so it
    loads again) is validated when its framework is first asked for; every other file is loaded now.
    """
    from accredit.catalog.cache import kept_framework

    root = root or criteria_root()
    frameworks = Frameworks() if lazy else None
    catalog = Catalog(root=root, frameworks=frameworks if frameworks is not None else {})
    for path in framework_files(root):
        kept = kept_framework(path) if frameworks is not None else None
        if kept is not None:
            fid = kept[0]
        else:
            try:
                fw = load_framework(path)
            except CriteriaFileError as exc:
                catalog.errors.append(exc)
                continue
            fid = fw.id
        if fid in catalog.frameworks:
            catalog.errors.append(
                CriteriaFileError(str(path), [f"id '{fid}' is already used by {catalog.paths[fid]}"])
            )
            continue
        if kept is not None and frameworks is not None:
            frameworks.keep(fid, _Kept(path, kept[1]))
        else:
            catalog.frameworks[fid] = fw
        catalog.paths[fid] = path
    for path in crosswalk_files(root):
        try:
            catalog.crosswalks.append(load_crosswalk(path))
        except CriteriaFileError as exc:
            catalog.errors.append(exc)
    catalog.newer_versions = read_superseded(root)
    return catalog


@lru_cache(maxsize=4)
def _cached(root: str) -> Catalog:
    return load_catalog(Path(root), lazy=True)


def default_catalog() -> Catalog:
    """The catalog of the default criteria folder, loaded once per process (each framework validated when first
    asked for, see :func:`load_catalog`)."""
    return _cached(str(criteria_root()))


def framework_name(framework_id: str) -> str:
    """:func:`accredit.model.framework.display_name` of a framework known by its id (the id if unknown);
    a published version a newer one replaced says so, so the two never read the same."""
    try:
        catalog = default_catalog()
        name = display_name(catalog.get(framework_id))
    except (KeyError, AccreditError):
        return framework_id
    if not catalog.newer_version(framework_id):
        return name
    base = _VERSION.sub("", framework_id)
    if sum(1 for old in catalog.newer_versions if _VERSION.sub("", old) == base) > 1:  # v1 and v2 both old
        found = _VERSION.search(framework_id)
        return name + t("criteria.old_version_n_suffix", n=found.group(1) if found else "1")
    return name + t("criteria.old_version_suffix")


def framework_short_name(framework_id: str) -> str:
    """:func:`accredit.model.framework.short_name` of a framework known by its id ('TT 35/2021')."""
    try:
        return short_name(default_catalog().get(framework_id))
    except (KeyError, AccreditError):
        return framework_id


def get_framework(framework_id: str) -> Framework:
    """Shortcut: the framework ``framework_id`` from the default catalog."""
    return default_catalog().get(framework_id)
