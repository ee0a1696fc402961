"""Reading criteria and crosswalk files (YAML or JSON) into models, with located errors."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from accredit.errors import CriteriaFileError
from accredit.model.crosswalk import Crosswalk
from accredit.model.framework import Framework
from accredit.safe_yaml import load_yaml

M = TypeVar("M", bound=BaseModel)


def _nfc(data: Any) -> Any:
    """Normalise every string in a parsed document to Unicode NFC."""
    if isinstance(data, str):
        return unicodedata.normalize("NFC", data)
    if isinstance(data, list):
        return [_nfc(x) for x in data]
    if isinstance(data, dict):
        return {_nfc(k): _nfc(v) for k, v in data.items()}
    return data


def read_document(path: Path) -> Any:
    """Parse a YAML or JSON file, normalised to NFC; errors name the file and line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CriteriaFileError(str(path), [f"cannot read the file: {exc}"]) from exc
    try:
        data = json.loads(text) if path.suffix.lower() == ".json" else load_yaml(text)
    except (yaml.YAMLError, json.JSONDecodeError) as exc:
        raise CriteriaFileError(str(path), [f"not valid YAML/JSON: {exc}"]) from exc
    if not isinstance(data, dict):
        raise CriteriaFileError(str(path), ["the file must hold a mapping at the top level"])
    return _nfc(data)


def _locate(data: Any, loc: tuple[int | str, ...]) -> str:
    """Render a pydantic error location with codes instead of bare list positions."""
    parts: list[str] = []
    node = data
    for key in loc:
        if isinstance(key, int) and isinstance(node, list) and key < len(node):
            node = node[key]
            code = node.get("code") if isinstance(node, dict) else None
            parts.append(f"[{key}]" + (f"(code {code})" if code else ""))
        else:
            parts.append(f".{key}" if parts else str(key))
            node = node.get(key) if isinstance(node, dict) else None
    return "".join(parts) or "(file)"


def validation_problems(exc: ValidationError, data: Any) -> list[str]:
    """One line per pydantic error: field path (with codes) and message."""
    return [f"{_locate(data, tuple(e['loc']))}: {e['msg']}" for e in exc.errors()]


def parse_model(model: type[M], data: Any, path: Path) -> M:
    """Validate parsed data as ``model``; a failure raises :class:`CriteriaFileError`."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise CriteriaFileError(str(path), validation_problems(exc, data)) from exc


def load_framework(path: Path) -> Framework:
    """Load and validate one criteria file (a file read before comes from :mod:`accredit.catalog.cache`)."""
    from accredit.catalog.cache import cached_framework

    return cached_framework(path, lambda: parse_model(Framework, read_document(path), path))


def load_crosswalk(path: Path) -> Crosswalk:
    """Load and validate one crosswalk file (a file read before comes from :mod:`accredit.catalog.cache`)."""
    from accredit.catalog.cache import cached_crosswalk

    return cached_crosswalk(path, lambda: parse_model(Crosswalk, read_document(path), path))


def dump_yaml(model: BaseModel) -> str:
    """Serialise a model as readable YAML (Unicode kept, defaults omitted).

    Decision rules keep their ``type`` (a default value, but the discriminator the loader needs),
    so the output always loads back into an equal model.
    """
    data = model.model_dump(mode="json", exclude_defaults=True)
    if isinstance(model, Framework) and "decision" in data:
        data["decision"]["rules"] = [
            {"type": rule.type, **rule.model_dump(mode="json", exclude_defaults=True)} for rule in model.decision.rules
        ]
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
