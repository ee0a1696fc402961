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
from accredit.model.scorecard import Scorecard
from accredit.programmes import workspace as pw
from accredit.programmes.model import Programme
from accredit.workspace import Workspace


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


def programmes_overview(ws: Workspace, today: dt.date) -> pw.Overview:
    """**programmes overview**: every assessed programme's result, certificate and expiry on ``today``."""
    return pw.overview(ws, today)


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


def programme_templates(ws: Workspace) -> list[str]:
    """**programmes init**: each assessed programme's evidence folder and ratings workbook; the paths written."""
    return pw.programme_templates(ws)
