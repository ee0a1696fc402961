"""The term bags of a framework's matcher kept for the next process, so a scan does not cut the standards'
wording into terms every time.

Building a framework's matcher (:class:`accredit.evidence.match.FrameworkMatcher`) is mostly cutting
the wording, keywords and evidence hints of every standard and criterion into terms: about a tenth
of a second per framework, paid by every scan that maps a new file. Those bags of terms depend only
on the framework's content, its hints and the code that cuts text into terms; they are kept in the
user folder (``<user folder>/bo-nho-dem/so-khop``), keyed by the framework's content hash, the
hints' content and the SHA-256 of the modules that make terms. What the workspace learned is added
after reading (it is the workspace's own, never cached). Each entry is authenticated with the HMAC
of the user folder's caches (:func:`accredit.user_folder.read_entry`); an entry that does not
authenticate or does not have the expected shape is a miss, and the bags are built again.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from accredit.user_folder import CACHE_DIR, read_entry, user_dir, write_entry

CACHE_FORMAT = "1"
FOLDER = (CACHE_DIR, "so-khop")

Bags = tuple[list[Counter[str]], list[Counter[str]]]
"""The terms of each standard (framework order) and each criterion's own terms (its title and hints)."""


@lru_cache(maxsize=1)
def _code_digest() -> str | None:
    """SHA-256 of the modules that turn wording into terms (None when their source is not there)."""
    from accredit.evidence import clean, hints, match, text

    digest = hashlib.sha256(CACHE_FORMAT.encode())
    try:
        for module in (clean, hints, match, text):
            digest.update(Path(module.__file__ or "").read_bytes())
    except OSError:
        return None
    return digest.hexdigest()


def _key(content_hash: str, hints: str) -> str | None:
    code = _code_digest()
    if code is None:
        return None
    return hashlib.sha256(f"{code}|{content_hash}|{hints}".encode()).hexdigest()


def _parse(value: bytes, standards: int, criteria: int) -> Bags | None:
    """The bags of a kept entry; None when it does not have the framework's shape."""
    try:
        data = json.loads(value)
        std, own = data["standards"], data["criteria"]
        if len(std) != standards or len(own) != criteria:
            return None
        bags = ([Counter({str(t): int(n) for t, n in b.items()}) for b in std],
                [Counter({str(t): int(n) for t, n in b.items()}) for b in own])
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    return bags


def cached_bags(content_hash: str, hints: str, standards: int, criteria: int, build: Callable[[], Bags]) -> Bags:
    """The bags of the framework of ``content_hash`` with hints of content ``hints`` (``standards`` and
    ``criteria``: how many it has): kept ones when the user folder holds them, else ``build()``, kept."""
    key = _key(content_hash, hints)
    folder = user_dir().joinpath(*FOLDER)
    if key is not None and (value := read_entry(folder, key)) is not None:
        bags = _parse(value, standards, criteria)
        if bags is not None:
            return bags
    bags = build()
    if key is not None:
        payload = {"standards": [dict(b) for b in bags[0]], "criteria": [dict(b) for b in bags[1]]}
        write_entry(folder, key, json.dumps(payload, ensure_ascii=False).encode("utf-8"))
    return bags
