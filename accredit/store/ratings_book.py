"""The ratings workbook as the store's exchange format: its cells, the store's, export, import, and the
:class:`Assessment` scoring reads, built from the store."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path

from accredit.model.assessment import Assessment, Narrative, Rating, Status, window_years
from accredit.model.evidence import EvidenceLink
from accredit.model.framework import Framework, ObjectType
from accredit.ratings.layout import H_CODES, H_NOTE, H_STATUS, NARRATIVE, YEAR_HEADER
from accredit.ratings.template import write_ratings_template
from accredit.ratings.workbook import RowPlace, read_ratings_places, split_codes
from accredit.safe_text import clean_text
from accredit.store.db import Write
from accredit.store.exchange import (
    BookCell,
    Kind,
    StoreCell,
    WorkbookExport,
    WorkbookImport,
    check_rewritable,
    compare,
    file_state,
    import_result,
    key_text,
    new_base,
)
from accredit.store.records import NARRATIVE_FIELDS, Actor
from accredit.store.store import Store, narrative_write, rating_write, status_text

KIND: Kind = "ratings"
HEADER_OF = {**{f: h for h, f in NARRATIVE.items()}, "evidence_codes": H_CODES, "note": H_NOTE}
"""Narrative field → the workbook's column header."""


def _status_key(code: str, period: int | None) -> str:
    return key_text(["status", code, period or 0])


def _text_key(code: str, field: str) -> str:
    return key_text(["text", code, field])


def _header(key: str) -> tuple[str, str, int | None]:
    """(requirement, header, period) of a cell key."""
    kind, code, what = json.loads(key)
    if kind == "status":
        return code, (YEAR_HEADER.format(year=what) if what else H_STATUS), (what or None)
    return code, HEADER_OF[what], None


def _describe(places: dict[str, RowPlace]) -> Callable[[str], BookCell]:
    def describe(key: str) -> BookCell:
        code, header, period = _header(key)
        place = places.get(code)
        return BookCell(None, place.sheet if place else None, place.cell(header) if place else None, code, header,
                        period)
    return describe


def book_cells(assessment: Assessment, places: dict[str, RowPlace]) -> dict[str, BookCell]:
    """Every person cell the workbook holds (blank ones of its rows too), keyed like the store's; a requirement
    without a row, a column the sheet does not have, are not held (see :func:`held`)."""
    describe = _describe(places)
    out: dict[str, BookCell] = {}
    by_code = {r.code: r for r in assessment.ratings}
    for code in places:
        r = by_code.get(code)
        values: dict[str, str | None] = {_status_key(code, None): r.status.value if r and r.status else None}
        if r is not None:
            for y, st in sorted(r.years.items()):
                values[_status_key(code, y)] = st.value
            for f, text in r.narrative.model_dump().items():
                values[_text_key(code, f)] = text
            values[_text_key(code, "evidence_codes")] = "; ".join(r.evidence_codes) or None
            values[_text_key(code, "note")] = r.note
        else:
            for f in NARRATIVE_FIELDS:
                values[_text_key(code, f)] = None
        for key, value in values.items():
            where = describe(key)
            if where.cell is not None:  # a column the sheet does not have holds nothing
                out[key] = BookCell(value, *_place(where))
    return out


def _place(cell: BookCell) -> tuple:  # type: ignore[type-arg]
    return cell.sheet, cell.cell, cell.requirement, cell.field, cell.year


def store_cells(store: Store, framework: str, year: int) -> dict[str, StoreCell]:
    """Every rating and text cell the store holds for one assessment, each value as the workbook gives it back
    (see :func:`as_book`)."""
    out: dict[str, StoreCell] = {}
    for r in store.ratings(framework, year):
        out[_status_key(r.requirement, r.period)] = StoreCell(
            r.status.value if r.status else None, r.version, r.updated_by, r.updated_at, r.via)
    for n in store.narratives(framework, year):
        out[_text_key(n.requirement, n.field)] = StoreCell(as_book(n.field, n.text), n.version, n.updated_by,
                                                           n.updated_at, n.via)
    return out


def as_book(field: str, text: str | None) -> str | None:
    """A stored text as the workbook reads back once it is exported: without the control characters a workbook
    cannot hold, trimmed, evidence codes joined by '; '. A text typed elsewhere (the web app) and exported then
    compares equal to its cell, so a cell the person never touched is neither a change nor a conflict."""
    if text is None:
        return None
    clean = clean_text(text)
    if field == "evidence_codes":
        return "; ".join(split_codes(clean)) or None
    return clean.strip() or None


def held(cells: dict[str, StoreCell], book: dict[str, BookCell], places: dict[str, RowPlace]) -> dict[str, StoreCell]:
    """The store's cells the workbook has a cell for: a row deleted, a column missing (a workbook made by an
    older release, a copy trimmed for one group) holds nothing, so importing it clears nothing there."""
    describe = _describe(places)
    return {k: c for k, c in cells.items() if k in book or describe(k).cell is not None}


def shown(key: str, value: str | None) -> str | None:
    """A stored value as the workbook shows it (statuses as their Vietnamese labels)."""
    if value is None:
        return None
    return status_text(value) if json.loads(key)[0] == "status" else value


def _write(framework: str, year: int, key: str, value: str | None, version: int) -> Write:
    kind, code, what = json.loads(key)
    if kind == "status":
        return rating_write(framework, year, code, Status(value) if value else None, period=what or None,
                            base_version=version)
    return narrative_write(framework, year, code, what, value, base_version=version)


def import_ratings(
    store: Store, framework: Framework, year: int, path: Path, actor: Actor, *, overwrite: bool = False,
    dry_run: bool = False, own: bool = True,
) -> WorkbookImport:
    """Import the ratings workbook at ``path``: validated, compared cell by cell, applied in one transaction.

    Cells changed in the store after the workbook was exported are conflicts: with any, nothing is
    applied unless ``overwrite``. Raises :class:`RatingsError` (every bad cell named) before comparing.
    ``own``: ``path`` is the workspace's own workbook, which is then recorded as in step with the store; another
    copy (a colleague's) is not, or the own workbook, left as exported, would put its older values back.
    """
    state = file_state(path)
    assessment, places = read_ratings_places(path, framework)
    if assessment.year != year:
        from accredit.i18n import t
        from accredit.ratings.template import RatingsError

        raise RatingsError(t("scoring.ratings.other_year", path=path, found=assessment.year, expected=year))
    book = book_cells(assessment, places)
    with store.transaction():
        current = store_cells(store, framework.id, year)
        sync = store.sync_state(KIND, framework.id, year)
        base = sync["base"] if sync else None
        diff = compare(book, held(current, book, places), base, shown, _describe(places))
        blocked = bool(diff.conflicts) and not overwrite
        if dry_run or blocked:
            return import_result(KIND, framework.id, year, path, diff, applied=False, dry_run=dry_run,
                                 overwrite=overwrite)
        store.write_many(  # one statement per cell, the writes themselves batched (an import of hundreds of cells)
            (_write(framework.id, year, key, book[key].value if key in book else None,
                    (current.get(key) or StoreCell(None, 0)).version)
             for key, _ in [*diff.changes, *diff.conflicts]),
            actor,
        )
        store.set_assessment_meta(framework.id, year, assessment.framework_version,
                                  assessment.object_type.value if assessment.object_type else None)
        store.set_rating_sources(framework.id, year, {r.code: r.source for r in assessment.ratings})
        if own:
            after = store_cells(store, framework.id, year)
            store.set_sync_state(KIND, framework.id, year, path=str(path), sha256=state.sha256, size=state.size,
                                 mtime_ns=state.mtime_ns, actor=actor, base=new_base(after, base, diff.untouched))
    return import_result(KIND, framework.id, year, path, diff, applied=True, dry_run=dry_run, overwrite=overwrite)


def person_values(
    store: Store, framework: Framework, year: int, obj: ObjectType | None
) -> dict[str, dict[str, object]]:
    """Requirement → workbook header → the store's value (None empties the cell), for an export."""
    cells = store_cells(store, framework.id, year)
    out: dict[str, dict[str, object]] = {}
    for req in framework.requirements:
        overall = _status_key(req.code, None)
        row: dict[str, object] = {H_STATUS: shown(overall, _value(cells, overall))}
        ys = window_years(framework, req, year, obj)
        for y in ys if len(ys) > 1 else []:
            row[YEAR_HEADER.format(year=y)] = shown(_status_key(req.code, y), _value(cells, _status_key(req.code, y)))
        for f in NARRATIVE_FIELDS:
            row[HEADER_OF[f]] = _value(cells, _text_key(req.code, f))
        out[req.code] = row
    return out


def _value(cells: dict[str, StoreCell], key: str) -> str | None:
    cell = cells.get(key)
    return cell.value if cell else None


def export_ratings(
    store: Store, framework: Framework, year: int, obj: ObjectType | None, path: Path, actor: Actor,
    links: Iterable[EvidenceLink] = (),
) -> WorkbookExport:
    """Write the ratings workbook at ``path`` from the store and record it as the base of the next import."""
    check_rewritable(path, "ratings")
    with store.transaction():
        values = person_values(store, framework, year, obj)
        meta = store.assessment_meta(framework.id, year)
        update = write_ratings_template(path, framework, year, ObjectType(meta[1]) if meta and meta[1] else obj, links,
                                        person=values)
        cells = store_cells(store, framework.id, year)
        state = file_state(path)
        store.set_sync_state(KIND, framework.id, year, path=str(path), sha256=state.sha256, size=state.size,
                             mtime_ns=state.mtime_ns, actor=actor, base=new_base(cells, None, ()))
    filled = sum(1 for row in values.values() for v in row.values() if v is not None)
    return WorkbookExport(kind=KIND, framework=framework.id, year=year, path=str(path), cells=filled,
                          created=update.created)


def store_assessment(
    store: Store, framework: Framework, year: int, obj: ObjectType | None, source: str, *, workbook: bool = False
) -> Assessment | None:
    """The :class:`Assessment` the store holds for ``framework`` and ``year`` (None when it holds no rating,
    unless ``workbook``: a ratings workbook imported but left blank is an assessment with no ratings).

    It is pinned to the framework version the ratings were made for, so ratings of another version
    are reported by scoring, never silently used. A rating's ``source`` is where it was last read.
    """
    cells = store_cells(store, framework.id, year)
    meta = store.assessment_meta(framework.id, year)
    if not any(c.value is not None for c in cells.values()) and not (workbook and meta):
        return None
    sources = store.rating_sources(framework.id, year)
    codes: dict[str, dict[str, object]] = {}
    for key, cell in cells.items():
        if cell.value is None:
            continue
        kind, code, what = json.loads(key)
        entry = codes.setdefault(code, {"years": {}, "narrative": {}})
        if kind == "status":
            if what:
                entry["years"][what] = Status(cell.value)  # type: ignore[index]
            else:
                entry["status"] = Status(cell.value)
        elif what == "evidence_codes":
            entry["evidence_codes"] = split_codes(cell.value)
        elif what == "note":
            entry["note"] = cell.value
        else:
            entry["narrative"][what] = cell.value  # type: ignore[index]
    order = {r.code: i for i, r in enumerate(framework.requirements)}
    ratings = [
        Rating(code=code, status=e.get("status"), years=dict(sorted(e["years"].items())),  # type: ignore[arg-type, attr-defined]
               narrative=Narrative(**e["narrative"]), evidence_codes=e.get("evidence_codes", []),  # type: ignore[arg-type]
               note=e.get("note"), source=sources.get(code) or source)  # type: ignore[arg-type]
        for code, e in sorted(codes.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0]))
    ]
    stored_obj = ObjectType(meta[1]) if meta and meta[1] else obj
    return Assessment(
        framework=framework.id,
        framework_version=meta[0] if meta else framework.content_hash,
        year=year,
        object_type=stored_obj,
        ratings=ratings,
        source=source,
    )

