"""A workspace made before the store, brought into it on first open with nothing lost.

Every ratings workbook (each year), every data workbook and the people's link decisions in the
evidence index are imported; first, copies of those workbooks and of the index go to a dated
backup folder. A workbook that cannot be read is left as it is (and copied): reading it later says
what is wrong, exactly as before, and imports it once it is fixed.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

from accredit.errors import AccreditError
from accredit.i18n import t
from accredit.store.errors import StoreError
from accredit.store.records import Actor
from accredit.store.store import Store
from accredit.workspace import Workspace, make_dirs

_RATINGS = re.compile(r"^tu-danh-gia_(\d{4})_(.+)\.xlsx$")


def backup_dir(ws: Workspace, actor: Actor) -> Path:
    """``<workspace>/sao-luu/<yyyy-mm-dd_hhmmss>_chuyen-sang-kho`` (the time is the caller's)."""
    from accredit.store.workspace import BACKUP_DIR

    return ws.root / BACKUP_DIR / f"{actor.at:%Y-%m-%d_%H%M%S}_chuyen-sang-kho"


def release_files(ws: Workspace) -> tuple[list[tuple[str, int, Path]], list[tuple[str, Path]]]:
    """The ratings workbooks (framework, year, path) and data workbooks (framework, path) of the workspace."""
    from accredit.indicators.workspace import data_workbook_path, file_slug

    slugs = {file_slug(fid): fid for fid in ws.config.assessment.frameworks}
    ratings: list[tuple[str, int, Path]] = []
    if ws.data_dir.is_dir():
        for p in sorted(ws.data_dir.iterdir()):
            m = _RATINGS.match(p.name)
            if m and m.group(2) in slugs and p.is_file():
                ratings.append((slugs[m.group(2)], int(m.group(1)), p))
    data = [(fid, data_workbook_path(ws, fid)) for fid in ws.config.assessment.frameworks]
    return ratings, [(fid, p) for fid, p in data if p.is_file()]


def _backup(ws: Workspace, actor: Actor, files: list[Path]) -> Path | None:
    from accredit.evidence.index import INDEX_NAME

    # another workspace's index (a programme's view of the school's) is backed up by that workspace
    index = None if ws.shared_index else ws.cache_dir / INDEX_NAME
    if not files and (index is None or not index.is_file()):
        return None
    final = backup_dir(ws, actor)
    target = make_dirs(final.with_name(final.name + ".dang-chep"))  # renamed once every copy is made
    try:
        for p in files:
            dest = target / p.relative_to(ws.root) if p.is_relative_to(ws.root) else target / p.name
            make_dirs(dest.parent)
            shutil.copy2(p, dest)
        if index is not None and index.is_file():  # through SQLite: consistent beside a -wal
            src = sqlite3.connect(f"{_uri(index)}?mode=ro", uri=True)
            try:
                dst = sqlite3.connect(str(target / INDEX_NAME))
                try:
                    src.backup(dst)
                finally:
                    dst.close()
            finally:
                src.close()
        target.rename(final)
    except BaseException:  # half a backup is no backup: none is left that could be taken for one
        shutil.rmtree(target, ignore_errors=True)
        raise
    return final


def _uri(path: Path) -> str:
    from accredit.evidence.index import sqlite_uri

    return sqlite_uri(path)


def migrate_workspace(ws: Workspace, store: Store, actor: Actor) -> Path | None:
    """Bring a workspace made before the store into ``store`` (once); returns the backup folder, if any."""
    from accredit.catalog.registry import default_catalog
    from accredit.indicators.schema import build_schema
    from accredit.store.data_book import import_data
    from accredit.store.links import mirror_link_decisions
    from accredit.store.ratings_book import import_ratings
    from accredit.store.workspace import MIGRATED_KEY, set_meta

    ratings, data = release_files(ws)
    try:
        target = _backup(ws, actor, [p for *_, p in ratings] + [p for _, p in data])
    except (OSError, sqlite3.Error) as exc:  # nothing is imported without its backup
        raise StoreError(t("store.backup_failed", path=str(backup_dir(ws, actor)), detail=str(exc))) from exc
    excel = actor.model_copy(update={"via": "excel"})
    catalog = default_catalog()
    for fid, year, path in ratings:
        try:
            import_ratings(store, catalog.get(fid), year, path, excel, overwrite=True)
        except AccreditError:
            continue  # read again (and the problem shown) when the ratings are next read
    for fid, path in data:
        try:
            fw = catalog.get(fid)
            import_data(store, build_schema(fw, ws.config.assessment.year, ws.config.school.object), path, excel,
                        overwrite=True)
        except AccreditError:
            continue
    mirror_link_decisions(ws, store, actor)
    set_meta(store, MIGRATED_KEY, actor.at.isoformat())
    return target
