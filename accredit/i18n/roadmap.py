"""Messages of the roadmap: planning reasons, actions, the workbook, the chart, the import and ``accredit roadmap``."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- input errors ---------------------------------------------------------------------------
    "roadmap.error.other_framework": {
        "vi": "bảng điểm là của bộ tiêu chí '{found}', không phải '{expected}'",
        "en": "the scorecard is for criteria set '{found}', not '{expected}'",
    },
    "roadmap.error.other_version": {
        "vi": (
            "bảng điểm được chấm theo phiên bản khác của '{id}'; chấm điểm lại bằng 'accredit score' rồi lập lộ trình"
        ),
        "en": "the scorecard was scored against another version of '{id}'; re-run 'accredit score', then plan",
    },
    "roadmap.error.missing_code": {
        "vi": "bảng điểm của '{id}' thiếu yêu cầu {code}",
        "en": "the scorecard of '{id}' lacks requirement {code}",
    },
    "roadmap.error.window": {
        "vi": (
            "tiêu chuẩn {code}: bảng điểm có {found} năm nhưng loại cơ sở '{obj}' cần {expected} năm; "
            "dùng đúng loại cơ sở (accredit.toml, mục school.object)"
        ),
        "en": (
            "requirement {code}: the scorecard has {found} year(s) but object type '{obj}' needs {expected}; "
            "use the right object type (accredit.toml, school.object)"
        ),
    },
    "roadmap.error.start": {
        "vi": "năm bắt đầu {start} sớm hơn năm của bảng điểm {year}; chọn --start từ {year}",
        "en": "start year {start} is before the scorecard's year {year}; use --start {year} or later",
    },
    "roadmap.error.horizon": {
        "vi": "số năm lập kế hoạch phải từ 1 trở lên (đang là {horizon})",
        "en": "the horizon must be at least 1 year (got {horizon})",
    },
    # --- projection -----------------------------------------------------------------------------
    "roadmap.projection.carried": {
        "vi": "dự kiến: số liệu chưa hợp lệ như năm gần nhất",
        "en": "projected: data still invalid as in the latest year",
    },
    "roadmap.projection.link": {"vi": "Minh chứng dự kiến (lộ trình)", "en": "Planned evidence (roadmap)"},
    # --- owners (suggestions, editable in the workbook) -------------------------------------------
    "roadmap.owner.enterprise": {
        "vi": "Phòng Quan hệ doanh nghiệp và Việc làm",
        "en": "Enterprise relations and employment office",
    },
    "roadmap.owner.personnel": {"vi": "Phòng Tổ chức – Hành chính", "en": "Personnel and administration office"},
    "roadmap.owner.facilities": {"vi": "Phòng Quản trị – Thiết bị", "en": "Facilities and equipment office"},
    "roadmap.owner.finance": {"vi": "Phòng Kế hoạch – Tài chính", "en": "Planning and finance office"},
    "roadmap.owner.digital": {"vi": "Bộ phận Công nghệ thông tin", "en": "IT unit"},
    "roadmap.owner.research": {"vi": "Phòng Khoa học – Hợp tác quốc tế", "en": "Research and cooperation office"},
    "roadmap.owner.students": {"vi": "Phòng Công tác học sinh, sinh viên", "en": "Student affairs office"},
    "roadmap.owner.quality": {
        "vi": "Phòng Khảo thí và Đảm bảo chất lượng",
        "en": "Testing and quality assurance office",
    },
    "roadmap.owner.training": {"vi": "Phòng Đào tạo", "en": "Training office"},
    "roadmap.owner.leadership": {"vi": "Ban Giám hiệu", "en": "Board of rectors"},
    # --- actions --------------------------------------------------------------------------------
    "roadmap.action.title_evidence": {
        "vi": "Bổ sung, liên kết minh chứng cho {name}",
        "en": "Gather and link the evidence for {name}",
    },
    "roadmap.action.title_generic": {
        "vi": "Khắc phục để {name} đạt yêu cầu",
        "en": "Bring {name} up to standard",
    },
    "roadmap.action.step_evidence": {
        "vi": "Tập hợp minh chứng các năm đã đạt của {name}, đặt mã minh chứng và liên kết/xác nhận trong accredit.",
        "en": "Collect the evidence of the years {name} was met, code it and link/confirm it in accredit.",
    },
    "roadmap.action.step_generic": {
        "vi": "Rà soát {name} theo nội dung quy định và khắc phục phần chưa đạt: {text}",
        "en": "Review {name} against the regulation's wording and fix what falls short: {text}",
    },
    "roadmap.action.step_indicator": {
        "vi": "Đưa chỉ số lên {cmp} {threshold} {unit} và giữ mức đó mỗi năm trong cửa sổ {window} năm.",
        "en": (
            "Bring the indicator to {cmp} {threshold} {unit} and keep it there every year of the {window}-year window."
        ),
    },
    "roadmap.action.step_window": {
        "vi": "Duy trì và lưu minh chứng từng năm: tiêu chuẩn phải đạt liên tục {window} năm.",
        "en": "Keep it up and file evidence every year: the standard must hold {window} years in a row.",
    },
    "roadmap.evidence.generic": {
        "vi": "Văn bản, số liệu chứng minh {name} đạt yêu cầu",
        "en": "Documents and data showing {name} is met",
    },
    # --- why this year / what it unlocks ----------------------------------------------------------
    "roadmap.why.evidence": {
        "vi": (
            "Các năm trong cửa sổ đã đạt, chỉ thiếu minh chứng liên "
            "kết: bổ sung ngay (có giá trị cả cho các năm trước)."
        ),
        "en": "Every window year was met, only the evidence link is missing: do it now (it also covers past years).",
    },
    "roadmap.why.beyond": {
        "vi": "Ngoài tập tối thiểu để đạt: xếp sau phần việc cần thiết (từ năm {first}).",
        "en": "Outside the minimal fix set: placed after the work needed to pass (from {first}).",
    },
    "roadmap.why.window": {
        "vi": (
            "Cửa sổ {window} năm: để được tính trong năm đánh giá {year}, phải đạt mọi năm {first}–{year}, "
            "nên muộn nhất phải xong năm {latest}."
        ),
        "en": (
            "{window}-year window: to count in evaluation year {year} it must hold in every year {first}–{year}, "
            "so it must be done by {latest}."
        ),
    },
    "roadmap.why.at_evaluation": {
        "vi": "Xét tại thời điểm đánh giá: phải đạt trong năm {year} (muộn nhất xong năm {latest}).",
        "en": "Judged at evaluation time: it must hold in {year} (done by {latest} at the latest).",
    },
    "roadmap.why.asap": {
        "vi": "Xếp sớm nhất có thể trong thời gian lập kế hoạch.",
        "en": "Placed as early as the plan allows.",
    },
    "roadmap.why.history": {
        "vi": (
            "Năm {years} chưa đạt nằm trong cửa sổ {window} năm: không sửa được quá khứ, chỉ tính được từ năm {first}."
        ),
        "en": "{years} not met lies in the {window}-year window: the past cannot be fixed, it counts from {first}.",
    },
    "roadmap.why.early": {
        "vi": "Xếp sớm hơn hạn, vào năm {end}, vì năm đó còn năng lực.",
        "en": "Placed ahead of that, in {end}, while there is capacity.",
    },
    "roadmap.why.capacity": {
        "vi": "Các năm trước đã dùng hết năng lực ({cap}).",
        "en": "The earlier years are at capacity ({cap}).",
    },
    "roadmap.why.external": {
        "vi": "Mốc bên ngoài: kết quả kiểm định dự kiến năm {year} (theo khai báo).",
        "en": "External milestone: the accreditation result is expected in {year} (as declared).",
    },
    "roadmap.unlocks.points": {
        "vi": "Được tính từ năm đánh giá {year}: +{points} điểm cho {criterion}.",
        "en": "Counts from evaluation year {year}: +{points} points for {criterion}.",
    },
    "roadmap.unlocks.met": {
        "vi": "Yêu cầu {code} đạt từ năm đánh giá {year}.",
        "en": "Requirement {code} is met from evaluation year {year}.",
    },
    "roadmap.unlocks.gate": {
        "vi": "Góp phần đạt {gate} năm {year} — điều kiện tiên quyết của {target}.",
        "en": "Helps pass {gate} in {year} — the prerequisite of {target}.",
    },
    "roadmap.unlocks.beyond": {
        "vi": "Vượt mức tối thiểu để đạt (thêm điểm, giảm rủi ro khi đánh giá).",
        "en": "Beyond the minimum to pass (more points, less risk at evaluation).",
    },
    "roadmap.unlocks.needed": {
        "vi": "Là một trong {count} việc cần để đạt {title} năm {year}.",
        "en": "One of the {count} things needed to pass {title} in {year}.",
    },
    "roadmap.unlocks.needed_no_year": {
        "vi": "Là một trong {count} việc cần để đạt {title}.",
        "en": "One of the {count} things needed to pass {title}.",
    },
    "roadmap.unlocks.external": {
        "vi": "Mở điều kiện tiên quyết: {target} có thể được đánh giá từ năm {year}.",
        "en": "Opens the prerequisite: {target} can be evaluated from {year}.",
    },
    # --- milestones -----------------------------------------------------------------------------
    "roadmap.milestone.step": {"vi": "mốc trung gian {value}", "en": "intermediate target {value}"},
    "roadmap.milestone.reach_from": {
        "vi": "{base} (năm {year}) → {goal}",
        "en": "{base} ({year}) → {goal}",
    },
    "roadmap.milestone.reach": {"vi": "đạt {goal}", "en": "reach {goal}"},
    "roadmap.milestone.maintain": {"vi": "duy trì {goal}", "en": "keep {goal}"},
    "roadmap.note.earliest": {
        "vi": "Năm sớm nhất đánh giá và đạt",
        "en": "Earliest year evaluated and passed",
    },
    "roadmap.deadline.unverified": {
        "vi": (
            "Lưu ý: ngày hiệu lực {effective} chưa được kiểm chứng trong văn bản — căn cứ: {basis}. Hạn này "
            "tính từ ngày đó và sẽ đổi nếu ngày hiệu lực thật khác."
        ),
        "en": (
            "Note: the effective date {effective} is not verified in the text — it rests on: {basis}. This "
            "deadline counts from it and moves if the real effective date differs."
        ),
    },
    "roadmap.deadline.unverified_short": {
        "vi": "ngày hiệu lực chưa kiểm chứng",
        "en": "effective date not verified",
    },
    "roadmap.deadline.with_unverified": {
        "vi": "(ngày hiệu lực chưa kiểm chứng)",
        "en": "(effective date not verified)",
    },
    "roadmap.note.deadline": {
        "vi": "Năm cuối trước hạn {date}",
        "en": "Last year before the deadline {date}",
    },
    # --- capacity -------------------------------------------------------------------------------
    "roadmap.capacity.actions": {"vi": "tối đa {n} hành động/năm", "en": "at most {n} action(s) a year"},
    "roadmap.capacity.budget": {
        "vi": "ngân sách {budget}/năm (chi phí = nỗ lực × {unit})",
        "en": "budget {budget} a year (cost = effort × {unit})",
    },
    "roadmap.capacity.none": {"vi": "không giới hạn năng lực", "en": "no capacity limit"},
    "roadmap.unscheduled.capacity": {
        "vi": "không còn năng lực trong các năm {first}–{last} ({cap})",
        "en": "no capacity left in {first}–{last} ({cap})",
    },
    "roadmap.unscheduled.no_years": {
        "vi": "không còn năm nào trước hạn để xếp",
        "en": "no year left before the deadline",
    },
    # --- gates ----------------------------------------------------------------------------------
    "roadmap.gate.passed": {
        "vi": "Điều kiện tiên quyết '{label}': đã đạt ({id}).",
        "en": "Prerequisite '{label}': already passed ({id}).",
    },
    "roadmap.gate.planned": {
        "vi": (
            "Điều kiện tiên quyết '{label}': lập kế hoạch cho {id} trước "
            "— đạt sớm nhất năm {year} với {count} việc ({codes})."
        ),
        "en": (
            "Prerequisite '{label}': {id} is planned first — passed in "
            "{year} at the earliest with {count} action(s) ({codes})."
        ),
    },
    "roadmap.gate.planned_late": {
        "vi": "Điều kiện tiên quyết '{label}': {id} không đạt được đến năm {last} (sớm nhất năm {year}).",
        "en": "Prerequisite '{label}': {id} cannot be passed by {last} (earliest {year}).",
    },
    "roadmap.gate.external": {
        "vi": "Điều kiện tiên quyết '{label}': mốc bên ngoài — {id} dự kiến đạt năm {year}.",
        "en": "Prerequisite '{label}': external milestone — {id} expected to be passed in {year}.",
    },
    "roadmap.gate.unknown": {
        "vi": (
            "Điều kiện tiên quyết '{label}': chưa có kết quả hay kế hoạch cho {ids}. Chấm điểm bộ tiêu chí kiểm định "
            "trong cùng thư mục làm việc, hoặc khai báo năm dự kiến (--gate-year ID=NĂM)."
        ),
        "en": (
            "Prerequisite '{label}': no result or plan for {ids}. Score the accreditation criteria in the same "
            "workspace, or declare the expected year (--gate-year ID=YEAR)."
        ),
    },
    "roadmap.gate.action_title": {
        "vi": "Đạt {label} ({id}) — mốc bên ngoài",
        "en": "Pass {label} ({id}) — external milestone",
    },
    "roadmap.gate.action_step": {
        "vi": "Tự đánh giá, đăng ký và được tổ chức kiểm định công nhận đạt theo {id}.",
        "en": "Self-assess, register and be certified by an accreditation body under {id}.",
    },
    "roadmap.gate.action_evidence": {
        "vi": "Giấy chứng nhận kiểm định chất lượng cơ sở GDNN còn hiệu lực",
        "en": "A valid accreditation certificate",
    },
    # --- explanations ---------------------------------------------------------------------------
    "roadmap.explain.current": {"vi": "Hiện tại (năm {year}): {decision}.", "en": "Now ({year}): {decision}."},
    "roadmap.explain.deadline": {
        "vi": "Hạn {date} ({months} tháng từ ngày hiệu lực {effective}): kế hoạch phải hoàn thành trong năm {last}.",
        "en": "Deadline {date} ({months} months from the effective date {effective}): the plan must be done in {last}.",
    },
    "roadmap.explain.earliest": {
        "vi": "Sớm nhất: năm {year} có thể đánh giá và đạt {title}, với {count} việc cần thiết ({codes}).",
        "en": "Earliest: {title} can be evaluated and passed in {year}, with {count} needed action(s) ({codes}).",
    },
    "roadmap.explain.fix_differs": {
        "vi": (
            "Việc cần thiết của lộ trình ({roadmap}) khác tập khắc phục tối thiểu của bảng điểm ({score}): "
            "bảng điểm tính cho lần đánh giá năm {now}, lộ trình tính cho năm {year}."
        ),
        "en": (
            "The roadmap's needed actions ({roadmap}) differ from the scorecard's minimal fix set ({score}): "
            "the scorecard is for an evaluation in {now}, the roadmap for {year}."
        ),
    },
    "roadmap.explain.fix_recovers": {
        "vi": "Đến năm {year}, {codes} tự đạt lại khi năm chưa đạt ra khỏi cửa sổ.",
        "en": "By {year}, {codes} come back on their own as the failed year leaves the window.",
    },
    "roadmap.explain.fix_newly": {
        "vi": "{codes} chưa thể tính cho năm {now} (năm chưa đạt còn trong cửa sổ) nhưng tính được cho năm {year}.",
        "en": "{codes} cannot count in {now} (a failed year is still in the window) but can in {year}.",
    },
    "roadmap.explain.fix_late": {
        "vi": "{codes} không thể tính kịp cho năm {year}.",
        "en": "{codes} cannot count in time for {year}.",
    },
    "roadmap.explain.fix_capacity": {
        "vi": "Lộ trình còn phải xếp việc theo năng lực từng năm.",
        "en": "The roadmap also has to fit each year's capacity.",
    },
    "roadmap.explain.decides": {
        "vi": "{name} quyết định năm đạt: cửa sổ {window} năm, xong năm {end} thì được tính từ năm {year}.",
        "en": "{name} decides the year: {window}-year window, done in {end} it counts from {year}.",
    },
    "roadmap.explain.recovers": {
        "vi": "{name} tự đạt lại từ năm {year} khi năm chưa đạt ({years}) ra khỏi cửa sổ — chỉ cần duy trì.",
        "en": "{name} is met again from {year} once the failed year(s) ({years}) leave the window — just keep it up.",
    },
    "roadmap.explain.not_evaluated": {
        "vi": (
            "Năm chưa đánh giá được coi như chưa đạt ({codes}). Nếu đánh giá bổ sung cho thấy đã đạt, chấm điểm "
            "lại và lập lại lộ trình: năm đạt có thể sớm hơn."
        ),
        "en": (
            "Years not evaluated are treated as not met ({codes}). If rating them shows they were met, score "
            "again and re-plan: the year may come sooner."
        ),
    },
    "roadmap.explain.beyond": {
        "vi": "{count} việc ngoài tập tối thiểu được xếp sau, từ năm {first} (vượt mức để đạt).",
        "en": "{count} action(s) outside the minimal fix set are placed afterwards, from {first} (beyond passing).",
    },
    "roadmap.explain.capacity": {"vi": "Năng lực: {cap}.", "en": "Capacity: {cap}."},
    "roadmap.explain.deadline_passed": {
        "vi": "Không còn năm nào: năm cuối trước hạn là {last}, trước năm bắt đầu {start}.",
        "en": "No year is left: the last year before the deadline is {last}, before the start {start}.",
    },
    "roadmap.explain.gate_blocks": {
        "vi": "Chưa thể hứa năm đạt vì thiếu điều kiện tiên quyết ({ids}); các tiêu chuẩn khác đủ từ năm {ready}.",
        "en": "No year can be promised without the prerequisite ({ids}); the other rules are met from {ready}.",
    },
    "roadmap.explain.gate_blocks_not_ready": {
        "vi": (
            "Chưa thể hứa năm đạt vì thiếu điều kiện tiên quyết ({ids}); "
            "các tiêu chuẩn khác cũng chưa đủ trong kế hoạch."
        ),
        "en": (
            "No year can be promised without the prerequisite ({ids}); "
            "the other rules are not met within the plan either."
        ),
    },
    "roadmap.explain.gate_late": {
        "vi": "Điều kiện tiên quyết {id} chỉ đạt năm {year}, sau năm {last}.",
        "en": "The prerequisite {id} is passed only in {year}, after {last}.",
    },
    "roadmap.explain.never": {
        "vi": "Không năm nào đến {year} đạt được, kể cả khi không giới hạn năng lực: {detail}",
        "en": "No year up to {year} can pass, even without capacity limits: {detail}",
    },
    "roadmap.explain.timing": {
        "vi": "Do cửa sổ nhiều năm, sớm nhất là năm {year} (sau năm {last}), kể cả khi không giới hạn năng lực:",
        "en": "Because of multi-year windows the earliest year is {year} (after {last}), even without capacity limits:",
    },
    "roadmap.explain.timing_item": {
        "vi": "– {name} (cửa sổ {window} năm): làm từ năm {start} thì sớm nhất được tính năm {first}.",
        "en": "– {name} ({window}-year window): worked on from {start}, it counts from {first} at the earliest.",
    },
    "roadmap.explain.capacity_late": {
        "vi": (
            "Do năng lực ({cap}): không giới hạn thì đạt năm {free}; với "
            "năng lực này {count} việc cần thiết kéo đến năm {year}."
        ),
        "en": (
            "Because of capacity ({cap}): without limits it passes in {free}; "
            "with it the {count} needed actions take until {year}."
        ),
    },
    "roadmap.explain.capacity_never": {
        "vi": (
            "Do năng lực ({cap}): không giới hạn thì đạt năm {free}, nhưng "
            "có việc vượt năng lực một năm (chi phí lớn hơn ngân sách)."
        ),
        "en": (
            "Because of capacity ({cap}): without limits it passes in {free}, "
            "but some action exceeds a year's capacity (cost above budget)."
        ),
    },
    "roadmap.explain.deadline_bounds": {
        "vi": "Hạn chót giới hạn kế hoạch đến năm {last}.",
        "en": "The deadline limits the plan to {last}.",
    },
    # --- import: re-checking an edited workbook ---------------------------------------------------------
    "roadmap.import.where": {"vi": "Sheet '{sheet}', dòng {row}", "en": "Sheet '{sheet}', row {row}"},
    "roadmap.import.timing": {
        "vi": (
            "{where} ({id}, yêu cầu {codes}): xong năm {end} thì chỉ được tính từ năm {first} (cửa sổ {window} năm), "
            "sau năm mục tiêu {target}. Cần xong muộn nhất năm {latest}."
        ),
        "en": (
            "{where} ({id}, requirement {codes}): finishing in {end} it counts only from {first} ({window}-year "
            "window), after the target year {target}. It must be done by {latest}."
        ),
    },
    "roadmap.import.gate": {
        "vi": (
            "{where} ({id}, {framework} {codes}): xong năm {end} thì điều kiện tiên quyết chỉ đạt từ năm {first}, "
            "sau năm mục tiêu {target}. Cần xong muộn nhất năm {latest}."
        ),
        "en": (
            "{where} ({id}, {framework} {codes}): finishing in {end} the prerequisite is passed only from {first}, "
            "after the target year {target}. It must be done by {latest}."
        ),
    },
    "roadmap.import.external": {
        "vi": "{where} ({id}): kết quả kiểm định dời sang năm {end}, sau năm mục tiêu {target}.",
        "en": "{where} ({id}): the accreditation result moved to {end}, after the target year {target}.",
    },
    "roadmap.import.deadline": {
        "vi": "{where} ({id}): xong năm {end}, sau năm cuối trước hạn {date} ({last}).",
        "en": "{where} ({id}): done in {end}, after the last year before the deadline {date} ({last}).",
    },
    "roadmap.import.before_start": {
        "vi": "{where} ({id}): bắt đầu năm {start}, trước năm bắt đầu kế hoạch {plan_start}.",
        "en": "{where} ({id}): starts in {start}, before the plan's first year {plan_start}.",
    },
    "roadmap.import.order": {
        "vi": "{where} ({id}): năm kết thúc {end} trước năm bắt đầu {start}; giữ nguyên năm cũ.",
        "en": "{where} ({id}): end year {end} is before start year {start}; the old years are kept.",
    },
    "roadmap.import.capacity_count": {
        "vi": "Sheet '{sheet}': năm {year} có {count} hành động, vượt mức {max}/năm (dòng {rows}).",
        "en": "Sheet '{sheet}': {year} has {count} actions, above the limit of {max} a year (rows {rows}).",
    },
    "roadmap.import.capacity_budget": {
        "vi": "Sheet '{sheet}': năm {year} chi {spent}, vượt ngân sách {budget}/năm (dòng {rows}).",
        "en": "Sheet '{sheet}': {year} spends {spent}, above the budget of {budget} a year (rows {rows}).",
    },
    "roadmap.import.deleted": {
        "vi": (
            "Sheet '{sheet}': hành động {id} (yêu cầu {codes}) cần để "
            "đạt đã bị xóa — năm mục tiêu {target} không còn bảo đảm."
        ),
        "en": (
            "Sheet '{sheet}': action {id} (requirement {codes}), needed "
            "to pass, was deleted — target year {target} no longer holds."
        ),
    },
    "roadmap.import.deleted_beyond": {
        "vi": "Sheet '{sheet}': hành động {id} (yêu cầu {codes}, vượt mức) đã bị xóa.",
        "en": "Sheet '{sheet}': action {id} (requirement {codes}, beyond passing) was deleted.",
    },
    "roadmap.import.unknown": {
        "vi": "{where}: mã hành động '{id}' không có trong lộ trình; dòng này không được kiểm tra.",
        "en": "{where}: action id '{id}' is not in the roadmap; this row is not checked.",
    },
    "roadmap.import.duplicate": {
        "vi": "{where}: mã hành động '{id}' lặp lại (đã có ở dòng {first}); chỉ dòng đầu được dùng.",
        "en": "{where}: action id '{id}' appears twice (first at row {first}); only the first row is used.",
    },
    "roadmap.import.bad_year": {
        "vi": "{where}, cột '{column}': '{value}' không phải một năm (ví dụ 2027); giữ năm cũ.",
        "en": "{where}, column '{column}': '{value}' is not a year (e.g. 2027); the old year is kept.",
    },
    "roadmap.import.bad_cost": {
        "vi": "{where}, cột '{column}': '{value}' không phải số không âm ({hint}); giữ chi phí cũ.",
        "en": "{where}, column '{column}': '{value}' is not a non-negative number ({hint}); the old cost is kept.",
    },
    "roadmap.import.no_id": {
        "vi": "{where}: dòng có nội dung nhưng thiếu mã hành động; dòng này không được kiểm tra.",
        "en": "{where}: the row has content but no action id; it is not checked.",
    },
    "roadmap.import.not_roadmap": {
        "vi": (
            "{path}: không phải sổ lộ trình do accredit tạo (thiếu sheet ẩn '{sheet}'); tạo lại bằng 'accredit roadmap'"
        ),
        "en": (
            "{path}: not a roadmap workbook written by accredit (hidden "
            "sheet '{sheet}' missing); write one with 'accredit roadmap'"
        ),
    },
    "roadmap.import.bad_data": {
        "vi": "{path}: dữ liệu lộ trình trong sheet ẩn '{sheet}' bị hỏng ({error}); tạo lại bằng 'accredit roadmap'",
        "en": (
            "{path}: the roadmap data in hidden sheet '{sheet}' is damaged "
            "({error}); write a new one with 'accredit roadmap'"
        ),
    },
    "roadmap.import.missing_sheet": {
        "vi": "{path}: thiếu sheet '{sheet}'",
        "en": "{path}: sheet '{sheet}' is missing",
    },
    "roadmap.import.missing_column": {
        "vi": "{path}, sheet '{sheet}': thiếu cột '{column}' ở dòng tiêu đề {row}",
        "en": "{path}, sheet '{sheet}': column '{column}' missing from header row {row}",
    },
    "roadmap.import.missing_file": {
        "vi": "{path}: không tìm thấy tệp",
        "en": "{path}: file not found",
    },
    # --- chart ----------------------------------------------------------------------------------------
    "roadmap.chart.heading": {"vi": "Điểm dự kiến theo tiêu chí", "en": "Projected points per criterion"},
    "roadmap.chart.max": {"vi": "tối đa {max}", "en": "max {max}"},
    "roadmap.chart.total": {"vi": "Tổng", "en": "Total"},
    "roadmap.chart.earliest": {"vi": "Năm sớm nhất đạt: {year}", "en": "Earliest pass: {year}"},
    "roadmap.chart.none": {"vi": "Chưa đạt được trong kế hoạch", "en": "Not passed within the plan"},
    "roadmap.chart.legend": {
        "vi": "Hiện tại: như bây giờ; các năm: dự kiến theo lộ trình; xanh đạt, cam dưới ngưỡng (đường đỏ)",
        "en": "Now: as it is; the years: projected with the plan; green at, orange below the floor (red line)",
    },
    "roadmap.chart.now": {"vi": "Hiện tại", "en": "Now"},
    # --- accredit roadmap ------------------------------------------------------------------------------
    "roadmap.cli.help": {
        "vi": (
            "Lộ trình nhiều năm đến một bộ tiêu chí mục tiêu (Gantt, mốc, điểm dự kiến); --import kiểm tra bản đã sửa."
        ),
        "en": (
            "Multi-year roadmap toward a target criteria set (Gantt, "
            "milestones, projected points); --import re-checks edits."
        ),
    },
    "roadmap.cli.opt_target": {
        "vi": (
            "Bộ tiêu chí mục tiêu, ví dụ tt35-2021/truong-cao-dang (mặc định: assessment.target trong accredit.toml)."
        ),
        "en": "Target criteria set, e.g. tt35-2021/truong-cao-dang (default: assessment.target in accredit.toml).",
    },
    "roadmap.cli.opt_start": {
        "vi": "Năm bắt đầu (mặc định: năm của bảng điểm).",
        "en": "First plan year (default: the scorecard's year).",
    },
    "roadmap.cli.opt_horizon": {"vi": "Số năm lập kế hoạch.", "en": "Number of plan years."},
    "roadmap.cli.opt_max_actions": {
        "vi": "Số hành động tối đa mỗi năm.",
        "en": "Maximum number of actions a year.",
    },
    "roadmap.cli.opt_budget": {
        "vi": "Ngân sách mỗi năm (cùng đơn vị với --unit-cost).",
        "en": "Budget per year (same unit as --unit-cost).",
    },
    "roadmap.cli.opt_unit_cost": {
        "vi": "Chi phí cho một đơn vị nỗ lực (chi phí dự kiến = nỗ lực × giá trị này).",
        "en": "Cost of one unit of effort (cost estimate = effort × this).",
    },
    "roadmap.cli.opt_gate_year": {
        "vi": "Năm dự kiến đạt điều kiện tiên quyết, dạng ID=NĂM (ví dụ tt14-2024/truong=2027); lặp lại được.",
        "en": "Expected year a prerequisite is passed, as ID=YEAR (e.g. tt14-2024/truong=2027); repeatable.",
    },
    "roadmap.cli.opt_out": {
        "vi": "Tệp Excel kết quả (biểu đồ .svg và .png ghi cạnh đó).",
        "en": "Output workbook (the .svg and .png charts are written next to it).",
    },
    "roadmap.cli.opt_import": {
        "vi": "Đọc lại sổ lộ trình đã sửa và kiểm tra quy tắc thời gian, tiên quyết, hạn chót, năng lực.",
        "en": "Read an edited roadmap workbook back and re-check timing, prerequisite, deadline and capacity.",
    },
    "roadmap.cli.no_target": {
        "vi": "chưa có bộ tiêu chí mục tiêu: dùng --target hoặc đặt assessment.target trong {path}",
        "en": "no target criteria set: use --target or set assessment.target in {path}",
    },
    "roadmap.cli.bad_number": {
        "vi": "{option}: '{value}' không phải số không âm",
        "en": "{option}: '{value}' is not a non-negative number",
    },
    "roadmap.cli.bad_gate_year": {
        "vi": "--gate-year: '{value}' phải có dạng ID=NĂM, ví dụ tt14-2024/truong=2027",
        "en": "--gate-year: '{value}' must look like ID=YEAR, e.g. tt14-2024/truong=2027",
    },
    "roadmap.cli.priority.needed_to_pass": {"vi": "Cần để đạt", "en": "Needed to pass"},
    "roadmap.cli.priority.beyond_passing": {"vi": "Vượt mức", "en": "Beyond passing"},
    "roadmap.cli.priority.external": {"vi": "Mốc bên ngoài", "en": "External milestone"},
    "roadmap.cli.priority.gate": {"vi": "tiên quyết", "en": "prerequisite"},
    "roadmap.cli.pass": {"vi": "Đạt", "en": "Pass"},
    "roadmap.cli.fail": {"vi": "Chưa đạt", "en": "Not yet"},
    "roadmap.cli.earliest": {
        "vi": "Năm sớm nhất đánh giá và đạt: {year}",
        "en": "Earliest year evaluated and passed: {year}",
    },
    "roadmap.cli.infeasible": {
        "vi": "Không đạt được trong thời gian lập kế hoạch — xem giải thích bên dưới.",
        "en": "Not reachable within the plan — see the explanation below.",
    },
    "roadmap.cli.years_title": {"vi": "Từng năm", "en": "Year by year"},
    "roadmap.cli.actions_title": {"vi": "Hành động", "en": "Actions"},
    "roadmap.cli.explanation": {"vi": "Giải thích:", "en": "Why:"},
    "roadmap.cli.unscheduled": {
        "vi": "Chưa xếp được {framework} {code}: {reason}",
        "en": "Not scheduled {framework} {code}: {reason}",
    },
    "roadmap.cli.col.year": {"vi": "Năm", "en": "Year"},
    "roadmap.cli.col.active": {"vi": "Làm trong năm", "en": "Under way"},
    "roadmap.cli.col.newly_met": {"vi": "Đạt thêm", "en": "Newly met"},
    "roadmap.cli.col.total": {"vi": "Tổng dự kiến", "en": "Projected total"},
    "roadmap.cli.col.rules": {"vi": "Điều kiện thỏa", "en": "Rules passed"},
    "roadmap.cli.col.result": {"vi": "Kết luận", "en": "Result"},
    "roadmap.cli.col.cost": {"vi": "Chi phí", "en": "Cost"},
    "roadmap.cli.col.notes": {"vi": "Mốc, chỉ tiêu", "en": "Milestones, targets"},
    "roadmap.cli.col.id": {"vi": "Mã", "en": "Id"},
    "roadmap.cli.col.requirements": {"vi": "Yêu cầu", "en": "Requirements"},
    "roadmap.cli.col.title": {
        "vi": "Hành động — vì sao năm này, mở ra gì",
        "en": "Action — why this year, what it unlocks",
    },
    "roadmap.cli.col.owner": {"vi": "Đơn vị", "en": "Owner"},
    "roadmap.cli.col.period": {"vi": "Năm", "en": "Years"},
    "roadmap.cli.col.effort": {"vi": "Nỗ lực", "en": "Effort"},
    "roadmap.cli.col.priority": {"vi": "Ưu tiên", "en": "Priority"},
    "roadmap.cli.col.why": {"vi": "Vì sao năm này", "en": "Why this year"},
    "roadmap.cli.col.row": {"vi": "Dòng", "en": "Row"},
    "roadmap.cli.col.field": {"vi": "Cột", "en": "Field"},
    "roadmap.cli.col.old": {"vi": "Cũ", "en": "Old"},
    "roadmap.cli.col.new": {"vi": "Mới", "en": "New"},
    "roadmap.cli.field.start_year": {"vi": "Năm bắt đầu", "en": "Start year"},
    "roadmap.cli.field.end_year": {"vi": "Năm kết thúc", "en": "End year"},
    "roadmap.cli.field.owner": {"vi": "Đơn vị phụ trách", "en": "Owner"},
    "roadmap.cli.field.cost": {"vi": "Chi phí dự kiến", "en": "Cost"},
    "roadmap.cli.import_title": {
        "vi": "Kiểm tra lộ trình đã sửa: {path}",
        "en": "Re-checking the edited roadmap: {path}",
    },
    "roadmap.cli.changes_title": {"vi": "Các thay đổi", "en": "Changes"},
    "roadmap.cli.no_changes": {"vi": "Không có thay đổi.", "en": "No changes."},
    "roadmap.cli.import_ok": {
        "vi": "Năm mục tiêu {year} vẫn khả thi.",
        "en": "The target year {year} still holds.",
    },
    "roadmap.cli.import_failed": {
        "vi": "Năm mục tiêu {year} không còn khả thi (năm đạt sau khi sửa: {after}).",
        "en": "The target year {year} no longer holds (year reached after the edits: {after}).",
    },
    "roadmap.cli.import_no_target": {
        "vi": "Lộ trình này không có năm mục tiêu khả thi; các lỗi trên vẫn cần sửa trước khi lập lại lộ trình.",
        "en": "This roadmap has no reachable target year; fix the problems above, then plan again.",
    },
    "roadmap.cli.note": {"vi": "Lưu ý: {note}", "en": "Note: {note}"},
    "roadmap.cli.written": {
        "vi": "Đã ghi: {xlsx}; biểu đồ: {svg}, {png}",
        "en": "Written: {xlsx}; chart: {svg}, {png}",
    },
    "roadmap.cli.kept": {
        "vi": "Bản lộ trình đã được sửa trước đó được giữ lại ở {path}",
        "en": "The previously edited roadmap was kept as {path}",
    },
    "roadmap.cli.milestone": {"vi": "mốc bên ngoài", "en": "external milestone"},
    # --- months within the plan year (person-owned, blank = the whole year) ---------------------------
    "roadmap.cli.field.start_month": {"vi": "Tháng bắt đầu", "en": "Start month"},
    "roadmap.cli.field.end_month": {"vi": "Tháng kết thúc", "en": "End month"},
    "roadmap.import.bad_month": {
        "vi": (
            "{where}, cột '{column}': '{value}' không phải một tháng từ 1 đến 12 (ví dụ 3 hoặc T3); "
            "bỏ qua ô này (coi như cả năm). Năm của kế hoạch không đổi."
        ),
        "en": (
            "{where}, column '{column}': '{value}' is not a month from 1 to 12 (e.g. 3 or T3); "
            "the cell is ignored (the whole year). The plan's years are unchanged."
        ),
    },
    "roadmap.import.month_order": {
        "vi": (
            "{where} ({id}), cột '{column}': tháng kết thúc {end} trước tháng bắt đầu {start} trong cùng năm {year}; "
            "bỏ qua hai ô tháng (coi như cả năm)."
        ),
        "en": (
            "{where} ({id}), column '{column}': end month {end} is before start month {start} in the same year "
            "{year}; both month cells are ignored (the whole year)."
        ),
    },
}
