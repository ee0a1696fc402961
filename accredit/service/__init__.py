"""Everything accredit does, as one list: the application service layer every front end calls.

The command line (:mod:`accredit.cli`) and the web app only parse, call ONE of these operations, and
render its result; ``--json`` prints the result verbatim. Each operation takes a workspace (or paths)
and explicit arguments — the clock and the language come from the caller, never from a global — and
returns one frozen pydantic result (:mod:`accredit.service.results`) that embeds the core's own objects
and carries its notes as :class:`~accredit.i18n.message.Msg`.

A workspace's inputs are read ONCE (:func:`read_inputs` → :class:`WorkspaceInputs`); scoring, planning,
reports and packaging are functions of them (:func:`score_all`, :func:`plan_roadmap`).

Operation            Functions                                             Result (frozen)
-------------------  ----------------------------------------------------  ---------------------------------
workspace            open_workspace, inside_a_workspace, copy_demo,        Workspace, Path
                     demo_workspace
init                 init                                                  InitResult
scan                 scan (progress=, cancel=)                             ScanResult (embeds ScanReport)
evidence files       list_evidence, show_evidence, check;                  EvidenceList, EvidenceDetail,
                     evidence_snapshot, scope_snapshot, evidence_flags,    CheckReport, EvidenceSnapshot, int
                     evidence_generation (kept by a desk)
links                links, link, unlink, confirm, reject;                 LinkList, LinkReport
                     suggestions_to_confirm (over the links held)
register, boxes      write_register, import_register, export_boxes         RegisterReport, ImportReport*,
                                                                           BoxReport
ratings, narratives  list_standards, get_standard, set_rating,             FrameworkRatings, StandardRatings,
 (the store)         set_narrative, export_ratings, import_ratings,        RatingsExports, RatingsImports,
                     standard_history, add_comment, list_comments          StandardHistory, StandardComments
institutional data   list_data_values, get_data_value, set_data_value,     DataValues, DataExports, DataImports
 (the store)         export_data, import_data
people (the store)   list_users, get_user, put_user, list_groups,          Users, Groups, History
                     assign_criteria, unassign_criteria,
                     set_group_members, audit_log, log_event
inputs               read_inputs                                           WorkspaceInputs
indicators           indicators                                            IndicatorsResult
score                score; score_all (over the inputs)                    ScoreResult (Scorecards)
roadmap              roadmap; plan_roadmap, write_roadmap (inputs)         RoadmapResult (Roadmap); Roadmap
roadmap import       import_roadmap                                        roadmap ImportReport
reports              reports; write_report_files, planned_or_note (inputs)  ReportResult
run (all of it)      run (progress=, cancel=, worker=); render_worker      RunResult (ScanReport, Scorecards,
                     (a second process for the roadmap, Word, Excel)       Roadmap); RenderWorker
package              package; gather (the content, checked);               PackageRun (PackageResult)
                     package_programme, package_programmes                 PackageRun, PackageRun list
review               review, review_workbook, import_review,               ReviewReport, WorkbookResult,
                     package_evidence, read_package_evidence,              ImportResult, PackageEvidence,
                     package_evidence_text; verify_package (verified       EvidenceMember, str,
                     once, passed to them as verified=)                    VerifiedPackage
extract, biên bản    extract_package, write_minutes                        ExtractResult, MinutesResult
roll-up              rollup; province (the table alone, no files: a desk)  RollupReport
signing keys         create_key, show_key, has_school_key, school_signer,  KeyInfo, Signer, Trust
                     inspector_signer, trust_of, passphrase_bytes
programmes           list_programmes, add_programme, programme_templates,  ProgrammeList, Programme, ProgrammeInit,
                     programme_scores, programmes_overview,                ProgrammeScore list, Overview,
                     programme_reports, assessed_programmes,               files by programme, Programme list,
                     programme_view                                        Workspace
annual cycle         year_start, year_confirm, year_history,               YearStart, Confirmed list,
                     year_view, assessment_years                           YearHistory list, Workspace, int list
crosswalk            crosswalk_offers, crosswalk_accept, crosswalk_views   Offer list, int, RelatedStatus list
status (calendar)    cycle_status                                          CycleStatus
settings             framework_choices, set_frameworks                      FrameworkSummary list, WorkspaceConfig
criteria             criteria_list, criteria_get, criteria_show,           FrameworkSummary list, Framework,
                     criteria_validate, criteria_diff, criteria_schema,    view, ValidationReport, DiffReport,
                     criteria_lock, criteria_import                        schema, lock, CriteriaImport

(* the evidence ImportReport is still a mutable record.) Errors a person can fix are AccreditError
subclasses with a clear message (e.g. ScanCancelled, FolderNotEmpty, PackageNotVerified, CriteriaExists).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

OPERATIONS: dict[str, str] = {
    "CancelToken": "accredit.service.scanning:CancelToken",
    "CriteriaExists": "accredit.service.criteria:CriteriaExists",
    "CriteriaImport": "accredit.service.criteria:CriteriaImport",
    "DataExports": "accredit.service.data:DataExports",
    "list_data_values": "accredit.service.data:list_data_values",
    "DataValues": "accredit.service.data:DataValues",
    "list_standards": "accredit.service.ratings:list_standards",
    "FrameworkRatings": "accredit.service.ratings:FrameworkRatings",
    "DataImports": "accredit.service.data:DataImports",
    "EvidenceList": "accredit.service.results:EvidenceList",
    "ExtractResult": "accredit.service.results:ExtractResult",
    "FolderNotEmpty": "accredit.service.reviewing:FolderNotEmpty",
    "FrameworkInputs": "accredit.service.inputs:FrameworkInputs",
    "Groups": "accredit.service.records:Groups",
    "History": "accredit.service.records:History",
    "IndicatorsResult": "accredit.service.results:IndicatorsResult",
    "InitResult": "accredit.service.results:InitResult",
    "LinkList": "accredit.service.results:LinkList",
    "MinutesResult": "accredit.service.results:MinutesResult",
    "PackageNotVerified": "accredit.service.reviewing:PackageNotVerified",
    "PackageRun": "accredit.service.packaging:PackageRun",
    "RatingsExports": "accredit.service.ratings:RatingsExports",
    "RatingsImports": "accredit.service.ratings:RatingsImports",
    "ReportResult": "accredit.service.results:ReportResult",
    "RoadmapFiles": "accredit.service.results:RoadmapFiles",
    "RoadmapResult": "accredit.service.results:RoadmapResult",
    "RunResult": "accredit.service.results:RunResult",
    "ScanCancelled": "accredit.service.scanning:ScanCancelled",
    "ScanResult": "accredit.service.results:ScanResult",
    "ScoreResult": "accredit.service.results:ScoreResult",
    "StandardComments": "accredit.service.ratings:StandardComments",
    "StandardHistory": "accredit.service.ratings:StandardHistory",
    "StandardRatings": "accredit.service.ratings:StandardRatings",
    "Users": "accredit.service.records:Users",
    "WorkspaceInputs": "accredit.service.inputs:WorkspaceInputs",
    "add_comment": "accredit.service.ratings:add_comment",
    "assign_criteria": "accredit.service.records:assign_criteria",
    "audit_log": "accredit.service.records:audit_log",
    "check": "accredit.service.evidence:check",
    "confirm": "accredit.service.evidence:confirm",
    "copy_demo": "accredit.service.workspaces:copy_demo",
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
    "evidence_notes": "accredit.service.scoring:evidence_notes",
    "evidence_flags": "accredit.service.evidence:evidence_flags",
    "evidence_generation": "accredit.service.evidence:evidence_generation",
    "evidence_snapshot": "accredit.service.evidence:evidence_snapshot",
    "export_boxes": "accredit.service.evidence:export_boxes",
    "export_data": "accredit.service.data:export_data",
    "export_ratings": "accredit.service.ratings:export_ratings",
    "extract_package": "accredit.service.reviewing:extract_package",
    "framework_choices": "accredit.service.settings:framework_choices",
    "framework_names": "accredit.service.evidence:framework_names",
    "set_frameworks": "accredit.service.settings:set_frameworks",
    "package_evidence": "accredit.service.reviewing:package_evidence",
    "read_package_evidence": "accredit.service.reviewing:read_package_evidence",
    "package_evidence_text": "accredit.service.reviewing:package_evidence_text",
    "PackageEvidence": "accredit.service.reviewing:PackageEvidence",
    "EvidenceMember": "accredit.service.reviewing:EvidenceMember",
    "gather": "accredit.service.packaging:gather",
    "get_data_value": "accredit.service.data:get_data_value",
    "get_standard": "accredit.service.ratings:get_standard",
    "get_user": "accredit.service.records:get_user",
    "has_school_key": "accredit.service.keys:has_school_key",
    "passphrase_bytes": "accredit.service.keys:passphrase_bytes",
    "import_data": "accredit.service.data:import_data",
    "import_ratings": "accredit.service.ratings:import_ratings",
    "import_register": "accredit.service.evidence:import_register",
    "import_review": "accredit.service.reviewing:import_review",
    "import_roadmap": "accredit.service.planning:import_roadmap",
    "indicators": "accredit.service.computing:indicators",
    "init": "accredit.service.workspaces:init",
    "inside_a_workspace": "accredit.service.workspaces:inside_a_workspace",
    "inspector_signer": "accredit.service.keys:inspector_signer",
    "link": "accredit.service.evidence:link",
    "log_event": "accredit.service.records:log_event",
    "links": "accredit.service.evidence:links",
    "list_comments": "accredit.service.ratings:list_comments",
    "list_evidence": "accredit.service.evidence:list_evidence",
    "list_groups": "accredit.service.records:list_groups",
    "list_users": "accredit.service.records:list_users",
    "open_workspace": "accredit.service.workspaces:open_workspace",
    "package": "accredit.service.packaging:package",
    "package_programme": "accredit.service.packaging:package_programme",
    "package_programmes": "accredit.service.packaging:package_programmes",
    "plan_roadmap": "accredit.service.planning:plan_roadmap",
    "planned_or_note": "accredit.service.reporting:planned_or_note",
    "put_user": "accredit.service.records:put_user",
    "read_inputs": "accredit.service.inputs:read_inputs",
    "reject": "accredit.service.evidence:reject",
    "reports": "accredit.service.reporting:reports",
    "review": "accredit.service.reviewing:review",
    "review_workbook": "accredit.service.reviewing:review_workbook",
    "verify_package": "accredit.service.reviewing:verify_package",
    "VerifiedPackage": "accredit.service.reviewing:VerifiedPackage",
    "roadmap": "accredit.service.planning:roadmap",
    "rollup": "accredit.service.reviewing:rollup",
    "province": "accredit.service.reviewing:province",
    "render_worker": "accredit.service.render_process:render_worker",
    "run": "accredit.service.running:run",
    "scan": "accredit.service.scanning:scan",
    "school_signer": "accredit.service.keys:school_signer",
    "score": "accredit.service.scoring:score_workspace",
    "score_all": "accredit.service.scoring:score_all",
    "set_data_value": "accredit.service.data:set_data_value",
    "set_group_members": "accredit.service.records:set_group_members",
    "set_narrative": "accredit.service.ratings:set_narrative",
    "set_rating": "accredit.service.ratings:set_rating",
    "scope_snapshot": "accredit.service.evidence:scope_snapshot",
    "show_evidence": "accredit.service.evidence:show_evidence",
    "suggestions_to_confirm": "accredit.service.evidence:suggestions_to_confirm",
    "show_key": "accredit.service.keys:show_key",
    "standard_history": "accredit.service.ratings:standard_history",
    "trust_of": "accredit.service.reviewing:trust_of",
    "unassign_criteria": "accredit.service.records:unassign_criteria",
    "unlink": "accredit.service.evidence:unlink",
    "write_minutes": "accredit.service.reviewing:write_minutes",
    "write_register": "accredit.service.evidence:write_register",
    "write_report_files": "accredit.service.reporting:write_report_files",
    "write_roadmap": "accredit.service.planning:write_roadmap",
    "ProgrammeScore": "accredit.service.programmes:ProgrammeScore",
    "ProgrammeList": "accredit.service.programmes:ProgrammeList",
    "ProgrammeInit": "accredit.service.programmes:ProgrammeInit",
    "list_programmes": "accredit.service.programmes:list_programmes",
    "add_programme": "accredit.service.programmes:add_programme",
    "programme_scores": "accredit.service.programmes:programme_scores",
    "programmes_overview": "accredit.service.programmes:programmes_overview",
    "programme_reports": "accredit.service.programmes:programme_reports",
    "programme_templates": "accredit.service.programmes:programme_templates",
    "assessed_programmes": "accredit.service.programmes:assessed_programmes",
    "programme_view": "accredit.service.programmes:programme_view",
    "YearStart": "accredit.service.annual:YearStart",
    "Confirmed": "accredit.service.annual:Confirmed",
    "YearHistory": "accredit.service.annual:YearHistory",
    "CycleStatus": "accredit.service.annual:CycleStatus",
    "year_start": "accredit.service.annual:year_start",
    "year_confirm": "accredit.service.annual:year_confirm",
    "year_history": "accredit.service.annual:year_history",
    "crosswalk_offers": "accredit.service.annual:crosswalk_offers",
    "crosswalk_accept": "accredit.service.annual:crosswalk_accept",
    "crosswalk_views": "accredit.service.annual:crosswalk_views",
    "cycle_status": "accredit.service.annual:cycle_status",
    "year_view": "accredit.service.annual:year_view",
    "assessment_years": "accredit.service.annual:assessment_years",
}
"""Every public name of the service layer → ``module:attribute``; imported on first use, so a command
loads only the modules (and libraries) of the operation it calls."""

# Ratings and narratives (get/set per standard and year, export/import of the workbook, history, comments),
# institutional data (get/set, export/import) and people (users, groups, audit log) are the workspace store's
# operations: accredit/service/ratings.py, data.py and records.py (branch ``store``), listed above.

__all__ = [  # every name of OPERATIONS (tests/service keeps the two equal)
    "CancelToken",
    "Confirmed",
    "CriteriaExists",
    "CriteriaImport",
    "CycleStatus",
    "DataExports",
    "DataImports",
    "DataValues",
    "EvidenceList",
    "EvidenceMember",
    "ExtractResult",
    "FolderNotEmpty",
    "FrameworkInputs",
    "FrameworkRatings",
    "Groups",
    "History",
    "IndicatorsResult",
    "InitResult",
    "LinkList",
    "MinutesResult",
    "PackageEvidence",
    "PackageNotVerified",
    "PackageRun",
    "ProgrammeInit",
    "ProgrammeList",
    "ProgrammeScore",
    "RatingsExports",
    "RatingsImports",
    "ReportResult",
    "RoadmapFiles",
    "RoadmapResult",
    "RunResult",
    "ScanCancelled",
    "ScanResult",
    "ScoreResult",
    "StandardComments",
    "StandardHistory",
    "StandardRatings",
    "Users",
    "VerifiedPackage",
    "WorkspaceInputs",
    "YearHistory",
    "YearStart",
    "add_comment",
    "add_programme",
    "assessed_programmes",
    "assessment_years",
    "assign_criteria",
    "audit_log",
    "check",
    "confirm",
    "copy_demo",
    "create_key",
    "criteria_diff",
    "criteria_get",
    "criteria_import",
    "criteria_list",
    "criteria_lock",
    "criteria_schema",
    "criteria_show",
    "criteria_validate",
    "crosswalk_accept",
    "crosswalk_offers",
    "crosswalk_views",
    "cycle_status",
    "demo_workspace",
    "draft_path",
    "evidence_flags",
    "evidence_generation",
    "evidence_notes",
    "evidence_snapshot",
    "export_boxes",
    "export_data",
    "export_ratings",
    "extract_package",
    "framework_choices",
    "framework_names",
    "gather",
    "get_data_value",
    "get_standard",
    "get_user",
    "has_school_key",
    "import_data",
    "import_ratings",
    "import_register",
    "import_review",
    "import_roadmap",
    "indicators",
    "init",
    "inside_a_workspace",
    "inspector_signer",
    "link",
    "links",
    "list_comments",
    "list_data_values",
    "list_evidence",
    "list_groups",
    "list_programmes",
    "list_standards",
    "list_users",
    "log_event",
    "open_workspace",
    "package",
    "package_evidence",
    "package_evidence_text",
    "package_programme",
    "package_programmes",
    "passphrase_bytes",
    "plan_roadmap",
    "planned_or_note",
    "programme_reports",
    "programme_scores",
    "programme_templates",
    "programme_view",
    "programmes_overview",
    "province",
    "put_user",
    "read_inputs",
    "read_package_evidence",
    "reject",
    "render_worker",
    "reports",
    "review",
    "review_workbook",
    "roadmap",
    "rollup",
    "run",
    "scan",
    "school_signer",
    "scope_snapshot",
    "score",
    "score_all",
    "set_data_value",
    "set_frameworks",
    "set_group_members",
    "set_narrative",
    "set_rating",
    "show_evidence",
    "show_key",
    "standard_history",
    "suggestions_to_confirm",
    "trust_of",
    "unassign_criteria",
    "unlink",
    "verify_package",
    "write_minutes",
    "write_register",
    "write_report_files",
    "write_roadmap",
    "year_confirm",
    "year_history",
    "year_start",
    "year_view",
]


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



if TYPE_CHECKING:  # the same names, for type checkers and editors
    from accredit.service.annual import (
        Confirmed,
        CycleStatus,
        YearHistory,
        YearStart,
        assessment_years,
        crosswalk_accept,
        crosswalk_offers,
        crosswalk_views,
        cycle_status,
        year_confirm,
        year_history,
        year_start,
        year_view,
    )
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
    from accredit.service.data import (
        DataExports,
        DataImports,
        DataValues,
        export_data,
        get_data_value,
        import_data,
        list_data_values,
        set_data_value,
    )
    from accredit.service.evidence import (
        check,
        confirm,
        evidence_flags,
        evidence_generation,
        evidence_snapshot,
        export_boxes,
        framework_names,
        import_register,
        link,
        links,
        list_evidence,
        reject,
        scope_snapshot,
        show_evidence,
        suggestions_to_confirm,
        unlink,
        write_register,
    )
    from accredit.service.inputs import FrameworkInputs, WorkspaceInputs, read_inputs
    from accredit.service.keys import (
        create_key,
        has_school_key,
        inspector_signer,
        passphrase_bytes,
        school_signer,
        show_key,
    )
    from accredit.service.packaging import PackageRun, gather, package, package_programme, package_programmes
    from accredit.service.planning import import_roadmap, plan_roadmap, roadmap, write_roadmap
    from accredit.service.programmes import (
        ProgrammeInit,
        ProgrammeList,
        ProgrammeScore,
        add_programme,
        assessed_programmes,
        list_programmes,
        programme_reports,
        programme_scores,
        programme_templates,
        programme_view,
        programmes_overview,
    )
    from accredit.service.ratings import (
        FrameworkRatings,
        RatingsExports,
        RatingsImports,
        StandardComments,
        StandardHistory,
        StandardRatings,
        add_comment,
        export_ratings,
        get_standard,
        import_ratings,
        list_comments,
        list_standards,
        set_narrative,
        set_rating,
        standard_history,
    )
    from accredit.service.records import (
        Groups,
        History,
        Users,
        assign_criteria,
        audit_log,
        get_user,
        list_groups,
        list_users,
        log_event,
        put_user,
        set_group_members,
        unassign_criteria,
    )
    from accredit.service.render_process import render_worker
    from accredit.service.reporting import planned_or_note, reports, write_report_files
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
        EvidenceMember,
        FolderNotEmpty,
        PackageEvidence,
        PackageNotVerified,
        VerifiedPackage,
        extract_package,
        import_review,
        package_evidence,
        package_evidence_text,
        province,
        read_package_evidence,
        review,
        review_workbook,
        rollup,
        trust_of,
        verify_package,
        write_minutes,
    )
    from accredit.service.running import run
    from accredit.service.scanning import CancelToken, ScanCancelled, scan
    from accredit.service.scoring import evidence_notes, score_all
    from accredit.service.scoring import score_workspace as score
    from accredit.service.settings import framework_choices, set_frameworks
    from accredit.service.workspaces import copy_demo, demo_workspace, init, inside_a_workspace, open_workspace
