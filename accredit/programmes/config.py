"""Edits of ``accredit.toml`` that keep the person's layout and comments (tomlkit): add a programme, change the
assessment year. The edited file is validated before it is written, atomically."""

from __future__ import annotations

import tomllib
from pathlib import Path

import tomlkit
from pydantic import ValidationError

from accredit.errors import AccreditError
from accredit.i18n import t
from accredit.programmes.model import Programme
from accredit.workspace import Workspace, WorkspaceConfig, write_atomic


class ConfigEditError(AccreditError):
    """accredit.toml cannot be edited as asked."""


def _load(path: Path) -> tomlkit.TOMLDocument:
    try:
        return tomlkit.parse(path.read_text(encoding="utf-8"))
    except (OSError, tomlkit.exceptions.ParseError) as exc:
        raise ConfigEditError(t("cycle.cfg.unreadable", path=str(path), detail=str(exc))) from exc


def _write(path: Path, doc: tomlkit.TOMLDocument) -> WorkspaceConfig:
    text = tomlkit.dumps(doc)
    try:
        config = WorkspaceConfig.model_validate(tomllib.loads(text))
    except (tomllib.TOMLDecodeError, ValidationError) as exc:
        raise ConfigEditError(t("cycle.cfg.invalid", path=str(path), detail=str(exc).splitlines()[0])) from exc
    write_atomic(path, text)
    return config


def add_programme(ws: Workspace, programme: Programme) -> WorkspaceConfig:
    """Append ``programme`` to ``[[programmes]]``; a code already listed is refused."""
    if any(p.code.casefold() == programme.code.casefold() for p in ws.config.programmes):
        raise ConfigEditError(t("cycle.cfg.duplicate", code=programme.code, path=str(ws.config_path)))
    doc = _load(ws.config_path)
    table = tomlkit.table()
    for key, value in programme.model_dump(mode="json", exclude_none=True).items():
        table.add(key, value)
    existing = doc.get("programmes")
    if not isinstance(existing, tomlkit.items.AoT):  # absent, or an empty inline 'programmes = []'
        if existing is not None:
            del doc["programmes"]
        doc.add("programmes", tomlkit.aot())
    doc["programmes"].append(table)  # type: ignore[union-attr]
    config = _write(ws.config_path, doc)
    ws.config = config
    return config


def set_year(ws: Workspace, year: int) -> WorkspaceConfig:
    """Set ``[assessment] year``."""
    doc = _load(ws.config_path)
    doc["assessment"]["year"] = year  # type: ignore[index]
    config = _write(ws.config_path, doc)
    ws.config = config
    return config


def set_frameworks(ws: Workspace, frameworks: list[str], target: str | None,
                   code_scopes: dict[str, str] | None = None) -> WorkspaceConfig:
    """Set ``[assessment] frameworks`` (one a line, as ``accredit init`` writes them) and ``target`` (removed when
    None), and add ``code_scopes`` (evidence folder → framework) to ``[evidence.code_scopes]``; the rest of the
    file, its comments included, is kept."""
    doc = _load(ws.config_path)
    if code_scopes:
        evidence = doc.get("evidence")
        if evidence is None:
            evidence = tomlkit.table()
            doc.add("evidence", evidence)
        scopes = evidence.get("code_scopes")  # type: ignore[union-attr]
        if scopes is None:
            scopes = tomlkit.table()
            evidence.add("code_scopes", scopes)  # type: ignore[union-attr]
        for folder, framework in code_scopes.items():
            scopes[folder] = framework
    assessment = doc["assessment"]
    listed = tomlkit.array()
    listed.extend(frameworks)
    listed.multiline(True)
    assessment["frameworks"] = listed  # type: ignore[index]
    if target is not None:
        assessment["target"] = target  # type: ignore[index]
    elif "target" in assessment:  # type: ignore[operator]
        del assessment["target"]  # type: ignore[attr-defined]
    config = _write(ws.config_path, doc)
    ws.config = config
    return config
