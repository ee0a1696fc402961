"""Adapter: a programme seen as a workspace of its own (its set, its ratings and outputs, its evidence), and the
school overview of every programme.

A programme view shares the school's evidence folder and evidence index; its root is its own folder
``<data>/chuong-trinh/<mã>/``, which holds its ratings and data workbooks and its own workspace store
(``kho-tu-danh-gia.sqlite``): two programmes on the same criteria set never share ratings, narratives or data
(the store keys them by framework, year and requirement only). Its reports go to ``<output>/chuong-trinh/<mã>/``.
Its evidence is the links to its set of files in its own folder plus the shared ones (files outside every
programme folder).
"""

from __future__ import annotations

import datetime as dt

from pydantic import Field

from accredit.calendar.cycle import cert_expiry
from accredit.errors import AccreditError
from accredit.i18n import t
from accredit.i18n.message import Messages, Msg
from accredit.model.base import Value
from accredit.model.evidence import EvidenceLink
from accredit.model.scorecard import Scorecard
from accredit.programmes.layout import OBJECT_OF_LEVEL, data_folder, owner_of
from accredit.programmes.model import Certificate, Programme
from accredit.workspace import AssessmentSettings, SchoolInfo, Workspace


class ProgrammeError(AccreditError):
    """A programme that is not in accredit.toml, or is not assessed against a criteria set."""


def find_programme(ws: Workspace, code: str) -> Programme:
    """The programme ``code`` of the workspace; a clear error naming the known codes otherwise."""
    for p in ws.config.programmes:
        if p.code.casefold() == code.strip().casefold():
            return p
    known = ", ".join(p.code for p in ws.config.programmes) or "—"
    raise ProgrammeError(t("cycle.prog.unknown", code=code, known=known, path=str(ws.config_path)))


def assessed(ws: Workspace) -> list[Programme]:
    """The programmes assessed against a criteria set (the others are listed for the TT 38 data only)."""
    return [p for p in ws.config.programmes if p.criteria]


def programme_problems(ws: Workspace) -> list[tuple[str, str]]:
    """What is wrong with ``[[programmes]]``: a code listed twice, an unknown set, a set that is not a programme
    set or does not apply to the programme's level (e.g. no TT 14/2024 set covers trung học nghề): (code, message)."""
    from accredit.catalog.registry import default_catalog

    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    catalog = default_catalog()
    where = str(ws.config_path)
    for p in ws.config.programmes:
        if p.code.casefold() in seen:
            out.append((p.code, t("cycle.prog.twice", code=p.code, path=where)))
        seen.add(p.code.casefold())
        if not p.criteria:
            continue
        fw = catalog.frameworks.get(p.criteria.lower())
        if fw is None:
            out.append((p.code, t("cycle.prog.unknown_set", code=p.code, set=p.criteria, path=where)))
            continue
        obj = OBJECT_OF_LEVEL.get(p.level)
        if obj is None or obj not in fw.applies_to:
            out.append((p.code, t("cycle.prog.level_mismatch", code=p.code,
                                  level=t(f"cycle.prog.level.{p.level.value}"), set=p.criteria, path=where)))
    return out


def programme_workspace(ws: Workspace, p: Programme) -> Workspace:
    """``ws`` narrowed to programme ``p``: its set as the only framework and target, its object, its folders.

    A programme whose list entry has a problem (:func:`programme_problems`) is refused with the reason."""
    if not p.criteria:
        raise ProgrammeError(t("cycle.prog.no_criteria", code=p.code, path=str(ws.config_path)))
    wrong = [m for code, m in programme_problems(ws) if code == p.code]
    if wrong:
        raise ProgrammeError(wrong[0])
    cfg = ws.config
    school = SchoolInfo(
        name=t("cycle.prog.school_name", programme=p.name, code=p.code, school=cfg.school.name),
        object=OBJECT_OF_LEVEL[p.level],
        province=cfg.school.province, code=cfg.school.code, categories=list(cfg.school.categories),
    )
    assessment = AssessmentSettings(year=cfg.assessment.year, frameworks=[p.criteria], target=p.criteria)
    root = ws.data_dir / data_folder(p)  # its own folder: its own store (kho-tu-danh-gia.sqlite), its ratings
    paths = cfg.paths.model_copy(update={"evidence": str(ws.evidence_dir), "data": ".", "cache": str(ws.cache_dir),
                                         "output": str(ws.output_dir / data_folder(p))})
    narrowed = cfg.model_copy(update={"school": school, "assessment": assessment, "paths": paths,
                                      "programmes": [p], "certificates": []})
    return Workspace(root, narrowed, shared_index=True)  # the school keeps (and backs up) the index


def programme_links(links: list[EvidenceLink], p: Programme, programmes: list[Programme]) -> list[EvidenceLink]:
    """The links that are ``p``'s evidence: to its set, from its own folder or from no programme's folder."""
    return [lk for lk in links if lk.framework == p.criteria and owner_of(lk.path, programmes) in (None, p.code)]


class ProgrammeResult(Value):
    """One programme on the school overview."""

    code: str
    name: str
    level: str
    faculty: str | None = None
    criteria: str
    passed: bool
    total: float
    max: float
    to_fix: list[str] = Field(default_factory=list, description="The smallest set of standards to bring up.")
    shortfall: float = Field(description="Points missing to the pass total (0 when reached).")
    evidence: int = Field(description="Links that count, own and shared.")
    shared_evidence: int = Field(description="Of those, files outside every programme folder.")
    certificate: Certificate | None = None
    expires: dt.date | None = None
    accredited: bool = Field(description="A certificate for this programme and set, valid on the day.")


def _cert(certs: list[Certificate], p: Programme) -> Certificate | None:
    mine = [c for c in certs if c.programme == p.code]
    return max(mine, key=lambda c: c.issued) if mine else None


def programme_result(p: Programme, card: Scorecard, links: list[EvidenceLink], programmes: list[Programme],
                     certificates: list[Certificate], today: dt.date) -> ProgrammeResult:
    """The overview row of ``p`` from its scorecard and links (pure)."""
    counted = [lk for lk in links if lk.supports]
    cert = _cert(certificates, p)
    expires = cert_expiry(cert) if cert else None
    need = next((r.shortfall for r in card.rules if r.rule == "min_total" and r.shortfall is not None), None)
    return ProgrammeResult(
        code=p.code, name=p.name, level=p.level.value, faculty=p.faculty, criteria=p.criteria or "",
        passed=card.passed, total=float(card.total), max=float(card.max), to_fix=list(card.minimal_fix),
        shortfall=float(need or 0), evidence=len(counted),
        shared_evidence=sum(1 for lk in counted if owner_of(lk.path, programmes) is None),
        certificate=cert, expires=expires, accredited=bool(expires and expires >= today),
    )


def closest_first(rows: list[ProgrammeResult]) -> list[ProgrammeResult]:
    """Programmes not passing, the closest to passing first (fewest standards to fix, then fewest points)."""
    return sorted((r for r in rows if not r.passed), key=lambda r: (len(r.to_fix) or 999, r.shortfall, r.code))


class Overview(Value):
    """The school's programmes on one day: every result, and which are closest to passing."""

    year: int
    today: dt.date
    programmes: list[ProgrammeResult]
    closest: list[str] = Field(description="Codes of the programmes not passing, closest first.")
    listed_only: list[str] = Field(default_factory=list, description="Programmes without a criteria set.")
    notes: list[Msg] = Field(default_factory=list)


def score_programme(ws: Workspace, p: Programme, links: list[EvidenceLink] | None = None) -> tuple[Scorecard,
                                                                                                  list[EvidenceLink],
                                                                                                  list[Msg]]:
    """Score programme ``p``: (its scorecard, its links, notes about missing inputs); its inputs read once."""
    from accredit.scoring.workspace import load_links
    from accredit.service.inputs import read_inputs
    from accredit.service.scoring import score_all

    all_links = links if links is not None else load_links(ws)
    mine = programme_links(all_links, p, ws.config.programmes)
    run = score_all(read_inputs(programme_workspace(ws, p), links=mine))
    return run.scorecards[0], mine, list(run.notes)


def overview(ws: Workspace, today: dt.date, links: list[EvidenceLink] | None = None,
             scored: dict[str, tuple[Scorecard, list[EvidenceLink]]] | None = None) -> Overview:
    """Every assessed programme scored, with its certificate and expiry; the closest to passing first.

    ``scored``: programmes the caller has scored already (mã → its scorecard and its links), not scored again."""
    from accredit.scoring.workspace import load_links

    all_links = links
    rows: list[ProgrammeResult] = []
    notes: list[Msg] = []
    for p in assessed(ws):
        if scored is not None and p.code in scored:
            card, mine = scored[p.code]
            run_notes: list[Msg] = []
        else:
            all_links = all_links if all_links is not None else load_links(ws)
            card, mine, run_notes = score_programme(ws, p, all_links)
        notes += [n for n in run_notes if n not in notes]
        rows.append(programme_result(p, card, mine, ws.config.programmes, ws.config.certificates, today))
    return Overview(year=ws.config.assessment.year, today=today, programmes=rows,
                    closest=[r.code for r in closest_first(rows)],
                    listed_only=[p.code for p in ws.config.programmes if not p.criteria], notes=notes)


def programme_templates(ws: Workspace, links: list[EvidenceLink] | None = None) -> list[str]:
    """For each assessed programme: its evidence folder and its ratings workbook (created or refreshed, typed
    values kept; evidence columns from its own and shared links). The paths written."""
    from accredit.programmes.layout import SHARED_FOLDER, evidence_folder
    from accredit.scoring.workspace import load_links, ratings_templates

    all_links = links if links is not None else load_links(ws)
    out: list[str] = []
    if assessed(ws):
        (ws.evidence_dir / SHARED_FOLDER).mkdir(parents=True, exist_ok=True)
    for p in assessed(ws):
        (ws.evidence_dir / evidence_folder(p)).mkdir(parents=True, exist_ok=True)
        pws = programme_workspace(ws, p)
        pws.data_dir.mkdir(parents=True, exist_ok=True)
        out += [u.path for u in ratings_templates(pws, links=programme_links(all_links, p, ws.config.programmes))]
    return out


def write_programme_reports(ws: Workspace, p: Programme, generated_at: dt.datetime, formats: str,
                            links: list[EvidenceLink] | None = None, *,
                            messages: Messages | None = None) -> list[str]:
    """Programme ``p``'s reports and its roadmap toward its set (Gantt workbook and chart) in
    ``<output>/chuong-trinh/<mã>/``, in the language of ``messages`` (the caller's)."""
    from accredit.scoring.workspace import load_links
    from accredit.service.inputs import read_inputs
    from accredit.service.planning import plan_roadmap, write_roadmap
    from accredit.service.reporting import write_report_files
    from accredit.service.scoring import score_all

    all_links = links if links is not None else load_links(ws)
    pws = programme_workspace(ws, p)
    pws.output_dir.mkdir(parents=True, exist_ok=True)
    inputs = read_inputs(pws, links=programme_links(all_links, p, ws.config.programmes))
    scored = score_all(inputs)
    planned = plan_roadmap(inputs, {c.framework: c for c in (*scored.scorecards, *scored.gates)})
    run = write_report_files(inputs, scored.scorecards, planned, generated_at, formats, pws.output_dir,
                             list(scored.notes), messages)
    files = write_roadmap(pws, planned, messages=messages)
    return [*run.files, files.workbook, files.svg, files.png]
