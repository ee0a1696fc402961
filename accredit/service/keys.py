"""Signing keys: the school's (in the workspace) and the inspector's (user-level); unlocking them to sign."""

from __future__ import annotations

from accredit.signing.keys import Signer, school_key_path
from accredit.signing.setup import KeyInfo, KeyOwner, init_inspector_key, init_school_key, key_info
from accredit.workspace import Workspace


def create_key(secret: bytes, *, ws: Workspace | None = None, name: str | None = None,
               overwrite: bool = False) -> KeyInfo:
    """**keys init**: a new key pair, the school's when ``ws`` is given (else the inspector's, named ``name``),
    locked with ``secret``; an existing key is kept unless ``overwrite``."""
    if ws is not None:
        return init_school_key(ws, secret, overwrite=overwrite)
    return init_inspector_key(secret, name=name, overwrite=overwrite)


def show_key(ws: Workspace | None = None) -> KeyInfo:
    """**keys show**: where the key is and its fingerprint (the school's of ``ws``, else the inspector's)."""
    return key_info(KeyOwner.SCHOOL, ws) if ws is not None else key_info(KeyOwner.INSPECTOR)


def passphrase_bytes(text: str) -> bytes:
    """A typed passphrase as the key is locked with: NFC (Unikey's 'Unicode tổ hợp' and macOS type decomposed
    letters), without a line's end; every front end reads it through here."""
    import unicodedata

    return unicodedata.normalize("NFC", text.strip("\r\n")).encode("utf-8")


def has_school_key(ws: Workspace) -> bool:
    """Whether the workspace has a school key (a package is unsigned without one)."""
    return school_key_path(ws).is_file()


def school_signer(ws: Workspace, secret: bytes) -> Signer:
    """The school's key of ``ws``, unlocked with ``secret`` (to sign a package)."""
    from accredit.signing.setup import school_signer as unlock

    return unlock(ws, secret)


def inspector_signer(secret: bytes) -> Signer:
    """The inspector's key, unlocked with ``secret`` (to sign review-log entries)."""
    from accredit.signing.setup import inspector_signer as unlock

    return unlock(secret)
