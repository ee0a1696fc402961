"""Hostile input, built in fixtures: a school whose name, file names, titles and responses attack the outputs.

The hostile school is a real workspace (scanned evidence, links, ratings, TT 38 data, a report)
packaged with the real packager, built once per session; tests copy what they change.
Nothing hostile is committed: every file is made here.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from accredit.i18n import set_language
from accredit.model.package import PackageResult
from accredit.workspace import Workspace
from tests.review.conftest import TT35, TT38, TT38_DATA, TT38_MET, SchoolSpec, build_workspace, package

# Markup that crashes rich ([/bold] closes nothing), markup that hides text ([link=…]), a formula
# trigger at the start and a control character XML cannot hold.
NAME = "=1+2 Trường\x07 [/bold] ABC [link=https://x.invalid]ẩn[/link]"
EVIDENCE_FILE = "=HYPERLINK(1) [/bold] quy chế.docx"
TITLE = "=SUM(1) Ban hành quy chế [/bold] tổ chức và hoạt động"
RESPONSE = "Đã bổ sung [/bold] quyết định [link=https://x.invalid]ẩn[/link]"


@dataclass
class Hostile:
    """The hostile school: its workspace and its package (with evidence)."""

    ws: Workspace
    package: Path
    result: PackageResult


@pytest.fixture(autouse=True)
def _vietnamese(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv("ACCREDIT_CRITERIA", raising=False)
    set_language("vi")
    yield
    set_language(None)


def hostile_spec() -> SchoolSpec:
    """TT 38 + TT 35 with the hostile name, a hostile evidence file and title linked to TT 38 1.1–1.4."""
    evidence = {EVIDENCE_FILE: ("12/QĐ-CĐKT", "Lạng Sơn, ngày 10 tháng 01 năm 2026", "Quyết định", TITLE)}
    return SchoolSpec(
        name=NAME,
        code="=KTM",
        frameworks=[TT38, TT35],
        ratings={TT38: TT38_MET, TT35: {"1.3": "Đạt"}},
        tt38_data=TT38_DATA,
        evidence=evidence,
        links=[(EVIDENCE_FILE, TT38, c) for c in ("1.1", "1.2", "1.3", "1.4")] + [(EVIDENCE_FILE, TT35, "1.3")],
    )


@pytest.fixture(scope="session")
def hostile_school(tmp_path_factory: pytest.TempPathFactory) -> Hostile:
    """The hostile school, built and packaged once."""
    root = tmp_path_factory.mktemp("hostile")
    set_language("vi")
    try:
        ws = build_workspace(root / "school", hostile_spec())
        out = root / "packages" / "hostile.zip"
        result = package(ws, out, with_evidence=True)
    finally:
        set_language(None)
    return Hostile(ws, out, result)


@pytest.fixture
def pkg(hostile_school: Hostile, tmp_path: Path) -> Path:
    """A private copy of the hostile package (its review log lands beside it)."""
    target = tmp_path / "inbox" / "hostile.zip"
    target.parent.mkdir()
    return Path(shutil.copy(hostile_school.package, target))


@pytest.fixture
def school(hostile_school: Hostile, tmp_path: Path) -> Workspace:
    """A private copy of the hostile workspace."""
    from accredit.workspace import load_workspace

    target = tmp_path / "school"
    shutil.copytree(hostile_school.ws.root, target, symlinks=True)
    return load_workspace(target)
