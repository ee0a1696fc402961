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


def parses(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Count the YAML parses from now on."""
    import accredit.catalog.files as files

    seen: list[Path] = []
    real = files.read_document

    def counting(path: Path) -> Any:
        seen.append(path)
        return real(path)

    monkeypatch.setattr(files, "read_document", counting)
    return seen


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
