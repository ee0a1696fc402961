"""Adapter: the crosswalk offers of a workspace (its links, the catalog's crosswalks) and accepting them."""

from __future__ import annotations

from accredit.bridge.offers import Offer, RelatedStatus, both_views, crosswalk_offers
from accredit.catalog.registry import default_catalog
from accredit.workspace import Workspace


def workspace_offers(ws: Workspace) -> list[Offer]:
    """Every crosswalk offer of the workspace (none before the first scan)."""
    from accredit.scoring.workspace import load_links

    return crosswalk_offers(load_links(ws), default_catalog().crosswalks, list(ws.config.assessment.frameworks))


def accept_offers(ws: Workspace, offers: list[Offer]) -> int:
    """Link each offered file to its target standard as a manual link (a person chose them); how many links."""
    from accredit.evidence.service import link_files

    done = 0
    for offer in offers:
        report = link_files(ws, [offer.path], [offer.target_code], framework=offer.target_framework)
        done += report.added + report.confirmed
    return done


def workspace_both_views(ws: Workspace) -> list[RelatedStatus]:
    """Each requirement of a framework beside the related standards of the other, with the workspace's statuses."""
    from accredit.service.inputs import read_inputs
    from accredit.service.scoring import score_all

    run = score_all(read_inputs(ws))
    statuses = {card.framework: {r.code: r.status.value for r in card.requirements} for card in run.scorecards}
    return both_views(statuses, default_catalog().crosswalks)
