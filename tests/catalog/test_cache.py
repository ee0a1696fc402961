"""The criteria-file cache: a file read once loads from the cache, equal; an edited file, a forged or broken
entry is parsed again; errors are the file's own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from accredit.catalog import cache
from accredit.catalog.files import load_framework
from accredit.errors import CriteriaFileError
from tests.catalog.conftest import write_yaml


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "home"
    monkeypatch.setenv("ACCREDIT_HOME", str(folder))
    return folder


def entries(home: Path) -> list[Path]:
    folder = home.joinpath(*cache.FOLDER)
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


def calls(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str) -> list[Any]:
    """The argument of every call of ``owner.name`` from now on (the call itself goes on as before)."""
    seen: list[Any] = []
    real = getattr(owner, name)

    def counting(arg: Any) -> Any:
        seen.append(arg)
        return real(arg)

    monkeypatch.setattr(owner, name, counting)
    return seen


def parses(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Count the YAML parses from now on."""
    import accredit.catalog.files as files

    return calls(monkeypatch, files, "read_document")


def test_a_file_read_before_loads_from_the_cache_and_is_equal(home: Path, tmp_path: Path, mini: dict[str, Any],
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_yaml(tmp_path / "f.yaml", mini)
    first = load_framework(path)
    assert len(entries(home)) == 1
    seen = parses(monkeypatch)
    again = load_framework(path)
    assert seen == []  # not parsed again
    assert again == first and again.content_hash == first.content_hash


def test_an_edited_file_is_parsed_again(home: Path, tmp_path: Path, mini: dict[str, Any],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_yaml(tmp_path / "f.yaml", mini)
    load_framework(path)
    mini["title"] = "Bộ tiêu chí đã sửa"
    write_yaml(path, mini)
    seen = parses(monkeypatch)
    assert load_framework(path).title == "Bộ tiêu chí đã sửa"
    assert seen == [path]


def test_a_forged_entry_is_never_used(home: Path, tmp_path: Path, mini: dict[str, Any],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_yaml(tmp_path / "f.yaml", mini)
    load_framework(path)
    (entry,) = entries(home)
    mac, _, value = entry.read_bytes().partition(b"|")
    entry.write_bytes(mac + b"|" + value.replace("Bộ tiêu chí thử nghiệm".encode(), "Bộ tiêu chí giả mạo".encode()))
    seen = parses(monkeypatch)
    assert load_framework(path).title == "Bộ tiêu chí thử nghiệm"
    assert seen == [path]
    entry.write_bytes(b"not an entry")
    assert load_framework(path).title == "Bộ tiêu chí thử nghiệm"


def test_an_invalid_file_raises_its_own_error_and_is_not_kept(home: Path, tmp_path: Path,
                                                              mini: dict[str, Any]) -> None:
    mini["surprise"] = 1
    with pytest.raises(CriteriaFileError):
        load_framework(write_yaml(tmp_path / "f.yaml", mini))
    assert entries(home) == []


def test_an_unwritable_cache_folder_is_not_used(home: Path, tmp_path: Path, mini: dict[str, Any]) -> None:
    home.parent.mkdir(parents=True, exist_ok=True)
    home.write_text("a file where the user folder should be", encoding="utf-8")
    assert load_framework(write_yaml(tmp_path / "f.yaml", mini)).max_points == 20


def _real_catalog_copy(tmp_path: Path) -> Path:
    import shutil

    from accredit.catalog.registry import criteria_root

    root = tmp_path / "criteria"
    shutil.copytree(criteria_root(), root)
    return root


def test_a_lazy_catalog_validates_only_what_is_asked_for_and_equals_the_eager_one(
        home: Path, tmp_path: Path, mini: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    from accredit.catalog.registry import Frameworks, load_catalog
    from accredit.model.framework import Framework

    root = _real_catalog_copy(tmp_path)
    write_yaml(root / "tt99-2030" / "ban-sao.yaml", {**mini, "id": "tt35-2021/truong-cao-dang-v2"})  # a duplicate
    write_yaml(root / "tt99-2030" / "hong.yaml", {**mini, "surprise": 1})  # invalid
    eager = load_catalog(root)  # fills the cache
    seen = parses(monkeypatch)
    validated = calls(monkeypatch, Framework, "model_validate_json")
    lazy = load_catalog(root, lazy=True)
    assert isinstance(lazy.frameworks, Frameworks) and validated == []
    assert seen == [root / "tt99-2030" / "hong.yaml"]  # a file that does not load is read, and fails, as before
    assert [str(e) for e in lazy.errors] == [str(e) for e in eager.errors] and len(eager.errors) == 2
    assert list(lazy.frameworks) == list(eager.frameworks) and lazy.paths == eager.paths
    assert lazy.get("tt35-2021/truong-cao-dang-v2") == eager.get("tt35-2021/truong-cao-dang-v2")
    assert len(validated) == 1
    assert lazy.frameworks == eager.frameworks and dict(lazy.frameworks.items()) == dict(eager.frameworks)
    assert lazy.crosswalks == eager.crosswalks and lazy.newer_versions == eager.newer_versions


def test_crosswalks_and_hints_read_before_load_from_the_cache_and_are_equal(
        home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import accredit.evidence.hints as hints
    from accredit.catalog.files import load_crosswalk
    from accredit.catalog.registry import crosswalk_files

    root = _real_catalog_copy(tmp_path)
    walks = crosswalk_files(root)
    hint_files = sorted((root / "hints").rglob("*.yaml"))
    first = [load_crosswalk(p) for p in walks], [hints.load_hints_file(p) for p in hint_files]
    assert len(entries(home)) == len(walks) + len(hint_files)
    seen = parses(monkeypatch)
    monkeypatch.setattr(hints, "load_yaml", lambda text: pytest.fail("a kept hints file parsed again"))
    again = [load_crosswalk(p) for p in walks], [hints.load_hints_file(p) for p in hint_files]
    assert seen == [] and again == first
    assert [h.model_dump_json() for h in again[1]] == [h.model_dump_json() for h in first[1]]  # the matcher's key
    monkeypatch.undo()
    broken = hint_files[0].read_text(encoding="utf-8").replace("version:", "phien_ban:", 1)
    hint_files[0].write_text(broken, encoding="utf-8")  # an edited file is read again, its error its own
    with pytest.raises(hints.HintFileError):
        hints.load_hints_file(hint_files[0])
