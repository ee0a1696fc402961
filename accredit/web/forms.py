"""Every form the desk accepts is read and checked here, in one place; pages get clean values or a DeskError."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from accredit.i18n.message import LANGUAGES, msg
from accredit.model.assessment import Narrative, Status
from accredit.web.model import NARRATIVE_FIELDS, DeskError, Role

TEXT_MAX = 20_000
"""The longest narrative field or comment accepted."""
NAME_RE = re.compile(r"^[A-Za-z0-9._-]{2,32}$")
_FORBIDDEN_CHARS = re.compile(r'[<>:"|?*\x00-\x1f\x7f]')
_MAX_DEPTH = 8


def text(form: Mapping[str, object], key: str, *, limit: int = TEXT_MAX) -> str:
    """A text field, NFC, stripped, at most ``limit`` characters ('' when absent)."""
    value = form.get(key)
    value = value if isinstance(value, str) else ""
    value = unicodedata.normalize("NFC", value).strip()
    if len(value) > limit:
        raise DeskError(msg("web.error.too_long", n=limit))
    return value


def number(form: Mapping[str, object], key: str, *, default: int = 0, low: int = 0, high: int = 10**9) -> int:
    """A whole number field within [low, high]."""
    raw = text(form, key, limit=20)
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError as exc:
        raise DeskError(msg("web.error.bad_number", value=raw)) from exc
    if not low <= value <= high:
        raise DeskError(msg("web.error.bad_number", value=raw))
    return value


def decimal(form: Mapping[str, object], key: str, default: float, *, high: float = 1000.0) -> float:
    """A non-negative decimal number up to ``high`` (',' or '.' as decimal mark)."""
    raw = text(form, key, limit=20).replace(",", ".")
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError as exc:
        raise DeskError(msg("web.error.bad_number", value=raw)) from exc
    if not 0.0 <= value <= high:
        raise DeskError(msg("web.error.bad_number", value=raw))
    return value


def status(value: str) -> Status | None:
    """A rating status from a select ('' = not given)."""
    if value == "":
        return None
    try:
        return Status(value)
    except ValueError as exc:
        raise DeskError(msg("web.error.bad_status", value=value)) from exc


@dataclass(frozen=True)
class RatingForm:
    """A standard's rating form, read."""

    status: Status | None
    years: dict[int, Status]
    narrative: Narrative
    version: str
    present: frozenset[str] = frozenset()
    """The fields the form carried ('status', 'year_<y>', the narrative fields): only those are saved."""


def rating_form(form: Mapping[str, object], window: list[int]) -> RatingForm:
    """The overall status, one status per window year, the four narrative fields and the versions the page showed."""
    years: dict[int, Status] = {}
    for y in window:
        s = status(text(form, f"year_{y}", limit=20))
        if s is not None:
            years[y] = s
    narrative = Narrative(**{f: (text(form, f) or None) for f in NARRATIVE_FIELDS})
    keys = ("status", *(f"year_{y}" for y in window), *NARRATIVE_FIELDS)
    return RatingForm(status(text(form, "status", limit=20)), years, narrative, text(form, "version", limit=200),
                      frozenset(k for k in keys if k in form))


def figures(form: Mapping[str, object], units: dict[str, str | None], years: list[int],
            labels: dict[str, str]) -> dict[tuple[str, int], Decimal | None]:
    """The figures of the data form, read the Vietnamese way ('1.234,5'; the unit decides a lone separator).

    Fields are named ``v__<input>__<year>``; a blank field gives None (cleared), a field the form does not
    carry is left out (not touched). A value that is not a number of
    its kind is refused with the input's label, the year and what to type.
    """
    from accredit.numbers import NumberError, kind_of_unit, parse_number

    out: dict[tuple[str, int], Decimal | None] = {}
    for name, unit in units.items():
        for year in years:
            key = f"v__{name}__{year}"
            if key not in form:
                continue
            raw = text(form, key, limit=40)
            if not raw:
                out[(name, year)] = None
                continue
            try:
                out[(name, year)] = parse_number(raw, kind_of_unit(unit))
            except NumberError as exc:
                raise DeskError(msg("web.error.bad_figure", label=labels.get(name, name), year=year,
                                    hint=str(exc))) from exc
    return out


@dataclass(frozen=True)
class UserForm:
    """A person's account form, read."""

    name: str
    role: Role
    lang: str
    display: str | None
    criteria: list[str]


def user_form(form: Mapping[str, object], criteria: list[str], *, fixed_role: Role | None = None) -> UserForm:
    """Name (letters, digits, . _ -), role, language, display name, and the assigned criteria among ``criteria``."""
    name = text(form, "name", limit=32)
    if not NAME_RE.match(name):
        raise DeskError(msg("web.error.bad_name"))
    if fixed_role is not None:
        role = fixed_role
    else:
        try:
            role = Role(text(form, "role", limit=20))
        except ValueError as exc:
            raise DeskError(msg("web.error.bad_role")) from exc
    lang = text(form, "lang", limit=5) or "vi"
    if lang not in LANGUAGES:
        raise DeskError(msg("web.error.bad_lang"))
    getlist = getattr(form, "getlist", None)
    picked = [str(x) for x in getlist("criteria")] if getlist else []
    unknown = [c for c in picked if c not in criteria]
    if unknown:
        raise DeskError(msg("web.error.bad_criterion"))
    return UserForm(name, role, lang, text(form, "display", limit=80) or None, picked if role == Role.MEMBER else [])


_GROUP_RE = re.compile(r"^[^\x00-\x1f\x7f]{2,64}$")
_MAX_PICKED = 500


def picked(form: Mapping[str, object], key: str) -> list[str]:
    """The values of a multiple choice (a select or checkboxes), NFC, stripped, at most a few hundred."""
    getlist = getattr(form, "getlist", None)
    values = [unicodedata.normalize("NFC", x).strip() for x in getlist(key) if isinstance(x, str)] if getlist else []
    if len(values) > _MAX_PICKED:
        raise DeskError(msg("web.error.too_long", n=_MAX_PICKED))
    return [v for v in values if v]


def group_name(form: Mapping[str, object], key: str = "group") -> str:
    """A working group's name: 2 to 64 characters, any letters (Vietnamese too), no control characters."""
    name = text(form, key, limit=64)
    if not _GROUP_RE.match(name):
        raise DeskError(msg("web.groups.bad_name"))
    return name


def criteria_by_framework(values: list[str], known: list[str]) -> dict[str, list[str]]:
    """Choices '<framework>#<criterion>' among ``known``, grouped by framework (an unknown one is refused)."""
    if any(v not in known for v in values):
        raise DeskError(msg("web.error.bad_criterion"))
    out: dict[str, list[str]] = {}
    for v in values:
        fid, _, code = v.rpartition("#")
        out.setdefault(fid, []).append(code)
    return out


def clean_upload_path(relative: str) -> list[str]:
    """The parts of an uploaded file's name or its path in a dropped folder, each checked: no '..', no hidden part."""
    value = unicodedata.normalize("NFC", relative or "").replace("\\", "/")
    parts = [p.strip() for p in value.split("/") if p.strip() not in ("", ".")]
    if not parts or len(parts) > _MAX_DEPTH:
        raise DeskError(msg("web.error.bad_upload_name"))
    out: list[str] = []
    for p in parts:
        if p == ".." or p.startswith(".") or p.startswith("~$") or _FORBIDDEN_CHARS.search(p) or len(p) > 150 \
                or p.rstrip(". ") != p:
            raise DeskError(msg("web.error.bad_upload_name"))
        out.append(p)
    return out
