"""Messages in Vietnamese (default) and English, from one catalogue.

Two ways to say a message:

* the core (scoring, indicators, roadmap, the models) returns :class:`~accredit.i18n.message.Msg`
  values and never reads a language; a front end renders them with the
  :class:`~accredit.i18n.message.Messages` of the person it answers (documents take one too);
* the command line's own edge (``accredit.cli``, the workspace adapters, errors raised while
  reading files) still uses :func:`t`, in the process language: :func:`set_language` (``--lang``),
  else the ``ACCREDIT_LANG`` environment variable, else Vietnamese. ``tests/test_language_free_core.py``
  keeps :func:`t` out of the core.
"""

from __future__ import annotations

import os

from accredit.i18n.catalogue import MESSAGES

LANGUAGES = ("vi", "en")
_current: str | None = None


def set_language(lang: str | None) -> None:
    """Choose the message language for this process (None: back to the environment default)."""
    global _current
    if lang is not None and lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; use one of {', '.join(LANGUAGES)}")
    _current = lang


def language() -> str:
    """The language in force: explicit choice, then ``ACCREDIT_LANG``, then 'vi'."""
    if _current:
        return _current
    env = os.environ.get("ACCREDIT_LANG", "").strip().lower()[:2]
    return env if env in LANGUAGES else "vi"


def t(key: str, /, **params: object) -> str:
    """The message ``key`` in the current language, formatted with ``params``.

    An unknown key returns the key itself so that a missing translation never crashes a run.
    """
    entry = MESSAGES.get(key)
    if entry is None:
        return key
    template = entry.get(language()) or entry["vi"]
    return template.format(**params) if params else template
