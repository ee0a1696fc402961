"""Offers from an editorial crosswalk: a file accepted for a TT 38/2026 requirement is offered to the TT 14/2024
standards the crosswalk relates it to, and the other way round.

An offer is a suggestion a person confirms (``accredit crosswalk accept`` makes a manual link); nothing here
links anything. Pure: links, crosswalks and the workspace's frameworks are passed in.
"""

from __future__ import annotations

import re

from pydantic import Field

from accredit.model.base import Value
from accredit.model.crosswalk import Crosswalk
from accredit.model.evidence import EvidenceLink

EDITORIAL_MARK = "BIÊN TẬP"
_VERSION = re.compile(r"-v\d+$")


def set_of(framework_id: str) -> str:
    """The criteria set of a framework id, whatever its data version ('tt38-2026/co-so-gdnn-v3' → '…/co-so-gdnn')."""
    return _VERSION.sub("", framework_id.lower())


def is_editorial(cw: Crosswalk) -> bool:
    """A crosswalk between two different regulations, marked editorial in its basis (not a version crosswalk)."""
    return cw.basis.lstrip().upper().startswith(EDITORIAL_MARK) and cw.old.split("/")[0] != cw.new.split("/")[0]


class Offer(Value):
    """One file, accepted for one requirement, offered to a related standard of another regulation."""

    evidence_id: str
    path: str
    title: str | None = None
    source_framework: str
    source_code: str
    target_framework: str
    target_code: str
    note: str | None = Field(default=None, description="The crosswalk entry's note (editorial).")
    basis: str = Field(description="The crosswalk's basis (says it is editorial).")


def _pairs(cw: Crosswalk, code: str, forward: bool) -> list[tuple[str, str | None]]:
    out: list[tuple[str, str | None]] = []
    for e in cw.entries:
        src, dst = (e.old, e.new) if forward else (e.new, e.old)
        if code in src:
            out.extend((c, e.note) for c in dst)
    return out


def crosswalk_offers(links: list[EvidenceLink], crosswalks: list[Crosswalk], frameworks: list[str]) -> list[Offer]:
    """Every offer for the workspace's ``frameworks``: accepted, readable links through each editorial crosswalk,
    minus the links that already count (in the order of the links, each offer once)."""
    editorial = [cw for cw in crosswalks if is_editorial(cw)]
    in_ws = {set_of(f): f for f in frameworks}
    have = {(lk.evidence_id, set_of(lk.framework), lk.requirement) for lk in links if lk.counts}
    seen: set[tuple[str, str, str]] = set()
    out: list[Offer] = []
    for lk in links:
        if not lk.supports:
            continue
        for cw in editorial:
            for forward, source, target in ((True, cw.old, cw.new), (False, cw.new, cw.old)):
                if set_of(lk.framework) != set_of(source) or set_of(target) not in in_ws:
                    continue
                for code, note in _pairs(cw, lk.requirement, forward):
                    key = (lk.evidence_id, set_of(target), code)
                    if key in have or key in seen:
                        continue
                    seen.add(key)
                    out.append(Offer(evidence_id=lk.evidence_id, path=lk.path, title=lk.title,
                                     source_framework=lk.framework, source_code=lk.requirement,
                                     target_framework=in_ws[set_of(target)], target_code=code, note=note,
                                     basis=cw.basis))
    return out


class RelatedStatus(Value):
    """One requirement and, beside it, the related standards of the other regulation with their statuses."""

    framework: str
    code: str
    status: str
    related_framework: str
    related: list[tuple[str, str]] = Field(description="(code, status) of each related standard.")


def both_views(statuses: dict[str, dict[str, str]], crosswalks: list[Crosswalk]) -> list[RelatedStatus]:
    """For each scored framework pair joined by an editorial crosswalk: every requirement of the first with the
    statuses of the related standards of the second (``statuses``: framework id → code → status)."""
    by_set = {set_of(f): f for f in statuses}
    out: list[RelatedStatus] = []
    for cw in crosswalks:
        if not is_editorial(cw):
            continue
        a, b = by_set.get(set_of(cw.old)), by_set.get(set_of(cw.new))
        if a is None or b is None:
            continue
        for code, status in statuses[a].items():
            related = [(c, statuses[b].get(c, "—")) for c, _ in _pairs(cw, code, True)]
            out.append(RelatedStatus(framework=a, code=code, status=status, related_framework=b, related=related))
    return out
