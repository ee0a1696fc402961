"""The Sở's trust folder: the public keys it has registered, and the keys it has revoked.

Layout (every name is a plain folder or text file the Sở keeps by hand)::

    tin-cay/
      KTM/khoa-cong-khai_KTM.pem       one folder per school code; any number of .pem keys in it
      ABC/...
      tham-dinh-vien/nguyen-van-an.pem  the inspectors' public keys (they sign the review log)
      thu-hoi.txt                      revoked keys: one fingerprint per line, '#' starts a comment

A school key counts for the school whose code is its folder's name only. A key listed in
``thu-hoi.txt`` is refused wherever it is registered. The folder is ``--trust DIR``, else
``$ACCREDIT_TRUST``, else ``tin-cay`` in the user-level folder (see :func:`default_trust_folder`).
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from accredit.i18n import t
from accredit.signing.keys import (
    KeyFileError,
    PublicKey,
    inspector_key_path,
    parse_fingerprint,
    public_path,
    read_public_key,
    user_dir,
)

ENV_TRUST = "ACCREDIT_TRUST"
DEFAULT_TRUST_NAME = "tin-cay"
INSPECTORS_DIR = "tham-dinh-vien"
REVOKED_NAME = "thu-hoi.txt"
KEY_SUFFIX = ".pem"
MAX_REVOKED_FILE = 4 * 1024 * 1024


def normal_code(code: str | None) -> str:
    """A school code compared case- and form-insensitively (NFC, upper case, trimmed)."""
    return unicodedata.normalize("NFC", code or "").strip().upper()


@dataclass(frozen=True)
class TrustedKey:
    """A registered key and where it was found."""

    key: PublicKey
    path: Path
    school: str | None = None  # the school code (None for an inspector's key)


@dataclass
class Trust:
    """The registered school and inspector keys and the revocation list of one trust folder."""

    folder: Path | None = None
    schools: dict[str, list[TrustedKey]] = field(default_factory=dict)  # fingerprint → registrations
    inspectors: dict[str, TrustedKey] = field(default_factory=dict)
    revoked: dict[str, str] = field(default_factory=dict)  # fingerprint → the line of thu-hoi.txt
    problems: list[str] = field(default_factory=list)

    def add_inspector(self, key: PublicKey, path: Path) -> None:
        """Trust one more inspector key (e.g. the inspector's own)."""
        self.inspectors.setdefault(key.fingerprint, TrustedKey(key, path))


def default_trust_folder() -> Path | None:
    """``$ACCREDIT_TRUST``, else ``<user folder>/tin-cay`` when it exists, else None."""
    env = os.environ.get(ENV_TRUST, "").strip()
    if env:
        return Path(env)
    folder = user_dir() / DEFAULT_TRUST_NAME
    return folder if folder.is_dir() else None


def _keys_in(folder: Path, trust: Trust) -> list[tuple[PublicKey, Path]]:
    found: list[tuple[PublicKey, Path]] = []
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() != KEY_SUFFIX or not path.is_file():
            continue
        try:
            found.append((read_public_key(path), path))
        except KeyFileError as exc:
            trust.problems.append(str(exc))
    return found


def _read_revoked(path: Path, trust: Trust) -> None:
    try:
        with path.open("rb") as fh:
            text = fh.read(MAX_REVOKED_FILE).decode("utf-8-sig", "replace")
    except OSError as exc:
        trust.problems.append(t("sign.trust.unreadable", path=str(path), error=exc.strerror or str(exc)))
        return
    for number, line in enumerate(text.splitlines(), start=1):
        content = line.split("#", 1)[0].strip()
        if not content:
            continue
        fingerprint = parse_fingerprint(content.split()[0]) or parse_fingerprint(content)
        if fingerprint is None:
            trust.problems.append(t("sign.trust.bad_revoked_line", path=str(path), line=number))
            continue
        trust.revoked[fingerprint] = line.strip()


def load_trust(folder: Path | None) -> Trust:
    """Read a trust folder (an empty :class:`Trust` for None); unreadable files are listed in ``problems``."""
    trust = Trust(folder=folder)
    if folder is None:
        return trust
    if not folder.is_dir():
        trust.problems.append(t("sign.trust.no_folder", path=str(folder)))
        return trust
    for sub in sorted(folder.iterdir()):
        if not sub.is_dir() or sub.name.startswith("."):
            continue
        inspectors = sub.name.lower() == INSPECTORS_DIR
        for key, path in _keys_in(sub, trust):
            if inspectors:
                trust.add_inspector(key, path)
            else:
                trust.schools.setdefault(key.fingerprint, []).append(TrustedKey(key, path, normal_code(sub.name)))
    revoked = folder / REVOKED_NAME
    if revoked.is_file():
        _read_revoked(revoked, trust)
    return trust


def inspector_fingerprints(trust: Trust) -> set[str]:
    """The keys whose review-log entries count: the Sở's registered inspectors and this user's own key.

    A revoked key never counts.
    """
    found = set(trust.inspectors)
    own = public_path(inspector_key_path())
    if own.is_file():
        try:
            found.add(read_public_key(own).fingerprint)
        except KeyFileError as exc:
            trust.problems.append(str(exc))
    return found - set(trust.revoked)
