"""Parsed criteria files kept for the next process, so a command does not parse YAML every time.

Reading the ten bundled criteria files is mostly YAML parsing (about a tenth of a second on every
command that loads the catalog); the validated framework, as JSON, loads several times faster.
An entry is keyed by the SHA-256 of the file's bytes, of the schema's source (the model modules)
and the language, so an edited file, a new version of the schema or another language is never
served from the cache; it is read back through the same pydantic validation as the file itself.

Entries live in the user folder (``<user folder>/bo-nho-dem/tieu-chi``), each authenticated with
an HMAC under the secret the roll-up cache keeps there (:mod:`accredit.review.rollup_cache`): an
entry that does not authenticate or does not validate is a miss, and the file is parsed again. A
folder that cannot be written is simply not used.

Crosswalks and evidence hints (:mod:`accredit.evidence.hints`) are kept the same way, keyed by the source
of their own models. :func:`kept_framework` gives a kept entry's id without validating it, so the
default catalog validates a framework only when it is first asked for
(:func:`accredit.catalog.registry.load_catalog` with ``lazy``).
"""

from __future__ import annotations

import hashlib
import importlib
import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from accredit.i18n import language
from accredit.model import base, crosswalk, expression, framework
from accredit.model.crosswalk import Crosswalk
from accredit.model.framework import Framework
from accredit.user_folder import CACHE_DIR, read_entry, user_dir, write_entry

CACHE_FORMAT = "1"
FOLDER = (CACHE_DIR, "tieu-chi")
M = TypeVar("M", bound=BaseModel)
MAX_FILE = 16 * 1024 * 1024
"""Criteria files larger than this are parsed every time (never the case for a real regulation)."""


@lru_cache(maxsize=8)
def modules_digest(kind: str, modules: tuple[str, ...]) -> str | None:
    """SHA-256 of the source of the modules that define a kind of file (None when the source is not there)."""
    digest = hashlib.sha256(f"{CACHE_FORMAT}|{kind}".encode())
    try:
        for name in modules:
            digest.update(Path(importlib.import_module(name).__file__ or "").read_bytes())
    except OSError:
        return None
    return digest.hexdigest()


def _schema_digest() -> str | None:
    """SHA-256 of the source of the modules that define a framework (None when the source is not there)."""
    return modules_digest("framework", (base.__name__, expression.__name__, framework.__name__))


def _folder() -> Path:
    return user_dir().joinpath(*FOLDER)


def _entry_key(path: Path, schema: str | None) -> tuple[str, bytes] | None:
    """(cache key, bytes) of the file at ``path``; None when it is not cached (too large, unreadable, no schema)."""
    try:
        data = path.read_bytes() if schema is not None and path.stat().st_size <= MAX_FILE else None
    except OSError:
        data = None
    if data is None or schema is None:
        return None
    return hashlib.sha256(f"{schema}|{language()}|".encode() + data).hexdigest(), data


def cached_model(path: Path, model: type[M], parse: Callable[[], M], schema: str | None) -> M:
    """The model of the file ``path``: from the cache when it holds this very file (read with ``schema``, the
    digest of the modules that define ``model``), else ``parse()`` (whose errors propagate as they are) and kept
    for the next time."""
    keyed = _entry_key(path, schema)
    if keyed is None:
        return parse()
    key = keyed[0]
    value = read_entry(_folder(), key)
    if value is not None:
        try:
            return model.model_validate_json(value)
        except ValidationError:
            pass
    made = parse()
    write_entry(_folder(), key, made.model_dump_json().encode("utf-8"))
    return made


def cached_framework(path: Path, parse: Callable[[], Framework]) -> Framework:
    """The framework of the criteria file ``path``: from the cache when it holds this very file, else ``parse()``
    (whose errors propagate as they are) and kept for the next time."""
    return cached_model(path, Framework, parse, _schema_digest())


_ID = re.compile(rb'\{"schema_version":\d+,"id":"([a-z0-9/\-]+)"')


def kept_framework(path: Path) -> tuple[str, bytes] | None:
    """(id, kept JSON) of the criteria file ``path`` when the cache holds this very file, without validating it
    (:func:`cached_framework` would return ``Framework.model_validate_json`` of that JSON); None otherwise."""
    keyed = _entry_key(path, _schema_digest())
    value = read_entry(_folder(), keyed[0]) if keyed is not None else None
    found = _ID.match(value) if value is not None else None
    return (found.group(1).decode("ascii"), value) if found and value is not None else None


def cached_crosswalk(path: Path, parse: Callable[[], Crosswalk]) -> Crosswalk:
    """The crosswalk of the file ``path`` (see :func:`cached_framework`)."""
    schema = modules_digest("crosswalk", (base.__name__, expression.__name__, framework.__name__,
                                           crosswalk.__name__))
    return cached_model(path, Crosswalk, parse, schema)
