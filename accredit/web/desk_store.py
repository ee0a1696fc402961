"""What the desk keeps besides the workspace store: only the key that signs session cookies.

Everything a person enters or changes in the browser — ratings, narratives, figures, people, roles,
working groups, comments, the audit log — lives in the workspace store (``accredit.store``, reached
through ``accredit.service``), the same truth the command line reads. The session secret is no
part of the school's data: one small file in the workspace's cache folder, made once so sessions
survive a restart (deleting it only signs everybody out). The login rate limit is in memory
(:class:`accredit.web.security.RateLimiter`).
"""

from __future__ import annotations

import secrets
import threading

from accredit.workspace import Workspace, write_atomic

SECRET_NAME = "web-session-secret"
_LOCK = threading.Lock()


def session_secret(ws: Workspace) -> str:
    """The key that signs the desk's session cookies (made on first use)."""
    path = ws.cache_dir / SECRET_NAME
    with _LOCK:
        try:
            value = path.read_text(encoding="ascii").strip()
        except (OSError, UnicodeDecodeError):
            value = ""
        if len(value) < 32:
            value = secrets.token_urlsafe(48)
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(path, value.encode("ascii"))
        return value
