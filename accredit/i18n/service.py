"""Messages of the application service layer (:mod:`accredit.service`)."""

from __future__ import annotations


def _m(vi: str, en: str) -> dict[str, str]:
    return {"vi": vi, "en": en}


MESSAGES: dict[str, dict[str, str]] = {
    "service.text": {"vi": "{text}", "en": "{text}"},
    "service.scan.cancelled": {
        "vi": "Đã dừng quét theo yêu cầu; lần quét sau sẽ đọc tiếp các tệp còn lại.",
        "en": "The scan was stopped on request; the next scan reads the remaining files.",
    },
    "service.settings.none": _m("Chọn ít nhất một bộ tiêu chí.", "Choose at least one criteria set."),
    "service.settings.not_for_school": _m("Không dùng được cho {object}: {ids} (không có trong danh mục, hoặc dành cho "
                                          "loại cơ sở khác). Chọn trong danh sách.",
                                          "Not for a {object}: {ids} (not in the catalog, or for another kind of "
                                          "institution). Choose from the list."),
    "service.settings.bad_target": _m("Mục tiêu {id} không phải một bộ tiêu chí dành cho trường. Chọn trong danh sách.",
                                      "The target {id} is not a criteria set for the school. Choose from the list."),
}
"""``service.text`` carries a text another part already rendered (an error's message, a document's remark)."""
