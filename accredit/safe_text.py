"""User text made safe for the places the tool writes it: workbooks, Word documents.

School names, file names, titles and responses come from people and from files, so they are
hostile input like any other: a leading ``=`` must stay text in a workbook (never a formula),
and control characters must not reach the xlsx or docx XML (they are illegal there and crash
the writers). Every writer of user text goes through these two functions.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # openpyxl only for the commands that write workbooks
    from openpyxl.cell.cell import Cell

# XML 1.0 forbids C0 controls other than tab, newline and carriage return (and lone surrogates).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean_text(text: str) -> str:
    """``text`` without the control characters XML (and so xlsx and docx) cannot hold."""
    return _CONTROL.sub("", text)


def put(cell: Cell, value: Any) -> Cell:
    """Write ``value`` into an openpyxl ``cell``; strings are always stored as text.

    A string that starts with ``=`` (or any other formula trigger) is kept as the literal text,
    never evaluated; numbers, dates, booleans and None are written as they are.
    """
    if isinstance(value, str):
        cell.value = clean_text(value)
        cell.data_type = "s"  # openpyxl would otherwise store "=..." as a formula
    else:
        cell.value = value
    return cell
