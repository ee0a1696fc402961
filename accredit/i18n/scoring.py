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
    "scoring.reason.carried": {
        "vi": "kế thừa — cần cập nhật: lời văn chép từ năm trước, chưa có trạng thái của năm này "
              "(đánh giá lại, hoặc xác nhận bằng 'accredit year confirm')",
        "en": "kế thừa — cần cập nhật (carried over): last year's text, no status for this year yet "
              "(rate it, or confirm it with 'accredit year confirm')",
    },
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
        "vi": "năm {year}: {value} (yêu cầu {cmp} {threshold}) — {verdict}",
        "en": "{year}: {value} (required {cmp} {threshold}) — {verdict}",
    },
    "scoring.reason.indicator_condition": {
        "vi": "{label}: {value} (yêu cầu {cmp} {threshold}) — {verdict}",
        "en": "{label}: {value} (required {cmp} {threshold}) — {verdict}",
    },
    "scoring.reason.indicator_met": {"vi": "đạt", "en": "met"},
    "scoring.reason.indicator_not_met": {"vi": "không đạt", "en": "not met"},
    "scoring.reason.indicator_invalid": {
        "vi": "năm {year}: số liệu không hợp lệ: {problems}",
        "en": "{year}: invalid data: {problems}",
    },
    "scoring.reason.indicator_invalid_bare": {
        "vi": "năm {year}: số liệu không hợp lệ",
        "en": "{year}: invalid data",
    },
    "scoring.reason.indicator_missing_bare": {
        "vi": "năm {year}: thiếu số liệu",
        "en": "{year}: missing data",
    },
    "scoring.reason.indicator_missing": {
        "vi": "năm {year}: thiếu số liệu: {problems}",
        "en": "{year}: missing data: {problems}",
    },
    "scoring.reason.no_data": {
        "vi": "chưa có số liệu năm {years} (nhập vào tệp số liệu, xem 'accredit data template')",
        "en": "no data for {years} (fill in the data workbook, see 'accredit data template')",
    },
    "scoring.reason.missing_inputs": {
        "vi": "thiếu số liệu năm {years}: {names} (nhập vào tệp số liệu)",
        "en": "missing data for {years}: {names} (fill in the data workbook)",
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
    "scoring.cli.gate_self_assessed": {
        "vi": "{id}: tự đánh giá theo {gate} đạt, nhưng điều kiện tiên quyết cần quyết định công nhận đạt tiêu chuẩn "
        "kiểm định (đánh giá ngoài); khi có, khai báo giấy chứng nhận là kết quả đánh giá ngoài trong tệp đánh giá.",
        "en": "{id}: the self-assessment against {gate} passes, but the gate needs an accreditation decision (external "
        "evaluation); once granted, declare the certificate as an external result in the ratings file.",
    },
    "scoring.reason.exempt": {
        "vi": "Không áp dụng đối với {label} ({article})",
        "en": "Does not apply to {label} ({article})",
    },
    "scoring.rule.gate_ok": {"vi": "{label}: đã đạt ({id})", "en": "{label}: passed ({id})"},
    "scoring.rule.gate_failed": {"vi": "{label}: chưa đạt ({ids})", "en": "{label}: not passed ({ids})"},
    "scoring.rule.gate_absent": {
        "vi": (
            "{label}: chưa có quyết định công nhận theo {ids} nên chưa coi là đạt — khi được công nhận, "
            "khai báo giấy chứng nhận là kết quả đánh giá ngoài trong tệp đánh giá"
        ),
        "en": (
            "{label}: no recognition decision under {ids}, so not passed — once granted, declare the "
            "certificate as an external result in the ratings file"
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
    "scoring.fix.explain_unscored": {
        "vi": "Cần tối thiểu {count} yêu cầu đạt thêm: {codes}.",
        "en": "At least {count} more requirement(s) must be met: {codes}.",
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
    # --- indicators: computation --------------------------------------------------------
    "scoring.ind.problem.missing": {
        "vi": "thiếu '{label}' ({name}) năm {year}",
        "en": "missing '{label}' ({name}) for {year}",
    },
    "scoring.ind.problem.zero": {
        "vi": "mẫu số ({expr}) bằng 0: không tính được tỷ lệ",
        "en": "the denominator ({expr}) is 0: the ratio cannot be computed",
    },
    "scoring.ind.problem.no_programmes": {
        "vi": "chưa có chương trình nào năm {year} trong sheet '{sheet}'",
        "en": "no programme for {year} in sheet '{sheet}'",
    },
    "scoring.ind.problem.survey_missing": {
        "vi": "không kiểm tra được yêu cầu khảo sát '{label}': thiếu '{name}' năm {year}",
        "en": "cannot check the survey condition '{label}': '{name}' missing for {year}",
    },
    "scoring.ind.problem.survey_groups": {
        "vi": "không kiểm tra được yêu cầu khảo sát '{label}': chưa có số liệu theo nhóm ({per}) năm {year}",
        "en": "cannot check the survey condition '{label}': no per-group data ({per}) for {year}",
    },
    "scoring.ind.problem.survey_failed": {
        "vi": "khảo sát không đạt yêu cầu '{label}': {detail}",
        "en": "survey condition '{label}' not satisfied: {detail}",
    },
    "scoring.ind.survey.share": {
        "vi": "{n}/{d} = {share} (cần ≥ {minimum})",
        "en": "{n}/{d} = {share} (needs ≥ {minimum})",
    },
    "scoring.ind.survey.count": {"vi": "{n} (cần ≥ {minimum})", "en": "{n} (needs ≥ {minimum})"},
    "scoring.ind.survey.groups_ok": {
        "vi": "cả {count} nhóm đều có ≥ {minimum}",
        "en": "all {count} groups have ≥ {minimum}",
    },
    "scoring.ind.survey.groups_failed": {
        "vi": "dưới {minimum}: {groups}",
        "en": "below {minimum}: {groups}",
    },
    "scoring.ind.source.cohorts": {
        "vi": "'{sheet}' năm {year}: Σ N×T/10 trên {count} khóa",
        "en": "'{sheet}' {year}: Σ N×T/10 over {count} course(s)",
    },
    "scoring.ind.source.groups": {
        "vi": "tổng {count} nhóm ({per}) năm {year}",
        "en": "sum of {count} group(s) ({per}) for {year}",
    },
    "scoring.ind.where.row": {"vi": "sheet '{sheet}', dòng {row}", "en": "sheet '{sheet}', row {row}"},
    "scoring.ind.where.cell": {
        "vi": "{file}, sheet '{sheet}', dòng {row}, cột {col}{header}",
        "en": "{file}, sheet '{sheet}', row {row}, column {col}{header}",
    },
    # --- indicators: reading the data workbook --------------------------------------------
    "scoring.ind.read.missing_file": {
        "vi": "không có tệp số liệu {path}; tạo bằng 'accredit data template' rồi nhập số liệu",
        "en": "no data workbook {path}; create it with 'accredit data template' and fill it in",
    },
    "scoring.ind.read.unreadable": {
        "vi": "không đọc được tệp Excel {path}: {error}",
        "en": "cannot read the Excel file {path}: {error}",
    },
    "scoring.ind.read.other_framework": {
        "vi": "{path} là tệp số liệu của '{found}', không phải '{expected}'",
        "en": "{path} is the data workbook of '{found}', not '{expected}'",
    },
    "scoring.ind.read.problems": {
        "vi": "Tệp số liệu có {count} ô cần sửa:",
        "en": "The data workbook has {count} cell(s) to fix:",
    },
    "scoring.ind.read.more": {"vi": "… và {count} ô khác", "en": "… and {count} more"},
    "scoring.ind.read.no_header": {
        "vi": "{file}, sheet '{sheet}': không thấy dòng tiêu đề có cột '{header}' (chạy lại 'accredit data template')",
        "en": "{file}, sheet '{sheet}': no header row with column '{header}' (run 'accredit data template' again)",
    },
    "scoring.ind.read.negative": {"vi": "'{value}' là số âm", "en": "'{value}' is negative"},
    "scoring.ind.read.too_big": {"vi": "'{value}' lớn hơn {maximum}", "en": "'{value}' is larger than {maximum}"},
    "scoring.ind.read.bad_year": {
        "vi": "năm '{value}' không hợp lệ (nhập năm 4 chữ số, ví dụ 2026)",
        "en": "year '{value}' is not valid (type a 4-digit year, e.g. 2026)",
    },
    "scoring.ind.read.no_key": {
        "vi": "dòng có số liệu nhưng thiếu mã/tên ở cột này",
        "en": "the row has data but no code or name in this column",
    },
    "scoring.ind.read.duplicate": {
        "vi": "'{name}' xuất hiện nhiều lần; chỉ giữ một dòng",
        "en": "'{name}' appears more than once; keep one row",
    },
    # --- indicators: the data workbook template --------------------------------------------
    "scoring.ind.template.title": {
        "vi": "Số liệu tính chỉ số — {title}",
        "en": "Data for the indicators — {title}",
    },
    "scoring.ind.template.other_framework": {
        "vi": "tệp này là tệp số liệu của '{found}', không phải '{expected}'; không ghi đè",
        "en": "this is the data workbook of '{found}', not '{expected}'; not overwritten",
    },
    "scoring.ind.template.sheet_institution": {
        "vi": "Số liệu chung toàn trường, mỗi năm một cột",
        "en": "Institution-wide data, one column per year",
    },
    "scoring.ind.template.sheet_survey": {
        "vi": "Số liệu khảo sát (người học, người tốt nghiệp, người sử dụng lao động), mỗi năm một cột",
        "en": "Survey data (learners, graduates, employers), one column per year",
    },
    "scoring.ind.template.sheet_programmes": {
        "vi": "Mỗi chương trình đào tạo một dòng cho mỗi năm",
        "en": "One row per training programme and year",
    },
    "scoring.ind.template.sheet_groups": {
        "vi": "Khảo sát theo ngành, nghề: mỗi ngành, nghề một dòng cho mỗi năm",
        "en": "Survey per occupation: one row per occupation and year",
    },
    "scoring.ind.template.sheet_cohorts": {
        "vi": "Quy mô đào tạo quy đổi (Phụ lục II TT 38): mỗi khóa học một dòng; Q = Σ Nᵢ × Tᵢ / 10",
        "en": "Converted training scale (TT 38 Annex II): one row per course; Q = Σ Nᵢ × Tᵢ / 10",
    },
    "scoring.ind.template.derived_cohorts": {
        "vi": " (để trống nếu đã nhập sheet 'Khóa học (quy đổi)')",
        "en": " (leave blank when sheet 'Khóa học (quy đổi)' is filled in)",
    },
    "scoring.ind.template.derived_groups": {
        "vi": " (để trống: lấy tổng theo ngành, nghề)",
        "en": " (leave blank: the sum over occupations is used)",
    },
    "scoring.ind.template.number_title": {"vi": "Số không hợp lệ", "en": "Invalid number"},
    "scoring.ind.template.number_error": {
        "vi": "Nhập một số không âm (trong giới hạn cho phép).",
        "en": "Type a non-negative number (within the allowed range).",
    },
    "scoring.ind.template.year_error": {
        "vi": "Nhập năm 4 chữ số, ví dụ 2026.",
        "en": "Type a 4-digit year, e.g. 2026.",
    },
    "scoring.ind.guide.intro": {
        "vi": (
            "Tệp này chứa số liệu để tính các chỉ số theo đúng công thức của văn bản. Chạy 'accredit "
            "indicators' để xem kết quả và cách tính."
        ),
        "en": (
            "This workbook holds the data the indicators are computed from, by the regulation's "
            "formulas. Run 'accredit indicators' to see results and traces."
        ),
    },
    "scoring.ind.guide.grey": {
        "vi": (
            "Ô nền xám do công cụ điền (mã, nội dung, đơn vị) và được cập nhật mỗi lần chạy lại; ô nền "
            "trắng là của người nhập và không bao giờ bị ghi đè."
        ),
        "en": (
            "Grey cells are filled by the tool (codes, wording, units) and refreshed on every run; "
            "white cells are yours and are never overwritten."
        ),
    },
    "scoring.ind.guide.numbers": {
        "vi": (
            "Nhập số (không dùng dấu phân cách hàng nghìn). Để trống nếu chưa có số liệu: chỉ số sẽ "
            "được báo là thiếu số liệu, không bao giờ được coi là đạt."
        ),
        "en": (
            "Type numbers (no thousands separators). Leave blank when unknown: the indicator is "
            "reported as missing data, never as met."
        ),
    },
    "scoring.ind.guide.institution": {
        "vi": "Sheet 'Số liệu chung': mỗi dòng một số liệu toàn trường, mỗi năm một cột.",
        "en": "Sheet 'Số liệu chung': one institution-wide figure per row, one column per year.",
    },
    "scoring.ind.guide.survey": {
        "vi": (
            "Sheet 'Khảo sát': số liệu khảo sát; điều kiện hợp lệ của khảo sát (tỷ lệ khảo sát, tỷ lệ "
            "phản hồi, số người sử dụng lao động) được kiểm tra tự động."
        ),
        "en": (
            "Sheet 'Khảo sát': survey figures; the survey-validity conditions (share surveyed, response "
            "rate, employers per occupation) are checked automatically."
        ),
    },
    "scoring.ind.guide.programmes": {
        "vi": (
            "Sheet 'Theo chương trình': chỉ số áp dụng 'cho tất cả chương trình đào tạo' được tính cho "
            "từng chương trình; chỉ đạt khi mọi chương trình đều đạt."
        ),
        "en": (
            "Sheet 'Theo chương trình': indicators that apply 'to every programme' are computed per "
            "programme and met only if every programme meets them."
        ),
    },
    "scoring.ind.guide.groups": {
        "vi": (
            "Sheet 'Khảo sát theo ngành nghề': mỗi ngành, nghề một dòng mỗi năm (ví dụ số người sử dụng "
            "lao động được khảo sát)."
        ),
        "en": "Sheet 'Khảo sát theo ngành nghề': one row per occupation and year (e.g. employers surveyed).",
    },
    "scoring.ind.guide.cohorts": {
        "vi": (
            "Sheet 'Khóa học (quy đổi)': mỗi khóa một dòng: số người học Nᵢ và số tháng thực học trong "
            "năm Tᵢ; quy mô quy đổi Q = Σ Nᵢ × Tᵢ / 10 (Phụ lục II TT 38)."
        ),
        "en": (
            "Sheet 'Khóa học (quy đổi)': one row per course with learners Nᵢ and months actually "
            "studied in the year Tᵢ; Q = Σ Nᵢ × Tᵢ / 10 (TT 38 Annex II)."
        ),
    },
    "scoring.ind.guide.rerun": {
        "vi": (
            "Chạy lại 'accredit data template' bất cứ lúc nào: các dòng/cột mới được thêm vào, số liệu "
            "đã nhập được giữ nguyên."
        ),
        "en": "Run 'accredit data template' again at any time: new rows and columns are added, typed values are kept.",
    },
    # --- ratings ---------------------------------------------------------------------------
    "scoring.ratings.title": {"vi": "Tự đánh giá — {title}", "en": "Self-assessment — {title}"},
    "scoring.ratings.window_now": {"vi": "tại thời điểm đánh giá", "en": "at evaluation"},
    "scoring.ratings.window_years": {"vi": "{count} năm: {first}–{last}", "en": "{count} years: {first}–{last}"},
    "scoring.ratings.suggested": {"vi": "(gợi ý, chưa xác nhận) {name}", "en": "(suggested, not confirmed) {name}"},
    "scoring.ratings.unreadable": {
        "vi": "(tệp không đọc được, không được tính) {name}",
        "en": "(file could not be read, not counted) {name}",
    },
    "scoring.ratings.status_title": {"vi": "Trạng thái", "en": "Status"},
    "scoring.ratings.status_error": {
        "vi": "Chọn: Đạt, Không đạt, Chưa đánh giá hoặc Không áp dụng (gõ không dấu cũng được).",
        "en": "Choose: Đạt, Không đạt, Chưa đánh giá or Không áp dụng (typing without diacritics is fine).",
    },
    "scoring.ratings.not_ratings": {
        "vi": "{path} không phải tệp tự đánh giá do 'accredit ratings template' tạo (thiếu sheet 'Hướng dẫn')",
        "en": "{path} is not a self-assessment workbook made by 'accredit ratings template' (no 'Hướng dẫn' sheet)",
    },
    "scoring.ratings.other_framework_file": {
        "vi": "{path} là đánh giá của bộ tiêu chí '{found}', không phải '{expected}'",
        "en": "{path} holds ratings for criteria set '{found}', not '{expected}'",
    },
    "scoring.ratings.rename_hint": {
        "vi": "Không ghi đè: đổi tên tệp cũ rồi chạy lại 'accredit ratings template' để tạo tệp theo phiên bản mới",
        "en": "Not overwritten: rename the old file, then run 'accredit ratings template' for the new version",
    },
    "scoring.ratings.other_year": {
        "vi": "{path} là tệp tự đánh giá năm {found}, không phải năm {expected}",
        "en": "{path} is the self-assessment of {found}, not {expected}",
    },
    "scoring.ratings.missing_file": {
        "vi": "không có tệp đánh giá {path}; tạo bằng 'accredit ratings template'",
        "en": "no ratings file {path}; create it with 'accredit ratings template'",
    },
    "scoring.ratings.bad_meta": {
        "vi": "{path}: sheet 'Hướng dẫn' có giá trị '{field}' không hợp lệ (chạy lại 'accredit ratings template')",
        "en": "{path}: sheet 'Hướng dẫn' has an invalid '{field}' (run 'accredit ratings template' again)",
    },
    "scoring.ratings.problems": {
        "vi": "Tệp đánh giá có {count} chỗ cần sửa:",
        "en": "The ratings have {count} problem(s) to fix:",
    },
    "scoring.ratings.where_row": {
        "vi": "{file}, sheet '{sheet}', dòng {row}",
        "en": "{file}, sheet '{sheet}', row {row}",
    },
    "scoring.ratings.no_code": {
        "vi": "dòng có đánh giá nhưng thiếu mã tiêu chuẩn",
        "en": "the row has ratings but no requirement code",
    },
    "scoring.ratings.duplicate": {
        "vi": "mã {code} đã được đánh giá ở {first}",
        "en": "code {code} is already rated at {first}",
    },
    "scoring.ratings.bad_status": {
        "vi": "'{value}' không phải trạng thái; dùng một trong: {accepted}",
        "en": "'{value}' is not a status; use one of: {accepted}",
    },
    "scoring.ratings.unknown_keys": {
        "vi": "khóa không hợp lệ: {keys} (dùng: {allowed})",
        "en": "unknown keys: {keys} (allowed: {allowed})",
    },
    "scoring.ratings.years_mapping": {
        "vi": "'years' phải là bảng năm → trạng thái, ví dụ {{2025: Đạt, 2026: Đạt}}",
        "en": "'years' must map years to statuses, e.g. {{2025: met, 2026: met}}",
    },
    "scoring.ratings.not_mapping": {
        "vi": "tệp đánh giá phải là một bảng (framework, version, year, ratings)",
        "en": "the ratings file must be a mapping (framework, version, year, ratings)",
    },
    "scoring.ratings.ratings_mapping": {
        "vi": "'ratings' phải là bảng mã → trạng thái",
        "en": "'ratings' must map codes to statuses",
    },
    "scoring.ratings.no_version": {
        "vi": "thiếu 'version': ghi phiên bản bộ tiêu chí mà đánh giá này dựa vào, hiện là {version}",
        "en": "'version' is missing: give the criteria version these ratings were written for, currently {version}",
    },
    "scoring.ratings.bad_object": {
        "vi": "đối tượng '{value}' không hợp lệ (dùng: {allowed})",
        "en": "object '{value}' is not valid (use: {allowed})",
    },
    "scoring.ratings.guide.intro": {
        "vi": (
            "Mỗi sheet là một tiêu chí/điều kiện; mỗi dòng là một tiêu chuẩn/yêu cầu. Chọn trạng thái, "
            "ghi mô tả hiện trạng, điểm mạnh, tồn tại, kế hoạch cải tiến và mã minh chứng."
        ),
        "en": (
            "Each sheet is a criterion; each row a requirement. Choose a status and write the current "
            "state, strengths, weaknesses, improvement plan and evidence codes."
        ),
    },
    "scoring.ratings.guide.grey": {
        "vi": (
            "Cột nền xám (mã, nội dung, điểm, thời gian, minh chứng đã liên kết) do công cụ điền và "
            "được cập nhật mỗi lần chạy lại; cột nền trắng là của người đánh giá và không bao giờ bị "
            "ghi đè."
        ),
        "en": (
            "Grey columns (code, wording, points, window, linked evidence) are filled by the tool and "
            "refreshed on every run; white columns are yours and are never overwritten."
        ),
    },
    "scoring.ratings.guide.status": {
        "vi": (
            "Trạng thái: {statuses}. Gõ không dấu (Dat, khong dat) cũng được. Để trống = chưa đánh giá; "
            "chỉ 'Đạt' có minh chứng mới được tính điểm."
        ),
        "en": (
            "Status: {statuses}. Typing without diacritics (Dat, khong dat) is fine. Blank = not "
            "evaluated; only 'Đạt' with evidence earns points."
        ),
    },
    "scoring.ratings.guide.years": {
        "vi": (
            "Tiêu chuẩn phải đạt nhiều năm: ghi trạng thái từng năm ở các cột 'Năm …'; chỉ đạt khi tất "
            "cả các năm đều Đạt. Ô năm nền xám không cần điền."
        ),
        "en": (
            "Requirements that must hold for several years: give each year's status in the 'Năm …' "
            "columns; met only if every year is met. Grey year cells are not needed."
        ),
    },
    "scoring.ratings.guide.evidence": {
        "vi": (
            "Cột 'Minh chứng đã liên kết' lấy từ thư mục minh chứng (accredit evidence); tiêu chuẩn "
            "đánh giá Đạt mà chưa có minh chứng sẽ bị coi là chưa đánh giá."
        ),
        "en": (
            "The 'linked evidence' column comes from the evidence folder (accredit evidence); a "
            "requirement rated met without evidence counts as not evaluated."
        ),
    },
    "scoring.ratings.guide.rerun": {
        "vi": (
            "Chạy lại 'accredit ratings template' bất cứ lúc nào để cập nhật nội dung và minh chứng: "
            "những gì đã nhập được giữ nguyên."
        ),
        "en": (
            "Run 'accredit ratings template' again at any time to refresh wording and evidence: what you typed is kept."
        ),
    },
    "scoring.ratings.guide.decision": {"vi": "Điều kiện đạt: {rule}", "en": "Pass rule: {rule}"},
    "scoring.ratings.guide.sheets": {"vi": "Các sheet", "en": "Sheets"},
    # --- CLI ------------------------------------------------------------------------------
    "scoring.cli.ratings_help": {
        "vi": "Phiếu tự đánh giá: tạo/cập nhật tệp Excel đánh giá từng tiêu chuẩn.",
        "en": "Self-assessment ratings: create or refresh the ratings workbook.",
    },
    "scoring.cli.data_help": {
        "vi": "Số liệu của cơ sở: tạo/cập nhật tệp Excel số liệu để tính các chỉ số.",
        "en": "Institutional data: create or refresh the data workbook the indicators are computed from.",
    },
    "scoring.cli.opt_workspace": {
        "vi": "Thư mục làm việc (mặc định: thư mục hiện tại hoặc thư mục cha có accredit.toml).",
        "en": "Workspace folder (default: the current folder or a parent holding accredit.toml).",
    },
    "scoring.cli.opt_framework": {
        "vi": "Chỉ làm với bộ tiêu chí này (mặc định: mọi bộ tiêu chí của thư mục làm việc).",
        "en": "Only this criteria set (default: every criteria set of the workspace).",
    },
    "scoring.cli.opt_links": {
        "vi": "Tệp JSON danh sách liên kết minh chứng (thay cho chỉ mục minh chứng của thư mục làm việc).",
        "en": "JSON file listing evidence links (instead of the workspace's evidence index).",
    },
    "scoring.cli.opt_ratings": {
        "vi": "Tệp đánh giá (.xlsx, .yaml hoặc .json) thay cho tệp tự đánh giá của thư mục làm việc.",
        "en": "Ratings file (.xlsx, .yaml or .json) instead of the workspace's ratings workbook.",
    },
    "scoring.cli.opt_all": {
        "vi": "Hiện mọi tiêu chuẩn (mặc định chỉ hiện tiêu chuẩn chưa đạt hoặc cần xem lại).",
        "en": "Show every requirement (default: only those not met or flagged).",
    },
    "scoring.cli.updates_title": {"vi": "Tệp đã ghi", "en": "Workbooks written"},
    "scoring.cli.created": {"vi": "đã tạo", "en": "created"},
    "scoring.cli.refreshed": {"vi": "đã cập nhật (giữ nguyên phần đã nhập)", "en": "refreshed (typed values kept)"},
    "scoring.cli.ratings_next": {
        "vi": "Mở tệp, chọn trạng thái và ghi nhận xét cho từng tiêu chuẩn, rồi chạy 'accredit score'.",
        "en": "Open the workbook, rate each requirement and write the narrative, then run 'accredit score'.",
    },
    "scoring.cli.data_next": {
        "vi": "Nhập số liệu vào tệp rồi chạy 'accredit indicators' để xem kết quả và cách tính.",
        "en": "Fill in the data, then run 'accredit indicators' to see results and traces.",
    },
    "scoring.cli.no_indicators": {
        "vi": "Các bộ tiêu chí đã chọn không có chỉ số tính từ số liệu.",
        "en": "The chosen criteria sets have no indicators computed from data.",
    },
    "scoring.cli.indicators_title": {"vi": "Chỉ số — {id} (năm {year})", "en": "Indicators — {id} ({year})"},
    "scoring.cli.source": {"vi": "Số liệu: {path}", "en": "Data: {path}"},
    "scoring.cli.ind_status.met": {"vi": "Đạt", "en": "Met"},
    "scoring.cli.ind_status.not_met": {"vi": "Không đạt", "en": "Not met"},
    "scoring.cli.ind_status.invalid": {"vi": "Số liệu không hợp lệ", "en": "Invalid data"},
    "scoring.cli.ind_status.missing": {"vi": "Thiếu số liệu", "en": "Missing data"},
    "scoring.cli.criteria_title": {"vi": "Điểm theo tiêu chí", "en": "Points per criterion"},
    "scoring.cli.rules_title": {"vi": "Điều kiện công nhận", "en": "Decision rules"},
    "scoring.cli.requirements_title": {"vi": "Các tiêu chuẩn", "en": "Requirements"},
    "scoring.cli.requirements_open": {
        "vi": "Tiêu chuẩn chưa đạt hoặc cần xem lại",
        "en": "Requirements not met or to look at",
    },
    "scoring.cli.total": {"vi": "Tổng", "en": "Total"},
    "scoring.cli.pass": {"vi": "Đạt", "en": "Pass"},
    "scoring.cli.fail": {"vi": "Không đạt", "en": "Fail"},
    "scoring.cli.blockers": {"vi": "Vướng mắc:", "en": "Blockers:"},
    "scoring.cli.minimal_fix": {"vi": "Khắc phục tối thiểu:", "en": "Minimal fix:"},
    "scoring.cli.note": {"vi": "Lưu ý: {note}", "en": "Note: {note}"},
    "scoring.cli.no_links": {
        "vi": (
            "chưa có liên kết minh chứng (chạy 'accredit evidence scan'): tiêu chuẩn đánh giá Đạt sẽ bị "
            "coi là chưa đánh giá"
        ),
        "en": "no evidence links yet (run 'accredit evidence scan'): requirements rated met count as not evaluated",
    },
    "scoring.cli.no_ratings": {
        "vi": "chưa có tệp tự đánh giá cho {id} ({path}); tạo bằng 'accredit ratings template'",
        "en": "no ratings workbook for {id} ({path}); create it with 'accredit ratings template'",
    },
    "scoring.cli.no_data": {
        "vi": "chưa có tệp số liệu cho {id} ({path}); các chỉ số sẽ bị coi là chưa đánh giá ('accredit data template')",
        "en": "no data workbook for {id} ({path}); its indicators count as not evaluated ('accredit data template')",
    },
    "scoring.cli.links_missing": {"vi": "không có tệp liên kết {path}", "en": "no links file {path}"},
    "scoring.cli.links_invalid": {
        "vi": "{path} không phải danh sách liên kết minh chứng hợp lệ: {error}",
        "en": "{path} is not a valid list of evidence links: {error}",
    },
    "scoring.cli.ratings_which": {
        "vi": "không biết {path} là đánh giá của bộ tiêu chí nào; dùng --framework",
        "en": "cannot tell which criteria set {path} rates; use --framework",
    },
    "scoring.cli.col.framework": {"vi": "Bộ tiêu chí", "en": "Criteria set"},
    "scoring.cli.col.file": {"vi": "Tệp", "en": "File"},
    "scoring.cli.col.result": {"vi": "Kết quả", "en": "Result"},
    "scoring.cli.col.rows": {"vi": "Dòng thêm", "en": "Rows added"},
    "scoring.cli.col.refreshed": {"vi": "Ô cập nhật", "en": "Cells refreshed"},
    "scoring.cli.col.kept": {"vi": "Ô giữ nguyên", "en": "Cells kept"},
    "scoring.cli.col.code": {"vi": "Mã", "en": "Code"},
    "scoring.cli.col.year": {"vi": "Năm", "en": "Year"},
    "scoring.cli.col.value": {"vi": "Giá trị", "en": "Value"},
    "scoring.cli.col.required": {"vi": "Yêu cầu", "en": "Required"},
    "scoring.cli.col.trace": {"vi": "Cách tính", "en": "Computation"},
    "scoring.cli.col.notes": {"vi": "Ghi chú", "en": "Notes"},
    "scoring.cli.col.criterion": {"vi": "Tiêu chí", "en": "Criterion"},
    "scoring.cli.col.points": {"vi": "Điểm", "en": "Points"},
    "scoring.cli.col.max": {"vi": "Tối đa", "en": "Max"},
    "scoring.cli.col.share": {"vi": "Tỷ lệ", "en": "Share"},
    "scoring.cli.col.met": {"vi": "Đạt/tổng", "en": "Met/total"},
    "scoring.cli.col.rule": {"vi": "Điều kiện", "en": "Rule"},
    "scoring.cli.col.detail": {"vi": "Chi tiết", "en": "Detail"},
    "scoring.cli.col.status": {"vi": "Trạng thái", "en": "Status"},
    "scoring.cli.col.reason": {"vi": "Lý do", "en": "Reason"},
    "scoring.cli.col.flags": {"vi": "Cần xem lại", "en": "Flags"},
    "scoring.cli.col.effort": {"vi": "Công sức", "en": "Effort"},
    "scoring.cli.col.action": {"vi": "Việc cần làm", "en": "What to do"},
    "scoring.cli.rule.min_total": {"vi": "Tổng điểm tối thiểu", "en": "Minimum total"},
    "scoring.cli.rule.min_share_each": {"vi": "Tỷ lệ tối thiểu mỗi tiêu chí", "en": "Minimum share, every criterion"},
    "scoring.cli.rule.min_share_for": {"vi": "Tỷ lệ tối thiểu các tiêu chí nêu", "en": "Minimum share, named criteria"},
    "scoring.cli.rule.all_met": {"vi": "Đạt tất cả yêu cầu", "en": "Every requirement met"},
    "scoring.cli.rule.framework_passed": {"vi": "Điều kiện tiên quyết", "en": "Prerequisite"},
    "scoring.cli.flag.unsupported": {"vi": "thiếu minh chứng", "en": "unsupported"},
    "scoring.cli.flag.contradicts_data": {"vi": "trái số liệu", "en": "contradicts data"},
    "scoring.cli.flag.invalid_data": {"vi": "số liệu không hợp lệ", "en": "invalid data"},
    "scoring.cli.flag.missing_data": {"vi": "thiếu số liệu", "en": "missing data"},
    "scoring.cli.flag.missing_years": {"vi": "thiếu năm", "en": "missing years"},
    "scoring.cli.flag.unconfirmed_links": {"vi": "minh chứng chờ xác nhận", "en": "links to confirm"},
    "scoring.cli.flag.not_applicable_scored": {"vi": "không áp dụng = 0 điểm", "en": "n/a = 0 points"},
    "scoring.cli.newer_version": {
        "vi": (
            "{name}: dữ liệu bộ tiêu chí đã có phiên bản mới; trong accredit.toml đổi \"{id}\" thành "
            "\"{newer}\" rồi tạo lại mẫu đánh giá và mẫu số liệu (xem khác biệt: accredit criteria diff {id} {newer})"
        ),
        "en": (
            "{name}: the criteria data has a newer version; in accredit.toml change \"{id}\" to \"{newer}\", "
            "then make new ratings and data templates (see what changed: accredit criteria diff {id} {newer})"
        ),
    },
    "scoring.cli.indicators_help": {
        "vi": "Tính các chỉ số từ tệp số liệu, kèm cách tính (--json).",
        "en": "Compute every indicator from the data workbook, with its formula trace (--json).",
    },
    "scoring.cli.score_help": {
        "vi": (
            "Chấm điểm tự đánh giá: điểm từng tiêu chí, từng điều kiện, kết luận, vướng mắc, "
            "khắc phục tối thiểu (--json)."
        ),
        "en": "Score the self-assessment: per criterion, each rule, the decision, blockers, minimal fix (--json).",
    },
    "scoring.reason.unreadable": {
        "vi": "{count} tệp minh chứng không đọc được nên không được tính: {files} (kiểm tra tệp, quét lại "
        "bằng 'accredit evidence scan')",
        "en": "{count} evidence file(s) could not be read and do not count: {files} (check the file, then "
        "scan again with 'accredit evidence scan')",
    },
    "scoring.cli.flag.unreadable_evidence": {"vi": "minh chứng không đọc được", "en": "unreadable evidence"},
    "scoring.cli.ambiguous_code": {
        "vi": "Tệp {path}: mã {detail} khớp nhiều bộ tiêu chí nên chưa được tính cho bộ nào. Cách xử lý: chuyển "
        "tệp vào thư mục minh chứng của bộ tiêu chí đó, hoặc thêm tiền tố vào mã (vd. TT38-5.1, TT14-H5.05.01.01).",
        "en": "File {path}: code {detail} fits several criteria sets and counts for none. To resolve: move the "
        "file into that set's evidence folder, or prefix the code (e.g. TT38-5.1, TT14-H5.05.01.01).",
    },
    "scoring.cli.unreadable_file": {
        "vi": "Tệp {path} (liên kết với {framework} {code}) không đọc được ({problem}) nên không được tính "
        "làm minh chứng.",
        "en": "File {path} (linked to {framework} {code}) could not be read ({problem}) and does not count "
        "as evidence.",
    },
}
