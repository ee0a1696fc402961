"""A workspace's inputs, read ONCE into one frozen value that every later step works on.

:func:`read_inputs` is the only function of the service layer that reads a workspace's input files:
each ratings workbook and each data workbook once (through the public functions of
:mod:`accredit.ratings.workspace` and :mod:`accredit.indicators.workspace`, which decide where the
truth lives), and the evidence index once (records, links, code notices). Scoring, planning, reports,
the package and the review are then functions of the :class:`WorkspaceInputs` they are given.
"""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path

from pydantic import Field

from accredit.errors import AccreditError
from accredit.evidence.service import evidence_snapshot
from accredit.frameworks import resolve_framework, workspace_frameworks
from accredit.i18n import t
from accredit.i18n.message import Msg
from accredit.indicators.data import InstitutionData
from accredit.indicators.workspace import data_workbook_path, indicators_of, needs_data, workspace_data
from accredit.model.assessment import Assessment
from accredit.model.base import Value
from accredit.model.evidence import EvidenceFlag, EvidenceLink, EvidenceRecord, EvidenceSnapshot
from accredit.model.framework import Framework, FrameworkId
from accredit.model.indicator import IndicatorReport
from accredit.model.school import SchoolInfo
from accredit.ratings.template import RatingsError
from accredit.ratings.workspace import empty_assessment, ratings_workbook_path, workspace_ratings
from accredit.store.records import Actor
from accredit.workspace import Workspace, WorkspaceConfig


class FrameworkInputs(Value):
    """What was read for one framework: its ratings (with narratives), its institutional data, its indicators."""

    framework: Framework
    assessment: Assessment | None = Field(description="The ratings read; None when the workspace has none yet.")
    ratings_path: str = Field(description="Where the ratings were read from (or would be).")
    data: InstitutionData | None = Field(description="The institutional data read; None without a data workbook.")
    data_path: str
    indicators: IndicatorReport = Field(description="The indicators computed from ``data`` (missing without it).")
    baseline: Assessment = Field(description="What scoring uses: the ratings, else an empty assessment.")
    notes: list[Msg] = Field(default_factory=list, description="About the read (e.g. a workbook not imported).")

    @property
    def id(self) -> str:
        """The framework's id."""
        return self.framework.id

    @property
    def needs_data(self) -> bool:
        """Whether some requirement of the framework has a formula (so a data workbook is expected)."""
        return needs_data(self.framework)


class WorkspaceInputs(Value):
    """Everything a workspace's results are computed from, read once and frozen."""

    root: str
    config: WorkspaceConfig
    evidence_dir: str
    output_dir: str
    chosen: list[FrameworkId] = Field(description="The frameworks to score and report, in order.")
    frameworks: list[FrameworkInputs] = Field(
        description="Every framework read: the chosen ones, then the target and the gates they name."
    )
    records: list[EvidenceRecord] = Field(default_factory=list, description="The scanned evidence files.")
    links: list[EvidenceLink] = Field(default_factory=list, description="Every link, suggestions included.")
    links_from_file: bool = Field(default=False, description="Links given by the caller instead of the index.")
    code_notices: list[EvidenceFlag] = Field(default_factory=list, description="Codes that link to no framework.")

    @property
    def school(self) -> SchoolInfo:
        """Who is assessed."""
        return self.config.school

    @property
    def year(self) -> int:
        """The evaluation year."""
        return self.config.assessment.year

    @property
    def target(self) -> FrameworkId | None:
        """The framework the roadmap aims at (``assessment.target``)."""
        return self.config.assessment.target

    @property
    def workspace_ids(self) -> list[str]:
        """The frameworks of ``accredit.toml``."""
        return list(self.config.assessment.frameworks)

    def has(self, framework_id: str) -> bool:
        """Whether ``framework_id`` was read."""
        return any(f.id == framework_id for f in self.frameworks)

    def of(self, framework_id: str) -> FrameworkInputs:
        """The inputs of ``framework_id`` (it must have been read)."""
        for f in self.frameworks:
            if f.id == framework_id:
                return f
        raise KeyError(framework_id)

    def with_ratings(self, framework_id: str, assessment: Assessment) -> WorkspaceInputs:
        """The same inputs with ``assessment`` as the ratings of ``framework_id`` (e.g. ratings typed in the
        browser and not yet in the workbook): a new value, these inputs are left as they are."""
        frameworks = [
            f.model_copy(update={"assessment": assessment, "baseline": assessment}) if f.id == framework_id else f
            for f in self.frameworks
        ]
        return self.model_copy(update={"frameworks": frameworks})

    def with_links(self, links: list[EvidenceLink]) -> WorkspaceInputs:
        """The same inputs with ``links`` instead of the evidence index's (a new value)."""
        return self.model_copy(update={"links": links, "links_from_file": True})

    def selected(self) -> list[FrameworkInputs]:
        """The inputs of the chosen frameworks, in order."""
        return [self.of(fid) for fid in self.chosen]


def _read_framework(
    ws: Workspace, fw: Framework, ratings: Path | None = None, actor: Actor | None = None
) -> FrameworkInputs:
    rated = workspace_ratings(ws, fw, ratings, actor=actor)
    found = workspace_data(ws, fw, actor=actor)
    assessment, data = rated.assessment, found.data
    return FrameworkInputs(
        framework=fw,
        assessment=assessment,
        ratings_path=str(ratings if ratings is not None else ratings_workbook_path(ws, fw.id)),
        data=data,
        data_path=str(data_workbook_path(ws, fw.id)),
        indicators=indicators_of(ws, fw, data, required=False),
        baseline=assessment if assessment is not None else empty_assessment(ws, fw),
        notes=[*rated.notes, *found.notes],
    )


def read_inputs(
    ws: Workspace,
    framework_id: str | None = None,
    *,
    ratings: Path | None = None,
    links: list[EvidenceLink] | None = None,
    target: str | None = None,
    actor: Actor | None = None,
    evidence: EvidenceSnapshot | None = None,
) -> WorkspaceInputs:
    """Read the inputs of ``ws`` once: the frameworks to work on (``framework_id``, else every framework of
    the workspace), the roadmap's target (``target``; without ``framework_id``, else ``assessment.target``)
    and the workspace frameworks their gates name, with their ratings, data and indicators; the evidence index.

    ``ratings`` replaces the ratings of the framework it names (``framework_id`` when given);
    ``links`` replaces the evidence index's links (e.g. a JSON file of links); ``evidence``, the index read
    already (:func:`accredit.service.evidence_snapshot`, e.g. kept by the web desk with its link changes):
    the index is then not read again.
    A workbook edited since it was last in step with the store is imported as it is read, recorded as made
    by ``actor`` from Excel (a front end passes its user and its clock; default: this computer's user, now).
    """
    if ratings is not None:
        if not ratings.is_file():
            raise RatingsError(t("scoring.ratings.missing_file", path=ratings))
        if framework_id is None:
            framework_id = ratings_framework_id(ratings)
        if framework_id is None:
            raise RatingsError(t("scoring.cli.ratings_which", path=ratings))
    chosen = workspace_frameworks(ws, framework_id)
    in_workspace = set(ws.config.assessment.frameworks)
    order: dict[str, Framework] = {fw.id: fw for fw in chosen}
    goal = target or (ws.config.assessment.target if framework_id is None else None)
    wanted = list(chosen)
    if goal:
        with suppress(AccreditError):  # an unknown target is the roadmap's error to report, not the scoring's
            wanted.append(resolve_framework(goal))
    while wanted:  # the workspace frameworks the gates name, each once
        fw = wanted.pop(0)
        order.setdefault(fw.id, fw)
        wanted += [resolve_framework(g) for g in fw.gate_ids if g in in_workspace and g not in order]
    snapshot = evidence if evidence is not None else evidence_snapshot(ws)
    records, index_links, notices = snapshot.records, snapshot.links, snapshot.notices
    first = chosen[0].id
    read = [_read_framework(ws, fw, ratings if fw.id == first else None, actor) for fw in order.values()]
    return WorkspaceInputs(
        root=str(ws.root),
        config=ws.config,
        evidence_dir=str(ws.evidence_dir),
        output_dir=str(ws.output_dir),
        chosen=[fw.id for fw in chosen],
        frameworks=read,
        records=records,
        links=links if links is not None else index_links,
        links_from_file=links is not None,
        code_notices=notices,
    )


def ratings_framework_id(path: Path) -> str | None:
    """The framework a ratings file names (workbook guide sheet, or the 'framework' key)."""
    from accredit.scoring.workspace import ratings_framework_id as named

    return named(path)
