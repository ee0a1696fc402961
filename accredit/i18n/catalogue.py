"""The message catalogue: key → {"vi": …, "en": …}, merged from one module per area.

Each area (``core``, ``evidence``, ``scoring``…) keeps its messages in ``accredit/i18n/<area>.py``
as ``MESSAGES``; list the module in ``_AREAS`` below. Keys are prefixed by area and must be unique.
"""

from __future__ import annotations

from importlib import import_module

_AREAS = [
    "core",
    "scoring",
    "evidence",
    "workspace",
    "importer",
    "roadmap",
    "report",
    "documents",
    "review",
    "run",
    "safety",
    "signing",
    "numbers",
    "system",
    "cli",
    "service",
    "fmt",
    "store",
    "cycle",
    "web",
    "web_admin",
    "web_scope",
    "web_roadmap",
]


def _merge() -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {}
    for area in _AREAS:
        messages: dict[str, dict[str, str]] = import_module(f"accredit.i18n.{area}").MESSAGES
        clash = merged.keys() & messages.keys()
        if clash:
            raise RuntimeError(f"duplicate message keys in accredit.i18n.{area}: {sorted(clash)}")
        merged.update(messages)
    return merged


MESSAGES: dict[str, dict[str, str]] = _merge()
