"""The core never reads a language: scoring, indicators, roadmap planning and the models return messages.

An AST scan of the core modules: no ``t()``, no ``language()``, no ``set_language``, no import of them
from :mod:`accredit.i18n`, no ``Messages(...)`` built (rendering happens at the edge, with the
:class:`~accredit.i18n.message.Messages` a front end passes in) and no ``ACCREDIT_LANG``. The renderers
of the roadmap package (workbook, chart) and the workspace adapters are edges and are not scanned.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import accredit

ROOT = Path(accredit.__file__).parent
EDGES = {"workspace.py", "workbook.py", "chart.py"}
FORBIDDEN_CALLS = {"t", "language", "set_language", "Messages"}
FORBIDDEN_IMPORTS = {"t", "language", "set_language"}


def core_modules() -> list[Path]:
    """Every module of the language-free core."""
    out = [p for p in sorted((ROOT / "scoring").glob("*.py")) if p.name not in EDGES]
    out += [p for p in sorted((ROOT / "roadmap").glob("*.py")) if p.name not in EDGES]
    out += sorted((ROOT / "model").glob("*.py"))
    out.append(ROOT / "indicators" / "compute.py")
    return out


def language_uses(source: str) -> list[str]:
    """Where ``source`` reads or renders a language: 'line: what'."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            f = node.func
            name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else None
            if name in FORBIDDEN_CALLS:
                found.append(f"{node.lineno}: {name}()")
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("accredit.i18n"):
            found += [f"{node.lineno}: import {a.name}" for a in node.names if a.name in FORBIDDEN_IMPORTS]
        elif isinstance(node, ast.Import):
            found += [f"{node.lineno}: import {a.name}" for a in node.names if a.name == "accredit.i18n"]
        elif isinstance(node, ast.Constant) and node.value == "ACCREDIT_LANG":
            found.append(f"{node.lineno}: ACCREDIT_LANG")
    return found


def test_the_scan_finds_a_language_read() -> None:
    source = (
        "from accredit.i18n import t, language\n"
        "import os\n"
        "def f():\n"
        "    return t('x') + language() + os.environ['ACCREDIT_LANG'] + Messages('vi')('y')\n"
    )
    assert sorted(language_uses(source)) == sorted(
        ["1: import t", "1: import language", "4: t()", "4: language()", "4: ACCREDIT_LANG", "4: Messages()"]
    )
    assert language_uses("from accredit.i18n.message import Msg, msg\nm = msg('k', n=1)\n") == []


def test_the_core_modules_are_found() -> None:
    names = {f"{p.parent.name}/{p.name}" for p in core_modules()}
    assert {"scoring/engine.py", "scoring/requirements.py", "roadmap/plan.py", "model/scorecard.py",
            "indicators/compute.py"} <= names
    assert "roadmap/workbook.py" not in names and "scoring/workspace.py" not in names


@pytest.mark.parametrize("path", core_modules(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_core_module_reads_a_language(path: Path) -> None:
    assert language_uses(path.read_text(encoding="utf-8")) == []
