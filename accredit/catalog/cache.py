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
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from pydantic import ValidationError

from accredit.i18n import language
from accredit.model import base, expression, framework
from accredit.model.framework import Framework
from accredit.user_folder import CACHE_DIR, read_entry, user_dir, write_entry

CACHE_FORMAT = "1"
FOLDER = (CACHE_DIR, "tieu-chi")
MAX_FILE = 16 * 1024 * 1024
"""Criteria files larger than this are parsed every time (never the case for a real regulation)."""


@lru_cache(maxsize=1)
def _schema_digest() -> str | None:
    """SHA-256 of the source of the modules that define a framework (None when the source is not there)."""
    digest = hashlib.sha256(CACHE_FORMAT.encode())
    try:
        for module in (base, expression, framework):
            digest.update(Path(module.__file__ or "").read_bytes())
    except OSError:
        return None
    return digest.hexdigest()


def _folder() -> Path:
    return user_dir().joinpath(*FOLDER)


def cached_framework(path: Path, parse: Callable[[], Framework]) -> Framework:
    """The framework of the criteria file ``path``: from the cache when it holds this very file, else ``parse()``
    (whose errors propagate as they are) and kept for the next time."""
    schema = _schema_digest()
    try:
        data = path.read_bytes() if schema is not None and path.stat().st_size <= MAX_FILE else None
    except OSError:
        data = None
    if data is None or schema is None:
        return parse()
    key = hashlib.sha256(f"{schema}|{language()}|".encode() + data).hexdigest()
    value = read_entry(_folder(), key)
    if value is not None:
        try:
            return Framework.model_validate_json(value)
        except ValidationError:
            pass
    fw = parse()
    write_entry(_folder(), key, fw.model_dump_json().encode("utf-8"))
    return fw
