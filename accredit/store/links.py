"""People's evidence link decisions kept in the store (the evidence index is a cache that can be rebuilt).

After every link, unlink, confirm or register import the index's person-made links are mirrored
here: a manual link is ``link``, a confirmed suggestion ``confirm``, a removed suggestion ``reject``,
a removed code link ``unlink``. :func:`replay_link_decisions` puts them back into a rebuilt index.
"""

from __future__ import annotations

from accredit.evidence.index import INDEX_NAME, EvidenceIndex, LinkRow
from accredit.model.evidence import LinkOrigin
from accredit.store.records import Actor, Decision
from accredit.store.store import Store
from accredit.workspace import Workspace


def decision_of(row: LinkRow) -> Decision | None:
    """The person's decision a stored link stands for (None: the matcher's, not a person's)."""
    if row.rejected:
        return Decision.UNLINK if row.origin == LinkOrigin.CODE else Decision.REJECT
    if row.origin == LinkOrigin.MANUAL:
        return Decision.LINK
    if row.origin == LinkOrigin.SUGGESTED and row.confirmed:
        return Decision.CONFIRM
    return None


Key = tuple[str, str, str]
"""(framework, requirement, evidence id)."""


def mirror_index(index: EvidenceIndex, store: Store, actor: Actor, touched: set[Key] | None = None) -> int:
    """Record the person-made links of ``index`` as the store's decisions; returns how many decisions changed.

    With ``touched`` (the links a person's operation changed) only those are compared and written: the
    rest of the index is already in the store (every operation mirrors what it touched, a workspace
    made before the store is mirrored whole when it migrates), so one confirmation reads one file's
    rows, not the whole index. A decision the index no longer shows is changed only for a touched link
    (a removed manual link becomes ``unlink``, an unconfirmed suggestion no decision): an index rebuilt
    from scratch (the cache deleted) never erases the store's decisions — replay them.
    """
    if touched is None:
        rows = index.links(include_rejected=True)
    else:
        rows = [r for r in index.links_of({h for _, _, h in touched}, include_rejected=True)
                if (r.framework, r.requirement, r.hash) in touched]
    wanted: dict[Key, tuple[Decision | None, str | None]] = {}
    for row in rows:
        d = decision_of(row)
        if d is not None:
            wanted[(row.framework, row.requirement, row.hash)] = (d, row.evidence_code)
    changed = 0
    with store.transaction():
        if touched is None:
            have = {(r.framework, r.requirement, r.evidence_id): r for r in store.link_decisions()}
        else:
            have = {k: r for k in touched if (r := store.link_decision(*k)).version > 0}
        for key in sorted(set(wanted) | set(have)):
            old = have.get(key)
            if key in wanted:
                decision, code = wanted[key]
            elif old is not None and touched is not None and key in touched and old.decision is not None:
                # a manual link removed, a confirmation withdrawn
                decision = Decision.UNLINK if old.decision == Decision.LINK else None
                code = old.evidence_code
            else:
                continue
            if old is not None and old.decision == decision and old.evidence_code == code:
                continue
            paths = index.paths_of(key[2])
            store.set_link_decision(*key, decision, base_version=old.version if old else 0, actor=actor,
                                    path=paths[0] if paths else (old.path if old else None), evidence_code=code)
            changed += 1
    return changed


def mirror_link_decisions(ws: Workspace, store: Store, actor: Actor) -> int:
    """Mirror the workspace's evidence index into ``store`` (nothing when it was never scanned)."""
    path = ws.cache_dir / INDEX_NAME
    if not path.is_file():
        return 0
    with EvidenceIndex.open(path, readonly=True) as index:
        return mirror_index(index, store, actor)


def replay_link_decisions(index: EvidenceIndex, store: Store) -> int:
    """Put the store's decisions into ``index`` (after the cache was deleted and rebuilt); returns how many.

    A decision about a content the index does not hold yet is kept in the store and replayed later.
    """
    rows = {(r.hash, r.framework, r.requirement): r for r in index.links(include_rejected=True)}
    known = {f.hash for f in index.files().values()}
    done = 0
    with index.transaction():
        for d in store.link_decisions():
            if d.decision is None or d.evidence_id not in known:
                continue
            key = (d.evidence_id, d.framework, d.requirement)
            old = rows.get(key)
            if old is not None and decision_of(old) == d.decision:
                continue
            if d.decision == Decision.LINK:
                index.put_link(LinkRow(*key, LinkOrigin.MANUAL, None, True, d.evidence_code, False))
            elif d.decision == Decision.CONFIRM:
                index.put_link(LinkRow(*key, LinkOrigin.SUGGESTED, old.score if old else None, True,
                                       d.evidence_code, False))
            elif old is not None and old.origin == LinkOrigin.MANUAL:  # unlink or reject of a manual link
                index.delete_links([key])
            elif old is not None:
                index.put_link(LinkRow(*key, old.origin, old.score, old.confirmed, old.evidence_code, True))
            elif d.decision == Decision.REJECT:  # before the matcher suggests it again
                index.put_link(LinkRow(*key, LinkOrigin.SUGGESTED, None, False, None, True))
            else:
                continue
            done += 1
    return done
