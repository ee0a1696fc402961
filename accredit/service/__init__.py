"""Everything accredit does, as one list: the application service layer every front end calls.

The command line (:mod:`accredit.cli`) and the web app only parse, call ONE of these operations, and
render its result; ``--json`` prints the result verbatim. Each operation takes a workspace (or paths)
and explicit arguments — the clock and the language come from the caller, never from a global — and
returns one frozen pydantic result (:mod:`accredit.service.results`) that embeds the core's own objects
and carries its notes as :class:`~accredit.i18n.message.Msg`.

A workspace's inputs are read ONCE (:func:`read_inputs` → :class:`WorkspaceInputs`); scoring, planning,
reports and packaging are functions of them (:func:`score_all`, :func:`plan_roadmap`).

=====================  ==========================================  ======================================
Operation              Function                                    Result
=====================  ==========================================  ======================================
open a workspace       :func:`open_workspace`, :func:`demo_workspace`  :class:`~accredit.workspace.Workspace`
init                   :func:`init`                                :class:`InitResult`
scan                   :func:`scan` (progress, cancel)             :class:`ScanResult`
list / show files      :func:`list_evidence`, :func:`show_evidence` :class:`EvidenceList`, ``EvidenceDetail``
links                  :func:`links`                               :class:`LinkList`
link / unlink          :func:`link`, :func:`unlink`                ``LinkReport``
confirm / reject       :func:`confirm`, :func:`reject`             ``LinkReport``
evidence check         :func:`check`                               ``CheckReport``
register, boxes        :func:`write_register`, :func:`import_register`, :func:`export_boxes`
ratings, narratives    (store: ``accredit.service.ratings``)       see below
institutional data     (store: ``accredit.service.data``)          see below
indicators             :func:`indicators`                          :class:`IndicatorsResult`
inputs                 :func:`read_inputs`                         :class:`WorkspaceInputs`
score                  :func:`score`; :func:`score_all` (inputs)   :class:`ScoreResult`
roadmap                :func:`roadmap`; :func:`plan_roadmap`       :class:`RoadmapResult`; ``Roadmap``
roadmap import         :func:`import_roadmap`                      ``roadmap.ImportReport``
reports                :func:`reports`                             :class:`ReportResult`
run (all of it)        :func:`run` (progress, cancel)              :class:`RunResult`
package                :func:`package`                             :class:`PackageRun`
review                 :func:`review`, :func:`review_workbook`,    ``ReviewReport``, ``ReviewWorkbook``,
                       :func:`import_review`                       ``ReviewImport``
extract, biên bản      :func:`extract_package`, :func:`write_minutes` :class:`ExtractResult`, :class:`MinutesResult`
roll-up                :func:`rollup`                              ``RollupReport``
signing keys           :func:`create_key`, :func:`show_key`,       ``KeyInfo``; ``Signer``
                       :func:`school_signer`, :func:`inspector_signer`, :func:`trust_of`
criteria               :func:`criteria_list`, :func:`criteria_show`, :func:`criteria_validate`,
                       :func:`criteria_diff`, :func:`criteria_schema`, :func:`criteria_lock`,
                       :func:`criteria_import`
=====================  ==========================================  ======================================
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

OPERATIONS: dict[str, str] = {
    "CancelToken": "accredit.service.scanning:CancelToken",
    "CriteriaExists": "accredit.service.criteria:CriteriaExists",
    "CriteriaImport": "accredit.service.criteria:CriteriaImport",
    "EvidenceList": "accredit.service.results:EvidenceList",
    "ExtractResult": "accredit.service.results:ExtractResult",
    "FolderNotEmpty": "accredit.service.reviewing:FolderNotEmpty",
    "FrameworkInputs": "accredit.service.inputs:FrameworkInputs",
    "IndicatorsResult": "accredit.service.results:IndicatorsResult",
    "InitResult": "accredit.service.results:InitResult",
    "LinkList": "accredit.service.results:LinkList",
    "MinutesResult": "accredit.service.results:MinutesResult",
    "PackageNotVerified": "accredit.service.reviewing:PackageNotVerified",
    "PackageRun": "accredit.service.packaging:PackageRun",
    "ReportResult": "accredit.service.results:ReportResult",
    "RoadmapFiles": "accredit.service.results:RoadmapFiles",
    "RoadmapResult": "accredit.service.results:RoadmapResult",
    "RunResult": "accredit.service.results:RunResult",
    "ScanCancelled": "accredit.service.scanning:ScanCancelled",
    "ScanResult": "accredit.service.results:ScanResult",
    "ScoreResult": "accredit.service.results:ScoreResult",
    "WorkspaceInputs": "accredit.service.inputs:WorkspaceInputs",
    "check": "accredit.service.evidence:check",
    "confirm": "accredit.service.evidence:confirm",
    "create_key": "accredit.service.keys:create_key",
    "criteria_diff": "accredit.service.criteria:criteria_diff",
    "criteria_get": "accredit.service.criteria:criteria_get",
    "criteria_import": "accredit.service.criteria:criteria_import",
    "criteria_list": "accredit.service.criteria:criteria_list",
    "criteria_lock": "accredit.service.criteria:criteria_lock",
    "criteria_schema": "accredit.service.criteria:criteria_schema",
    "criteria_show": "accredit.service.criteria:criteria_show",
    "criteria_validate": "accredit.service.criteria:criteria_validate",
    "demo_workspace": "accredit.service.workspaces:demo_workspace",
    "draft_path": "accredit.service.criteria:draft_path",
    "export_boxes": "accredit.service.evidence:export_boxes",
    "extract_package": "accredit.service.reviewing:extract_package",
    "framework_names": "accredit.service.evidence:framework_names",
    "get_data": "accredit.service.data:get_data",
    "get_narrative": "accredit.service.ratings:get_narrative",
    "get_ratings": "accredit.service.ratings:get_ratings",
    "has_school_key": "accredit.service.keys:has_school_key",
    "import_register": "accredit.service.evidence:import_register",
    "import_review": "accredit.service.reviewing:import_review",
    "import_roadmap": "accredit.service.planning:import_roadmap",
    "indicators": "accredit.service.computing:indicators",
    "init": "accredit.service.workspaces:init",
    "inside_a_workspace": "accredit.service.workspaces:inside_a_workspace",
    "inspector_signer": "accredit.service.keys:inspector_signer",
    "link": "accredit.service.evidence:link",
    "links": "accredit.service.evidence:links",
    "list_evidence": "accredit.service.evidence:list_evidence",
    "open_workspace": "accredit.service.workspaces:open_workspace",
    "package": "accredit.service.packaging:package",
    "plan_roadmap": "accredit.service.planning:plan_roadmap",
    "read_inputs": "accredit.service.inputs:read_inputs",
    "reject": "accredit.service.evidence:reject",
    "reports": "accredit.service.reporting:reports",
    "review": "accredit.service.reviewing:review",
    "review_workbook": "accredit.service.reviewing:review_workbook",
    "roadmap": "accredit.service.planning:roadmap",
    "rollup": "accredit.service.reviewing:rollup",
    "run": "accredit.service.running:run",
    "scan": "accredit.service.scanning:scan",
    "school_signer": "accredit.service.keys:school_signer",
    "score": "accredit.service.scoring:score_workspace",
    "score_all": "accredit.service.scoring:score_all",
    "set_data": "accredit.service.data:set_data",
    "set_narrative": "accredit.service.ratings:set_narrative",
    "set_rating": "accredit.service.ratings:set_rating",
    "show_evidence": "accredit.service.evidence:show_evidence",
    "show_key": "accredit.service.keys:show_key",
    "trust_of": "accredit.service.reviewing:trust_of",
    "unlink": "accredit.service.evidence:unlink",
    "write_minutes": "accredit.service.reviewing:write_minutes",
    "write_register": "accredit.service.evidence:write_register",
}
"""Every public name of the service layer → ``module:attribute``; imported on first use, so a command
loads only the modules (and libraries) of the operation it calls."""

# --- ratings, narratives and institutional data (branch ``store``: accredit/service/ratings.py, data.py) ---
# Add their operations to OPERATIONS when they land, e.g.:
#   "get_ratings": "accredit.service.ratings:get_ratings", "set_rating": "accredit.service.ratings:set_rating",
#   "get_data": "accredit.service.data:get_data", "set_data": "accredit.service.data:set_data",

__all__ = sorted(OPERATIONS)


def __getattr__(name: str) -> Any:
    """Import a public name of the service layer on first use (PEP 562)."""
    try:
        module, attr = OPERATIONS[name].split(":")
    except KeyError:
        raise AttributeError(f"module 'accredit.service' has no attribute {name!r}") from None
    value = getattr(import_module(module), attr)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """The public names (for completion)."""
    return sorted({*globals(), *OPERATIONS})


# ruff: noqa: F401 -- the imports below mirror OPERATIONS for type checkers and editors
if TYPE_CHECKING:  # the same names, for type checkers and editors
    from accredit.service.computing import indicators
    from accredit.service.criteria import (
        CriteriaExists,
        CriteriaImport,
        criteria_diff,
        criteria_get,
        criteria_import,
        criteria_list,
        criteria_lock,
        criteria_schema,
        criteria_show,
        criteria_validate,
        draft_path,
    )
    from accredit.service.evidence import (
        check,
        confirm,
        export_boxes,
        framework_names,
        import_register,
        link,
        links,
        list_evidence,
        reject,
        show_evidence,
        unlink,
        write_register,
    )
    from accredit.service.inputs import FrameworkInputs, WorkspaceInputs, read_inputs
    from accredit.service.keys import create_key, has_school_key, inspector_signer, school_signer, show_key
    from accredit.service.packaging import PackageRun, package
    from accredit.service.planning import import_roadmap, plan_roadmap, roadmap
    from accredit.service.reporting import reports
    from accredit.service.results import (
        EvidenceList,
        ExtractResult,
        IndicatorsResult,
        InitResult,
        LinkList,
        MinutesResult,
        ReportResult,
        RoadmapFiles,
        RoadmapResult,
        RunResult,
        ScanResult,
        ScoreResult,
    )
    from accredit.service.reviewing import (
        FolderNotEmpty,
        PackageNotVerified,
        extract_package,
        import_review,
        review,
        review_workbook,
        rollup,
        trust_of,
        write_minutes,
    )
    from accredit.service.running import run
    from accredit.service.scanning import CancelToken, ScanCancelled, scan
    from accredit.service.scoring import score_all
    from accredit.service.scoring import score_workspace as score
    from accredit.service.workspaces import demo_workspace, init, inside_a_workspace, open_workspace
