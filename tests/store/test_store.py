"""The store itself: versions, stale writes refused with the newer value, racing writers, audit, migrations."""

from __future__ import annotations

import json
import multiprocessing
import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from accredit.model.assessment import Status
from accredit.store.errors import StaleWriteError, StoreError
from accredit.store.records import Actor, Role
from accredit.store.schema import MIGRATIONS, SCHEMA_VERSION, migrate
from accredit.store.store import Store, data_write, narrative_write, rating_write

AT = datetime(2026, 12, 2, 8, 30, tzinfo=UTC)
LAN = Actor(username="lan", via="web", at=AT)
MINH = Actor(username="minh", via="excel", at=AT + timedelta(minutes=5))
FW = "tt38-2026/co-so-gdnn-v3"


def test_every_write_bumps_the_version_and_is_audited(tmp_path: Path) -> None:
    with Store.open(tmp_path / "kho.sqlite") as store:
        assert store.rating(FW, 2026, "1.1").version == 0
        first = store.set_rating(FW, 2026, "1.1", Status.MET, base_version=0, actor=LAN)
        assert (first.version, first.status, first.updated_by, first.via) == (1, Status.MET, "lan", "web")
        again = store.set_rating(FW, 2026, "1.1", Status.MET, base_version=1, actor=MINH)
        assert again.version == 1 and again.updated_by == "lan"  # the same value: no new version, no audit row
        second = store.set_rating(FW, 2026, "1.1", Status.NOT_MET, base_version=1, actor=MINH)
        assert second.version == 2
        year = store.set_rating(FW, 2026, "1.1", Status.MET, period=2025, base_version=0, actor=MINH)
        assert year.period == 2025 and store.rating(FW, 2026, "1.1").status == Status.NOT_MET
        log = store.history(framework=FW, requirement="1.1")
    assert [(e.username, e.via, e.old, e.new, e.version) for e in log] == [
        ("lan", "web", None, "met", 1), ("minh", "excel", "met", "not_met", 2), ("minh", "excel", None, "met", 1),
    ]
    assert log[0].at == AT and log[1].at == MINH.at  # the caller's clock, not the machine's
    assert log[2].key["period"] == 2025


def test_a_stale_write_is_refused_with_the_newer_value_and_who_made_it(tmp_path: Path) -> None:
    path = tmp_path / "kho.sqlite"
    with Store.open(path) as a, Store.open(path) as b:  # two connections: two people
        a.set_narrative(FW, 2026, "2.3", "strengths", "Đội ngũ trẻ", base_version=0, actor=LAN)
        seen_by_b = b.narrative(FW, 2026, "2.3", "strengths")
        a.set_narrative(FW, 2026, "2.3", "strengths", "Đội ngũ trẻ, nhiệt tình", base_version=1, actor=LAN)
        with pytest.raises(StaleWriteError) as caught:
            b.set_narrative(FW, 2026, "2.3", "strengths", "Đội ngũ đủ", base_version=seen_by_b.version, actor=MINH)
        assert b.narrative(FW, 2026, "2.3", "strengths").text == "Đội ngũ trẻ, nhiệt tình"  # nothing changed
    err = caught.value
    assert err.current.version == 2 and err.current.updated_by == "lan" and err.shown == "Đội ngũ trẻ, nhiệt tình"
    text = str(err)
    assert "lan" in text and "«Đội ngũ trẻ, nhiệt tình»" in text and "Không lưu" in text and "Điểm mạnh" in text
    assert err.message.key == "store.stale"


def test_creating_a_record_twice_is_a_stale_write_too(tmp_path: Path) -> None:
    with Store.open(tmp_path / "kho.sqlite") as store:
        store.set_data_value(FW, "Số liệu chung", "so_nha_giao", 2026, "41", base_version=0, actor=LAN)
        with pytest.raises(StaleWriteError) as caught:
            store.set_data_value(FW, "Số liệu chung", "so_nha_giao", 2026, "40", base_version=0, actor=MINH)
    assert caught.value.shown == "41" and "so_nha_giao" in str(caught.value)


def _dump(store: Store) -> dict[str, list[tuple[object, ...]]]:
    tables = [r[0] for r in store.conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name != 'sqlite_sequence' ORDER BY name")]
    return {t: [tuple(r) for r in store.conn.execute(f"SELECT rowid, * FROM {t} ORDER BY 1")] for t in tables}


def _edits(store: Store) -> None:
    store.set_rating(FW, 2026, "1.1", Status.MET, base_version=0, actor=LAN)
    store.set_narrative(FW, 2026, "1.1", "strengths", "Cũ", base_version=0, actor=LAN)
    store.set_data_value(FW, "Số liệu chung", "so_nha_giao", 2026, "41", base_version=0, actor=LAN, source="a",
                         position=1)


def test_a_batch_of_writes_stores_and_audits_exactly_what_the_writes_one_by_one_do(tmp_path: Path) -> None:
    ops = [  # a change, a new record, one that holds its value already, one whose provenance alone moves
        rating_write(FW, 2026, "1.1", Status.NOT_MET, base_version=1),
        narrative_write(FW, 2026, "1.2", "weaknesses", "Thiếu", base_version=0),
        narrative_write(FW, 2026, "1.1", "strengths", "Cũ", base_version=1),
        data_write(FW, "Số liệu chung", "so_nha_giao", 2026, "41", base_version=1, source="b", position=2),
        rating_write(FW, 2026, "1.3", None, period=2025, base_version=0),
    ]
    with Store.open(tmp_path / "one.sqlite") as one, Store.open(tmp_path / "many.sqlite") as many:
        _edits(one)
        _edits(many)
        for op in ops:
            one.write(op.table, op.key, op.values, base_version=op.base_version, actor=MINH, entity=op.entity,
                      what=op.what, shown=op.shown, extra=op.extra)
        many.write_many(ops, MINH)
        assert _dump(many) == _dump(one)
        assert [(e.entity, e.old, e.new) for e in many.history()][3:] == [
            ("rating", "met", "not_met"), ("narrative", None, "Thiếu"), ("rating", None, None)]
        assert many.data_value(FW, "Số liệu chung", "so_nha_giao", 2026).source == "b"


def test_a_batch_with_a_stale_write_writes_nothing(tmp_path: Path) -> None:
    with Store.open(tmp_path / "kho.sqlite") as store:
        _edits(store)
        before = _dump(store)
        with pytest.raises(StaleWriteError) as caught:
            store.write_many([narrative_write(FW, 2026, "1.2", "weaknesses", "Thiếu", base_version=0),
                              rating_write(FW, 2026, "1.1", Status.NOT_MET, base_version=0)], MINH)
        assert caught.value.current.version == 1 and caught.value.shown == "Đạt"
        assert _dump(store) == before
        with pytest.raises(ValueError, match="twice"):
            store.write_many([rating_write(FW, 2026, "1.2", Status.MET, base_version=0)] * 2, MINH)
        assert _dump(store) == before


def _append(path: Path, who: str, times: int) -> int:
    """Read-modify-write with retries: each refused write is read again and redone (what a front end does)."""
    refused = 0
    with Store.open(path) as store:
        for i in range(times):
            while True:
                cur = store.narrative(FW, 2026, "1.1", "note")
                text = (cur.text + "\n" if cur.text else "") + f"{who}-{i}"
                try:
                    store.set_narrative(FW, 2026, "1.1", "note", text, base_version=cur.version,
                                        actor=Actor(username=who, via="web", at=AT))
                    break
                except StaleWriteError:
                    refused += 1
    return refused


def _lines(path: Path) -> list[str]:
    with Store.open(path) as store:
        return (store.narrative(FW, 2026, "1.1", "note").text or "").splitlines()


def test_racing_threads_never_lose_an_edit(tmp_path: Path) -> None:
    path = tmp_path / "kho.sqlite"
    with Store.open(path):  # created once, before the race
        pass
    refused: list[int] = []
    barrier = threading.Barrier(4)

    def worker(who: str) -> None:
        barrier.wait()
        refused.append(_append(path, who, 15))

    threads = [threading.Thread(target=worker, args=(f"t{n}",)) for n in range(4)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    lines = _lines(path)
    assert sorted(lines) == sorted(f"t{n}-{i}" for n in range(4) for i in range(15))  # all 60 edits kept
    with Store.open(path) as store:
        assert store.narrative(FW, 2026, "1.1", "note").version == 60
        assert len(store.history(entity="narrative")) == 60


def test_racing_processes_never_lose_an_edit(tmp_path: Path) -> None:
    path = tmp_path / "kho.sqlite"
    with Store.open(path):
        pass
    ctx = multiprocessing.get_context("spawn")  # as on Windows
    with ctx.Pool(2) as pool:
        pool.starmap(_append, [(path, "p0", 10), (path, "p1", 10)])
    assert sorted(_lines(path)) == sorted(f"p{n}-{i}" for n in range(2) for i in range(10))


def test_two_writers_of_the_same_base_one_wins_one_is_told(tmp_path: Path) -> None:
    path = tmp_path / "kho.sqlite"
    with Store.open(path) as store:
        store.set_rating(FW, 2026, "3.2", Status.NOT_MET, base_version=0, actor=LAN)
    outcome: list[str] = []
    barrier = threading.Barrier(2)

    def write(actor: Actor, status: Status) -> None:
        with Store.open(path) as store:
            barrier.wait()
            try:
                store.set_rating(FW, 2026, "3.2", status, base_version=1, actor=actor)
                outcome.append(f"saved {actor.username}")
            except StaleWriteError as exc:
                outcome.append(f"refused {actor.username}: {exc.current.updated_by}")

    threads = [threading.Thread(target=write, args=(LAN, Status.MET)),
               threading.Thread(target=write, args=(MINH, Status.NOT_APPLICABLE))]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    saved = [o for o in outcome if o.startswith("saved")]
    refused = [o for o in outcome if o.startswith("refused")]
    assert len(saved) == 1 and len(refused) == 1
    winner = saved[0].split()[1]
    assert refused[0].endswith(winner)  # the loser is told who wrote the newer value
    with Store.open(path) as store:
        assert store.rating(FW, 2026, "3.2").version == 2


def test_users_comments_groups(tmp_path: Path) -> None:
    with Store.open(tmp_path / "kho.sqlite") as store:
        store.put_user("lan", "Nguyễn Thị Lan", Role.ADMIN, "$argon2id$v=19$secret", base_version=0, actor=LAN)
        u = store.put_user("lan", "Nguyễn Thị Lan", Role.MEMBER, "$argon2id$v=19$secret", base_version=1, actor=LAN)
        assert (u.role, u.version, store.user("lan").password_hash) == (Role.MEMBER, 2, "$argon2id$v=19$secret")
        assert all("argon2" not in (e.old or "") + (e.new or "") for e in store.history(entity="user"))
        store.assign("to-1", FW, ["1", "2"], LAN)
        store.set_members("to-1", ["lan", "minh"], LAN)
        assert [a.criterion for a in store.assignments("to-1")] == ["1", "2"]
        assert store.members("to-1") == ["lan", "minh"]
        store.set_members("to-2", ["minh"], LAN)  # a group just made: members, no criterion yet
        assert store.group_names() == ["to-1", "to-2"]
        store.set_members("to-2", [], LAN)
        assert store.group_names() == ["to-1"]  # nothing holds it any more
        c = store.add_comment(FW, 2026, "1.1", "Thiếu quyết định thành lập", MINH)
        assert [x.text for x in store.comments(FW, 2026, "1.1")] == ["Thiếu quyết định thành lập"] and c.id == 1
        assert store.history(entity="comment")[0].username == "minh"
        with pytest.raises(ValueError):
            Actor(username="x", via="web", at=datetime(2026, 1, 1))  # a time without its zone


def test_migrations_run_in_order_on_an_old_database(tmp_path: Path) -> None:
    path = tmp_path / "kho.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, MIGRATIONS[:1])  # a database as the first release of the store wrote it
    conn.execute("INSERT INTO ratings VALUES (?, 2026, '1.1', 0, 'met', 1, 'lan', ?, 'web')", (FW, AT.isoformat()))
    conn.close()
    with Store.open(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert [v for v, _ in store.applied_migrations()] == [m.version for m in MIGRATIONS]
        assert store.rating(FW, 2026, "1.1").status == Status.MET  # kept
        store.add_comment(FW, 2026, "1.1", "ok", LAN)  # a table of a later migration works
    assert [m.version for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))


def test_a_newer_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "kho.sqlite"
    with Store.open(path) as store:
        store.conn.execute("UPDATE meta SET value='99' WHERE key='schema'")
    with pytest.raises(StoreError) as caught, Store.open(path):
        pass
    assert "mới hơn" in str(caught.value) and "99" in str(caught.value)


def test_a_read_only_open_writes_nothing(tmp_path: Path) -> None:
    with Store.open(tmp_path / "none.sqlite", readonly=True) as store:
        assert store.ratings(FW, 2026) == []
    assert not (tmp_path / "none.sqlite").exists()


def test_a_password_hash_is_never_in_a_result_json_or_repr(tmp_path: Path) -> None:
    from accredit.service.records import Users

    secret = "$argon2id$v=19$m=65536$c2VjcmV0$hash"
    with Store.open(tmp_path / "kho.sqlite") as store:
        store.put_user("lan", "Lan", Role.MEMBER, secret, base_version=0, actor=LAN)
        user = store.user("lan")
        listed = Users(users=store.users())
        audit = store.history(entity="user")
    assert user is not None and user.password_hash == secret  # the web app still checks it
    for shown in (user.model_dump_json(), json.dumps(user.model_dump(mode="json")), repr(user),
                  listed.model_dump_json(), repr(listed), repr(audit)):
        assert "argon2" not in shown


def test_a_failed_inner_transaction_is_undone_and_the_outer_one_keeps_its_own_writes(tmp_path: Path) -> None:
    path = tmp_path / "kho.sqlite"
    with Store.open(path) as store, store.transaction():
        store.set_rating(FW, 2026, "1.1", Status.MET, base_version=0, actor=LAN)
        with pytest.raises(StaleWriteError), store.transaction():
            store.set_rating(FW, 2026, "1.2", Status.MET, base_version=0, actor=LAN)
            store.set_rating(FW, 2026, "1.3", Status.MET, base_version=7, actor=LAN)  # refused: stale
        store.set_narrative(FW, 2026, "1.1", "strengths", "Có kế hoạch", base_version=0, actor=LAN)
    with Store.open(path) as again:
        assert again.rating(FW, 2026, "1.1").status == Status.MET
        assert again.rating(FW, 2026, "1.2").version == 0  # the failed inner part left nothing
        assert again.narrative(FW, 2026, "1.1", "strengths").text == "Có kế hoạch"
        assert [e.key["requirement"] for e in again.history(framework=FW)] == ["1.1", "1.1"]


def test_a_read_only_folder_still_reads_what_the_write_ahead_log_holds(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """A store on a read-only share, whose last writer left changes in its ``-wal``: nothing is missed."""
    import shutil

    from accredit.store import db

    live, shared = tmp_path / "live", tmp_path / "share"
    live.mkdir()
    shared.mkdir()
    with Store.open(live / "kho.sqlite") as writer:
        writer.set_rating(FW, 2026, "1.1", Status.MET, base_version=0, actor=LAN)
        writer.conn.execute("PRAGMA wal_autocheckpoint=0")
        writer.set_rating(FW, 2026, "1.1", Status.NOT_MET, base_version=1, actor=MINH)
        for name in ("kho.sqlite", "kho.sqlite-wal"):  # the share as the writer left it: changes in the log
            shutil.copyfile(live / name, shared / name)
    assert (shared / "kho.sqlite-wal").stat().st_size > 0
    real = sqlite3.connect

    def no_shared_memory_file(database: str, *args: object, **kw: object) -> sqlite3.Connection:
        if "mode=ro" in str(database) and "immutable" not in str(database):  # as on a folder it cannot write
            raise sqlite3.OperationalError("unable to open database file")
        return real(database, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(db.sqlite3, "connect", no_shared_memory_file)
    before = {p.name: p.read_bytes() for p in shared.iterdir()}
    with Store.open(shared / "kho.sqlite", readonly=True) as store:
        seen = store.rating(FW, 2026, "1.1")
    assert (seen.status, seen.version, seen.updated_by) == (Status.NOT_MET, 2, "minh")
    assert {p.name: p.read_bytes() for p in shared.iterdir()} == before  # the share is left as it was
