"""Indented JSON text, written by pydantic-core's serializer (Rust).

The standard library writes indented JSON with its pure-Python encoder (its C encoder serves compact
output only): a report of a few megabytes took a tenth of a second. This is the same JSON — UTF-8
kept as it is, keys in order, two-space indent — in a fraction of it. One difference in the text, not in
the values: a float below 1e-4 is written as Rust writes it (``0.0000999``, ``3.3e-9``)
where Python writes ``9.99e-05`` and ``3.3e-09``; both read back to the same number.
"""

from __future__ import annotations

from typing import Any


def dumps(data: Any) -> str:
    """``data`` (JSON-ready: dicts, lists, strings, numbers, booleans, None) as indented JSON text, non-ASCII
    characters kept (as ``json.dumps(data, ensure_ascii=False, indent=2)`` writes them)."""
    from pydantic_core import to_json  # here: the console's start-up (``--help``) never needs it

    return to_json(data, indent=2).decode("utf-8")
