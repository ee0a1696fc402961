"""Service operations on the people of a workspace: users (the web app hashes and checks passwords; the
store keeps the hash), working groups and the criteria they are in charge of, and the audit log."""

from __future__ import annotations

from accredit.model.base import Value
from accredit.model.framework import Framework
from accredit.service._store import reading, workspace_framework
from accredit.store.records import Actor, Assignment, AuditEntry, Role, UserRecord
from accredit.store.workspace import open_workspace_store
from accredit.workspace import Workspace


class Users(Value):
    """Every user of the workspace."""

    users: list[UserRecord]


class Groups(Value):
    """Every working group's criteria and members."""

    assignments: list[Assignment]
    members: dict[str, list[str]]


class History(Value):
    """Entries of the audit log, oldest first."""

    entries: list[AuditEntry]


def list_users(ws: Workspace) -> Users:
    """The workspace's users."""
    with reading(ws) as store:
        return Users(users=store.users())


def get_user(ws: Workspace, username: str) -> UserRecord | None:
    """One user (with the password hash the web app checks), None when unknown."""
    with reading(ws) as store:
        return store.user(username)


def put_user(
    ws: Workspace, username: str, display_name: str, role: Role | str, password_hash: str | None = None, *,
    base_version: int, actor: Actor, lang: str | None = None,
) -> UserRecord:
    """Add a user (``base_version`` 0) or change one (its current version); ``lang``: the language they read."""
    with open_workspace_store(ws, actor=actor) as store:
        return store.put_user(username.strip(), display_name.strip(), Role(role), password_hash,
                              base_version=base_version, actor=actor, lang=lang)


def _assignable(ws: Workspace, key: str) -> tuple[Framework, str]:
    """The framework of an assignment key and the key as stored: one of the school's frameworks, or
    '<set id>@<mã>' for an assessed programme's set (see :func:`accredit.programmes.model.assignment_framework`)."""
    from accredit.programmes.model import assignment_framework, split_assignment

    framework, programme = split_assignment(key)
    if programme is None:
        fw = workspace_framework(ws, framework)
        return fw, fw.id
    from accredit.programmes.workspace import find_programme, programme_workspace

    p = find_programme(ws, programme)
    fw = workspace_framework(programme_workspace(ws, p), framework)
    return fw, assignment_framework(fw.id, p.code)


def assign_criteria(ws: Workspace, group: str, framework: str, criteria: list[str], *, actor: Actor) -> Groups:
    """Put a working group in charge of ``criteria`` of ``framework`` (criterion codes); ``framework`` is one of
    the school's, or '<set id>@<mã>' for one programme's set (assignments are per programme)."""
    fw, key = _assignable(ws, framework)
    from accredit.service._store import StoreInputError

    known = {c.code for c in fw.criteria}
    unknown = [c for c in criteria if c not in known]
    if unknown:
        from accredit.i18n.message import msg

        raise StoreInputError(msg("store.input.criterion", codes=", ".join(unknown), framework=fw.id,
                                known=", ".join(sorted(known))))
    with open_workspace_store(ws, actor=actor) as store:
        store.assign(group, key, criteria, actor)
    return list_groups(ws)


def unassign_criteria(ws: Workspace, group: str, framework: str, criteria: list[str], *, actor: Actor) -> Groups:
    """Take ``criteria`` of ``framework`` (criterion codes; '<set id>@<mã>' for a programme) away from a group."""
    _, key = _assignable(ws, framework)
    with open_workspace_store(ws, actor=actor) as store:
        store.unassign(group, key, criteria, actor)
    return list_groups(ws)


def log_event(
    ws: Workspace, entity: str, key: dict[str, str | int | None], text: str | None, *, actor: Actor,
    old: str | None = None,
) -> None:
    """Write one line of the audit log for a change that is not a store record (a file uploaded into the
    evidence folder, a scan, reports written, a link changed in the evidence index, a setting of
    ``accredit.toml``): who, when, from where, the new value (``text``) and, when there was one, the old."""
    with open_workspace_store(ws, actor=actor) as store, store.transaction():
        store.log(actor, entity, key, None if old is None else {"text": old}, None if text is None else {"text": text})


def set_group_members(ws: Workspace, group: str, usernames: list[str], *, actor: Actor) -> Groups:
    """Make ``usernames`` the members of a working group."""
    with open_workspace_store(ws, actor=actor) as store:
        store.set_members(group, usernames, actor)
    return list_groups(ws)


def list_groups(ws: Workspace) -> Groups:
    """Every working group (in charge of a criterion or with a member): its criteria and its members."""
    with reading(ws) as store:
        return Groups(assignments=store.assignments(), members={g: store.members(g) for g in store.group_names()})


def audit_log(ws: Workspace, *, entity: str | None = None, limit: int | None = 200) -> History:
    """The latest entries of the audit log (``entity``: rating, narrative, data, link, user, comment…)."""
    with reading(ws) as store:
        return History(entries=store.history(entity=entity, limit=limit))
