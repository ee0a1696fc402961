"""Ed25519 key pairs: created, stored protected by a passphrase, loaded, and their fingerprints.

Where the keys live:

- the **school's** private key: ``<workspace>/.accredit/keys/khoa-truong.p12`` (the workspace's
  cache folder, which ``accredit package`` never puts in a package); its public key is exported
  next to ``accredit.toml`` as ``khoa-cong-khai_<MÃ>.pem`` for the Sở to register;
- the **inspector's** private key: a user-level folder, ``%APPDATA%\\accredit\\keys`` on Windows,
  ``$XDG_CONFIG_HOME/accredit/keys`` (``~/.config/accredit/keys``) elsewhere, or
  ``$ACCREDIT_HOME/keys`` when that variable is set; its public key is kept beside it
  (``khoa-tham-dinh-vien.pub.pem``).

Private keys are PKCS#12 files encrypted with the passphrase (PBES2: PBKDF2-HMAC-SHA256 with
:data:`KDF_ROUNDS` rounds, AES-256), which other tools can open too. A
fingerprint is ``sha256:`` + the hex SHA-256 of the 32 raw public-key bytes, shown to people
in groups of four (``3F2A 91BC …``) to be compared on paper.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import pkcs12

from accredit.errors import MessageError
from accredit.i18n import t
from accredit.i18n.message import msg
from accredit.user_folder import ENV_HOME as ENV_HOME  # re-exported: where the user folder is
from accredit.user_folder import user_dir
from accredit.workspace import Workspace, write_atomic

KEYS_DIR = "keys"
SCHOOL_KEY_NAME = "khoa-truong.p12"
INSPECTOR_KEY_NAME = "khoa-tham-dinh-vien.p12"
PUBLIC_SUFFIX = ".pub.pem"
MIN_PASSPHRASE = 8
KDF_ROUNDS = 600_000
"""PBKDF2-HMAC-SHA256 rounds protecting a stored private key (slows guessing a stolen file's passphrase)."""
MAX_KEY_FILE = 64 * 1024
_PEM_BLOCK = re.compile(rb"-----BEGIN PUBLIC KEY-----.+?-----END PUBLIC KEY-----", re.DOTALL)
_HEX = re.compile(r"[0-9a-f]{64}")


class KeyFileError(MessageError):
    """A key cannot be created, read or unlocked; the message names the file and what to do (a message: the web
    desk says it in the person's language, the command line in its own)."""


def fingerprint_of(raw: bytes) -> str:
    """``sha256:<hex>`` of a raw 32-byte public key."""
    return "sha256:" + hashlib.sha256(raw).hexdigest()


def show_fingerprint(fingerprint: str) -> str:
    """A fingerprint for people: upper-case hex in groups of four."""
    hexpart = fingerprint.removeprefix("sha256:").upper()
    return " ".join(hexpart[i : i + 4] for i in range(0, len(hexpart), 4))


def parse_fingerprint(text: str) -> str | None:
    """A fingerprint typed in any of the shown forms (``sha256:`` prefix, spaces, dashes, colons) or None."""
    cleaned = re.sub(r"[\s:\-]", "", text.strip().lower().removeprefix("sha256:").removeprefix("sha256"))
    return "sha256:" + cleaned if _HEX.fullmatch(cleaned) else None


@dataclass(frozen=True)
class PublicKey:
    """An Ed25519 public key (its 32 raw bytes)."""

    raw: bytes

    @property
    def fingerprint(self) -> str:
        """``sha256:<hex>`` of the raw key."""
        return fingerprint_of(self.raw)

    def b64(self) -> str:
        """The raw key in base64 (as stored in signatures and log entries)."""
        return base64.b64encode(self.raw).decode("ascii")

    @classmethod
    def from_b64(cls, text: str) -> PublicKey | None:
        """The key from its base64 form, or None when it is not a 32-byte key."""
        try:
            raw = base64.b64decode(text, validate=True)
        except (ValueError, TypeError):
            return None
        return cls(raw) if len(raw) == 32 else None

    def pem(self) -> bytes:
        """SubjectPublicKeyInfo PEM."""
        key = Ed25519PublicKey.from_public_bytes(self.raw)
        return key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)

    def verify(self, signature: bytes, data: bytes) -> bool:
        """Whether ``signature`` is this key's signature of ``data``."""
        try:
            Ed25519PublicKey.from_public_bytes(self.raw).verify(signature, data)
        except (InvalidSignature, ValueError):
            return False
        return True


@dataclass(frozen=True)
class Signer:
    """An unlocked private key."""

    private: Ed25519PrivateKey

    @property
    def public(self) -> PublicKey:
        """The matching public key."""
        raw = self.private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        return PublicKey(raw)

    def sign(self, data: bytes) -> bytes:
        """The Ed25519 signature of ``data`` (64 bytes)."""
        return self.private.sign(data)


def generate() -> Signer:
    """A new random key pair."""
    return Signer(Ed25519PrivateKey.generate())


def check_passphrase(passphrase: bytes) -> None:
    """Refuse a passphrase shorter than :data:`MIN_PASSPHRASE` characters."""
    if len(passphrase.decode("utf-8", "replace")) < MIN_PASSPHRASE:
        raise KeyFileError(msg("sign.key.short_passphrase", min=MIN_PASSPHRASE))


def public_key_text(key: PublicKey, heading: list[str]) -> str:
    """A public key file: ``#`` comment lines (who, fingerprint), then the PEM block."""
    lines = [f"# {line}" for line in heading]
    lines.append("# " + t("sign.key.fingerprint_line", fingerprint=show_fingerprint(key.fingerprint)))
    return "\n".join(lines) + "\n" + key.pem().decode("ascii")


def save_key_pair(
    signer: Signer, path: Path, passphrase: bytes, public_text: str, *, overwrite: bool = False
) -> Path:
    """Write the encrypted private key to ``path`` and the public key file beside it; returns the public file.

    An existing private key is never replaced unless ``overwrite`` (packages signed with it could
    no longer be re-signed, and the Sở would have to register the new key).
    """
    check_passphrase(passphrase)
    if path.exists() and not overwrite:
        raise KeyFileError(msg("sign.key.exists", path=str(path)))
    encryption = (
        serialization.PrivateFormat.PKCS12.encryption_builder()
        .kdf_rounds(KDF_ROUNDS)
        .key_cert_algorithm(pkcs12.PBES.PBESv2SHA256AndAES256CBC)
        .hmac_hash(hashes.SHA256())
        .build(passphrase)
    )
    pem = pkcs12.serialize_key_and_certificates(b"accredit", signer.private, None, None, encryption)
    write_atomic(path, pem)
    if sys.platform != "win32":
        os.chmod(path, 0o600)
    public = public_path(path)
    write_atomic(public, public_text)
    return public


def public_path(private: Path) -> Path:
    """The public key kept beside a private key: ``khoa-truong.p12`` → ``khoa-truong.pub.pem``."""
    return private.with_name(private.stem + PUBLIC_SUFFIX)


def load_signer(path: Path, passphrase: bytes) -> Signer:
    """Unlock the private key at ``path``; a wrong passphrase or a damaged file is a clear error."""
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise KeyFileError(msg("sign.key.missing", path=str(path))) from exc
    except OSError as exc:
        raise KeyFileError(msg("sign.key.unreadable", path=str(path), error=exc.strerror or str(exc))) from exc
    try:
        key, _, _ = pkcs12.load_key_and_certificates(data, passphrase)
    except (ValueError, TypeError) as exc:
        raise KeyFileError(msg("sign.key.wrong_passphrase", path=str(path))) from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyFileError(msg("sign.key.not_ed25519", path=str(path)))
    return Signer(key)


def parse_public_key(data: bytes) -> PublicKey | None:
    """The Ed25519 key of a public key file (comment lines allowed around the PEM block), or None."""
    block = _PEM_BLOCK.search(data)
    if block is None:
        return None
    try:
        key = serialization.load_pem_public_key(block.group(0))
    except (ValueError, TypeError):
        return None
    if not isinstance(key, Ed25519PublicKey):
        return None
    return PublicKey(key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw))


def read_public_key(path: Path) -> PublicKey:
    """The public key in the file at ``path``; a file that is not one is a clear error."""
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_KEY_FILE)
    except OSError as exc:
        raise KeyFileError(msg("sign.key.unreadable", path=str(path), error=exc.strerror or str(exc))) from exc
    key = parse_public_key(data)
    if key is None:
        raise KeyFileError(msg("sign.key.not_public", path=str(path)))
    return key


# --- locations -------------------------------------------------------------------------------------


def school_key_path(ws: Workspace) -> Path:
    """The school's private key in the workspace's cache folder."""
    return ws.cache_dir / KEYS_DIR / SCHOOL_KEY_NAME


def inspector_key_path() -> Path:
    """The inspector's private key in the user-level folder."""
    return user_dir() / KEYS_DIR / INSPECTOR_KEY_NAME


def school_code(ws: Workspace) -> str:
    """The school code of ``accredit.toml`` (a key is registered for a code); a clear error when unset."""
    code = (ws.config.school.code or "").strip()
    if not code:
        raise KeyFileError(msg("sign.key.no_code", path=str(ws.config_path)))
    return code


def exported_public_path(ws: Workspace) -> Path:
    """Where ``keys init`` exports the school's public key for the Sở: ``khoa-cong-khai_<MÃ>.pem``."""
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in school_code(ws))
    return ws.root / f"khoa-cong-khai_{safe}.pem"
