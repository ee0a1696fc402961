"""The inspector's desk: the packages of the review folder, their integrity, signature, flags and log."""

from __future__ import annotations

import tempfile
from collections import defaultdict
from collections.abc import Iterator
from pathlib import PurePosixPath
from urllib.parse import quote

from starlette.responses import RedirectResponse, Response, StreamingResponse

from accredit.i18n.message import msg
from accredit.model.evidence import FileKind
from accredit.web.app import Req
from accredit.web.model import DeskError, NotFound


def desk(req: Req) -> Response:
    """The packages waiting in the review folder (``accredit serve --review FOLDER``)."""
    review = req.desk.review
    return req.render("review.html", packages=review.packages(), folder=req.desk.review_folder)


def upload(req: Req) -> Response:
    """An inspector uploads a package into the review folder, then opens it."""
    from starlette.datastructures import UploadFile

    from accredit.web.backend import UPLOAD_MAX_BYTES

    assert req.form is not None
    item = req.form.get("package")
    if not isinstance(item, UploadFile):
        raise DeskError(msg("web.error.no_files"))
    name = req.desk.review.add(item.filename or "", item.file.read(UPLOAD_MAX_BYTES + 1), req.actor, req.backend)
    return RedirectResponse(f"/review/package?name={quote(name)}", status_code=303)


def package(req: Req) -> Response:
    """One package: integrity and signature, flags per standard, the review log's state."""
    review = req.desk.review
    report = review.report(req.query("name"))
    by_standard: dict[tuple[str, str], list] = defaultdict(list)  # type: ignore[type-arg]
    for f in report.flags:
        by_standard[(f.framework, f.requirement or "")].append(f)
    evidence = review.evidence(req.query("name"))
    return req.render("package.html", name=req.query("name"), report=report, by_standard=dict(by_standard),
                      evidence=evidence)


_INLINE = {".pdf": "application/pdf", ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg",
           ".gif": "image/gif", ".webp": "image/webp", ".bmp": "image/bmp"}
"""What the browser shows itself (its PDF viewer, an image); everything else is downloaded."""
_READ_HERE = frozenset({FileKind.DOCX, FileKind.XLSX, FileKind.TEXT, FileKind.HTML})
"""Kinds (besides those shown inline) whose text is read in the request itself: no OCR, no LibreOffice; the
others are downloaded."""
TEXT_PREVIEW = 20_000
_SPOOL = 4 * 1024 * 1024


def _suffix(path: str) -> str:
    return PurePosixPath(path).suffix.lower()


def evidence_page(req: Req) -> Response:
    """One evidence file of a verified package, opened in the page: a PDF inline, an image, else its text."""
    name, member = req.query("name"), req.query("file")
    listing = req.desk.review.evidence(name)
    if not listing.verified:
        raise DeskError(msg("web.error.evidence_not_verified"))
    found = listing.file(member)
    if found is None:
        raise NotFound(msg("web.error.no_file"))
    suffix = _suffix(found.path)
    readable = found.kind in _READ_HERE and suffix not in _INLINE
    text = req.desk.review.evidence_text(name, member, TEXT_PREVIEW + 1) if readable else ""
    return req.render("package_file.html", name=name, file=found, is_pdf=suffix == ".pdf",
                      inline=suffix in _INLINE, text=text[:TEXT_PREVIEW], cut=len(text) > TEXT_PREVIEW)


def disposition(kind: str, filename: str) -> str:
    """A Content-Disposition header for a file name in any language: an ASCII name for old browsers, the
    exact name percent-encoded (RFC 6266 / 5987); no quote, backslash or line break reaches the header."""
    from accredit.evidence.text import fold

    plain = "".join(c if c.isascii() and (c.isalnum() or c in "._- ()") else "_" for c in fold(filename))
    return f"{kind}; filename=\"{plain or 'tep'}\"; filename*=UTF-8''{quote(filename, safe='')}"


def evidence_raw(req: Req) -> Response:
    """The bytes of one evidence file of a verified package, read from the zip after it verified (hash checked
    before the first byte is sent): PDFs and images inline, everything else as a download."""
    name, member = req.query("name"), req.query("file")
    spool = tempfile.SpooledTemporaryFile(max_size=_SPOOL)  # noqa: SIM115 (closed when the response ends)
    try:
        found = req.desk.review.evidence_file(name, member, spool.write)
    except BaseException:
        spool.close()
        raise
    spool.seek(0)
    suffix = _suffix(found.file.path)
    inline = suffix in _INLINE and req.query("download") != "1"
    media = _INLINE[suffix] if inline else "application/octet-stream"

    def chunks() -> Iterator[bytes]:
        try:
            while chunk := spool.read(1024 * 1024):
                yield chunk
        finally:
            spool.close()

    headers = {"content-disposition": disposition("inline" if inline else "attachment",
                                                  PurePosixPath(found.file.path).name),
               "content-length": str(found.size)}
    return StreamingResponse(chunks(), media_type=media, headers=headers)


def verdict(req: Req) -> Response:
    """Record the inspector's verdict and comment on one standard (signed into the review log)."""
    from accredit.web import forms

    assert req.form is not None
    name = req.query("name")
    framework, _, code = forms.text(req.form, "standard", limit=200).rpartition(":")
    status = forms.status(forms.text(req.form, "status", limit=20))
    comment = forms.text(req.form, "comment", limit=4000) or None
    actor = forms.text(req.form, "actor", limit=100) or req.user.display or req.user.name or "?"
    passphrase = req.form.get("passphrase")
    response = forms.text(req.form, "response", limit=4000) or None
    req.desk.review.record_verdict(name, framework, code, status, comment, actor,
                                                  passphrase if isinstance(passphrase, str) else "",
                                                  req.actor, req.backend, response=response)
    return RedirectResponse(f"/review/package?name={quote(name)}#verdicts", status_code=303)


def heat_map(req: Req) -> Response:
    """The province roll-up of the review folder: a heat map of schools × criteria per framework."""
    return req.render("rollup.html", maps=req.desk.review.heat_maps(req.t))
