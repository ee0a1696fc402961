"""The report templates compiled once per user, not on every run.

Compiling the HTML report's Jinja2 templates costs more than rendering them. Jinja2 keeps a
template's compiled code in a *bucket* keyed by the template's name, checked against the SHA-1 of
its source and tagged with Jinja2's and Python's versions: an edited template, another Jinja2 or
another Python is compiled again. The buckets live in the user folder
(``<user folder>/bo-nho-dem/jinja``), each authenticated with the HMAC of the user folder's caches
(:func:`accredit.user_folder.read_entry`): the code is loaded only when this user's own accredit wrote it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from jinja2.bccache import Bucket, BytecodeCache

from accredit.user_folder import CACHE_DIR, read_entry, user_dir, write_entry

FOLDER = (CACHE_DIR, "jinja")


def _folder() -> Path:
    return user_dir().joinpath(*FOLDER)


class UserBytecodeCache(BytecodeCache):
    """Jinja2's bytecode cache in the user folder, every entry authenticated (a miss when it does not).

    ``tag`` names the environment's settings that change the compiled code (autoescaping, block
    trimming…): environments set up differently never share an entry.
    """

    def __init__(self, tag: str) -> None:
        self.tag = tag

    def _key(self, bucket: Bucket) -> str:
        return hashlib.sha256(f"{self.tag}|{bucket.key}|{bucket.checksum}".encode()).hexdigest()

    def load_bytecode(self, bucket: Bucket) -> None:
        """Fill ``bucket`` from the cache when an authentic entry for this source is kept."""
        value = read_entry(_folder(), self._key(bucket))
        if value is not None:
            bucket.bytecode_from_string(value)  # Jinja2 checks its own magic and the source checksum

    def dump_bytecode(self, bucket: Bucket) -> None:
        """Keep the compiled template (best effort: a folder that cannot be written is not used)."""
        write_entry(_folder(), self._key(bucket), bucket.bytecode_to_string())
