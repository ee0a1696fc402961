"""The user-level accredit folder and the caches kept in it (no heavy import: every command may need it).

The folder is ``$ACCREDIT_HOME`` when set, else ``%APPDATA%\\accredit`` on Windows, else
``$XDG_CONFIG_HOME/accredit`` (``~/.config/accredit``). It holds the inspector's key, the default
trust folder and, in ``bo-nho-dem``, caches whose every value is authenticated with an HMAC under
:func:`cache_secret` (made once, readable by this user only).
"""

from __future__ import annotations

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
