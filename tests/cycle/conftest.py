"""Fixtures of the annual-cycle tests: the bundled demo, scanned once per module, and a fresh copy per test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from accredit.demo import demo_source
from accredit.evidence.service import scan_workspace
from accredit.workspace import Workspace, load_workspace


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo's workspace copied as it is shipped and scanned (once per module)."""
    root = tmp_path_factory.mktemp("demo") / "truong"
    shutil.copytree(demo_source(), root)
    scan_workspace(load_workspace(root), workers=1)
    return root


@pytest.fixture
def demo(scanned: Path, tmp_path: Path) -> Workspace:
    """A test's own copy of the scanned demo."""
    root = tmp_path / "truong"
    shutil.copytree(scanned, root)
    return load_workspace(root)
