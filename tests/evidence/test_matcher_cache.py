"""The matcher's term bags kept in the user folder: the same matcher from the cache as built afresh, rebuilt
when an entry is tampered with, and learned terms never kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from accredit.catalog.registry import default_catalog
from accredit.evidence import matcher_cache
from accredit.evidence.match import DocQuery, FrameworkMatcher, Learned, terms
from accredit.model.framework import Framework

FRAMEWORK = "tt35-2021/truong-cao-dang-v2"
DOCUMENT = DocQuery.of("Quyết định ban hành quy chế đào tạo", "quy-che-dao-tao.pdf",
                       "Quy chế tuyển sinh và đào tạo trình độ cao đẳng; kế hoạch đào tạo hằng năm của nhà trường.")


@pytest.fixture
def home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setenv("ACCREDIT_HOME", str(tmp_path / "home"))  # a user folder of its own: the cache starts empty
    return tmp_path / "home"


@pytest.fixture(scope="module")
def framework() -> Framework:
    return default_catalog().get(FRAMEWORK)


def entries(home: Path) -> list[Path]:
    return sorted(home.joinpath(*matcher_cache.FOLDER).glob("*.json"))


def same(a: FrameworkMatcher, b: FrameworkMatcher) -> bool:
    return (a._std_terms == b._std_terms and a._crit_index == b._crit_index and a._std_index == b._std_index
            and a.rank(DOCUMENT) == b.rank(DOCUMENT))


def test_kept_and_read_back_as_built(home: Path, framework: Framework, monkeypatch: pytest.MonkeyPatch) -> None:
    built = FrameworkMatcher(framework)
    assert len(entries(home)) == 1
    calls: list[int] = []
    real = matcher_cache.cached_bags

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        return real(*args[:4], lambda: pytest.fail("built again although kept"))  # type: ignore[misc]

    monkeypatch.setattr("accredit.evidence.match.cached_bags", counting)
    again = FrameworkMatcher(framework)
    assert calls and same(built, again)
    assert again.suggest(DOCUMENT)


def test_tampered_entry_is_built_again(home: Path, framework: Framework) -> None:
    built = FrameworkMatcher(framework)
    (entry,) = entries(home)
    entry.write_bytes(entry.read_bytes().replace(b'"standards"', b'"standardz"'))  # the HMAC no longer matches
    again = FrameworkMatcher(framework)
    assert same(built, again)
    assert b'"standards"' in entry.read_bytes()  # written anew


def test_learned_terms_are_the_workspace_s_own(home: Path, framework: Framework) -> None:
    code = framework.requirements[0].code
    learned = Learned()
    learned.add(code, terms("sổ tay sinh viên"))
    taught = FrameworkMatcher(framework, learned=learned)
    plain = FrameworkMatcher(framework)  # from the cache: what another workspace learned is not in it
    assert "tay" in taught._std_terms[0] and "tay" not in plain._std_terms[0]
    kept = json.loads(entries(home)[0].read_bytes().partition(b"|")[2])
    assert "tay" not in kept["standards"][0] and kept["standards"][0] == dict(plain._std_terms[0])
