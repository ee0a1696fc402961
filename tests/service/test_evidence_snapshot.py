"""The evidence index read once and kept (the web desk): the same inputs, flags and bulk preview as reading it
again, and ``read_inputs(evidence=…)`` never opens the index."""

from __future__ import annotations

from pathlib import Path

import pytest

from accredit import service
from accredit.demo import copy_demo
from accredit.evidence.service import scan_workspace
from accredit.workspace import Workspace, load_workspace


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    root = copy_demo(tmp_path_factory.mktemp("snap") / "demo")
    ws = load_workspace(root)
    scan_workspace(ws, workers=1)
    return ws


def _cards(result: service.ScoreResult) -> list[tuple[str, str, list[tuple[str, str]]]]:
    return [(c.framework, str(c.total), [(r.code, r.status.value) for r in c.requirements]) for c in result.scorecards]


def test_inputs_from_the_snapshot_are_the_indexs(scanned: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    snapshot = service.evidence_snapshot(scanned)
    assert snapshot.records and snapshot.links
    direct = service.read_inputs(scanned)
    import accredit.service.inputs as inputs

    def no_index(ws: Workspace) -> None:
        raise AssertionError("the index was read again")

    monkeypatch.setattr(inputs, "evidence_snapshot", no_index)
    kept = service.read_inputs(scanned, evidence=snapshot)
    assert kept.records == direct.records and kept.links == direct.links and kept.code_notices == direct.code_notices
    assert _cards(service.score_all(kept)) == _cards(service.score_all(direct))
    assert service.score_all(kept).notes == service.score_all(direct).notes


def test_flags_of_the_snapshot_are_the_checks(scanned: Workspace) -> None:
    snapshot = service.evidence_snapshot(scanned)
    assert service.evidence_flags(scanned, snapshot).flags == service.check(scanned).flags
    # the links as a front end holds them: one accepted link less gives that standard's flag back
    counted = [x for x in snapshot.links if x.counts]
    dropped = counted[0]
    alone = not any(x.supports for x in counted[1:] if (x.framework, x.requirement)
                    == (dropped.framework, dropped.requirement))
    fewer = snapshot.model_copy(update={"links": [x for x in snapshot.links if x is not dropped]})
    flags = service.evidence_flags(scanned, fewer).flags
    no_evidence = {(f.framework, f.requirement) for f in flags if f.kind.value == "no_evidence"}
    assert ((dropped.framework, dropped.requirement) in no_evidence) == alone


def test_the_bulk_preview_over_held_links_is_confirms_dry_run(scanned: Workspace) -> None:
    links = service.evidence_snapshot(scanned).links
    for threshold in (0.0, 10.0, 25.0):
        held = service.suggestions_to_confirm(links, top=1, min_score=threshold)
        dry = service.confirm(scanned, None, None, top=1, min_score=threshold, dry_run=True)
        assert [(x.path, x.framework, x.requirement) for x in held.links] == \
            [(x.path, x.framework, x.requirement) for x in dry.links]
        assert held.confirmed == dry.confirmed and held.dry_run
        assert [x.path for x in held.skipped] == [x.path for x in dry.skipped]
    assert service.suggestions_to_confirm(links, top=1, min_score=10.0).links  # the demo has some to show


def test_a_snapshot_before_the_first_scan_is_empty(tmp_path: Path) -> None:
    ws = load_workspace(copy_demo(tmp_path / "fresh"))
    snapshot = service.evidence_snapshot(ws)
    assert not snapshot.records and not snapshot.links and not snapshot.notices


def test_a_framework_whose_inputs_did_not_change_keeps_its_scorecard(scanned: Workspace) -> None:
    snapshot = service.evidence_snapshot(scanned)
    first = service.read_inputs(scanned, evidence=snapshot)
    done = service.score_all(first)
    tt35, tt38 = "tt35-2021/truong-cao-dang-v2", "tt38-2026/co-so-gdnn-v3"
    # one accepted TT 35 link fewer (the objects of every other link kept, as the desk patches them)
    dropped = next(x for x in snapshot.links if x.framework == tt35 and x.supports)
    second = service.read_inputs(scanned, evidence=snapshot.model_copy(
        update={"links": [x for x in snapshot.links if x is not dropped]}))
    again = service.score_all(second, previous=(first, done))
    cards = {c.framework: c for c in again.scorecards}
    before = {c.framework: c for c in done.scorecards}
    assert cards[tt38] is before[tt38]  # kept
    assert cards[tt35] is not before[tt35]  # scored again
    assert _cards(again) == _cards(service.score_all(second))  # the same result as scoring everything
    # a rating changed: that framework is scored again even with the same links
    fi = second.of(tt38)
    ratings = [r.model_copy(update={"status": None}) if r.code == "1.1" else r for r in fi.baseline.ratings]
    third = second.with_ratings(tt38, fi.baseline.model_copy(update={"ratings": ratings}))
    changed = service.score_all(third, previous=(second, again))
    assert {c.framework: c for c in changed.scorecards}[tt38] is not cards[tt38]
    assert _cards(changed) == _cards(service.score_all(third))


def test_the_one_pass_best_suggestion_is_the_rankings_first(scanned: Workspace) -> None:
    from collections import defaultdict

    from accredit.evidence.links import link_fields, ranked_suggestions

    links = service.evidence_snapshot(scanned).links
    confirmed_best = next(x for x in links if x.origin.value == "suggested")  # a confirmed best keeps rank 1
    links = [x.model_copy(update={"confirmed": True}) if x is confirmed_best else x for x in links]
    for threshold in (None, 0.0, 12.0):
        groups = defaultdict(list)  # the ranking by sorting each group, as confirm ranked them
        for x in links:
            if x.origin.value == "suggested":
                groups[(x.evidence_id, x.framework)].append(x)
        expected = []
        for _, rows in sorted(groups.items(), key=lambda g: g[0]):
            first = sorted(rows, key=lambda r: (-(r.score or 0.0), r.requirement))[0]
            if not first.confirmed and (threshold is None or (first.score or 0.0) >= threshold):
                expected.append(first)
        got = ranked_suggestions(links, link_fields, top=1, min_score=threshold)
        assert [id(x) for x in got] == [id(x) for x in expected] and got
