"""The evidence pages: the library (filters, paging, upload, scan), a file's preview, the suggestion queue."""

from __future__ import annotations

from starlette.datastructures import UploadFile
from starlette.responses import FileResponse, JSONResponse, RedirectResponse, Response

from accredit.i18n.message import msg
from accredit.model.evidence import FileKind
from accredit.web import forms
from accredit.web.app import Req
from accredit.web.backend import PROBLEMS, UPLOAD_MAX_BYTES
from accredit.web.model import DeskError, Forbidden
from accredit.web.scope import Where
from accredit.web.security import can_edit, require_edit

PAGE = 50
_IMAGE_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif",
                ".webp": "image/webp", ".bmp": "image/bmp"}
TEXT_PREVIEW = 20_000
BULK_MIN_SCORE = 10.0
"""The match score a bulk acceptance starts from (scores are the matcher's, higher is closer)."""


def _criteria_choices(req: Req) -> list[tuple[str, str]]:
    out = []
    for fw in req.backend.frameworks():
        for c in fw.criteria:
            out.append((f"{fw.id}#{c.code}", f"{req.backend.display_name(fw.id)} — {c.label}: {c.title}"))
    return out


def library(req: Req) -> Response:
    """The evidence library: filters (words, criterion, state, type, problem), pages of 50, upload, scan."""
    filters = {k: req.query(k)[:200] for k in ("q", "criterion", "state", "kind", "problem")}
    rows = req.backend.evidence_rows(**filters)
    page = forms.number(dict(req.request.query_params), "page", default=1, low=1)
    pages = max(1, (len(rows) + PAGE - 1) // PAGE)
    page = min(page, pages)
    return req.render("evidence.html", rows=rows[(page - 1) * PAGE: page * PAGE], total=len(rows), page=page,
                      pages=pages, filters=filters, criteria=_criteria_choices(req), kinds=[k.value for k in FileKind],
                      problems=PROBLEMS, folders=req.backend.folders(), job=req.backend.scan_job,
                      max_mb=UPLOAD_MAX_BYTES // (1024 * 1024))


def file_page(req: Req) -> Response:
    """One file: its preview in the page (PDF inline, image, extracted text), header metadata, links, flags."""
    path = req.query("path")
    detail = req.backend.detail(path)
    suffix = "." + path.rsplit(".", 1)[-1].lower() if "." in path else ""
    inline = detail.record.kind == FileKind.PDF or suffix in _IMAGE_TYPES
    text = req.backend.text(path)
    return req.render("file.html", detail=detail, inline=inline, is_pdf=detail.record.kind == FileKind.PDF,
                      text=text[:TEXT_PREVIEW], cut=len(text) > TEXT_PREVIEW)


def raw_file(req: Req) -> Response:
    """The file's bytes: PDFs and images inline, everything else as a download (never rendered as a page)."""
    path = req.query("path")
    found = req.backend.file_path(path)
    suffix = found.suffix.lower()
    if suffix == ".pdf":
        return FileResponse(found, media_type="application/pdf", content_disposition_type="inline",
                            filename=found.name)  # shown by the browser's own PDF viewer (no page script)
    if suffix in _IMAGE_TYPES:
        return FileResponse(found, media_type=_IMAGE_TYPES[suffix], content_disposition_type="inline",
                            filename=found.name)
    return FileResponse(found, media_type="application/octet-stream", filename=found.name,
                        content_disposition_type="attachment")


def upload(req: Req) -> Response:
    """Files (or a dropped folder) copied into the evidence folder: the names saved, or the refusals."""
    assert req.form is not None
    folder = forms.text(req.form, "folder", limit=500)
    saved: list[str] = []
    refused: list[str] = []
    for item in req.form.getlist("files"):
        if not isinstance(item, UploadFile):
            continue
        name = item.filename or ""
        data = item.file.read(UPLOAD_MAX_BYTES + 1)
        try:
            saved.append(req.backend.upload(folder, name, data, req.actor))
        except DeskError as exc:
            refused.append(req.t(exc.message))
    if not saved and not refused:
        raise DeskError(msg("web.error.no_files"))
    if req.request.headers.get("accept", "").startswith("application/json"):
        return JSONResponse({"saved": saved, "refused": refused}, status_code=200 if saved else 400)
    return req.render("fragments/uploaded.html", saved=saved, refused=refused, status=200 if saved else 400)


def start_scan(req: Req) -> Response:
    """Start scanning the evidence folder in the background."""
    req.backend.start_scan(req.actor)
    return scan_status(req)


def scan_status(req: Req) -> Response:
    """The scan's progress (polled by the page while it runs)."""
    return req.render("fragments/scan.html", job=req.backend.scan_job)


def cancel_scan(req: Req) -> Response:
    """Ask the running scan to stop."""
    job = req.backend.scan_job
    if job is not None and not job.finished:
        job.cancel.set()
    return scan_status(req)


def suggestions(req: Req) -> Response:
    """The suggestion queue: one file at a time, its preview beside the suggested standards and passages."""
    queue = req.backend.suggestion_queue()
    i = forms.number(dict(req.request.query_params), "i", default=0, low=0)
    i = min(i, max(0, len(queue) - 1))
    current = queue[i] if queue else None
    wording = {}
    choices: list[tuple[str, str, str]] = []
    editable = {}
    if current is not None:
        for x in current[1]:
            _, crit, requirement = req.backend.requirement(x.framework, x.requirement)
            wording[(x.framework, x.requirement)] = requirement
            editable[(x.framework, x.requirement)] = can_edit(req.user, x.framework, crit.code)
        for fid in sorted({x.framework for x in current[1]}):
            fw = req.backend.framework(fid)
            for c in fw.criteria:
                for r in c.requirements:
                    if can_edit(req.user, fid, c.code):
                        choices.append((fid, r.code, f"{r.label} — {(r.title or r.text)[:90]}"))
    path = current[0] if current else ""
    suffix = "." + path.rsplit(".", 1)[-1].lower() if "." in path else ""
    text = req.backend.text(path)[:4000] if current else ""
    return req.render("suggestions.html", queue=queue, i=i, current=current, wording=wording, choices=choices,
                      editable=editable, inline=suffix in (".pdf", *_IMAGE_TYPES), is_pdf=suffix == ".pdf", text=text,
                      names={fw.id: req.backend.display_name(fw.id) for fw in req.backend.frameworks()})


def _decision(req: Req) -> tuple[str, str, str, int]:
    assert req.form is not None
    path, fid, code = (forms.text(req.form, k, limit=1000) for k in ("path", "framework", "code"))
    if ":" in code and not fid:  # a pick from the list: '<framework>:<code>'
        fid, code = code.rsplit(":", 1)
    require_edit(req.user, fid, req.backend.criterion_of(fid, code))
    if not _may_decide(req, path, fid, code):
        raise Forbidden(msg("web.error.shared_file"))
    return path, fid, code, forms.number(req.form, "i", default=0)


def _may_decide(req: Req, path: str, fid: str, code: str) -> bool:
    """Whether the person may decide a link: their criterion here, and, for a shared file in a programme's
    scope, the same criterion in every other programme on the set (the decision is theirs too)."""
    crit = req.backend.criterion_of(fid, code)
    if not can_edit(req.user, fid, crit):
        return False
    for other in req.backend.sharing_programmes(path, fid):
        person = req.desk.scopes.get(Where(code=other)).user(req.user.name) if req.user.name else None
        if not can_edit(person or req.user, fid, crit):
            return False
    return True


def accept(req: Req) -> Response:
    """Accept a suggestion, or link the file to the standard a person picked."""
    path, fid, code, i = _decision(req)
    req.backend.accept(path, fid, code, req.actor)
    return RedirectResponse(req.link(f"/suggestions?i={i}"), status_code=303)


def reject(req: Req) -> Response:
    """Reject a suggestion (it does not come back on the next scan)."""
    path, fid, code, i = _decision(req)
    req.backend.reject(path, fid, code, req.actor)
    return RedirectResponse(req.link(f"/suggestions?i={i}"), status_code=303)


def bulk(req: Req) -> Response:
    """Bulk accept: first a preview of what would be accepted, then (confirmed) the acceptance."""
    assert req.form is not None
    threshold = forms.decimal(req.form, "min_score", BULK_MIN_SCORE)
    confirm = forms.text(req.form, "confirm", limit=5) == "1"

    def mine(path: str, fid: str, code: str) -> bool:
        return _may_decide(req, path, fid, code)

    report = req.backend.bulk(threshold, dry_run=not confirm, actor=req.actor, allowed=mine)
    return req.render("bulk.html", report=report, threshold=threshold, done=confirm)
