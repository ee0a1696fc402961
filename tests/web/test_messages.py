"""Every text of the desk is in the catalogue, in Vietnamese and in English."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from accredit.i18n.catalogue import MESSAGES
from accredit.i18n.web import MESSAGES as DESK
from accredit.i18n.web_admin import MESSAGES as ADMIN
from accredit.web.backend import PROBLEMS
from accredit.web.model import NARRATIVE_FIELDS, Role

WEB_DIR = Path(__file__).resolve().parents[2] / "accredit" / "web"
WEB = {**DESK, **ADMIN}
LITERAL = re.compile(r"""["'](web\.[a-z_]+(?:\.[a-z_]+)+)["']""")


def test_every_web_message_has_both_languages_and_the_same_placeholders() -> None:
    for key, entry in WEB.items():
        assert entry["vi"].strip() and entry["en"].strip(), key
        assert set(re.findall(r"{(\w+)}", entry["vi"])) == set(re.findall(r"{(\w+)}", entry["en"])), key


@pytest.mark.parametrize("path", sorted(p for p in WEB_DIR.rglob("*") if p.suffix in (".py", ".html")),
                         ids=lambda p: p.name)
def test_every_key_the_desk_uses_exists(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    missing = [k for k in LITERAL.findall(text) if k not in MESSAGES and not k.endswith((".", "_"))]
    assert missing == []


def test_every_dynamic_key_exists() -> None:
    families = {
        "web.dash.unit_": ("points", "requirements"),
        "web.status.": ("met", "not_met", "not_evaluated", "not_applicable"),
        "web.ind.": ("met", "not_met", "invalid", "missing"),
        "web.role.": tuple(r.value for r in Role),
        "web.narrative.": NARRATIVE_FIELDS,
        "web.problem.": PROBLEMS,
        "web.scan.phase.": ("walk", "hash", "extract"),
        "web.ev.state.": ("linked", "suggested", "unlinked"),
        "web.action.": ("rating", "link", "unlink", "upload", "scan", "comment", "user", "login", "login_failed",
                        "report", "data"),
    }
    missing = [p + v for p, values in families.items() for v in values if p + v not in MESSAGES]
    assert missing == []
