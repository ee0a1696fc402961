"""The user-level accredit folder and the caches kept in it (no heavy import: every command may need it).

The folder is ``$ACCREDIT_HOME`` when set, else ``%APPDATA%\\accredit`` on Windows, else
``$XDG_CONFIG_HOME/accredit`` (``~/.config/accredit``). It holds the inspector's key, the default
trust folder and, in ``bo-nho-dem``, caches whose every value is authenticated with an HMAC under
:func:`cache_secret` (made once, readable by this user only).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import sys
from pathlib import Path

ENV_HOME = "ACCREDIT_HOME"
"""Overrides the user-level folder (the inspector's key, the default trust folder, the caches)."""
CACHE_DIR = "bo-nho-dem"
SECRET_NAME = "tong-hop.key"


def user_dir() -> Path:
    """The user-level accredit folder (``$ACCREDIT_HOME``, else ``%APPDATA%\\accredit``, else XDG config)."""
    env = os.environ.get(ENV_HOME, "").strip()
    if env:
        return Path(env)
    if sys.platform == "win32" and os.environ.get("APPDATA"):
        return Path(os.environ["APPDATA"]) / "accredit"
    base = os.environ.get("XDG_CONFIG_HOME", "").strip()
    return (Path(base) if base else Path.home() / ".config") / "accredit"


def cache_dir() -> Path:
    """Where the caches live: ``<user folder>/bo-nho-dem``."""
    return user_dir() / CACHE_DIR


def cache_secret(folder: Path) -> bytes:
    """The HMAC secret of the caches in ``folder`` (made once, readable by this user only); OSError if it cannot be."""
    path = folder / SECRET_NAME
    if not path.is_file():
        folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(secrets.token_bytes(32))
    return path.read_bytes()


def _mac(secret: bytes, key: str, value: bytes) -> str:
    return hmac.new(secret, key.encode() + b"|" + value, hashlib.sha256).hexdigest()


def read_entry(folder: Path, key: str) -> bytes | None:
    """The value kept under ``key`` in the cache folder ``folder`` (one file per entry), or None when there is
    none, it does not authenticate under the folder's secret, or it cannot be read (a link is never followed)."""
    entry = folder / f"{key}.json"
    try:
        if folder.is_symlink() or entry.is_symlink() or not entry.is_file():
            return None
        secret = cache_secret(folder.parent)
        stored = entry.read_bytes()
    except OSError:
        return None
    mac, _, value = stored.partition(b"|")
    if value and hmac.compare_digest(mac.decode("ascii", "replace"), _mac(secret, key, value)):
        return value
    return None


def write_entry(folder: Path, key: str, value: bytes) -> None:
    """Keep ``value`` under ``key`` in the cache folder ``folder``, authenticated (best effort: a folder that
    cannot be written is simply not used)."""
    from accredit.workspace import write_atomic  # pydantic and the workspace models: only when writing

    try:
        if folder.is_symlink():
            return
        secret = cache_secret(folder.parent)
        folder.mkdir(parents=True, exist_ok=True)
        write_atomic(folder / f"{key}.json", _mac(secret, key, value).encode("ascii") + b"|" + value)
    except OSError:
        pass
