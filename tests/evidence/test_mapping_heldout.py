"""The held-out mapping set (benchmarks/mapping_heldout.py) is well formed.

Its labels name standards that exist in their frameworks, under the criterion the set says; every
criterion of TT 14/2024 trường, TT 15/2017 trường and TT 38/2026 cơ sở GDNN has documents; it shares
no document with the development/test corpus. No accuracy floor here: the set is for measuring, and
``python benchmarks/bench_mapping.py --heldout`` prints the figures.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCH))

import mapping_corpus  # noqa: E402
from mapping_heldout import HELDOUT, LABEL_CHANGES, criterion_of, heldout  # noqa: E402

from accredit.catalog.registry import get_framework  # noqa: E402
from accredit.evidence.text import fold  # noqa: E402

FRAMEWORKS = (mapping_corpus.TT14, mapping_corpus.TT15, mapping_corpus.TT38)


def _criterion_by_standard(fid: str) -> dict[str, str]:
    fw = get_framework(fid)
    return {r.code: c.code for c in fw.criteria for r in c.requirements}


def test_at_least_a_hundred_base_documents_each_rendered_twice() -> None:
    docs = heldout()
    assert len(HELDOUT) >= 100
    assert len(docs) == 2 * len(HELDOUT)
    assert len({d.id for d in docs}) == len(docs)
    assert {d.half for d in docs} == {"heldout"}
    forms = Counter(d.form for d in docs)
    assert {"web", "no-diacritics", "title-only", "broken-pdf", "qd", "mou", "news", "plan", "report"} <= set(forms)
    for d in docs:
        assert d.labels, d.id
        assert (d.text == "") == (d.form == "title-only"), d.id


@pytest.mark.parametrize("fid", FRAMEWORKS)
def test_labels_are_standards_of_the_framework_under_their_criterion(fid: str) -> None:
    crit = _criterion_by_standard(fid)
    for d in heldout():
        if fid not in d.standards:
            assert fid not in d.labels, d.id
            continue
        std = d.standards[fid]
        assert std in crit, (d.id, fid, std)
        assert crit[std] == d.labels[fid] == criterion_of(std), (d.id, fid, std)


@pytest.mark.parametrize("fid", FRAMEWORKS)
def test_every_criterion_has_documents_roughly_in_proportion(fid: str) -> None:
    fw = get_framework(fid)
    counts = Counter(criterion_of(b[3 + FRAMEWORKS.index(fid)]) for b in HELDOUT if b[3 + FRAMEWORKS.index(fid)])
    total, standards = sum(counts.values()), sum(len(c.requirements) for c in fw.criteria)
    for c in fw.criteria:
        expected = total * len(c.requirements) / standards
        assert counts[c.code] >= 4 and counts[c.code] >= expected / 2, (fid, c.code, counts[c.code], round(expected, 1))


def test_tt14_and_tt15_label_most_documents() -> None:
    assert sum(b[3] is not None for b in HELDOUT) >= 100
    assert sum(b[4] is not None for b in HELDOUT) >= 100
    assert all(b[3] is not None or b[4] is not None for b in HELDOUT)


def test_shares_no_document_with_the_tuning_corpus() -> None:
    tuned = {fold(b[1]).casefold() for b in mapping_corpus.BASE + getattr(mapping_corpus, "EXTRA_DEV", ())}
    titles = [fold(b[1]).casefold() for b in HELDOUT]
    assert len(set(titles)) == len(titles)
    assert not tuned & set(titles)


def test_label_changes_are_recorded_with_a_reason() -> None:
    ids = {f"h{i:03d}" for i in range(len(HELDOUT))}
    for doc, fid, _old, new, why in LABEL_CHANGES:
        assert doc in ids and fid in FRAMEWORKS and len(why) > 20
        i = int(doc[1:])
        assert HELDOUT[i][3 + FRAMEWORKS.index(fid)] == new
