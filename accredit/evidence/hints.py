"""Evidence hints (minh chứng gợi ý): curated, versioned editorial data beside the criteria.

Hints are not regulation text. They list, for each criterion and each standard of a framework, the
documents schools typically file there (``documents``: "quyết định thành lập hội đồng trường",
"quy chế chi tiêu nội bộ") and the activity words those documents use (``activities``: "hội giảng",
"ngày hội việc làm"). They live in ``criteria/hints/<regulation>/<object>.yaml`` (published criteria
files never change; hints do, with their own ``version``) and are validated by :class:`HintFile`.
The matcher reads them (:mod:`accredit.evidence.match`); the ratings template and the reports
show a standard's ``documents`` as "minh chứng gợi ý".
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Annotated

import yaml
from pydantic import Field, StringConstraints, ValidationError

from accredit.catalog.registry import HINTS_DIR, criteria_root, read_superseded
from accredit.errors import AccreditError
from accredit.model import base
from accredit.model.base import Value
from accredit.model.framework import Framework
from accredit.safe_yaml import load_yaml

Phrase = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=160)]


class Hint(Value):
    """The documents and activity words of one criterion or standard."""

    documents: list[Phrase] = Field(default_factory=list, description="Typical documents filed there.")
    activities: list[Phrase] = Field(default_factory=list, description="Activity words those documents use.")

    @property
    def phrases(self) -> list[str]:
        """Documents, then activities."""
        return [*self.documents, *self.activities]


class HintFile(Value):
    """One framework's hints: a version, where they come from, and a hint per criterion and standard."""

    framework: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9\-]*/[a-z0-9][a-z0-9\-]*$")]
    version: Annotated[int, Field(ge=1)]
    note: str = Field(min_length=1, description="What the hints are (editorial, not regulation text).")
    criteria: dict[str, Hint] = Field(default_factory=dict)
    requirements: dict[str, Hint] = Field(default_factory=dict)

    def problems(self, framework: Framework) -> list[str]:
        """Codes that name nothing in ``framework``, and criteria or standards without hints."""
        crit = {c.code for c in framework.criteria}
        reqs = {r.code for r in framework.requirements}
        out = [f"criteria.{c}: no such criterion" for c in sorted(set(self.criteria) - crit)]
        out += [f"requirements.{c}: no such standard" for c in sorted(set(self.requirements) - reqs)]
        out += [f"criteria.{c}: no hints" for c in sorted(crit) if not self.criteria.get(c, Hint()).phrases]
        out += [
            f"requirements.{c}: no hints" for c in sorted(reqs) if not self.requirements.get(c, Hint()).phrases
        ]
        return out


class HintFileError(AccreditError):
    """A hints file cannot be read or does not validate."""


def hints_path(framework_id: str, root: Path | None = None) -> Path:
    """Where the hints of ``framework_id`` live."""
    return (root or criteria_root()) / HINTS_DIR / f"{framework_id}.yaml"


def load_hints_file(path: Path) -> HintFile:
    """Read and validate one hints file (errors name the file and field); a file read before comes from the
    criteria cache (:mod:`accredit.catalog.cache`), validated from the JSON kept there."""
    from accredit.catalog.cache import cached_model, modules_digest

    schema = modules_digest("hints", (base.__name__, __name__))
    return cached_model(path, HintFile, lambda: _parse_hints_file(path), schema)


def _parse_hints_file(path: Path) -> HintFile:
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
        return HintFile.model_validate(data)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise HintFileError(f"{path}: {exc}") from exc
    except ValidationError as exc:
        fields = "; ".join(f"{'.'.join(str(x) for x in e['loc'])}: {e['msg']}" for e in exc.errors())
        raise HintFileError(f"{path}: {fields}") from exc


@lru_cache(maxsize=32)
def _cached(path: str, mtime_ns: int) -> HintFile:
    return load_hints_file(Path(path))


def _lineage(framework_id: str, root: Path) -> list[str]:
    """``framework_id``, then the published versions it superseded, newest first (the lock's
    ``superseded:`` section): a new version of the same standards keeps its predecessor's hints."""
    older = {new: old for old, new in read_superseded(root).items()}
    out = [framework_id]
    while (prev := older.get(out[-1])) is not None and prev not in out:
        out.append(prev)
    return out


def hints_for(framework_id: str, root: Path | None = None) -> HintFile | None:
    """The hints of a framework (or of the version it superseded, while it has none of its own), or
    None when there are none (a framework still matches on its wording)."""
    base = root or criteria_root()
    for fid in _lineage(framework_id, base):
        path = hints_path(fid, base)
        if path.is_file():
            hints = _cached(str(path), path.stat().st_mtime_ns)
            return hints if hints.framework == fid else None
    return None


def suggested_evidence(framework: Framework, code: str) -> list[str]:
    """Minh chứng gợi ý for a standard: the hints' documents, else the criteria file's own list."""
    hints = hints_for(framework.id)
    hint = hints.requirements.get(code) if hints else None
    if hint and hint.documents:
        return list(hint.documents)
    return list(framework.requirement(code).suggested_evidence)
