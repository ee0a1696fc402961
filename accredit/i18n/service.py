"""Messages of the application service layer (:mod:`accredit.service`)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "service.text": {"vi": "{text}", "en": "{text}"},
    "service.scan.cancelled": {
        "vi": "Đã dừng quét theo yêu cầu; lần quét sau sẽ đọc tiếp các tệp còn lại.",
        "en": "The scan was stopped on request; the next scan reads the remaining files.",
    },
}
"""``service.text`` carries a text another part already rendered (an error's message, a document's remark)."""
