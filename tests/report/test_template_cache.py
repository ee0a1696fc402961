"""The report templates' compiled code kept in the user folder: reused when the source is the same, compiled
again when the template was edited, and never loaded from an entry that does not authenticate."""

from __future__ import annotations

from pathlib import Path

import pytest
from jinja2 import DictLoader, Environment

from accredit.report import html
from accredit.report.template_cache import FOLDER, UserBytecodeCache


@pytest.fixture
def home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A user folder of this test's own (its caches start empty)."""
    monkeypatch.setenv("ACCREDIT_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def _env(templates: dict[str, str], compiled: list[str], tag: str = "test", autoescape: bool = True) -> Environment:
    """An environment on ``templates`` with the user cache, recording the source of each template Jinja2 compiles."""

    class Counting(Environment):
        def _compile(self, source: str, filename: str) -> object:  # type: ignore[override]
            compiled.append(source)
            return super()._compile(source, filename)

    return Counting(loader=DictLoader(templates), autoescape=autoescape, bytecode_cache=UserBytecodeCache(tag))


def test_the_same_template_is_compiled_once_per_user(home: Path) -> None:
    compiled: list[str] = []
    assert _env({"a.j2": "Xin chào {{ name }}"}, compiled).get_template("a.j2").render(name="Hà") == "Xin chào Hà"
    assert _env({"a.j2": "Xin chào {{ name }}"}, compiled).get_template("a.j2").render(name="<b>") == \
        "Xin chào &lt;b&gt;"
    assert len(compiled) == 1  # the second environment (as a second run would) loaded the kept code
    assert list(home.joinpath(*FOLDER).glob("*.json"))


def test_an_edited_template_is_compiled_again(home: Path) -> None:
    compiled: list[str] = []
    _env({"a.j2": "Năm {{ year }}"}, compiled).get_template("a.j2")
    edited = _env({"a.j2": "Năm học {{ year }}"}, compiled).get_template("a.j2")
    assert edited.render(year=2026) == "Năm học 2026"
    assert len(compiled) == 2


def test_a_tampered_entry_is_not_loaded(home: Path) -> None:
    compiled: list[str] = []
    _env({"a.j2": "{{ x }}"}, compiled).get_template("a.j2")
    (entry,) = home.joinpath(*FOLDER).glob("*.json")
    mac, _, value = entry.read_bytes().partition(b"|")
    entry.write_bytes(mac + b"|" + value[:-1] + bytes([value[-1] ^ 1]))
    assert _env({"a.j2": "{{ x }}"}, compiled).get_template("a.j2").render(x=1) == "1"
    assert len(compiled) == 2


def test_environments_set_up_differently_share_no_entry(home: Path) -> None:
    compiled: list[str] = []
    _env({"a.j2": "{{ x }}"}, compiled, "one").get_template("a.j2")
    plain = _env({"a.j2": "{{ x }}"}, compiled, "two", autoescape=False)
    assert plain.get_template("a.j2").render(x="<i>") == "<i>"  # compiled without escaping, not the escaped code
    assert len(compiled) == 2


def test_the_report_environment_keeps_its_templates(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html, "_ENV", None)  # a fresh process: no template loaded yet
    html.environment().get_template("report.html.j2")
    assert list(home.joinpath(*FOLDER).glob("*.json"))
