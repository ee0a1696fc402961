"""Limits applied to a package before anything in it is read (a package is untrusted input).

Generous enough for a school's whole evidence folder, small enough that a hostile zip cannot
exhaust memory or disk. Tests pass smaller :class:`Limits`.
"""

from __future__ import annotations

from dataclasses import dataclass

from accredit.zipguard import ZipLimits

MAX_MEMBERS = 20_000
"""Members (files) in one package."""

MAX_MEMBER_SIZE = 512 * 1024 * 1024
"""Uncompressed size of one member (a large scanned PDF stays well under it)."""

MAX_TOTAL_SIZE = 8 * 1024 * 1024 * 1024
"""Uncompressed size of all members together."""

MAX_RATIO = 200
"""Uncompressed / compressed size of one member; above it the member is treated as a zip bomb."""

RATIO_MIN_SIZE = 1024 * 1024
"""Members smaller than this are not held to :data:`MAX_RATIO` (small text compresses very well)."""

MAX_JSON_SIZE = 64 * 1024 * 1024
"""A JSON member (manifest, scorecard, register…) is read into memory: at most this many bytes."""

MAX_NAME_LENGTH = 1024
"""Characters in one member name."""

MAX_PACKAGE_SIZE = MAX_TOTAL_SIZE
"""Size of the zip file itself."""

MAX_LOG_LINE = 16 * 1024 * 1024
"""Bytes in one line of a review log."""


@dataclass(frozen=True)
class Limits:
    """The limits in force; defaults are the module constants."""

    max_members: int = MAX_MEMBERS
    max_member_size: int = MAX_MEMBER_SIZE
    max_total_size: int = MAX_TOTAL_SIZE
    max_ratio: int = MAX_RATIO
    ratio_min_size: int = RATIO_MIN_SIZE
    max_json_size: int = MAX_JSON_SIZE
    max_name_length: int = MAX_NAME_LENGTH
    max_package_size: int = MAX_PACKAGE_SIZE

    @property
    def zip(self) -> ZipLimits:
        """The size limits in the form the shared zip guard takes."""
        return ZipLimits(self.max_members, self.max_member_size, self.max_total_size, self.max_ratio,
                         self.ratio_min_size)


DEFAULT_LIMITS = Limits()
