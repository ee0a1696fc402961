"""Evidence codes (mã minh chứng) in file and folder names → requirement codes.

Patterns are regular expressions with named groups: ``criterion`` and ``requirement`` (numbers,
giving the requirement code ``"<criterion>.<requirement>"`` without leading zeros), or ``code``
(the requirement code as written); ``item`` is the evidence's own number. They are matched
case-insensitively on the accent-folded name, so ``Tiêu chuẩn`` and ``Tieu chuan`` both work.
A code in the file name wins over codes in folder names; the nearest folder wins over its parents.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath

from accredit.errors import AccreditError
from accredit.evidence.text import fold, nfc
from accredit.model.evidence import EvidenceCode

_B = r"(?<![A-Za-z0-9])"  # a word boundary that treats '_' as a separator, as file names do
_E = r"(?![A-Za-z0-9])"

DEFAULT_PATTERNS: tuple[str, ...] = (
    # [H1.01.01.01]: hộp 1, tiêu chí 01, tiêu chuẩn 01, minh chứng 01
    rf"\[?{_B}H(?P<box>\d{{1,2}})\.(?P<criterion>\d{{1,2}})\.(?P<requirement>\d{{1,2}})\.(?P<item>\d{{1,3}}){_E}\]?",
    # TC2.TC3-MC05: tiêu chí 2, tiêu chuẩn 3, minh chứng 05
    rf"{_B}TC(?P<criterion>\d{{1,2}})[.\-_ ]?TC(?P<requirement>\d{{1,2}})[.\-_ ]?MC(?P<item>\d{{1,3}}){_E}",
    # MC.2.3.04 / MC2.3.04
    rf"{_B}MC[.\-_ ]?(?P<criterion>\d{{1,2}})\.(?P<requirement>\d{{1,2}})\.(?P<item>\d{{1,3}}){_E}",
    # 1.1.01 (the evidence number has 2–3 digits, so dates and versions rarely match)
    r"(?<![\d.])(?P<criterion>\d{1,2})\.(?P<requirement>\d{1,2})\.(?P<item>\d{2,3})(?![\d.])",
    # folders: TC2.TC3, "Tiêu chuẩn 2.3"
    rf"{_B}TC(?P<criterion>\d{{1,2}})[.\-_ ]?TC(?P<requirement>\d{{1,2}}){_E}",
    rf"{_B}tieu[ _]?chuan[ _]?(?P<criterion>\d{{1,2}})\.(?P<requirement>\d{{1,2}}){_E}",
)


class CodePatternError(AccreditError):
    """A code pattern in ``accredit.toml`` is not a usable regular expression."""


@dataclass(frozen=True)
class CodeMatcher:
    """Compiled code patterns, applied in order (earlier patterns win on overlaps)."""

    patterns: tuple[re.Pattern[str], ...]

    @classmethod
    def from_patterns(cls, patterns: Sequence[str] | None = None, *, where: str = "code_patterns") -> CodeMatcher:
        """Compile ``patterns`` (empty or None: :data:`DEFAULT_PATTERNS`); errors name the pattern."""
        compiled: list[re.Pattern[str]] = []
        for i, pattern in enumerate(patterns or DEFAULT_PATTERNS):
            try:
                rx = re.compile(pattern, re.IGNORECASE)
            except re.error as exc:
                raise CodePatternError(f"{where}[{i}] {pattern!r}: {exc}") from exc
            groups = set(rx.groupindex)
            if "code" not in groups and not {"criterion", "requirement"} <= groups:
                raise CodePatternError(
                    f"{where}[{i}] {pattern!r}: needs the named groups (?P<criterion>…) and "
                    "(?P<requirement>…), or (?P<code>…)"
                )
            compiled.append(rx)
        return cls(tuple(compiled))

    def in_name(self, name: str, source: str = "file") -> list[EvidenceCode]:
        """The codes in one file or folder name, in order of appearance, without duplicates."""
        name = nfc(name)
        folded = fold(name)
        taken: list[tuple[int, int]] = []
        found: list[tuple[int, EvidenceCode]] = []
        for rx in self.patterns:
            for m in rx.finditer(folded):
                start, end = m.span()
                if any(start < e and s < end for s, e in taken):
                    continue
                taken.append((start, end))
                found.append((start, _code_of(m, name[start:end], source)))
        found.sort(key=lambda x: x[0])
        out: list[EvidenceCode] = []
        for _, code in found:
            if all((c.requirement, c.text) != (code.requirement, code.text) for c in out):
                out.append(code)
        return out

    def in_path(self, relpath: str) -> list[EvidenceCode]:
        """Codes for a file: those in its name, else those of the nearest folder that has any."""
        parts = PurePosixPath(relpath).parts
        if not parts:
            return []
        stem = PurePosixPath(parts[-1]).stem
        codes = self.in_name(stem, "file")
        if codes:
            return codes
        for folder in reversed(parts[:-1]):
            codes = self.in_name(folder, "folder")
            if codes:
                return codes
        return []


def _code_of(m: re.Match[str], original: str, source: str) -> EvidenceCode:
    groups = m.groupdict()
    if groups.get("code"):
        requirement = original[m.start("code") - m.start() : m.end("code") - m.start()]
    else:
        requirement = f"{int(groups['criterion'])}.{int(groups['requirement'])}"
    text = original.strip().strip("[]").strip()
    return EvidenceCode(text=text, requirement=requirement, item=groups.get("item"), source=source)  # type: ignore[arg-type]


def code_key(code: str) -> tuple[int, ...] | str:
    """A comparison key for requirement codes: ``"02.03"`` and ``"2.3"`` are the same requirement."""
    parts = re.split(r"[.\-]", code.strip())
    if all(p.isdigit() for p in parts):
        return tuple(int(p) for p in parts)
    return code.strip().lower()


def resolve(code: str, known: Iterable[str]) -> str | None:
    """The requirement code in ``known`` that ``code`` names (exactly, or equal as numbers)."""
    known = list(known)
    if code in known:
        return code
    key = code_key(code)
    for k in known:
        if code_key(k) == key:
            return k
    return None
