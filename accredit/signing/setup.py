"""Creating and unlocking the school's and the inspector's keys (what ``accredit keys`` calls)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from pydantic import Field

from accredit.i18n import t
from accredit.i18n.message import msg
from accredit.model.base import Value
from accredit.signing.keys import (
    KeyFileError,
    Signer,
    exported_public_path,
    generate,
    inspector_key_path,
    load_signer,
    public_key_text,
    public_path,
    read_public_key,
    save_key_pair,
    school_code,
    school_key_path,
    show_fingerprint,
)
from accredit.workspace import Workspace, write_atomic


class KeyOwner(StrEnum):
    """Whose key."""

    SCHOOL = "school"
    INSPECTOR = "inspector"


class KeyInfo(Value):
    """A key pair on disk: where its files are and its fingerprint."""

    owner: KeyOwner
    private_key: str
    public_key: str
    exported: str | None = Field(default=None, description="The public key file to send to the Sở.")
    fingerprint: str
    fingerprint_text: str = Field(description="The fingerprint as people compare it (groups of four).")
    school_code: str | None = None
    created: bool = False


def _info(owner: KeyOwner, private: Path, public: Path, exported: Path | None, fingerprint: str,
          code: str | None, created: bool) -> KeyInfo:
    return KeyInfo(owner=owner, private_key=str(private), public_key=str(public),
                   exported=str(exported) if exported else None, fingerprint=fingerprint,
                   fingerprint_text=show_fingerprint(fingerprint), school_code=code, created=created)


def init_school_key(ws: Workspace, passphrase: bytes, *, overwrite: bool = False) -> KeyInfo:
    """Create the school's key pair; the public key is also exported beside ``accredit.toml``."""
    code = school_code(ws)
    signer = generate()
    heading = [t("sign.key.school_heading", school=ws.config.school.name, code=code)]
    text = public_key_text(signer.public, heading)
    private = school_key_path(ws)
    public = save_key_pair(signer, private, passphrase, text, overwrite=overwrite)
    exported = exported_public_path(ws)
    write_atomic(exported, text)
    return _info(KeyOwner.SCHOOL, private, public, exported, signer.public.fingerprint, code, True)


def init_inspector_key(passphrase: bytes, *, name: str | None = None, overwrite: bool = False) -> KeyInfo:
    """Create the inspector's key pair in the user-level folder."""
    signer = generate()
    heading = [t("sign.key.inspector_heading", name=name or "—")]
    private = inspector_key_path()
    public = save_key_pair(signer, private, passphrase, public_key_text(signer.public, heading), overwrite=overwrite)
    return _info(KeyOwner.INSPECTOR, private, public, None, signer.public.fingerprint, None, True)


def key_info(owner: KeyOwner, ws: Workspace | None = None) -> KeyInfo:
    """The existing key of ``owner`` (the school's needs the workspace); a clear error when there is none."""
    if owner == KeyOwner.SCHOOL:
        assert ws is not None
        private, code = school_key_path(ws), school_code(ws)
        exported: Path | None = exported_public_path(ws)
    else:
        private, code, exported = inspector_key_path(), None, None
    public = public_path(private)
    if not private.is_file() or not public.is_file():
        raise KeyFileError(msg(f"sign.key.none_{owner.value}", path=str(private)))
    key = read_public_key(public)
    return _info(owner, private, public, exported, key.fingerprint, code, False)


def school_signer(ws: Workspace, passphrase: bytes) -> Signer:
    """The school's unlocked key."""
    return _unlock(school_key_path(ws), passphrase, KeyOwner.SCHOOL)


def inspector_signer(passphrase: bytes) -> Signer:
    """The inspector's unlocked key."""
    return _unlock(inspector_key_path(), passphrase, KeyOwner.INSPECTOR)


def _unlock(path: Path, passphrase: bytes, owner: KeyOwner) -> Signer:
    if not path.is_file():
        raise KeyFileError(msg(f"sign.key.none_{owner.value}", path=str(path)))
    return load_signer(path, passphrase)
