"""A person's link decision on one file reads and writes that file's links only, with the same results."""

from __future__ import annotations

import pytest

from accredit.evidence import service
from accredit.evidence.index import EvidenceIndex, LinkRow
from accredit.evidence.mapping import MapSettings
from accredit.store.store import Store
from accredit.store.workspace import store_path
from accredit.workspace import Workspace
from tests.evidence.test_links_checks import KH, MOU, OPTS, _files


@pytest.fixture
def ws(workspace: Workspace) -> Workspace:
    _files(workspace)
    service.scan_workspace(workspace, options=OPTS, settings=MapSettings(top_k=3, min_score=0.1, min_ratio=0.0))
    return workspace


def _rows(ws: Workspace) -> dict[tuple[str, str, str], LinkRow]:
    with service.open_index(ws) as index:
        return {(r.hash, r.framework, r.requirement): r for r in index.links(include_rejected=True)}


def _hash(ws: Workspace, path: str) -> str:
    with service.open_index(ws) as index:
        return index.files()[path].hash


def _decisions(ws: Workspace) -> dict[tuple[str, str, str], tuple[object, str | None]]:
    with Store.open(store_path(ws), readonly=True) as store:
        return {(d.framework, d.requirement, d.evidence_id): (d.decision, d.evidence_code)
                for d in store.link_decisions()}


def _no_whole_index(monkeypatch: pytest.MonkeyPatch) -> None:
    """Reading every link or every file of the index fails from here on."""
    def refuse(*_a: object, **_k: object) -> None:
        raise AssertionError("the whole index was read")

    monkeypatch.setattr(EvidenceIndex, "links", refuse)
    monkeypatch.setattr(EvidenceIndex, "files", refuse)
    monkeypatch.setattr(EvidenceIndex, "contents", refuse)


def test_confirm_changes_only_its_link_and_reads_only_its_file(ws: Workspace, monkeypatch: pytest.MonkeyPatch
                                                                ) -> None:
    service.link_files(ws, [MOU], ["3.1"])  # the store exists, with one decision
    before, decided = _rows(ws), _decisions(ws)
    kh = _hash(ws, KH)
    waiting = sorted((r for k, r in before.items() if k[0] == kh and not r.confirmed), key=lambda r: -(r.score or 0))
    target = waiting[-1]  # not the best one: confirmed by a person's choice
    with monkeypatch.context() as m:
        _no_whole_index(m)
        report = service.confirm_suggestions(ws, [KH], [target.requirement], top=None)
    assert [(x.path, x.requirement) for x in report.links] == [(KH, target.requirement)]
    after = _rows(ws)
    key = (kh, target.framework, target.requirement)
    assert {k: r for k, r in after.items() if k != key} == {k: r for k, r in before.items() if k != key}
    assert after[key].confirmed and not after[key].rejected and after[key].evidence_code
    assert after[key].evidence_code == report.links[0].evidence_code
    now = _decisions(ws)
    assert {k: v for k, v in now.items() if k != (target.framework, target.requirement, kh)} == decided
    assert now[(target.framework, target.requirement, kh)][1] == after[key].evidence_code


def test_reject_and_link_touch_only_their_file(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    service.link_files(ws, [KH], ["3.1"])  # the store exists (a workspace migrating reads the whole index once)
    before = _rows(ws)
    mou = _hash(ws, MOU)
    first = next(r for k, r in sorted(before.items()) if k[0] == mou and not r.confirmed)
    with monkeypatch.context() as m:
        _no_whole_index(m)
        service.unlink_files(ws, [MOU], [first.requirement])
        service.link_files(ws, [MOU], ["4.3"])
    after = _rows(ws)
    assert {k: r for k, r in after.items() if k[0] != mou} == {k: r for k, r in before.items() if k[0] != mou}
    assert after[(mou, first.framework, first.requirement)].rejected
    assert after[(mou, first.framework, "4.3")].confirmed
    assert {k[1:] for k in _decisions(ws) if k[2] == mou} == {(first.requirement, mou), ("4.3", mou)}


def test_codes_given_one_at_a_time_continue_the_standards_numbers(ws: Workspace) -> None:
    """Confirming files one by one gives the same codes as confirming them together."""
    together = service.confirm_suggestions(ws, top=None)
    codes = {(x.path, x.requirement): x.evidence_code for x in together.links}
    assert codes and all(codes.values())
    for x in together.links:  # withdrawn again: the same confirmations one at a time, in the same order
        service.unlink_files(ws, [x.path], [x.requirement])
    rows = _rows(ws)
    with service.open_index(ws, write=True) as index, index.transaction():
        for k, r in rows.items():
            if r.rejected:
                index.put_link(LinkRow(*k, r.origin, r.score, False, None, False))
    one_by_one = {}
    for path, req in sorted(codes):
        report = service.confirm_suggestions(ws, [path], [req], top=None)
        one_by_one.update({(x.path, x.requirement): x.evidence_code for x in report.links})
    numbers = sorted(codes.values())
    assert sorted(one_by_one) == sorted(codes) and sorted(v for v in one_by_one.values() if v) == numbers
