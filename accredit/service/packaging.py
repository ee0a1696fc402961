"""Package: the frozen, signed submission zip of a workspace, from its inputs read once."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from pathlib import Path

from pydantic import Field

from accredit.i18n.message import Msg, msg
from accredit.model.base import Value
from accredit.model.evidence import EvidenceLink
from accredit.model.package import PackagedProgramme, PackageResult
from accredit.programmes.model import Programme
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


def gather(ws: Workspace, *, exclude: Path | None = None, links: list[EvidenceLink] | None = None,
           programme: Programme | None = None) -> tuple[PackageContent, list[Msg]]:
    """What the package of ``ws`` holds (inputs read once, scored, the roadmap planned), checked to be
    reproducible, and the notes on its inputs; ``exclude``: the zip being written (never packaged in itself).
    ``links`` (a programme's view: its own links) replace the evidence index's; with ``programme`` the register
    keeps only the files in the programme's folder and those an accepted link gives its set (shared files),
    and the manifest names it."""
    inputs = read_inputs(ws, links=links)
    if programme is not None:
        from accredit.programmes.layout import owner_of

        named = {lk.path for lk in inputs.links if lk.counts}  # accepted links (suggestions name any file)
        mine = [r for r in inputs.records
                if r.path in named or owner_of(r.path, list(inputs.config.programmes)) == programme.code]
        kept = {r.path for r in mine}
        inputs = inputs.model_copy(update={"records": mine, "links": [lk for lk in inputs.links if lk.path in kept]})
    scored = score_all(inputs)
    cards = {c.framework: c for c in (*scored.scorecards, *scored.gates)}
    roadmap, planned = planned_or_note(inputs, list(cards.values()), "review.package.no_roadmap")
    content = gather_package(ws, inputs, cards, roadmap, exclude=exclude)
    if programme is not None:
        content = dataclasses.replace(content, programme=PackagedProgramme(code=programme.code, name=programme.name))
    return content, unique([*scored.notes, *planned])


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
    return _written(ws, ws, content, notes, target, created, with_evidence, signer)


def _written(ws: Workspace, view: Workspace, content: PackageContent, notes: list[Msg], target: Path, created: datetime,
             with_evidence: bool, signer: Signer | None) -> PackageRun:
    """The gathered ``content`` of ``view`` (the school, or a programme's view of ``ws``) written to ``target``,
    its cover letter beside it (with the school's public key when signed)."""
    result = write_package(content, target, created=created, with_evidence=with_evidence, signer=signer)
    letter = write_cover_letter(result, view.config.school, _public_text(ws) if signer is not None else None)
    result = result.model_copy(update={"cover_letter": str(letter)})
    notes = [*notes, *([] if signer is not None else [msg("sign.package.unsigned_warning")])]
    return PackageRun(package=result, notes=unique(notes))


def programme_package_path(ws: Workspace, p: Programme) -> Path:
    """``<output>/chuong-trinh/<mã>/ho-so-nop_<year>_<school code>_<mã>.zip``."""
    from accredit.programmes.workspace import programme_workspace

    school = default_package_path(ws).stem
    return programme_workspace(ws, p).output_dir / f"{school}_{p.code}.zip"


def package_programme(
    ws: Workspace,
    code: str,
    created: datetime,
    *,
    out: Path | None = None,
    with_evidence: bool = False,
    signer: Signer | None = None,
) -> PackageRun:
    """**package --programme**: the signed submission package of programme ``code`` — its set, its ratings and
    data (``<data>/chuong-trinh/<mã>/``), its evidence (its own folder and the shared files linked to its set) —
    written like the school's (default :func:`programme_package_path`); the manifest names the programme."""
    from accredit.programmes.workspace import find_programme, programme_links, programme_workspace
    from accredit.scoring.workspace import load_links

    p = find_programme(ws, code)
    pws = programme_workspace(ws, p)  # refuses a programme without a set, with the reason
    target = out if out is not None else programme_package_path(ws, p)
    content, notes = gather(pws, exclude=target, links=programme_links(load_links(ws), p, ws.config.programmes),
                            programme=p)
    return _written(ws, pws, content, notes, target, created, with_evidence, signer)


def package_programmes(ws: Workspace, created: datetime, *, with_evidence: bool = False,
                       signer: Signer | None = None) -> list[PackageRun]:
    """**package --all-programmes**: :func:`package_programme` for every programme assessed against a set."""
    from accredit.programmes.workspace import assessed

    return [package_programme(ws, p.code, created, with_evidence=with_evidence, signer=signer) for p in assessed(ws)]


def _public_text(ws: Workspace) -> str | None:
    path = public_path(school_key_path(ws))
    return path.read_text(encoding="utf-8") if path.is_file() else None
