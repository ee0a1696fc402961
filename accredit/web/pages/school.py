"""The school's pages: dashboard, scorecard of a framework, a standard's page, reports."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from starlette.responses import FileResponse, RedirectResponse, Response

from accredit.i18n.message import Msg, msg
from accredit.web import cycle, forms
from accredit.web.app import Req
from accredit.web.model import NARRATIVE_FIELDS, DeskError
from accredit.web.scope import Where
from accredit.web.security import can_edit, require_edit

REPORT_FORMATS = ("html", "xlsx", "docx", "json")


def fw_path(fid: str) -> str:
    """The URL part of a framework id ('tt38-2026/co-so-gdnn-v2' is already two segments)."""
    return fid


NOTES_PER_KIND = 3
"""How many notes of one kind the dashboard shows (a large folder can give thousands: the rest are counted)."""

NOTE_FILTERS = {"scoring.cli.ambiguous_code": "ambiguous_code"}
"""The kinds of note the dashboard shortens, each with the library's problem filter listing every file it is about
(the others are shown in full: nothing hidden without a way to see it)."""


def shown_notes(notes: list[Msg]) -> list[tuple[Msg, int, str]]:
    """The notes the dashboard shows, in order: of a kind the library's filter lists (:data:`NOTE_FILTERS`) the
    first :data:`NOTES_PER_KIND`, the last one shown with how many more there are and that filter; every other
    note in full."""
    kinds = Counter(n.key for n in notes)
    out: list[tuple[Msg, int, str]] = []
    seen: Counter[str] = Counter()
    for n in notes:
        if n.key not in NOTE_FILTERS:
            out.append((n, 0, ""))
            continue
        seen[n.key] += 1
        if seen[n.key] < NOTES_PER_KIND or (seen[n.key] == NOTES_PER_KIND and kinds[n.key] == NOTES_PER_KIND):
            out.append((n, 0, ""))
        elif seen[n.key] == NOTES_PER_KIND:
            out.append((n, kinds[n.key] - NOTES_PER_KIND, NOTE_FILTERS.get(n.key, "")))
    return out


def dashboard(req: Req) -> Response:
    """Per framework: decision, points and shares per criterion (chart), blockers, minimal fix, next steps."""
    b = req.backend
    state = b.score()
    pending = sum(len(waiting) for _, waiting in b.suggestion_queue())  # the links not counted: suggestions
    pending_plan = not b.roadmap_ready()  # planned after the page is shown (the box loads itself)
    roadmap = None if pending_plan else b.roadmap()
    next_steps = _next_steps(roadmap)
    progress = []
    for card in state.cards:
        rated = Counter(r.status.value for r in card.requirements)
        progress.append((card, rated))
    people: dict[str, int] = defaultdict(int)
    for entry in b.history(limit=500):
        if entry.entity in ("rating", "narrative", "data", "link", "unlink", "upload"):
            people[entry.username] += 1
    today = req.now.astimezone().date()  # the clock at the edge
    due = None if b.read_only else cycle.deadlines(req.desk.scopes, today)
    upcoming = [d for d in due.deadlines if d.state in ("next", "upcoming") and d.subject in (None, req.where.code)
                ][:6] if due is not None else []
    overview_pending = req.where == Where() and bool(req.desk.scopes.programmes())  # loaded after the page
    return req.render("dashboard.html", state=state, notes=shown_notes(state.notes), pending=pending,
                      roadmap=roadmap, next_steps=next_steps, roadmap_pending=pending_plan,
                      progress=progress, people=sorted(people.items(), key=lambda kv: -kv[1]),
                      names={fw.id: b.display_name(fw.id) for fw in b.frameworks()},
                      files=len(b.records()), overview_pending=overview_pending, cycle=due, upcoming=upcoming)


def _next_steps(roadmap: Any) -> list[Any]:
    return sorted(roadmap.actions, key=lambda a: (a.start_year, a.priority, a.id))[:8] if roadmap else []


def dashboard_roadmap(req: Req) -> Response:
    """The dashboard's roadmap box (its explanation and next steps): loaded after the dashboard is shown when the
    plan was not made yet for the current scores (after a change, planning takes a moment)."""
    roadmap = req.backend.roadmap()
    return req.render("fragments/dash_roadmap.html", roadmap=roadmap, next_steps=_next_steps(roadmap))


def programmes(req: Req) -> Response:
    """The programmes overview (``programmes_overview``): a fragment the school's dashboard loads after it is
    shown (scoring every programme may take a moment), or a page of its own."""
    overview = cycle.overview(req.desk.scopes, req.now.astimezone().date())
    htmx = req.request.headers.get("HX-Request") == "true"
    return req.render("fragments/overview.html" if htmx else "programmes.html", overview=overview)


def scorecard(req: Req) -> Response:
    """One framework: every criterion and standard with its status and points."""
    fid = f"{req.request.path_params['reg']}/{req.request.path_params['obj']}"
    b = req.backend
    fw = b.framework(fid)
    card = b.card(fid)
    results = {r.code: r for r in card.requirements}
    return req.render("scorecard.html", fw=fw, card=card, results=results, name=b.display_name(fid))


def _standard_ids(req: Req) -> tuple[str, str]:
    p = req.request.path_params
    return f"{p['reg']}/{p['obj']}", p["code"]


def standard(req: Req) -> Response:
    """A standard: wording, article, window, hints, evidence per year, rating per year, narrative, history, comments."""
    fid, code = _standard_ids(req)
    b = req.backend
    fw, crit, requirement = b.requirement(fid, code)
    result = next(r for r in b.card(fid).requirements if r.code == code)
    links = [x for x in b.links() if x.framework == fid and x.requirement == code]
    by_year: dict[object, list] = defaultdict(list)  # type: ignore[type-arg]
    for x in links:
        if x.counts:
            by_year[x.issued.year if x.issued else None].append(x)
    return req.render(
        "standard.html", fw=fw, crit=crit, req_=requirement, result=result, rating=b.rating(fid, code),
        window=b.window(fid, code), links=links, by_year=dict(by_year),
        suggested=[x for x in links if not x.counts], history=b.standard_history(fid, code),
        comments=b.comments(fid, code), editable=can_edit(req.user, fid, crit.code) and not b.read_only,
        fields=NARRATIVE_FIELDS, name=b.display_name(fid),
        statuses=("met", "not_met", "not_evaluated", "not_applicable"), saved=req.query("saved") == "1",
        carried=cycle.carried(b, fid, code), confirmed=req.query("confirmed") == "1")


def save_standard(req: Req) -> Response:
    """Save a standard's rating and narrative (the whole form, or an autosave from the page)."""
    fid, code = _standard_ids(req)
    b = req.backend
    require_edit(req.user, fid, b.criterion_of(fid, code))
    assert req.form is not None
    data = forms.rating_form(req.form, b.window(fid, code))
    saved = b.save_rating(fid, code, data.status, data.years, data.narrative, data.version, req.actor,
                          data.present)
    if req.request.headers.get("HX-Request") == "true":
        return req.render("fragments/saved.html", rating=saved)
    return RedirectResponse(req.link(f"/standard/{fid}/{code}?saved=1"), status_code=303)


def confirm_standard(req: Req) -> Response:
    """Confirm last year's rating of a standard in the current year (a member with rights on its criterion)."""
    fid, code = _standard_ids(req)
    b = req.backend
    require_edit(req.user, fid, b.criterion_of(fid, code))
    if not cycle.confirm(req.desk.scopes, req.where, fid, code, req.actor):
        raise DeskError(msg("web.year.nothing_to_confirm", code=code))
    return RedirectResponse(req.link(f"/standard/{fid}/{code}?confirmed=1"), status_code=303)


def comment_standard(req: Req) -> Response:
    """Add a comment to colleagues on a standard (anyone who may read the school's data)."""
    fid, code = _standard_ids(req)
    req.backend.requirement(fid, code)
    assert req.form is not None
    text = forms.text(req.form, "text", limit=4000)
    if not text:
        raise DeskError(msg("web.error.empty_comment"))
    req.backend.add_comment(fid, code, text, req.actor)
    return RedirectResponse(req.link(f"/standard/{fid}/{code}#comments"), status_code=303)


def reports(req: Req) -> Response:
    """The reports: build them in every format, build the submission package, download what the output folder
    holds."""
    return req.render("reports.html", files=req.backend.report_files(), formats=REPORT_FORMATS,
                      can_sign=req.backend.can_sign(), package=None)


def build_package(req: Req) -> Response:
    """Build the submission package of the page's scope (QA lead; signed with the school's key and its
    passphrase typed here, when the school has one) and show what was written."""
    assert req.form is not None
    passphrase = req.form.get("passphrase")
    run = req.backend.build_package(forms.text(req.form, "with_evidence", limit=5) == "1",
                                    passphrase if isinstance(passphrase, str) else "", req.actor)
    b = req.backend
    written = [b.output_name(run.package.path), *([b.output_name(run.package.cover_letter)]
                                                   if run.package.cover_letter else [])]
    return req.render("reports.html", files=b.report_files(), formats=REPORT_FORMATS, can_sign=b.can_sign(),
                      package=run, written=written)


def build_reports(req: Req) -> Response:
    """Write the reports (with the browser's ratings) into the output folder."""
    assert req.form is not None
    getlist = req.form.getlist("format")
    chosen = [str(f) for f in getlist if f in REPORT_FORMATS] or list(REPORT_FORMATS)
    req.backend.write_reports(chosen, req.actor, req.t)
    return RedirectResponse(req.link("/reports"), status_code=303)


def download_report(req: Req) -> Response:
    """One file of the output folder, as a download."""
    path = req.backend.report_path(req.query("name"))
    return FileResponse(path, filename=path.name, content_disposition_type="attachment")


def history(req: Req) -> Response:
    """The audit log: who changed what, when, before and after."""
    return req.render("history.html", entries=req.backend.history(limit=500))
