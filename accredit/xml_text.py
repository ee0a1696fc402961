"""Escaping text for XML, as ``xml.sax.saxutils`` does (whose import pulls in ``urllib`` and ``ssl``)."""

from __future__ import annotations

_TEXT = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_ATTR = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})


def escape(text: str) -> str:
    """``&``, ``<`` and ``>`` escaped (``xml.sax.saxutils.escape``)."""
    return text.translate(_TEXT)


def quoteattr(value: str) -> str:
    """An attribute value with its quotes (``xml.sax.saxutils.quoteattr``): double quotes, or single quotes
    when the value holds a double but no single one, else ``&quot;``."""
    data = value.translate(_ATTR)
    if '"' in data:
        if "'" in data:
            return '"' + data.replace('"', "&quot;") + '"'
        return "'" + data + "'"
    return '"' + data + '"'
