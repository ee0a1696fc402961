"""The command-line modules only parse, call the service layer and render (issue #12).

Each ``accredit/cli/*.py`` may import the service layer, the other CLI modules (consoles, options,
rendering), the models and messages it renders, and a short list of rendering helpers; never the
modules that do the work (scoring, planning, writing reports or packages, reading workbooks).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

CLI = Path(__file__).resolve().parents[2] / "accredit" / "cli"
OTHERS = {"ratings.py", "data.py", "localise.py"}  # the store's and the language's modules, reviewed there

ALLOWED_PREFIXES = ("accredit.cli", "accredit.service", "accredit.i18n", "accredit.model")
RENDERING = {
    "accredit": {"service", "json_text"},  # json_text: the --json output's writer
    "accredit.catalog.registry": {"framework_name", "framework_short_name"},  # names people use
    "accredit.scoring.text": {"fmt_number", "fmt_share", "fmt_quantity", "COMPARATOR_SYMBOLS"},
    "accredit.evidence.checks": {"problem_text"},
    "accredit.evidence.codes": {"framework_name"},
    "accredit.evidence.register": {"flag_detail"},
    "accredit.review.rollup_render": {"decision", "fmt", "signature_cell", "status_text"},
    "accredit.report.model": {"FORMATS"},  # the --format default
    "accredit.evidence.extract": {"ExtractOptions"},  # options the command line sets
    "accredit.evidence.scan": {"ScanOptions", "ScanProgress", "ProgressFn"},
    "accredit.workspace": {"Workspace"},  # a type
    "accredit.signing.keys": {"Signer", "KeyFileError", "show_fingerprint"},
    "accredit.signing.setup": {"KeyInfo"},
    "accredit.signing.trust": {"Trust"},
    "accredit.errors": {"AccreditError"},
    "accredit.web.server": {"build_app", "run"},  # `accredit serve` starts the other front end, the web desk
}


def imports(path: Path) -> list[tuple[str, str]]:
    """(module, name) of every ``from accredit… import name`` and ``import accredit…`` in ``path``."""
    out: list[tuple[str, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "accredit":
            out += [(node.module, a.name) for a in node.names]
        elif isinstance(node, ast.Import):
            out += [(a.name, "") for a in node.names if a.name.split(".")[0] == "accredit"]
    return out


def allowed(module: str, name: str) -> bool:
    """Whether a CLI module may import ``name`` from ``module``."""
    if module.startswith(ALLOWED_PREFIXES):
        return True
    return name in RENDERING.get(module, set())


MODULES = sorted(p for p in CLI.glob("*.py") if p.name not in OTHERS)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_cli_modules_import_the_service_layer_and_rendering_helpers_only(path: Path) -> None:
    bad = [f"{m}:{n}" for m, n in imports(path) if not allowed(m, n)]
    assert bad == [], f"{path.name} reaches past the service layer: {bad}"


def test_the_rule_can_fail() -> None:
    assert not allowed("accredit.scoring.engine", "score")
    assert not allowed("accredit.review.build", "write_package")
    assert not allowed("accredit.catalog.registry", "default_catalog")
    assert len(MODULES) >= 14
