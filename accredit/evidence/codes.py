"""Evidence codes (mã minh chứng) in file and folder names → requirement codes.

Patterns are regular expressions with named groups: ``criterion`` and ``requirement`` (numbers,
giving the requirement code ``"<criterion>.<requirement>"`` without leading zeros), or ``code``
(the requirement code as written); ``item`` is the evidence's own number. They are matched
case-insensitively on the accent-folded name, so ``Tiêu chuẩn`` and ``Tieu chuan`` both work.
A code in the file name wins over codes in folder names; the nearest folder wins over its parents.

A code binds to exactly one framework of the workspace (:class:`CodeBinder`), by, in this order:

1. an explicit prefix naming the regulation, written just before the code (``TT38-5.1``,
   ``TT35-1.3``, ``TT14 [H2.02.01.01]``, ``Thông tư 38 - MC.5.1.01``; group ``reg`` in a pattern);
2. the folder scope in ``accredit.toml`` (``[evidence.code_scopes]``, the deepest folder wins);
3. a regulation named in a folder name (``Chuẩn cơ sở TT38/…``), the nearest folder first, when
   that regulation is one of the workspace's;
4. the code scheme: the hộp minh chứng scheme ``[Hn.ab.cd.ef]`` (a pattern with a ``box`` group) is
   the evidence-box convention of accreditation self-assessment files, so it belongs to the
   accreditation frameworks (TT 14/2024, TT 15/2017) when the workspace has one (schools also use
   it for other frameworks: without an accreditation framework it does not decide). No regulation
   sets an evidence-code scheme (TT 38's report form asks only for a list or links): this is the
   schools' convention (UNVERIFIED, see shared/reference/regulation-status-2026.md).

Otherwise every framework of the workspace is a candidate. A code that fits exactly one framework
links to it; one that fits several is *ambiguous* and links to none (it is listed until the user
moves the file into a framework's folder or adds a prefix); one that fits none is unknown.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath

from accredit.errors import AccreditError
from accredit.evidence.text import fold, nfc
from accredit.model.evidence import EvidenceCode
from accredit.model.framework import Framework

_B = r"(?<![A-Za-z0-9])"  # a word boundary that treats '_' as a separator, as file names do
_E = r"(?![A-Za-z0-9])"

_TAG = r"(?:TT|thong[ _]?tu)[ _.\-]?(?P<reg>\d{1,3})(?:[ _]?/[ _]?(?P<regyear>\d{4}))?"

DEFAULT_PATTERNS: tuple[str, ...] = (
    # TT38-5.1, TT35-1.3, TT 38/2026 - 5.1.02: the requirement with the regulation as an explicit prefix
    rf"{_B}{_TAG}[ _.:\-]+(?P<criterion>\d{{1,2}})\.(?P<requirement>\d{{1,2}})(?:\.(?P<item>\d{{1,3}}))?{_E}",
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


# A regulation tag just before a code ("TT38-", "TT 14/2024 ", "Thông tư 38 - ") is its explicit prefix.
_PREFIX = re.compile(_B + _TAG + r"[ _.:\-]*\[?$", re.IGNORECASE)
# A regulation tag anywhere in a folder name ("Chuẩn cơ sở TT38", "TT 35 - CĐ chất lượng cao").
_FOLDER_TAG = re.compile(_B + _TAG + r"(?!\d)", re.IGNORECASE)

# Code schemes → the regulations (numbers as in the criteria files) they belong to.
SCHEME_REGULATIONS: dict[str, tuple[str, ...]] = {
    "hop": ("14/2024/TT-BLĐTBXH", "15/2017/TT-BLĐTBXH"),
}


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
                prefix = _PREFIX.search(folded[:start]) if "reg" not in m.groupdict() else None
                found.append((start, _code_of(m, name[start:end], source, prefix)))
        found.sort(key=lambda x: x[0])
        out: list[EvidenceCode] = []
        for _, code in found:
            if all((c.requirement, c.text) != (code.requirement, code.text) for c in out):
                out.append(code)
        return out

    def in_path(self, relpath: str, *, remember: bool = True) -> list[EvidenceCode]:
        """Codes for a file: those in its name, else those of the nearest folder that has any.

        ``remember``: kept for the next call on the same path (the views of the index read the same names again
        and again); a scan, which reads each name of its folder a few times and is done, passes False (kept, a
        folder's codes and names would grow its memory by a KB a file)."""
        return list(_in_path(self, relpath) if remember else self._in_path(relpath))

    def _in_path(self, relpath: str) -> list[EvidenceCode]:
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


@functools.lru_cache(maxsize=1 << 16)
def _in_path(matcher: CodeMatcher, relpath: str) -> tuple[EvidenceCode, ...]:
    """The codes of a path, remembered (the same 10,000 names are read by every view of the index; the
    codes are frozen values)."""
    return tuple(matcher._in_path(relpath))


def _code_of(m: re.Match[str], original: str, source: str, prefix: re.Match[str] | None = None) -> EvidenceCode:
    groups = m.groupdict()
    if groups.get("code"):
        requirement = original[m.start("code") - m.start() : m.end("code") - m.start()]
    else:
        requirement = f"{int(groups['criterion'])}.{int(groups['requirement'])}"
    text = original.strip().strip("[]").strip()
    tag = prefix.groupdict() if prefix is not None else groups
    regulation = _reg_text(tag.get("reg"), tag.get("regyear"))
    return EvidenceCode(
        text=text, requirement=requirement, item=groups.get("item"), source=source,  # type: ignore[arg-type]
        regulation=regulation, scheme="hop" if groups.get("box") else None,
    )


def _reg_text(number: str | None, year: str | None) -> str | None:
    if not number:
        return None
    return f"{int(number)}/{year}" if year else str(int(number))


def regulation_label(tag: str) -> str:
    """'TT 38' or 'TT 38/2026': how a regulation tag is shown."""
    return f"TT {tag}"


def regulation_tag(framework: Framework) -> str:
    """'38/2026' from a framework's regulation number '38/2026/TT-BGDĐT'."""
    parts = framework.regulation.number.split("/")
    return "/".join(parts[:2]) if len(parts) >= 2 and parts[1].isdigit() else parts[0]


def framework_name(framework: Framework) -> str:
    """A short name for messages: 'TT 38/2026' (the regulation), never the internal id."""
    return regulation_label(regulation_tag(framework))


def _tag_fits(tag: str, framework: Framework) -> bool:
    number, _, year = tag.partition("/")
    own_number, _, own_year = regulation_tag(framework).partition("/")
    return number.lstrip("0") == own_number.lstrip("0") and (not year or year == own_year)


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


# --- binding a code to one framework ------------------------------------------------------------


@dataclass(frozen=True)
class Binding:
    """Where one code found in one path points.

    ``status`` is ``bound`` (``targets`` has one (framework id, requirement)), ``ambiguous``
    (``candidates`` lists every framework it fits; linked to none) or ``unknown`` (it fits none of
    the frameworks it may belong to). ``by`` says what decided: ``prefix``, ``scope``, ``folder``,
    ``scheme`` or ``any``; ``pool`` the frameworks it was allowed to bind to.
    """

    code: EvidenceCode
    path: str
    status: str
    by: str
    targets: tuple[tuple[str, str], ...] = ()
    candidates: tuple[tuple[str, str], ...] = ()
    pool: tuple[str, ...] = ()


def _norm_parts(path: str) -> tuple[str, ...]:
    return tuple(nfc(p).casefold() for p in PurePosixPath(path.replace("\\", "/")).parts if p not in ("", "."))


class CodeBinder:
    """Binds codes to one framework of the workspace (see the module docstring for the order)."""

    def __init__(self, frameworks: Sequence[Framework], scopes: Iterable[tuple[str, str]] = ()) -> None:
        self.frameworks = list(frameworks)
        self.known = {fw.id: [r.code for r in fw.requirements] for fw in self.frameworks}
        self.scopes = [(_norm_parts(folder), fid.lower()) for folder, fid in scopes]

    def _tagged(self, tag: str) -> list[str]:
        return [fw.id for fw in self.frameworks if _tag_fits(tag, fw)]

    def pool(self, code: EvidenceCode, path: str) -> tuple[str, tuple[str, ...]]:
        """(what decided, the framework ids) the code may bind to."""
        if code.regulation:
            return "prefix", tuple(self._tagged(code.regulation))
        parts = _norm_parts(path)
        best: tuple[int, str] | None = None
        for prefix, fid in self.scopes:
            if prefix and parts[: len(prefix)] == prefix and (best is None or len(prefix) > best[0]):
                best = (len(prefix), fid)
        if best is not None:
            return "scope", tuple(fid for fid in self.known if fid == best[1])
        for folder in reversed(PurePosixPath(path).parts[:-1]):
            for m in _FOLDER_TAG.finditer(fold(nfc(folder))):
                tagged = self._tagged(_reg_text(m.group("reg"), m.group("regyear")) or "")
                if tagged:
                    return "folder", tuple(tagged)
        if code.scheme:
            numbers = SCHEME_REGULATIONS.get(code.scheme, ())
            ids = tuple(fw.id for fw in self.frameworks if fw.regulation.number in numbers)
            if ids:
                return "scheme", ids
        return "any", tuple(self.known)

    def bind(self, code: EvidenceCode, path: str) -> Binding:
        """The framework and requirement a code found in ``path`` links to, or why it links to none."""
        by, pool = self.pool(code, path)
        hits = tuple((fid, req) for fid in pool if (req := resolve(code.requirement, self.known[fid])) is not None)
        if len(hits) == 1:
            return Binding(code, path, "bound", by, targets=hits, candidates=hits, pool=pool)
        return Binding(code, path, "ambiguous" if hits else "unknown", by, candidates=hits, pool=pool)

    def in_paths(self, matcher: CodeMatcher, paths: Iterable[str], *, remember: bool = True) -> list[Binding]:
        """The binding of every code found in the given paths (one content may have several; ``remember``: as
        :meth:`CodeMatcher.in_path`)."""
        return [self.bind(c, p) for p in paths for c in matcher.in_path(p, remember=remember)]
