"""Package: the frozen, signed submission zip of a workspace, from its inputs read once."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from pydantic import Field

from accredit.i18n.message import Msg, msg
from accredit.model.base import Value
from accredit.model.package import PackageResult
from accredit.review.build import PackageContent, write_package
from accredit.review.gather import default_package_path, gather_package
from accredit.service.inputs import read_inputs
from accredit.service.reporting import planned_or_note
from accredit.service.results import unique
from accredit.service.scoring import score_all
from accredit.signing.cover import write_cover_letter
from accredit.signing.keys import Signer, public_path, school_key_path
from accredit.workspace import Workspace


class PackageRun(Value):
    """What ``accredit package`` wrote (the package, its cover letter) and the notes on its inputs."""

    package: PackageResult
    notes: list[Msg] = Field(default_factory=list)


def gather(ws: Workspace, *, exclude: Path | None = None) -> tuple[PackageContent, list[Msg]]:
    """What the package of ``ws`` holds (inputs read once, scored, the roadmap planned), checked to be
    reproducible, and the notes on its inputs; ``exclude``: the zip being written (never packaged in itself)."""
    inputs = read_inputs(ws)
    scored = score_all(inputs)
    cards = {c.framework: c for c in (*scored.scorecards, *scored.gates)}
    roadmap, planned = planned_or_note(inputs, list(cards.values()), "review.package.no_roadmap")
    return gather_package(ws, inputs, cards, roadmap, exclude=exclude), unique([*scored.notes, *planned])


def package(
    ws: Workspace,
    created: datetime,
    *,
    out: Path | None = None,
    with_evidence: bool = False,
    signer: Signer | None = None,
) -> PackageRun:
    """**package**: score ``ws``, plan toward its target, check that the review will recompute the same,
    and write the zip (default ``<output>/ho-so-nop_<year>_<school>.zip``) and its cover letter;
    ``created`` goes into the manifest (the caller owns the clock). Unsigned without ``signer``."""
    target = out if out is not None else default_package_path(ws)
    content, notes = gather(ws, exclude=target)
    result = write_package(content, target, created=created, with_evidence=with_evidence, signer=signer)
    public = _public_text(ws) if signer is not None else None
    letter = write_cover_letter(result, ws.config.school, public)
    result = result.model_copy(update={"cover_letter": str(letter)})
    notes += [] if signer is not None else [msg("sign.package.unsigned_warning")]
    return PackageRun(package=result, notes=unique(notes))


def _public_text(ws: Workspace) -> str | None:
    path = public_path(school_key_path(ws))
    return path.read_text(encoding="utf-8") if path.is_file() else None
