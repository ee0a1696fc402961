"""Messages of the web desk's roadmap page: the plan toward the target, its chart, actions and milestones."""

from __future__ import annotations


def _m(vi: str, en: str) -> dict[str, str]:
    return {"vi": vi, "en": en}


MESSAGES: dict[str, dict[str, str]] = {
    "web.nav.roadmap": _m("Lộ trình", "Roadmap"),
    "web.dash.roadmap_page": _m("Xem toàn bộ lộ trình", "See the whole roadmap"),
    "web.roadmap.title": _m("Lộ trình đạt chuẩn", "Roadmap to the target"),
    "web.roadmap.target": _m("Mục tiêu", "Target"),
    "web.roadmap.from_year": _m("Xuất phát từ kết quả năm", "Starting from the results of"),
    "web.roadmap.period": _m("Giai đoạn", "Period"),
    "web.roadmap.earliest": _m("Năm sớm nhất có thể đạt", "Earliest year the target can be reached"),
    "web.roadmap.never": _m("chưa đạt được trong giai đoạn này", "not within this period"),
    "web.roadmap.ready": _m("Năm các điều kiện (trừ điều kiện tiên quyết) đều đạt",
                            "Year every rule but the prerequisite passes"),
    "web.roadmap.deadline": _m("Hạn chót", "Deadline"),
    "web.roadmap.explanation": _m("Giải thích", "Why"),
    "web.roadmap.projection": _m("Kết quả dự kiến theo năm", "Projected result per year"),
    "web.roadmap.chart": _m("Biểu đồ: {unit} dự kiến mỗi năm so với mức cần để đạt ({required})",
                            "Chart: projected {unit} per year against what passing needs ({required})"),
    "web.roadmap.no_floor": _m("không có mức tối thiểu", "no minimum"),
    "web.roadmap.now": _m("Hiện tại", "Now"),
    "web.roadmap.now_year": _m("Hiện tại ({year}, chưa tính việc nào)", "Now ({year}, no action counted)"),
    "web.roadmap.threshold": _m("Mức cần để đạt", "Needed to pass"),
    "web.roadmap.col.year": _m("Năm", "Year"),
    "web.roadmap.col.result": _m("Dự kiến", "Projected"),
    "web.roadmap.col.required": _m("Cần để đạt", "Needed"),
    "web.roadmap.col.rules": _m("Điều kiện đạt", "Rules passed"),
    "web.roadmap.col.decision": _m("Kết luận", "Decision"),
    "web.roadmap.rules": _m("{passed}/{total}", "{passed}/{total}"),
    "web.roadmap.pass": _m("Đạt", "Pass"),
    "web.roadmap.fail": _m("Chưa đạt", "Not yet"),
    "web.roadmap.actions": _m("Các việc cần làm theo năm", "Actions per year"),
    "web.roadmap.actions_of": _m("Bắt đầu năm {year}", "Starting in {year}"),
    "web.roadmap.no_actions": _m("Không cần việc nào: mục tiêu đã đạt.", "No action is needed: the target is met."),
    "web.roadmap.standards": _m("Tiêu chuẩn", "Standards"),
    "web.roadmap.owner": _m("Người thực hiện", "Owner"),
    "web.roadmap.when": _m("Thời gian", "When"),
    "web.roadmap.effort": _m("Công sức", "Effort"),
    "web.roadmap.cost": _m("Chi phí ước tính", "Cost estimate"),
    "web.roadmap.priority": _m("Mức ưu tiên", "Priority"),
    "web.roadmap.priority.needed_to_pass": _m("Cần để đạt", "Needed to pass"),
    "web.roadmap.priority.beyond_passing": _m("Vượt mức", "Beyond passing"),
    "web.roadmap.details": _m("Vì sao, các bước, minh chứng", "Why, steps, evidence"),
    "web.roadmap.why": _m("Vì sao năm này", "Why this year"),
    "web.roadmap.unlocks": _m("Mang lại", "What it brings"),
    "web.roadmap.steps": _m("Các bước", "Steps"),
    "web.roadmap.evidence": _m("Minh chứng sẽ có", "Evidence it will give"),
    "web.roadmap.kind.evidence": _m("Bổ sung minh chứng", "Evidence"),
    "web.roadmap.kind.improve": _m("Cải tiến", "Improvement"),
    "web.roadmap.kind.external": _m("Mốc bên ngoài", "External milestone"),
    "web.roadmap.milestones": _m("Mốc theo năm", "Milestones per year"),
    "web.roadmap.started": _m("{n} việc bắt đầu", "{n} actions start"),
    "web.roadmap.completed": _m("{n} việc hoàn thành", "{n} actions finish"),
    "web.roadmap.newly_met": _m("Bắt đầu được tính đạt", "Counting as met from this year"),
    "web.roadmap.gates_passed": _m("Điều kiện tiên quyết đạt", "Prerequisite passed"),
    "web.roadmap.year_cost": _m("Chi phí trong năm: {cost}", "Cost in the year: {cost}"),
    "web.roadmap.unscheduled": _m("Chưa xếp được vào lộ trình", "Not placed in the plan"),
    "web.roadmap.none": _m("Chưa có lộ trình.", "There is no roadmap."),
    "web.roadmap.no_target": _m(
        "Chưa chọn mục tiêu của lộ trình (bộ tiêu chí muốn đạt). Trưởng nhóm đảm bảo chất lượng chọn ở trang Cài đặt, "
        "hoặc ghi “target” trong mục [assessment] của accredit.toml.",
        "No target is set for the roadmap (the criteria set to reach). The QA lead sets it on the Settings page, or "
        "as “target” in the [assessment] section of accredit.toml."),
    "web.roadmap.failed": _m("Chưa lập được lộ trình: {error}", "No roadmap could be planned: {error}"),
}
