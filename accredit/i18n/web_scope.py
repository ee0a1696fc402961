"""Messages of the web desk's scopes and years: the programme switcher, past years, the annual cycle."""

from __future__ import annotations


def _m(vi: str, en: str) -> dict[str, str]:
    return {"vi": vi, "en": en}


MESSAGES: dict[str, dict[str, str]] = {
    # the scope switcher and the year selector
    "web.scope.label": _m("Phạm vi", "Scope"),
    "web.error.shared_file": _m(
        "Tệp này dùng chung cho nhiều chương trình cùng bộ tiêu chí, nên quyết định về nó là của cả các chương trình "
        "đó; bạn chưa được giao tiêu chí này ở tất cả các chương trình ấy. Hãy nhờ trưởng nhóm đảm bảo chất lượng "
        "quyết định, hoặc xin giao thêm.",
        "This file is shared by several programmes on the same criteria set, so a decision on it is theirs too; you "
        "are not assigned this criterion in all of them. Ask the QA lead to decide, or to assign it to you there."),
    "web.scope.school": _m("Toàn trường", "The school"),
    "web.scope.years": _m("Năm đánh giá", "Assessment year"),
    "web.scope.current": _m("hiện tại", "current"),
    "web.scope.side_by_side": _m("So sánh các năm", "Years side by side"),
    "web.scope.read_only_banner": _m("Năm {year} đã qua: chỉ xem, không sửa được. Năm đang đánh giá là {current}.",
                                     "{year} is a past year: read only, nothing can be changed. The current year is "
                                     "{current}."),
    "web.scope.past_year": _m("Năm {year} đã qua nên không sửa được (chỉ xem). Chuyển sang năm {current} ở thanh "
                              "“Năm đánh giá” để sửa.",
                              "{year} is a past year and cannot be changed (read only). Switch to {current} in the "
                              "“Assessment year” bar to make changes."),
    "web.scope.no_year": _m("Không có dữ liệu đánh giá của năm {year} (hoặc đó là năm hiện tại).",
                            "No ratings of the year {year} (or it is the current year)."),
    "web.scope.no_programme": _m("Không có chương trình đào tạo mã {code} được đánh giá theo một bộ tiêu chí "
                                 "(xem [[programmes]] trong accredit.toml).",
                                 "No programme with code {code} assessed against a criteria set (see [[programmes]] "
                                 "in accredit.toml)."),
    "web.scope.bad_programme": _m("Chương trình {code} chưa mở được: {why}", "Programme {code} cannot be opened: "
                                  "{why}"),
    "web.scope.users_rule": _m("Phân công theo từng chương trình: giao tiêu chí của một chương trình chỉ cho phép "
                               "sửa tiêu chí đó trong chương trình ấy, kể cả khi chương trình khác dùng cùng bộ tiêu "
                               "chí.",
                               "Assignments are per programme: a criterion assigned in one programme can be edited in "
                               "that programme only, even where another programme uses the same criteria set."),
    # the years
    "web.year.title": _m("Các năm đánh giá", "Assessment years"),
    "web.year.none": _m("Chưa có năm nào có phiếu đánh giá.", "No year has ratings yet."),
    "web.year.col.year": _m("Năm", "Year"),
    "web.year.col.result": _m("Kết quả", "Result"),
    "web.year.col.points": _m("Điểm", "Points"),
    "web.year.col.met": _m("Đạt", "Met"),
    "web.year.col.open": _m("Chưa đánh giá", "Not evaluated"),
    "web.year.col.carried": _m("Kế thừa, chưa cập nhật", "Carried, not updated"),
    "web.year.pass": _m("Đạt", "Pass"),
    "web.year.fail": _m("Chưa đạt", "Not yet"),
    "web.year.start_button": _m("Bắt đầu năm {year}", "Start {year}"),
    "web.year.start_title": _m("Bắt đầu năm đánh giá {year}", "Start the assessment year {year}"),
    "web.year.start_intro": _m("Năm đánh giá sẽ chuyển từ {year} sang {next}, cho toàn trường và mọi chương trình:",
                               "The assessment year moves from {year} to {next}, for the school and every programme:"),
    "web.year.will_carry": _m("Phần mô tả của năm {year} được chép sang năm mới, có dấu “[Kế thừa {year} — cần cập "
                              "nhật]” ở đầu.",
                              "The narratives of {year} are copied into the new year, marked “[Kế thừa {year} — cần "
                              "cập nhật]” (carried — to update)."),
    "web.year.will_not_rate": _m("Không chép kết quả đánh giá: mọi tiêu chuẩn là “chưa đánh giá” cho đến khi có người "
                                 "đánh giá lại hoặc xác nhận kết quả năm trước.",
                                 "No rating is carried: every standard is “not evaluated” until a person rates it or "
                                 "confirms last year's rating."),
    "web.year.will_keep_links": _m("Minh chứng đã gắn vẫn giữ; tệp có ngày ngoài khoảng năm mới được liệt kê.",
                                   "Evidence links stay; files dated outside the new window are listed."),
    "web.year.will_lock": _m("Năm {year} chỉ còn để xem (phiếu đánh giá của năm đó khóa ghi).",
                             "{year} becomes read only (its ratings workbooks are locked)."),
    "web.year.will_views": _m("Các chương trình được chuyển cùng ({n}):", "The programmes move too ({n}):"),
    "web.year.i_confirm": _m("Tôi hiểu và muốn bắt đầu năm {next}.", "I understand and want to start {next}."),
    "web.year.cancel": _m("Thôi, quay lại", "Cancel"),
    "web.year.not_confirmed": _m("Chưa đánh dấu ô xác nhận: năm mới chưa được bắt đầu.",
                                 "The confirmation box is not ticked: the new year was not started."),
    "web.year.started_now": _m("Đã bắt đầu năm {year}.", "The year {year} has started."),
    "web.year.carried_mark": _m("Kế thừa — cần cập nhật.", "Carried — to update."),
    "web.year.carried_fields": _m("Chép từ năm {year}, chưa sửa:", "Copied from {year}, not yet updated:"),
    "web.year.previous": _m("Kết quả năm {year}:", "Rating in {year}:"),
    "web.year.not_counted": _m("Kết quả này chưa được tính cho năm nay.", "It does not count for this year yet."),
    "web.year.confirm": _m("Xác nhận giữ kết quả năm {year}", "Confirm the {year} rating"),
    "web.year.or_change": _m("hoặc chọn kết quả mới bên dưới.", "or choose a new rating below."),
    "web.year.confirmed_now": _m("Đã xác nhận kết quả năm trước cho năm nay.",
                                 "Last year's rating is confirmed for this year."),
    "web.year.nothing_to_confirm": _m("Không có kết quả năm trước nào của {code} đang chờ xác nhận (đã có đánh giá "
                                      "năm nay, hoặc năm nay chưa được bắt đầu từ năm trước).",
                                      "No carried rating of {code} waits for confirmation (it is rated this year "
                                      "already, or this year was not started from the last)."),
    # the dashboard's cycle
    "web.cycle.programmes": _m("Các chương trình đào tạo", "Training programmes"),
    "web.cycle.computing": _m("Đang tính kết quả các chương trình…", "Scoring the programmes…"),
    "web.cycle.open": _m("Mở trang tổng quan các chương trình", "Open the programmes overview"),
    "web.cycle.col.programme": _m("Chương trình", "Programme"),
    "web.cycle.col.to_fix": _m("Còn thiếu", "Missing"),
    "web.cycle.col.certificate": _m("Giấy chứng nhận", "Certificate"),
    "web.cycle.to_fix": _m("{n} tiêu chuẩn, {points} điểm", "{n} standards, {points} points"),
    "web.cycle.expires": _m("hết hạn {date}", "expires {date}"),
    "web.cycle.expired": _m("đã hết hạn", "expired"),
    "web.cycle.closest": _m("Gần đạt nhất:", "Closest to passing:"),
    "web.cycle.due": _m("Việc sắp đến hạn", "Due next"),
    "web.cycle.days": _m("còn {n} ngày", "in {n} days"),
    "web.cycle.unverified": _m("ngày chưa đối chiếu văn bản", "date not checked against the text"),
    "web.cycle.none_next": _m("Không còn hạn nào trong năm đánh giá.", "Nothing more is due in the assessment year."),
    # the first pages after start, while the desk reads a large workspace
    "web.preparing.title": _m("Đang chuẩn bị", "Preparing"),
    "web.preparing.text": _m(
        "Accredit đang đọc kho minh chứng và tính kết quả (lần đầu sau khi mở; với nhiều tệp có thể mất một lúc). "
        "Trang sẽ tự mở khi xong.",
        "accredit is reading the evidence and computing the results (the first time after it starts; with many "
        "files this may take a while). The page opens by itself when it is ready."),
    # the audit log
    "web.action.year_start": _m("bắt đầu năm mới", "year started"),
    "web.action.year_confirm": _m("xác nhận kết quả năm trước", "last year's rating confirmed"),
}
