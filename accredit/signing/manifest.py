"""Signing a package's manifest, and deciding which signature state holds when it is reviewed.

The school signs the exact bytes of ``manifest.json`` (no re-serialisation: what is verified is
what was signed). :func:`check_signature` says which of these holds: signed by a key the Sở
registered for the manifest's school code / by a revoked key / by an unknown key / a bad
signature / unsigned. Only the first is good; an unsigned or unknown-key package is good only
when the inspector accepts it explicitly, and the check says so.
"""

from __future__ import annotations

import base64
import binascii
import hashlib

from pydantic import ValidationError

from accredit.i18n import t
from accredit.model.package import Manifest, PackageSignature
from accredit.model.review import SignatureCheck, SignatureState
from accredit.signing.keys import PublicKey, Signer, show_fingerprint
from accredit.signing.trust import Trust, normal_code


def sign_manifest(manifest: bytes, signer: Signer) -> bytes:
    """The ``manifest.sig.json`` member for the manifest bytes ``manifest``."""
    sig = PackageSignature(
        public_key=signer.public.b64(),
        fingerprint=signer.public.fingerprint,
        manifest_sha256="sha256:" + hashlib.sha256(manifest).hexdigest(),
        signature=base64.b64encode(signer.sign(manifest)).decode("ascii"),
    )
    return sig.model_dump_json(indent=2).encode("utf-8") + b"\n"


def _school(manifest: Manifest) -> str:
    school = manifest.school
    return f"{school.name} ({school.code})" if school.code else school.name


def _check(
    state: SignatureState, trust: Trust, *, accept: bool = False, fingerprint: str | None = None, **extra: str | None
) -> SignatureCheck:
    accepted = accept and state in (SignatureState.UNSIGNED, SignatureState.UNKNOWN_KEY)
    params = {k: v for k, v in extra.items() if v is not None}
    if fingerprint is not None:
        params["fingerprint"] = show_fingerprint(fingerprint)
    detail = t(f"sign.state.{state.value}.detail", **params)
    if accepted:
        detail += " " + t("sign.state.accepted")
    return SignatureCheck(
        state=state,
        fingerprint=fingerprint,
        registered_for=extra.get("registered"),
        key_file=extra.get("key_file"),
        trust_folder=str(trust.folder) if trust.folder is not None else None,
        accepted=accepted,
        detail=detail,
        trust_problems=list(trust.problems),
    )


def _signature(signature: bytes) -> tuple[PackageSignature, PublicKey, bytes] | None:
    try:
        sig = PackageSignature.model_validate_json(signature)
        raw = base64.b64decode(sig.signature, validate=True)
    except (ValidationError, ValueError, binascii.Error):
        return None
    key = PublicKey.from_b64(sig.public_key)
    if key is None or key.fingerprint != sig.fingerprint:
        return None
    return sig, key, raw


def check_signature(
    manifest_bytes: bytes,
    signature: bytes | None,
    manifest: Manifest,
    trust: Trust,
    *,
    accept_unsigned: bool = False,
) -> SignatureCheck:
    """The signature state of a package whose manifest is ``manifest_bytes`` (parsed: ``manifest``)."""
    school = _school(manifest)
    if signature is None:
        return _check(SignatureState.UNSIGNED, trust, accept=accept_unsigned, school=school)
    parsed = _signature(signature)
    if parsed is None:
        return _check(SignatureState.BAD_SIGNATURE, trust, reason=t("sign.reason.malformed"), school=school)
    _sig, key, raw = parsed
    fp = key.fingerprint
    if not key.verify(raw, manifest_bytes):
        return _check(SignatureState.BAD_SIGNATURE, trust, fingerprint=fp, reason=t("sign.reason.changed"),
                      school=school)
    if fp in trust.revoked:
        return _check(SignatureState.REVOKED, trust, fingerprint=fp, school=school, line=trust.revoked[fp])
    registrations = trust.schools.get(fp, [])
    mine = [r for r in registrations if r.school == normal_code(manifest.school.code)] if manifest.school.code else []
    if mine:
        return _check(SignatureState.REGISTERED, trust, fingerprint=fp, school=school, registered=mine[0].school,
                      key_file=str(mine[0].path))
    if registrations:
        other = registrations[0].school
        # another school's registered key: an impersonation, never accepted (like a revoked key)
        return _check(SignatureState.UNKNOWN_KEY, trust, accept=False, fingerprint=fp, school=school,
                      reason=t("sign.reason.other_school", other=other or "?"))
    if trust.folder is None:
        reason = t("sign.reason.no_trust")
    elif not manifest.school.code:
        reason = t("sign.reason.no_code")
    else:
        reason = t("sign.reason.not_registered", folder=str(trust.folder))
    return _check(SignatureState.UNKNOWN_KEY, trust, accept=accept_unsigned, fingerprint=fp, school=school,
                  reason=reason)
