"""Programmes: each programme (ngành, nghề) scored, reported and planned as a workspace of its own, and the school
overview of every programme (:mod:`accredit.programmes`).

Each programme's inputs are read once (:func:`~accredit.service.inputs.read_inputs` on its programme workspace,
with its own and the shared links); its ratings, narratives and data are in its own store
(``<data>/chuong-trinh/<mã>/kho-tu-danh-gia.sqlite``), never shared with another programme on the same set.
"""

from __future__ import annotations

import datetime as dt

from pydantic import Field

from accredit.i18n.message import Messages, Msg
from accredit.model.base import Value
from accredit.model.evidence import EvidenceLink
from accredit.model.scorecard import Scorecard
from accredit.programmes import workspace as pw
from accredit.programmes.data import ProgrammeRows
from accredit.programmes.model import Level, Programme
from accredit.programmes.workspace import Overview, ProgrammeError
from accredit.workspace import Workspace

__all__ = ["Level", "Overview", "Programme", "ProgrammeError", "ProgrammeInit", "ProgrammeList", "ProgrammeRows",
           "ProgrammeScore", "add_programme", "assessed_programmes", "list_programmes", "programme_reports",
           "programme_scores", "programme_templates", "programme_view", "programmes_overview"]


class ListedProgramme(Value):
    """One programme of ``accredit.toml`` with its evidence folder."""

    programme: Programme
    folder: str = Field(description="Its evidence folder, under the evidence folder.")


class ProgrammeList(Value):
    """The programmes of ``accredit.toml``, what is wrong with the list, and the TT 38 programme rows' state."""

    programmes: list[ListedProgramme]
    problems: list[str] = Field(default_factory=list, description="What is wrong with [[programmes]].")
    rows: list[ProgrammeRows] = Field(default_factory=list, description="The data workbooks' programme rows.")


class ProgrammeInit(Value):
    """What ``programmes init`` wrote: each programme's ratings workbook and the TT 38 programme rows."""

    ratings: list[str]
    data: list[ProgrammeRows]


class ProgrammeScore(Value):
    """One programme's scorecard against its set, with the notes about its inputs."""

    programme: Programme
    scorecard: Scorecard
    notes: list[Msg] = Field(default_factory=list)


def programme_scores(ws: Workspace, code: str | None = None) -> list[ProgrammeScore]:
    """**programmes score**: programme ``code`` (else every assessed programme) scored against its set."""
    from accredit.scoring.workspace import load_links

    progs = [pw.find_programme(ws, code)] if code else pw.assessed(ws)
    links = load_links(ws)
    out: list[ProgrammeScore] = []
    for p in progs:
        card, _, notes = pw.score_programme(ws, p, links)
        out.append(ProgrammeScore(programme=p, scorecard=card, notes=notes))
    return out


def assessed_programmes(ws: Workspace) -> list[Programme]:
    """The programmes of ``accredit.toml`` assessed against a criteria set (each has a workspace view)."""
    return pw.assessed(ws)


def programme_view(ws: Workspace, code: str) -> Workspace:
    """Programme ``code`` as a workspace of its own (its set, its store and ratings in
    ``<data>/chuong-trinh/<mã>/``, the shared evidence folder and index); a clear error for an unknown code,
    a programme without a set or one whose entry has a problem."""
    return pw.programme_workspace(ws, pw.find_programme(ws, code))


def programmes_overview(ws: Workspace, today: dt.date,
                        scored: dict[str, tuple[Scorecard, list[EvidenceLink]]] | None = None) -> pw.Overview:
    """**programmes overview**: every assessed programme's result, certificate and expiry on ``today``
    (``scored``: the programmes a front end has scored already — mã → scorecard and links — not scored again)."""
    return pw.overview(ws, today, scored=scored)


def programme_reports(ws: Workspace, generated_at: dt.datetime, formats: str, code: str | None = None, *,
                      messages: Messages | None = None) -> dict[str, list[str]]:
    """**programmes report**: programme ``code``'s (else every assessed programme's) reports and roadmap, and
    without ``code`` the overview workbook (key ``"*"``); the files written, by programme code."""
    from accredit.scoring.workspace import load_links

    progs = [pw.find_programme(ws, code)] if code else pw.assessed(ws)
    links = load_links(ws)
    files = {p.code: pw.write_programme_reports(ws, p, generated_at, formats, links, messages=messages)
             for p in progs}
    if not code:
        from accredit.annual.tables import write_overview

        ov = pw.overview(ws, generated_at.date(), links)
        name = f"tong-quan-chuong-trinh-{ws.config.assessment.year}.xlsx"
        files["*"] = [str(write_overview(ws.output_dir / "chuong-trinh" / name, ov))]
    return files


def list_programmes(ws: Workspace) -> ProgrammeList:
    """**programmes list**: the programmes, their folders, the list's problems and (nothing written) the rows
    the data workbooks miss."""
    from accredit.programmes.data import workspace_programme_rows
    from accredit.programmes.layout import evidence_folder

    return ProgrammeList(
        programmes=[ListedProgramme(programme=p, folder=evidence_folder(p)) for p in ws.config.programmes],
        problems=[m for _, m in pw.programme_problems(ws)],
        rows=workspace_programme_rows(ws, dry_run=True),
    )


def add_programme(ws: Workspace, code: str, name: str, level: Level, faculty: str | None = None,
                  criteria: str | None = None) -> Programme:
    """**programmes add**: add a programme to ``accredit.toml`` (its comments kept); an unknown set, a code
    listed twice or a set that does not fit the level is refused with the reason."""
    from accredit.catalog.registry import default_catalog
    from accredit.programmes.config import add_programme as append

    if criteria:
        default_catalog().get(criteria)  # an unknown set is refused with the catalogue's message
    new = Programme(code=code, name=name, level=level, faculty=faculty, criteria=criteria)
    trial = Workspace(ws.root, ws.config.model_copy(update={"programmes": [*ws.config.programmes, new]}))
    wrong = [m for c, m in pw.programme_problems(trial) if c == code]
    if wrong:
        raise ProgrammeError(wrong[0])
    append(ws, new)
    return new


def programme_templates(ws: Workspace) -> ProgrammeInit:
    """**programmes init**: each assessed programme's evidence folder and ratings workbook, and the TT 38
    programme rows of the data workbooks."""
    from accredit.programmes.data import workspace_programme_rows

    return ProgrammeInit(ratings=pw.programme_templates(ws), data=workspace_programme_rows(ws))
