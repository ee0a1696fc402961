"""Every service operation returns one frozen result; notes are messages; scans can be cancelled."""

from __future__ import annotations

import json
import threading
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pydantic import BaseModel, ValidationError
from typer.testing import CliRunner

from accredit import service
from accredit.cli.app import app
from accredit.evidence.extract import ExtractOptions
from accredit.evidence.scan import ScanOptions, ScanProgress
from accredit.i18n.message import Messages, Msg
from accredit.workspace import Workspace

AT = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
NO_OCR = ScanOptions(extract=ExtractOptions(ocr=False), workers=1)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    ws = service.demo_workspace(tmp_path_factory.mktemp("svc") / "school")
    service.run(ws, AT, formats="json", options=NO_OCR)
    return ws


def frozen(result: object) -> None:
    """``result`` is a pydantic model that refuses assignment."""
    assert isinstance(result, BaseModel), type(result)
    assert result.model_config.get("frozen") is True, type(result).__name__
    name = next(iter(type(result).model_fields))
    with pytest.raises(ValidationError):
        setattr(result, name, getattr(result, name))


def test_workspace_operations_return_frozen_results(demo: Workspace, tmp_path: Path) -> None:
    inputs = service.read_inputs(demo)
    frozen(inputs)
    frozen(inputs.frameworks[0])
    scored = service.score_all(inputs)
    frozen(scored)
    assert scored == service.score(demo)  # the operation is score_all over the inputs read once
    frozen(service.run(demo, AT, formats="json", options=NO_OCR))
    frozen(service.scan(demo, options=NO_OCR))
    frozen(service.roadmap(demo, write=False))
    frozen(service.reports(demo, AT, "json", tmp_path / "out"))
    frozen(service.indicators(demo))
    frozen(service.list_evidence(demo))
    frozen(service.links(demo))
    frozen(service.check(demo))
    record = service.list_evidence(demo).records[0]
    frozen(service.show_evidence(demo, record.path))
    pkg = tmp_path / "goi.zip"
    made = service.package(demo, AT, out=pkg)
    frozen(made)
    frozen(made.package)
    assert any(n.key == "sign.package.unsigned_warning" for n in made.notes)
    trust = service.trust_of(tmp_path / "tin-cay")
    frozen(service.review(pkg, trust=trust, accept_unsigned=True))
    frozen(service.extract_package(pkg, tmp_path / "mo", trust=trust, accept_unsigned=True))
    frozen(service.rollup(tmp_path, on=date(2026, 12, 1), cache=False, trust=trust, accept_unsigned=True))
    frozen(service.init(tmp_path / "moi", ["tt38-2026/co-so-gdnn-v2"], name="Trường Thử", year=2026))


def test_notes_are_messages_rendered_in_either_language(demo: Workspace) -> None:
    scored = service.score(demo, "tt38-2026/co-so-gdnn-v2", links_file=None)
    empty = service.score_all(service.read_inputs(demo, links=[]).model_copy(update={"links_from_file": False}))
    notes = empty.notes
    assert notes and all(isinstance(n, Msg) for n in notes)
    assert any(n.key == "scoring.cli.no_links" for n in notes)
    vi, en = (json.loads(empty.model_dump_json(context=Messages(lang).context)) for lang in ("vi", "en"))
    assert [n["key"] for n in vi["notes"]] == [n["key"] for n in en["notes"]]
    assert [n["text"] for n in vi["notes"]] != [n["text"] for n in en["notes"]]
    assert all(isinstance(n, Msg) for n in scored.notes)


def test_score_json_carries_the_notes(demo: Workspace) -> None:
    result = CliRunner().invoke(app, ["score", "-w", str(demo.root), "--json"])
    data = json.loads(result.stdout)
    assert result.exit_code == 1  # the demo does not pass yet
    assert [c["framework"] for c in data["scorecards"]] == list(demo.config.assessment.frameworks)
    api = service.score(demo).model_dump(mode="json", context=Messages("vi").context)
    assert data == api
    assert data["notes"] and all({"key", "params", "text"} <= set(n) for n in data["notes"])


def test_a_scan_stops_when_the_caller_sets_the_token(demo: Workspace) -> None:
    stop = threading.Event()
    ticks: list[ScanProgress] = []

    def progress(p: ScanProgress) -> None:
        ticks.append(p)
        stop.set()  # the person pressed "stop" after the first file

    result = service.scan(demo, full=True, options=NO_OCR, progress=progress, cancel=stop)
    frozen(result)
    assert result.cancelled and result.report is None and len(ticks) == 1
    assert result.notes[0].key == "service.scan.cancelled"
    again = service.scan(demo, options=NO_OCR)  # the next scan goes on, nothing lost
    assert not again.cancelled and again.report is not None and again.report.files >= 60


def test_inputs_are_values_a_front_end_derives_new_ones_from(demo: Workspace) -> None:
    inputs = service.read_inputs(demo)
    fid = inputs.chosen[0]
    before = service.score_all(inputs).card(fid)
    typed = inputs.of(fid).baseline.model_copy(update={"ratings": {}})  # every rating taken back
    changed = service.score_all(inputs.with_ratings(fid, typed)).card(fid)
    assert changed.total < before.total  # the score follows the ratings given…
    assert service.score_all(inputs).card(fid) == before  # …and the inputs read are left as they were
    assert service.score_all(inputs.with_links([])).card(fid).total <= before.total


def test_every_operation_is_exported_and_resolves() -> None:
    """``__all__`` is written out (type checkers read it) and lists exactly the operations, each importable."""
    import accredit.service as service

    assert service.__all__ == sorted(service.OPERATIONS)
    for name in service.__all__:
        assert getattr(service, name) is not None
