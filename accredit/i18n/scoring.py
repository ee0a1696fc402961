"""Messages of ratings, indicators and scoring (the self-assessment workbooks and ``accredit score``)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- assessment vs framework ----------------------------------------------------------
    "scoring.assessment.other_framework": {
        "vi": "tệp đánh giá dành cho bộ tiêu chí '{found}', không phải '{expected}'",
        "en": "the ratings are for criteria set '{found}', not '{expected}'",
    },
    "scoring.assessment.other_version": {
        "vi": (
            "tệp đánh giá được lập cho phiên bản {found} của '{id}', nhưng bộ tiêu chí hiện là phiên bản "
            "{expected}. Xem khác biệt bằng 'accredit criteria diff', rồi tạo lại mẫu bằng "
            "'accredit ratings template' và chép các đánh giá sang"
        ),
        "en": (
            "the ratings were written for version {found} of '{id}', but the criteria set is now version "
            "{expected}. See what changed with 'accredit criteria diff', then make a new template with "
            "'accredit ratings template' and copy the ratings over"
        ),
    },
    "scoring.assessment.unknown_code": {
        "vi": "mã '{code}' không phải yêu cầu/tiêu chuẩn của '{id}'",
        "en": "code '{code}' is not a requirement of '{id}'",
    },
    "scoring.assessment.year_outside": {
        "vi": "tiêu chuẩn {code}: năm {years} nằm ngoài khoảng thời gian đánh giá {first}–{last}",
        "en": "requirement {code}: year(s) {years} outside the evaluation window {first}–{last}",
    },
    # --- requirement reasons -------------------------------------------------------------
    "scoring.reason.not_rated": {
        "vi": "chưa được đánh giá (chưa chọn trạng thái)",
        "en": "not rated yet (no status chosen)",
    },
    "scoring.reason.rated_not_evaluated": {"vi": "được ghi là Chưa đánh giá", "en": "marked not evaluated"},
    "scoring.reason.not_applicable": {"vi": "không áp dụng", "en": "not applicable"},
    "scoring.reason.not_applicable_scored": {
        "vi": "quy định không trừ tiêu chuẩn không áp dụng khỏi điểm tối đa: tính 0 điểm",
        "en": "the regulation does not remove non-applicable standards from the maximum: 0 points",
    },
    "scoring.reason.met": {"vi": "đánh giá Đạt", "en": "rated met"},
    "scoring.reason.not_met": {"vi": "đánh giá Không đạt", "en": "rated not met"},
    "scoring.reason.met_years": {
        "vi": "Đạt trong tất cả các năm {years}",
        "en": "met in every year {years}",
    },
    "scoring.reason.not_met_years": {
        "vi": "Không đạt trong năm {years} (phải đạt tất cả các năm)",
        "en": "not met in {years} (every year must be met)",
    },
    "scoring.reason.overall_not_met": {
        "vi": "các năm đều Đạt nhưng đánh giá chung là Không đạt",
        "en": "every year met but the overall rating is not met",
    },
    "scoring.reason.years_missing": {
        "vi": "chưa đánh giá năm {years} (phải đạt tất cả các năm {window})",
        "en": "year(s) {years} not rated (every year {window} must be met)",
    },
    "scoring.reason.evidence": {"vi": "{count} minh chứng", "en": "{count} evidence file(s)"},
    "scoring.reason.unsupported": {
        "vi": "đánh giá Đạt nhưng chưa có minh chứng được liên kết: coi là chưa đánh giá",
        "en": "rated met but no evidence is linked: counted as not evaluated",
    },
    "scoring.reason.unconfirmed": {
        "vi": "{count} minh chứng gợi ý chưa được xác nhận",
        "en": "{count} suggested evidence link(s) not confirmed",
    },
    "scoring.reason.indicator_value": {
        "vi": "năm {year}: {value} {cmp} {threshold} — {verdict}",
        "en": "{year}: {value} {cmp} {threshold} — {verdict}",
    },
    "scoring.reason.indicator_met": {"vi": "đạt", "en": "met"},
    "scoring.reason.indicator_not_met": {"vi": "không đạt", "en": "not met"},
    "scoring.reason.indicator_invalid": {
        "vi": "năm {year}: số liệu không hợp lệ: {problems}",
        "en": "{year}: invalid data: {problems}",
    },
    "scoring.reason.indicator_missing": {
        "vi": "năm {year}: thiếu số liệu: {problems}",
        "en": "{year}: missing data: {problems}",
    },
    "scoring.reason.no_data": {
        "vi": "chưa có số liệu năm {years} (nhập vào tệp số liệu, xem 'accredit data template')",
        "en": "no data for {years} (fill in the data workbook, see 'accredit data template')",
    },
    "scoring.reason.contradicts": {
        "vi": "đánh giá thủ công '{rated}' trái với số liệu ('{data}')",
        "en": "the manual rating '{rated}' contradicts the data ('{data}')",
    },
    "scoring.reason.rating_needs_data": {
        "vi": "chỉ số được tính từ số liệu; đánh giá thủ công không thay thế số liệu",
        "en": "the indicator is computed from data; a manual rating does not replace the data",
    },
    "scoring.reason.part_documents": {"vi": "minh chứng: {reason}", "en": "documents: {reason}"},
    "scoring.reason.part_data": {"vi": "số liệu: {reason}", "en": "data: {reason}"},
    # --- rules ---------------------------------------------------------------------------
    "scoring.rule.total_ok": {
        "vi": "tổng điểm {total} ≥ {need}",
        "en": "total {total} ≥ {need}",
    },
    "scoring.rule.total_failed": {
        "vi": "tổng điểm {total} < {need} (thiếu {short} điểm)",
        "en": "total {total} < {need} ({short} points short)",
    },
    "scoring.rule.share_ok": {
        "vi": "{criteria} đều đạt từ {share} điểm tối đa trở lên",
        "en": "{criteria} all reach at least {share} of their maximum",
    },
    "scoring.rule.share_item": {
        "vi": "{label} được {points}/{max} ({share}), cần ≥ {need}",
        "en": "{label} has {points}/{max} ({share}), needs ≥ {need}",
    },
    "scoring.rule.share_failed": {
        "vi": "chưa đạt {share} điểm tối đa: {items}",
        "en": "below {share} of the maximum: {items}",
    },
    "scoring.rule.all_met_ok": {
        "vi": "cả {count} yêu cầu đều đạt",
        "en": "all {count} requirements met",
    },
    "scoring.rule.all_met_failed": {
        "vi": "{met}/{count} yêu cầu đạt; chưa đạt: {codes}",
        "en": "{met}/{count} requirements met; not met: {codes}",
    },
    "scoring.rule.gate_ok": {"vi": "{label}: đã đạt ({id})", "en": "{label}: passed ({id})"},
    "scoring.rule.gate_failed": {"vi": "{label}: chưa đạt ({ids})", "en": "{label}: not passed ({ids})"},
    "scoring.rule.gate_absent": {
        "vi": (
            "{label}: chưa có kết quả của {ids} nên chưa coi là đạt — thêm bộ tiêu chí đó vào workspace "
            "hoặc khai báo kết quả (giấy chứng nhận) trong tệp đánh giá (external_results)"
        ),
        "en": (
            "{label}: no result for {ids}, so not passed — add that criteria set to the workspace or "
            "declare the result (certificate) in the ratings file (external_results)"
        ),
    },
    "scoring.decision.passed": {
        "vi": "ĐẠT — {title}: {total}/{max} {unit}",
        "en": "PASSED — {title}: {total}/{max} {unit}",
    },
    "scoring.decision.failed": {
        "vi": "CHƯA ĐẠT — {title}: {total}/{max} {unit}; {failed} điều kiện chưa thỏa",
        "en": "NOT PASSED — {title}: {total}/{max} {unit}; {failed} rule(s) not satisfied",
    },
    "scoring.unit.points": {"vi": "điểm", "en": "points"},
    "scoring.unit.requirements": {"vi": "yêu cầu đạt", "en": "requirements met"},
    # --- minimal fix ---------------------------------------------------------------------
    "scoring.fix.none_needed": {"vi": "Đã đạt: không cần khắc phục.", "en": "Passed: nothing to fix."},
    "scoring.fix.gate_only": {
        "vi": "Các tiêu chuẩn đã đủ; chỉ còn thiếu điều kiện tiên quyết: {ids}.",
        "en": "The standards are enough; only the prerequisite is missing: {ids}.",
    },
    "scoring.fix.infeasible": {
        "vi": "Không có tập khắc phục: kể cả khi mọi yêu cầu chưa đạt đều đạt, vẫn chưa thỏa {rules}.",
        "en": "No fix set exists: even with every open requirement met, {rules} would still fail.",
    },
    "scoring.fix.explain": {
        "vi": "Cần tối thiểu {count} yêu cầu đạt thêm: {codes} (thêm {points} điểm).",
        "en": "At least {count} more requirement(s) must be met: {codes} (+{points} points).",
    },
    "scoring.fix.gate_also": {
        "vi": "Ngoài ra cần điều kiện tiên quyết: {ids}.",
        "en": "The prerequisite is also needed: {ids}.",
    },
    "scoring.fix.action_evidence": {
        "vi": "liên kết/xác nhận minh chứng",
        "en": "link or confirm evidence",
    },
    "scoring.fix.action_invalid": {
        "vi": "làm lại khảo sát/số liệu cho hợp lệ",
        "en": "redo the survey or data so that it is valid",
    },
    "scoring.fix.action_data": {"vi": "nhập số liệu năm {years}", "en": "enter the data for {years}"},
    "scoring.fix.action_rate": {
        "vi": "đánh giá và bổ sung minh chứng năm {years}",
        "en": "rate it and add evidence for {years}",
    },
    "scoring.fix.action_improve": {"vi": "khắc phục để đạt năm {years}", "en": "bring it up to standard in {years}"},
}
