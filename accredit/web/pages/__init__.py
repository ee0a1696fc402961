"""The desk's pages, and the table of routes: path, page, what it needs, methods, public (no login)."""

from __future__ import annotations

from collections.abc import Callable

from starlette.responses import Response

from accredit.web.pages import data, evidence, groups, people, review, roadmap, school, settings, years
from accredit.web.security import Need

Route = tuple[str, Callable[..., Response], Need | None, list[str], bool]

STANDARD = "/standard/{reg}/{obj}/{code}"

ROUTES: list[Route] = [
    ("/login", people.login_page, None, ["GET"], True),
    ("/login", people.login, None, ["POST"], True),
    ("/setup", people.setup_page, None, ["GET"], True),
    ("/setup", people.setup, None, ["POST"], True),
    ("/logout", people.logout, None, ["POST"], True),
    ("/lang", people.set_language, None, ["POST"], True),
    ("/users", people.users_page, Need.MANAGE, ["GET"], False),
    ("/users", people.save_user, Need.MANAGE, ["POST"], False),
    ("/groups", groups.groups_page, Need.MANAGE, ["GET"], False),
    ("/groups", groups.create_group, Need.MANAGE, ["POST"], False),
    ("/groups/members", groups.save_members, Need.MANAGE, ["POST"], False),
    ("/groups/criteria", groups.save_criteria, Need.MANAGE, ["POST"], False),
    ("/settings", settings.settings_page, Need.MANAGE, ["GET"], False),
    ("/settings", settings.save_settings, Need.MANAGE, ["POST"], False),
    ("/history", school.history, Need.MANAGE, ["GET"], False),
    ("/", school.dashboard, Need.READ, ["GET"], False),
    ("/programmes", school.programmes, Need.READ, ["GET"], False),
    ("/dashboard/roadmap", school.dashboard_roadmap, Need.READ, ["GET"], False),
    ("/roadmap", roadmap.roadmap_page, Need.READ, ["GET"], False),
    ("/scorecard/{reg}/{obj}", school.scorecard, Need.READ, ["GET"], False),
    (STANDARD, school.standard, Need.READ, ["GET"], False),
    (STANDARD, school.save_standard, Need.EDIT, ["POST"], False),
    (STANDARD + "/comment", school.comment_standard, Need.READ, ["POST"], False),
    (STANDARD + "/confirm", school.confirm_standard, Need.EDIT, ["POST"], False),
    ("/years", years.years, Need.READ, ["GET"], False),
    ("/years/start", years.start_page, Need.MANAGE, ["GET"], False),
    ("/years/start", years.start, Need.MANAGE, ["POST"], False),
    ("/data/{reg}/{obj}", data.data_page, Need.READ, ["GET"], False),
    ("/data/{reg}/{obj}", data.save_data, Need.EDIT, ["POST"], False),
    ("/data/{reg}/{obj}/check", data.check_data, Need.READ, ["POST"], False),
    ("/reports", school.reports, Need.READ, ["GET"], False),
    ("/reports", school.build_reports, Need.EDIT, ["POST"], False),
    ("/reports/file", school.download_report, Need.READ, ["GET"], False),
    ("/reports/package", school.build_package, Need.MANAGE, ["POST"], False),
    ("/evidence", evidence.library, Need.READ, ["GET"], False),
    ("/evidence/file", evidence.file_page, Need.READ, ["GET"], False),
    ("/evidence/raw", evidence.raw_file, Need.READ, ["GET"], False),
    ("/evidence/upload", evidence.upload, Need.EDIT, ["POST"], False),
    ("/evidence/scan", evidence.scan_status, Need.READ, ["GET"], False),
    ("/evidence/scan", evidence.start_scan, Need.EDIT, ["POST"], False),
    ("/evidence/scan/cancel", evidence.cancel_scan, Need.EDIT, ["POST"], False),
    ("/suggestions", evidence.suggestions, Need.READ, ["GET"], False),
    ("/suggestions/accept", evidence.accept, Need.EDIT, ["POST"], False),
    ("/suggestions/reject", evidence.reject, Need.EDIT, ["POST"], False),
    ("/suggestions/bulk", evidence.bulk, Need.EDIT, ["POST"], False),
    ("/review", review.desk, Need.REVIEW, ["GET"], False),
    ("/review/package", review.package, Need.REVIEW, ["GET"], False),
    ("/review/evidence", review.evidence_page, Need.REVIEW, ["GET"], False),
    ("/review/evidence/raw", review.evidence_raw, Need.REVIEW, ["GET"], False),
    ("/review/rollup", review.heat_map, Need.REVIEW, ["GET"], False),
    ("/review/upload", review.upload, Need.REVIEW, ["POST"], False),
    ("/review/verdict", review.verdict, Need.REVIEW, ["POST"], False),
]
