"""The regulations' deadlines, as data with their citations (shared/reference/ is the source of truth).

Every rule names its article. ``verified`` is False where the date or its basis is not confirmed by
the reference texts (the reason is in ``basis``); such a date is shown with that warning, never as fact.
Nothing here is regulation wording except what is quoted in ``basis``.
"""

from __future__ import annotations

import datetime as dt

from accredit.model.base import Value


class Rule(Value):
    """One deadline rule: where it comes from and whether the reference texts confirm it."""

    code: str
    article: str
    verified: bool
    basis: str


TT38_DATA_CUTOFF = Rule(
    code="tt38.data_cutoff",
    article="Thông tư 38/2026/TT-BGDĐT, Điều 10 khoản 2",
    verified=True,
    basis="\"Dữ liệu tự đánh giá được chốt tại thời điểm ngày 31 tháng 12 của năm báo cáo.\"",
)
TT38_REPORT = Rule(
    code="tt38.report",
    article="Thông tư 38/2026/TT-BGDĐT, Điều 10 khoản 2",
    verified=True,
    basis="\"Báo cáo kết quả tự đánh giá được hoàn thiện chậm nhất vào ngày 31 tháng 3 của năm sau liền kề.\"",
)
TT38_PUBLISH = Rule(
    code="tt38.publish",
    article="Thông tư 38/2026/TT-BGDĐT, Điều 10 khoản 3; Điều 12 khoản 4 điểm b",
    verified=True,
    basis="\"Cơ sở giáo dục nghề nghiệp thực hiện công bố kết quả tự đánh giá …\" — the text sets no date; "
    "the calendar places it after the report is completed.",
)
TT38_TRANSITION = Rule(
    code="tt38.transition",
    article="Thông tư 38/2026/TT-BGDĐT, Điều 14 khoản 1, khoản 2; Điều 13 khoản 1",
    verified=False,
    basis="60 tháng kể từ ngày Thông tư có hiệu lực, for institutions founded before 01/01/2026. The effective "
    "date in Điều 13 khoản 1 is unreadable in the OCR; 29/04/2026 (the signing date, from the document's "
    "metadata) is assumed — UNVERIFIED.",
)
TT38_EFFECTIVE_ASSUMED = dt.date(2026, 4, 29)
TT38_FOUNDED_BEFORE = dt.date(2026, 1, 1)
TT38_TRANSITION_MONTHS = 60

TT28_SELF_ASSESSMENT = Rule(
    code="tt28.self_assessment",
    article="Thông tư 28/2017/TT-BLĐTBXH, Điều 13 khoản 1, khoản 2",
    verified=False,
    basis="\"… định kỳ mỗi năm 01 lần\" (trường cao đẳng, trường trung cấp, trung tâm GDNN; accredited "
    "programmes). TT 28/2017 is presumed in force — no replacement found (UNVERIFIED, "
    "regulation-status-2026.md).",
)
TT28_RESULT_REPORT = Rule(
    code="tt28.result_report",
    article="Thông tư 28/2017/TT-BLĐTBXH, Điều 19 khoản 2",
    verified=False,
    basis="\"Trước ngày 25 tháng 12 hàng năm, cơ sở giáo dục nghề nghiệp báo cáo kết quả thực hiện tự đánh giá "
    "chất lượng …\" (TT 28/2017 presumed in force, UNVERIFIED).",
)
TT28_QA_REPORT = Rule(
    code="tt28.qa_report",
    article="Thông tư 28/2017/TT-BLĐTBXH, Điều 12 khoản 2",
    verified=False,
    basis="\"… gửi báo cáo hệ thống bảo đảm chất lượng … chậm nhất vào ngày 31 tháng 12 hằng năm.\" (TT 28/2017 "
    "presumed in force, UNVERIFIED).",
)
CERT_EXPIRY = Rule(
    code="cert.expiry",
    article="Nghị định 49/2018/NĐ-CP, Điều 22",
    verified=False,
    basis="\"Giấy chứng nhận đạt tiêu chuẩn kiểm định có thời hạn 5 năm kể từ ngày cấp.\" — quoted in "
    "tt35-2021-notes.md; NĐ 49/2018 itself is not among the reference texts and no replacement was found "
    "(UNVERIFIED).",
)
CERT_CYCLE = Rule(
    code="cert.next_self_assessment",
    article="Thông tư 14/2024/TT-BLĐTBXH, Điều 3 khoản 2; chu kỳ kiểm định 05 năm (Thông tư 27/2018/TT-BLĐTBXH)",
    verified=False,
    basis="The 05-year cycle is TT 27/2018 Điều 11 as quoted in tt35-2021-notes.md (not among the reference texts; "
    "UNVERIFIED). No reference text says when to start the next self-assessment. EDITORIAL: the calendar suggests "
    "starting it 12 months before the certificate expires; for a trường the standards must hold in the 2 "
    "(trung cấp) or 3 (cao đẳng) years up to the evaluation year (TT 14/2024 Điều 3 khoản 2).",
)
CERT_LEAD_MONTHS = 12
TT46_SELF_ASSESSMENT = Rule(
    code="tt46.self_assessment",
    article="Thông tư 46/2026/TT-BGDĐT (Điều lệ trường trung học nghề), Điều 11",
    verified=False,
    basis="Yearly self-assessment of a trường trung học nghề, per regulation-status-2026.md; the text of TT 46/2026 "
    "is not among the reference texts (UNVERIFIED), and it sets no date there.",
)

RULES: tuple[Rule, ...] = (
    TT38_DATA_CUTOFF, TT38_REPORT, TT38_PUBLISH, TT38_TRANSITION, TT28_SELF_ASSESSMENT, TT28_RESULT_REPORT,
    TT28_QA_REPORT, CERT_EXPIRY, CERT_CYCLE, TT46_SELF_ASSESSMENT,
)
