"""The results of the service operations: one frozen value per operation, what ``--json`` prints verbatim.

Each embeds the core's own objects (a :class:`Scorecard`, a :class:`Roadmap`, a :class:`ScanReport`…)
rather than copies of their strings, and carries its notes as :class:`Msg` (rendered by the front end:
``result.model_dump_json(context=Messages(lang).context)`` adds each note's text).
"""

from __future__ import annotations

from collections.abc import Collection

from pydantic import Field

from accredit.i18n.message import Message, Msg, msg
from accredit.model.base import Value
from accredit.model.evidence import EvidenceLink, EvidenceRecord, ScanReport
from accredit.model.framework import FrameworkId
from accredit.model.indicator import IndicatorReport
from accredit.model.roadmap import Roadmap
from accredit.model.scorecard import Scorecard
from accredit.workspace import WorkspaceConfig


def note(text: str | Msg) -> Msg:
    """A note from a text another part already rendered (an error's message, a document's remark), or a Msg."""
    return text if isinstance(text, Msg) else msg("service.text", text=text)


def unique(notes: list[Msg], *, distinct: Collection[int] = ()) -> list[Msg]:
    """The notes without repeats, in order (each known by its data, so thousands of notes on a large
    evidence folder stay linear). ``distinct``: the ids of notes known to be unlike each other and every other
    note (e.g. a previous result's notes of one kind, none of that kind among the rest): kept without a key."""
    out: list[Msg] = []
    seen: set[object] = set()
    for n in notes:
        if id(n) in distinct:
            out.append(n)
            continue
        key: object = (n.key, tuple(n.params.items()))
        try:
            hash(key)
        except TypeError:  # a parameter that is a message or a list: the message's JSON is its data
            key = n.model_dump_json()
        if key not in seen:
            seen.add(key)
            out.append(n)
    return out


class InitResult(Value):
    """A new workspace: where it is, its configuration, its folders, and warnings on the choices made."""

    root: str
    config: WorkspaceConfig
    folders: list[str]
    evidence_folders: list[str] = Field(description="One folder per criteria set, and the shared one.")
    notes: list[Msg] = Field(default_factory=list)


class ScanResult(Value):
    """A scan of the evidence folder (``cancelled`` when the caller stopped it; the next scan goes on)."""

    report: ScanReport | None = None
    cancelled: bool = False
    notes: list[Msg] = Field(default_factory=list)


class EvidenceList(Value):
    """Scanned files."""

    records: list[EvidenceRecord]


class LinkList(Value):
    """Links, what scoring reads."""

    links: list[EvidenceLink]


class ScoreResult(Value):
    """The scorecards of the chosen frameworks (and of the gates they name), with notes on missing inputs."""

    scorecards: list[Scorecard] = Field(description="The chosen frameworks, in order.")
    gates: list[Scorecard] = Field(default_factory=list, description="Other frameworks scored: gates, target.")
    notes: list[Msg] = Field(default_factory=list)

    @property
    def passed(self) -> bool:
        """Whether every chosen framework passes."""
        return all(c.passed for c in self.scorecards)

    def card(self, framework_id: str) -> Scorecard:
        """The scorecard of ``framework_id`` (chosen or gate)."""
        for c in (*self.scorecards, *self.gates):
            if c.framework == framework_id:
                return c
        raise KeyError(framework_id)

    def has(self, framework_id: str) -> bool:
        """Whether ``framework_id`` was scored."""
        return any(c.framework == framework_id for c in (*self.scorecards, *self.gates))


class IndicatorsResult(Value):
    """Every indicator of each framework that has some."""

    reports: list[IndicatorReport]


class RoadmapFiles(Value):
    """The roadmap's workbook and charts as written (``kept``: a person's edited workbook, moved aside)."""

    workbook: str
    svg: str
    png: str
    kept: str | None = None


class RoadmapResult(Value):
    """The roadmap toward the target, the files written, and notes on missing inputs."""

    roadmap: Roadmap
    files: RoadmapFiles | None = None
    notes: list[Msg] = Field(default_factory=list)


class FrameworkOutcome(Value):
    """The decision on one framework, as the report states it."""

    framework: FrameworkId
    passed: bool
    decision: Message


class ReportResult(Value):
    """What ``accredit report`` did: the files written and the decisions they report."""

    out_dir: str
    formats: list[str]
    files: list[str] = Field(description="Paths of the reports written, in format order.")
    frameworks: list[FrameworkOutcome]
    evidence_files: int
    roadmap: FrameworkId | None = Field(default=None, description="The target of the roadmap shown, if any.")
    earliest_year: int | None = Field(default=None, description="The roadmap's earliest passing year.")
    notes: list[Msg] = Field(default_factory=list, description="Missing inputs (ratings, data, evidence).")


class RunResult(Value):
    """What ``accredit run`` did and found: the scan, the scorecards, the roadmap, the files written."""

    workspace: str
    scan: ScanReport
    scorecards: list[Scorecard]
    target: FrameworkId | None = None
    roadmap: Roadmap | None = None
    output_dir: str
    created: list[str] = Field(default_factory=list, description="Workbooks created because none existed.")
    files: list[str] = Field(default_factory=list, description="Every file written, reports and roadmap.")
    notes: list[Msg] = Field(default_factory=list)

    @property
    def earliest_year(self) -> int | None:
        """The roadmap's earliest passing year."""
        return self.roadmap.earliest_year if self.roadmap is not None else None

    @property
    def roadmap_feasible(self) -> bool | None:
        """Whether the target can be reached within the horizon (None without a roadmap)."""
        return self.roadmap.feasible if self.roadmap is not None else None


class ExtractResult(Value):
    """A verified package extracted into a folder."""

    folder: str
    files: list[str]
    notes: list[Msg] = Field(default_factory=list)


class MinutesResult(Value):
    """The biên bản thẩm định written from a review."""

    files: list[str]
    notes: list[Msg] = Field(default_factory=list)
