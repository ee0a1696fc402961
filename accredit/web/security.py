"""Who may do what, and the locks on the door: argon2 passwords, CSRF tokens, a login rate limit, role rules.

Every endpoint states what it needs through :func:`require` (read the school's data, edit a
criterion, manage people, review packages); nothing is allowed by default.
"""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from collections import deque
from enum import StrEnum

from accredit.i18n.message import msg
from accredit.web.model import DeskError, Forbidden, Role, User

LOCAL_USER = User(name="local", role=Role.ADMIN, display=None)
"""The one person at a desk served on 127.0.0.1: no login, the QA lead's rights."""


class Need(StrEnum):
    """What an endpoint needs."""

    READ = "read"  # the school's data: dashboard, evidence, standards, reports
    EDIT = "edit"  # change the school's data (evidence uploads, scans); per criterion: see can_edit
    MANAGE = "manage"  # people and roles
    REVIEW = "review"  # the inspector's desk


_ALLOWED: dict[Need, frozenset[Role]] = {
    Need.READ: frozenset({Role.ADMIN, Role.MEMBER, Role.VIEWER}),
    Need.EDIT: frozenset({Role.ADMIN, Role.MEMBER}),
    Need.MANAGE: frozenset({Role.ADMIN}),
    Need.REVIEW: frozenset({Role.ADMIN, Role.INSPECTOR}),
}


def allowed(user: User, need: Need) -> bool:
    """Whether ``user``'s role allows ``need``."""
    return user.role in _ALLOWED[need]


def require(user: User, need: Need) -> None:
    """Raise Forbidden unless ``user``'s role allows ``need``."""
    if not allowed(user, need):
        raise Forbidden(msg("web.error.forbidden"))


def can_edit(user: User, framework: str, criterion: str) -> bool:
    """Whether ``user`` may change the ratings, narrative and evidence links of a criterion's standards."""
    if user.role == Role.ADMIN:
        return True
    return user.role == Role.MEMBER and f"{framework}#{criterion}" in user.criteria


def require_edit(user: User, framework: str, criterion: str) -> None:
    """Raise Forbidden unless ``user`` may edit the criterion."""
    if not can_edit(user, framework, criterion):
        raise Forbidden(msg("web.error.not_assigned", criterion=criterion))


# --- passwords ----------------------------------------------------------------------------------
MIN_PASSWORD = 10


def hash_password(password: str) -> str:
    """An argon2id hash of ``password``."""
    from argon2 import PasswordHasher

    return PasswordHasher().hash(password)


def check_password(user: User | None, password: str) -> bool:
    """Whether ``password`` is ``user``'s (a missing user still costs one hash, so timing tells nothing)."""
    from argon2 import PasswordHasher
    from argon2.exceptions import InvalidHashError, VerificationError

    hasher = PasswordHasher()
    stored = user.password_hash if user is not None and user.password_hash else None
    if stored is None:
        hasher.hash(password)
        return False
    try:
        return hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def check_new_password(password: str, repeat: str) -> None:
    """Refuse a password that is too short or typed differently twice."""
    if len(password) < MIN_PASSWORD:
        raise DeskError(msg("web.error.password_short", n=MIN_PASSWORD))
    if password != repeat:
        raise DeskError(msg("web.error.password_mismatch"))


# --- CSRF ---------------------------------------------------------------------------------------
def new_token() -> str:
    """A fresh CSRF token (kept in the signed session)."""
    return secrets.token_urlsafe(32)


def same_token(expected: str | None, given: str | None) -> bool:
    """Whether the request's token is the session's (constant time)."""
    return bool(expected) and bool(given) and hmac.compare_digest(str(expected), str(given))


# --- login rate limit ---------------------------------------------------------------------------
class RateLimiter:
    """At most ``attempts`` failed logins per ``window`` seconds for one (address, name)."""

    def __init__(self, attempts: int = 5, window: float = 300.0) -> None:
        self.attempts, self.window = attempts, window
        self._fails: dict[tuple[str, str], deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: tuple[str, str], now: float) -> deque[float]:
        q = self._fails.setdefault(key, deque())
        while q and now - q[0] > self.window:
            q.popleft()
        return q

    def blocked(self, address: str, name: str) -> bool:
        """Whether this address may not try this name again yet."""
        with self._lock:
            return len(self._recent((address, name.lower()), time.monotonic())) >= self.attempts

    def failed(self, address: str, name: str) -> None:
        """Count a failed login."""
        with self._lock:
            self._recent((address, name.lower()), time.monotonic()).append(time.monotonic())

    def succeeded(self, address: str, name: str) -> None:
        """Forget the failures of a login that succeeded."""
        with self._lock:
            self._fails.pop((address, name.lower()), None)
