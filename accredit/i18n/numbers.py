"""Messages of the number reader (:mod:`accredit.numbers`): what a person typed and what to type instead."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "numbers.not_number": {
        "vi": "'{value}' không phải là số; gõ số, ví dụ 1050 hoặc 12,5",
        "en": "'{value}' is not a number; type a number, e.g. 1050 or 12.5",
    },
    "numbers.bad_groups": {
        "vi": (
            "'{value}': dấu phân cách hàng nghìn phải tách từng nhóm 3 chữ số (1.234.567); "
            "gõ số không có dấu phân cách, ví dụ 1234567"
        ),
        "en": "'{value}': thousands separators must split groups of 3 digits; type the number without them",
    },
    "numbers.ambiguous": {
        "vi": (
            "'{value}' có hai cách hiểu: {whole} (dấu chấm phân cách hàng nghìn) hoặc {decimal} (số thập "
            "phân). Gõ {whole} nếu là số nghìn, hoặc {decimal} nếu là số thập phân (dấu phẩy thập phân)"
        ),
        "en": (
            "'{value}' can be read two ways: {whole} (thousands separator) or {decimal} (decimal). "
            "Type {whole} for the thousands, or {decimal} with a decimal comma"
        ),
    },
    "numbers.count_fraction": {
        "vi": "'{value}' không phải số nguyên; số đếm (người, chương trình…) phải là số nguyên",
        "en": "'{value}' is not a whole number; a count (people, programmes…) must be whole",
    },
    "numbers.count_fraction_thousands": {
        "vi": (
            "'{value}' không phải số nguyên, mà số đếm phải là số nguyên. Nếu bạn gõ dấu chấm phân cách "
            "hàng nghìn (Excel đặt định dạng tiếng Anh hiểu đó là dấu thập phân), hãy gõ {whole} "
            "(không có dấu chấm)"
        ),
        "en": (
            "'{value}' is not a whole number, but a count must be. If you typed a thousands dot (Excel "
            "with an English number format reads it as a decimal point), type {whole} without the dot"
        ),
    },
    "numbers.percent_here": {
        "vi": "'{value}': ô này nhận số, không nhận dấu %; gõ số không có %",
        "en": "'{value}': this cell takes a number, not a percentage; type it without %",
    },
}
