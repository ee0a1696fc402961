"""The inspector's desk: the packages of the review folder, their integrity, signature, flags and log."""

from __future__ import annotations

from collections import defaultdict
from urllib.parse import quote

from starlette.responses import RedirectResponse, Response

from accredit.web.app import Req
from accredit.web.backend import Review


def desk(req: Req) -> Response:
    """The packages waiting in the review folder (``accredit serve --review FOLDER``)."""
    review = Review(req.desk.review_folder)
    return req.render("review.html", packages=review.packages(), folder=req.desk.review_folder)


def upload(req: Req) -> Response:
    """An inspector uploads a package into the review folder, then opens it."""
    from starlette.datastructures import UploadFile

    from accredit.i18n.message import msg
    from accredit.web.backend import UPLOAD_MAX_BYTES
    from accredit.web.model import DeskError

    assert req.form is not None
    item = req.form.get("package")
    if not isinstance(item, UploadFile):
        raise DeskError(msg("web.error.no_files"))
    name = Review(req.desk.review_folder).add(item.filename or "", item.file.read(UPLOAD_MAX_BYTES + 1),
                                              req.actor, req.backend)
    return RedirectResponse(f"/review/package?name={quote(name)}", status_code=303)


def package(req: Req) -> Response:
    """One package: integrity and signature, flags per standard, the review log's state."""
    review = Review(req.desk.review_folder)
    report = review.report(req.query("name"))
    by_standard: dict[tuple[str, str], list] = defaultdict(list)  # type: ignore[type-arg]
    for f in report.flags:
        by_standard[(f.framework, f.requirement or "")].append(f)
    return req.render("package.html", name=req.query("name"), report=report, by_standard=dict(by_standard))


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
    Review(req.desk.review_folder).record_verdict(name, framework, code, status, comment, actor,
                                                  passphrase if isinstance(passphrase, str) else "",
                                                  req.actor, req.backend, response=response)
    return RedirectResponse(f"/review/package?name={quote(name)}#verdicts", status_code=303)


def heat_map(req: Req) -> Response:
    """The province roll-up of the review folder: a heat map of schools × criteria per framework."""
    return req.render("rollup.html", maps=Review(req.desk.review_folder).heat_maps(req.t))
