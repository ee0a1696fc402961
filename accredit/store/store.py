"""The workspace store: ratings, narratives, institutional data, link decisions, users, working groups,
comments and the audit log of one workspace, in one SQLite file many people can edit.

Reads return frozen records (:mod:`accredit.store.records`); every write takes the version it was
based on and an :class:`Actor` (who, from which front end, when) and returns the stored record, or
raises :class:`StaleWriteError` when someone changed the record in between.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from accredit.i18n.message import msg
from accredit.model.assessment import STATUS_LABELS, Status
from accredit.store.db import Database, Write, iso, parse_time, stamp_of
from accredit.store.records import (
    Actor,
    Assignment,
    AuditEntry,
    Comment,
    DataRecord,
    Decision,
    LinkDecisionRecord,
    NarrativeField,
    NarrativeRecord,
    RatingRecord,
    Role,
    UserRecord,
)

_OVERALL = 0  # the period stored for the overall status


def _rating(row: sqlite3.Row) -> RatingRecord:
    return RatingRecord(
        framework=row["framework"], year=row["year"], requirement=row["requirement"],
        period=row["period"] or None, status=Status(row["status"]) if row["status"] else None, **stamp_of(row),
    )


def _narrative(row: sqlite3.Row) -> NarrativeRecord:
    return NarrativeRecord(
        framework=row["framework"], year=row["year"], requirement=row["requirement"], field=row["field"],
        text=row["text"], **stamp_of(row),
    )


def _data(row: sqlite3.Row) -> DataRecord:
    return DataRecord(
        framework=row["framework"], sheet=row["sheet"], item=row["item"], seq=row["seq"], year=row["year"],
        field=row["field"], value=row["value"], source=row["source"], position=row["position"], **stamp_of(row),
    )


def _decision(row: sqlite3.Row) -> LinkDecisionRecord:
    return LinkDecisionRecord(
        framework=row["framework"], requirement=row["requirement"], evidence_id=row["evidence_id"],
        decision=Decision(row["decision"]) if row["decision"] else None, path=row["path"],
        evidence_code=row["evidence_code"], **stamp_of(row),
    )


def _user(row: sqlite3.Row) -> UserRecord:
    return UserRecord(
        username=row["username"], display_name=row["display_name"], role=Role(row["role"]),
        password_hash=row["password_hash"], lang=row["lang"] if "lang" in row.keys() else None,  # noqa: SIM118
        **stamp_of(row),
    )


def status_text(status: str | Status | None) -> str:
    """A status as the workbook shows it ('Đạt'), '' for none."""
    return STATUS_LABELS[Status(status)] if status else ""


def rating_write(
    framework: str, year: int, requirement: str, status: Status | None, *, period: int | None = None,
    base_version: int,
) -> Write:
    """The write of one status (see :meth:`Store.set_rating`), for :meth:`Store.write_many`."""
    key = {"framework": framework, "year": year, "requirement": requirement, "period": period or _OVERALL}
    return Write(
        "ratings", key, {"status": status.value if status else None}, base_version, "rating",
        what=lambda: msg("store.what.rating_year", requirement=requirement, framework=framework, year=year,
                         period=period) if period else
        msg("store.what.rating", requirement=requirement, framework=framework, year=year),
        shown=lambda r: status_text(r["status"]),
    )


def narrative_write(
    framework: str, year: int, requirement: str, field: NarrativeField, text: str | None, *, base_version: int,
) -> Write:
    """The write of one text field (see :meth:`Store.set_narrative`), for :meth:`Store.write_many`."""
    key = {"framework": framework, "year": year, "requirement": requirement, "field": field}
    return Write(
        "narratives", key, {"text": text or None}, base_version, "narrative",
        what=lambda: msg("store.what.narrative", field=msg(f"store.field.{field}"), requirement=requirement,
                         framework=framework, year=year),
        shown=lambda r: r["text"] or "",
    )


def data_write(
    framework: str, sheet: str, field: str, year: int, value: str | None, *, item: str = "", seq: int = 1,
    base_version: int, source: str | None, position: int,
) -> Write:
    """The write of one data value at ``position`` (see :meth:`Store.set_data_value`), for
    :meth:`Store.write_many`."""
    key = {"framework": framework, "sheet": sheet, "item": item, "seq": seq, "year": year, "field": field}
    return Write(
        "data_values", key, {"value": value}, base_version, "data",
        what=lambda: msg("store.what.data", field=field or item, item=f" ({item})" if item and field else "",
                         year=year, framework=framework),
        shown=lambda r: r["value"] or "", extra={"source": source, "position": position},
    )


class Store(Database):
    """An open workspace store. ``with Store.open(path) as store: …`` (see :meth:`Database.open`)."""

    # --- ratings --------------------------------------------------------------------------------------
    def ratings(self, framework: str, year: int) -> list[RatingRecord]:
        """Every status of one assessment (cleared ones too, with their version), by requirement and period."""
        rows = self.conn.execute(
            "SELECT * FROM ratings WHERE framework=? AND year=? ORDER BY requirement, period", (framework, year)
        )
        return [_rating(r) for r in rows]

    def rating(self, framework: str, year: int, requirement: str, period: int | None = None) -> RatingRecord:
        """One status (version 0 and no status when never set)."""
        row = self.conn.execute(
            "SELECT * FROM ratings WHERE framework=? AND year=? AND requirement=? AND period=?",
            (framework, year, requirement, period or _OVERALL),
        ).fetchone()
        if row is None:
            return RatingRecord(framework=framework, year=year, requirement=requirement, period=period, version=0)
        return _rating(row)

    def set_rating(
        self, framework: str, year: int, requirement: str, status: Status | None, *, period: int | None = None,
        base_version: int, actor: Actor,
    ) -> RatingRecord:
        """Set (or clear, with None) one status, if it is still at ``base_version``."""
        op = rating_write(framework, year, requirement, status, period=period, base_version=base_version)
        return _rating(self.apply(op, actor))

    # --- narratives ------------------------------------------------------------------------------------
    def narratives(self, framework: str, year: int) -> list[NarrativeRecord]:
        """Every text field of one assessment, by requirement and field."""
        rows = self.conn.execute(
            "SELECT * FROM narratives WHERE framework=? AND year=? ORDER BY requirement, field", (framework, year)
        )
        return [_narrative(r) for r in rows]

    def narrative(self, framework: str, year: int, requirement: str, field: NarrativeField) -> NarrativeRecord:
        """One text field (version 0 and no text when never set)."""
        row = self.conn.execute(
            "SELECT * FROM narratives WHERE framework=? AND year=? AND requirement=? AND field=?",
            (framework, year, requirement, field),
        ).fetchone()
        if row is None:
            return NarrativeRecord(framework=framework, year=year, requirement=requirement, field=field, version=0)
        return _narrative(row)

    def set_narrative(
        self, framework: str, year: int, requirement: str, field: NarrativeField, text: str | None, *,
        base_version: int, actor: Actor,
    ) -> NarrativeRecord:
        """Set (or clear) one text field, if it is still at ``base_version``."""
        op = narrative_write(framework, year, requirement, field, text, base_version=base_version)
        return _narrative(self.apply(op, actor))

    # --- assessment metadata (the framework version and object the ratings were made for) ---------------
    def assessment_meta(self, framework: str, year: int) -> tuple[str, str | None] | None:
        """(framework content hash, object type) of an assessment, None when the store has none."""
        row = self.conn.execute(
            "SELECT framework_version, object_type FROM assessments WHERE framework=? AND year=?", (framework, year)
        ).fetchone()
        return (row[0], row[1]) if row else None

    def set_assessment_meta(self, framework: str, year: int, version: str, object_type: str | None) -> None:
        """Record which framework version and object an assessment's ratings are for."""
        with self.transaction():
            self.conn.execute("INSERT OR REPLACE INTO assessments VALUES (?, ?, ?, ?)",
                              (framework, year, version, object_type))

    def rating_sources(self, framework: str, year: int) -> dict[str, str | None]:
        """Requirement → where its row was last read (file, sheet, row), for messages that point back."""
        rows = self.conn.execute(
            "SELECT requirement, source FROM rating_sources WHERE framework=? AND year=?", (framework, year)
        )
        return {r[0]: r[1] for r in rows}

    def set_rating_sources(self, framework: str, year: int, sources: dict[str, str | None]) -> None:
        """Replace where each requirement's row was read."""
        with self.transaction():
            self.conn.execute("DELETE FROM rating_sources WHERE framework=? AND year=?", (framework, year))
            self.conn.executemany("INSERT INTO rating_sources VALUES (?, ?, ?, ?)",
                                  [(framework, year, k, v) for k, v in sources.items()])

    # --- institutional data ----------------------------------------------------------------------------
    def data_values(self, framework: str) -> list[DataRecord]:
        """Every data value of a framework (cleared ones too), in the order they were read."""
        rows = self.conn.execute(
            "SELECT * FROM data_values WHERE framework=? ORDER BY position, sheet, item, seq, year, field",
            (framework,),
        )
        return [_data(r) for r in rows]

    def data_value(
        self, framework: str, sheet: str, field: str, year: int, *, item: str = "", seq: int = 1
    ) -> DataRecord:
        """One data value (version 0 and no value when never set)."""
        row = self.conn.execute(
            "SELECT * FROM data_values WHERE framework=? AND sheet=? AND item=? AND seq=? AND year=? AND field=?",
            (framework, sheet, item, seq, year, field),
        ).fetchone()
        if row is None:
            return DataRecord(framework=framework, sheet=sheet, item=item, seq=seq, year=year, field=field, version=0)
        return _data(row)

    def set_data_value(
        self, framework: str, sheet: str, field: str, year: int, value: str | None, *, item: str = "", seq: int = 1,
        base_version: int, actor: Actor, source: str | None = None, position: int | None = None,
    ) -> DataRecord:
        """Set (or clear) one data value (exact decimal text), if it is still at ``base_version``."""
        if position is None:
            old = self.data_value(framework, sheet, field, year, item=item, seq=seq)
            position = old.position if old.version else self._next_position(framework)
        op = data_write(framework, sheet, field, year, value, item=item, seq=seq, base_version=base_version,
                        source=source, position=position)
        return _data(self.apply(op, actor))

    def _next_position(self, framework: str) -> int:
        row = self.conn.execute("SELECT MAX(position) FROM data_values WHERE framework=?", (framework,)).fetchone()
        return (row[0] or 0) + 1

    # --- evidence link decisions -----------------------------------------------------------------------
    def link_decisions(self, framework: str | None = None) -> list[LinkDecisionRecord]:
        """The people's link decisions (all frameworks, or one)."""
        sql = "SELECT * FROM link_decisions"
        args: tuple[object, ...] = ()
        if framework is not None:
            sql, args = sql + " WHERE framework=?", (framework,)
        rows = self.conn.execute(sql + " ORDER BY framework, requirement, evidence_id", args)
        return [_decision(r) for r in rows]

    def link_decision(self, framework: str, requirement: str, evidence_id: str) -> LinkDecisionRecord:
        """One decision (version 0 and none when never made)."""
        row = self.conn.execute(
            "SELECT * FROM link_decisions WHERE framework=? AND requirement=? AND evidence_id=?",
            (framework, requirement, evidence_id),
        ).fetchone()
        if row is None:
            return LinkDecisionRecord(framework=framework, requirement=requirement, evidence_id=evidence_id, version=0)
        return _decision(row)

    def set_link_decision(
        self, framework: str, requirement: str, evidence_id: str, decision: Decision | None, *, base_version: int,
        actor: Actor, path: str | None = None, evidence_code: str | None = None,
    ) -> LinkDecisionRecord:
        """Record a person's decision about a file for a requirement, if still at ``base_version``."""
        key = {"framework": framework, "requirement": requirement, "evidence_id": evidence_id}
        values = {"decision": decision.value if decision else None, "evidence_code": evidence_code}
        row = self.write(
            "link_decisions", key, values, base_version=base_version, actor=actor, entity="link",
            what=lambda: msg("store.what.link", path=path or evidence_id, requirement=requirement,
                             framework=framework),
            shown=lambda r: r["decision"] or "", extra={"path": path},
        )
        return _decision(row)

    # --- users and working groups ----------------------------------------------------------------------
    def users(self) -> list[UserRecord]:
        """Every user, by user name."""
        return [_user(r) for r in self.conn.execute("SELECT * FROM users ORDER BY username")]

    def user(self, username: str) -> UserRecord | None:
        """One user, None when unknown."""
        row = self.conn.execute("SELECT * FROM users WHERE username=?", (username,)).fetchone()
        return _user(row) if row else None

    def put_user(
        self, username: str, display_name: str, role: Role, password_hash: str | None = None, *, base_version: int,
        actor: Actor, lang: str | None = None,
    ) -> UserRecord:
        """Add a user (``base_version`` 0) or change one; the password hash is never written to the audit log."""
        key = {"username": username}
        values = {"display_name": display_name, "role": Role(role).value, "password_hash": password_hash, "lang": lang}
        row = self.write(
            "users", key, values, base_version=base_version, actor=actor, entity="user",
            what=lambda: msg("store.what.user", username=username),
            shown=lambda r: f"{r['display_name']} ({r['role']})", hidden=("password_hash",),
        )
        return _user(row)

    def assignments(self, group: str | None = None) -> list[Assignment]:
        """Which working group is in charge of which criteria."""
        sql = "SELECT group_name, framework, criterion FROM group_criteria"
        args: tuple[object, ...] = ()
        if group is not None:
            sql, args = sql + " WHERE group_name=?", (group,)
        rows = self.conn.execute(sql + " ORDER BY group_name, framework, criterion", args)
        return [Assignment(group=r[0], framework=r[1], criterion=r[2]) for r in rows]

    def assign(self, group: str, framework: str, criteria: Iterable[str], actor: Actor) -> None:
        """Put ``group`` in charge of ``criteria`` (audited)."""
        with self.transaction():
            for c in criteria:
                cur = self.conn.execute("INSERT OR IGNORE INTO group_criteria VALUES (?, ?, ?)", (group, framework, c))
                if cur.rowcount:
                    self.log(actor, "assignment", {"group": group, "framework": framework, "criterion": c}, None,
                             {"group": group})

    def unassign(self, group: str, framework: str, criteria: Iterable[str], actor: Actor) -> None:
        """Take ``criteria`` away from ``group`` (audited)."""
        with self.transaction():
            for c in criteria:
                cur = self.conn.execute(
                    "DELETE FROM group_criteria WHERE group_name=? AND framework=? AND criterion=?",
                    (group, framework, c),
                )
                if cur.rowcount:
                    self.log(actor, "assignment", {"group": group, "framework": framework, "criterion": c},
                             {"group": group}, None)

    def group_names(self) -> list[str]:
        """Every working group: in charge of a criterion, or with a member (a group just made may have only one)."""
        rows = self.conn.execute("SELECT group_name FROM group_criteria UNION SELECT group_name FROM group_members "
                                 "ORDER BY 1")
        return [r[0] for r in rows]

    def members(self, group: str) -> list[str]:
        """The user names in a working group."""
        rows = self.conn.execute("SELECT username FROM group_members WHERE group_name=? ORDER BY username", (group,))
        return [r[0] for r in rows]

    def set_members(self, group: str, usernames: Iterable[str], actor: Actor) -> None:
        """Make ``usernames`` the members of ``group`` (audited)."""
        new = sorted(set(usernames))
        with self.transaction():
            old = self.members(group)
            if old == new:
                return
            self.conn.execute("DELETE FROM group_members WHERE group_name=?", (group,))
            self.conn.executemany("INSERT INTO group_members VALUES (?, ?)", [(group, u) for u in new])
            self.log(actor, "group", {"group": group}, {"members": ", ".join(old)}, {"members": ", ".join(new)})

    # --- comments --------------------------------------------------------------------------------------
    def add_comment(self, framework: str, year: int, requirement: str, text: str, actor: Actor) -> Comment:
        """Add a comment on a standard (comments are never edited, only added)."""
        with self.transaction():
            cur = self.conn.execute(
                "INSERT INTO comments (framework, year, requirement, author, at, via, text)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (framework, year, requirement, actor.username, iso(actor.at), actor.via, text),
            )
            key = {"framework": framework, "year": year, "requirement": requirement, "comment": cur.lastrowid}
            self.log(actor, "comment", key, None, {"text": text}, 1)
        return Comment(id=cur.lastrowid or 0, framework=framework, year=year, requirement=requirement,
                       author=actor.username, at=actor.at, via=actor.via, text=text)

    def comments(self, framework: str, year: int, requirement: str | None = None) -> list[Comment]:
        """The comments of one assessment (or one standard of it), oldest first."""
        sql = "SELECT * FROM comments WHERE framework=? AND year=?"
        args: tuple[object, ...] = (framework, year)
        if requirement is not None:
            sql, args = sql + " AND requirement=?", (*args, requirement)
        rows = self.conn.execute(sql + " ORDER BY id", args)
        return [
            Comment(id=r["id"], framework=r["framework"], year=r["year"], requirement=r["requirement"],
                    author=r["author"], at=datetime.fromisoformat(r["at"]), via=r["via"], text=r["text"])
            for r in rows
        ]

    # --- audit -----------------------------------------------------------------------------------------
    def history(
        self, *, entity: str | None = None, framework: str | None = None, year: int | None = None,
        requirement: str | None = None, limit: int | None = None,
    ) -> list[AuditEntry]:
        """The audit log, oldest first, filtered by kind of record and by the key's framework, year, requirement."""
        sql = "SELECT * FROM audit WHERE 1=1"
        args: list[object] = []
        if entity is not None:
            sql += " AND entity=?"
            args.append(entity)
        for name, value in (("framework", framework), ("year", year), ("requirement", requirement)):
            if value is not None:
                sql += f" AND json_extract(key, '$.{name}')=?"
                args.append(value)
        sql += " ORDER BY id"
        if limit is not None:
            sql = f"SELECT * FROM ({sql.replace('ORDER BY id', 'ORDER BY id DESC')} LIMIT {int(limit)}) ORDER BY id"
        return [
            AuditEntry(id=r["id"], at=datetime.fromisoformat(r["at"]), username=r["username"], via=r["via"],
                       entity=r["entity"], key=json.loads(r["key"]), old=r["old"], new=r["new"], version=r["version"])
            for r in self.conn.execute(sql, args)
        ]

    # --- workbook sync bases ---------------------------------------------------------------------------
    def sync_state(self, kind: str, framework: str, year: int) -> dict[str, Any] | None:
        """What the store knows about the last export/import of a workbook (path, hash, base per cell)."""
        row = self.conn.execute(
            "SELECT * FROM syncs WHERE kind=? AND framework=? AND year=?", (kind, framework, year)
        ).fetchone()
        if row is None:
            return None
        return {"path": row["path"], "sha256": row["sha256"], "size": row["size"], "mtime_ns": row["mtime_ns"],
                "at": parse_time(row["at"]), "base": json.loads(row["base"]), "extra": json.loads(row["extra"])}

    def set_sync_state(
        self, kind: str, framework: str, year: int, *, path: str, sha256: str, size: int, mtime_ns: int, actor: Actor,
        base: dict[str, Any], extra: dict[str, Any] | None = None,
    ) -> None:
        """Record a workbook as in step with the store (its bytes, and each cell's version and value)."""
        with self.transaction():
            self.conn.execute(
                "INSERT OR REPLACE INTO syncs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (kind, framework, year, path, sha256, size, mtime_ns, iso(actor.at),
                 json.dumps(base, ensure_ascii=False), json.dumps(extra or {}, ensure_ascii=False)),
            )
