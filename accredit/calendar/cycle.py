"""What is due when in a workspace's cycle: the deadlines of its year, its certificates and transitions.

Pure: the caller passes ``today`` (the clock stays at the edge) and what the workspace holds.
"""

from __future__ import annotations

import calendar as _cal
import datetime as dt
from typing import Literal

from pydantic import Field

from accredit.calendar import rules as R
from accredit.i18n.message import Msg, msg
from accredit.model.base import Value
from accredit.programmes.model import Certificate, Programme

State = Literal["past", "next", "upcoming", "undated"]
ACCREDITATION_PREFIXES = ("tt14-", "tt15-")
TT28_OBJECTS = ("truong_cao_dang", "truong_trung_cap", "trung_tam_gdnn")
TRUNG_HOC_NGHE = "truong_trung_hoc_nghe"


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by ``months`` calendar months (the 29–31st falls back to the month's last day)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = _cal.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


class Deadline(Value):
    """One dated (or undated) step of the cycle, with the rule it rests on."""

    rule: str = Field(description="Stable code of the rule (accredit.calendar.rules).")
    date: dt.date | None
    title: Msg
    article: str
    verified: bool
    subject: str | None = Field(default=None, description="Mã of the programme; None: the school.")
    framework: str | None = None
    state: State = "upcoming"
    days: int | None = Field(default=None, description="Days from today (negative: past).")


class CarriedOpen(Value):
    """Requirements of one framework (of the school or a programme) still carried from last year: marked,
    neither rated nor confirmed this year, so they do not count."""

    framework: str
    programme: str | None = None
    codes: list[str]


class CycleStatus(Value):
    """The cycle of one workspace on ``today``: every deadline, the next one, and what to do."""

    today: dt.date
    year: int
    deadlines: list[Deadline]
    next: Deadline | None = None
    advice: list[Msg] = Field(default_factory=list)
    carried: list[CarriedOpen] = Field(default_factory=list, description="Still carried from last year.")


def _deadline(rule: R.Rule, date: dt.date | None, title: Msg, *, subject: str | None = None,
              framework: str | None = None) -> Deadline:
    return Deadline(rule=rule.code, date=date, title=title, article=rule.article, verified=rule.verified,
                    subject=subject, framework=framework)


def cert_expiry(cert: Certificate) -> dt.date:
    """When a certificate expires: its stated date, else 5 years from issue (NĐ 49/2018 Điều 22, unverified)."""
    return cert.expires or add_months(cert.issued, 60)


def cycle_deadlines(
    year: int,
    frameworks: list[str],
    obj: str,
    programmes: list[Programme] | None = None,
    certificates: list[Certificate] | None = None,
) -> list[Deadline]:
    """Every deadline of assessment ``year`` for a workspace with ``frameworks`` and kind ``obj``."""
    out: list[Deadline] = []
    programmes = programmes or []
    if any(f.startswith("tt38-") for f in frameworks):
        out.append(_deadline(R.TT38_DATA_CUTOFF, dt.date(year, 12, 31), msg("cycle.title.tt38_data", year=year)))
        out.append(_deadline(R.TT38_REPORT, dt.date(year + 1, 3, 31), msg("cycle.title.tt38_report", year=year)))
        out.append(_deadline(R.TT38_PUBLISH, None, msg("cycle.title.tt38_publish", year=year)))
        end = add_months(R.TT38_EFFECTIVE_ASSUMED, R.TT38_TRANSITION_MONTHS)
        out.append(_deadline(R.TT38_TRANSITION, end, msg("cycle.title.tt38_transition")))
    accreditation = any(f.startswith(ACCREDITATION_PREFIXES) for f in frameworks) or any(
        p.criteria and p.criteria.startswith(ACCREDITATION_PREFIXES) for p in programmes
    )
    if accreditation and obj in TT28_OBJECTS:
        out.append(_deadline(R.TT28_RESULT_REPORT, dt.date(year, 12, 24), msg("cycle.title.tt28_result", year=year)))
        out.append(_deadline(R.TT28_QA_REPORT, dt.date(year, 12, 31), msg("cycle.title.tt28_qa", year=year)))
    if obj == TRUNG_HOC_NGHE:
        out.append(_deadline(R.TT46_SELF_ASSESSMENT, None, msg("cycle.title.tt46", year=year)))
    names = {p.code: p.name for p in programmes}
    for cert in certificates or []:
        expiry = cert_expiry(cert)
        who: Msg = (msg("cycle.subject.programme", code=cert.programme, name=names.get(cert.programme, ""))
                    if cert.programme else msg("cycle.subject.school"))
        start = add_months(expiry, -R.CERT_LEAD_MONTHS)
        out.append(_deadline(R.CERT_CYCLE, start, msg("cycle.title.cert_start", who=who),
                             subject=cert.programme, framework=cert.framework))
        out.append(_deadline(R.CERT_EXPIRY, expiry, msg("cycle.title.cert_expiry", who=who),
                             subject=cert.programme, framework=cert.framework))
        if cert.programme and expiry >= dt.date(year, 1, 1):  # TT 28 Điều 13 khoản 2: accredited programmes
            out.append(_deadline(R.TT28_SELF_ASSESSMENT, dt.date(year, 12, 24),
                                 msg("cycle.title.tt28_programme", who=who, year=year),
                                 subject=cert.programme, framework=cert.framework))
    return out


def _order(d: Deadline) -> tuple[int, dt.date]:
    return (1, dt.date.max) if d.date is None else (0, d.date)


def cycle_status(
    today: dt.date,
    year: int,
    frameworks: list[str],
    obj: str,
    programmes: list[Programme] | None = None,
    certificates: list[Certificate] | None = None,
) -> CycleStatus:
    """The deadlines of ``year`` as seen on ``today``: past ones, the next one, the rest, and advice."""
    items = sorted(cycle_deadlines(year, frameworks, obj, programmes, certificates), key=_order)
    upcoming = [d for d in items if d.date is not None and d.date >= today]
    nxt = upcoming[0] if upcoming else None
    dated: list[Deadline] = []
    for d in items:
        if d.date is None:
            state: State = "undated"
        elif d.date < today:
            state = "past"
        else:
            state = "next" if d is nxt else "upcoming"
        days = (d.date - today).days if d.date is not None else None
        dated.append(d.model_copy(update={"state": state, "days": days}))
    advice: list[Msg] = []
    if today > dt.date(year + 1, 3, 31) or (today.year > year and not any(f.startswith("tt38-") for f in frameworks)):
        advice.append(msg("cycle.advice.start_year", year=year, next=year + 1))
    elif today.year > year:
        advice.append(msg("cycle.advice.finish_report", year=year, next=year + 1))
    for d in dated:
        if d.rule == R.CERT_EXPIRY.code and d.state == "past":
            advice.append(msg("cycle.advice.expired", title=d.title))
    if not items:
        advice.append(msg("cycle.advice.nothing"))
    nxt_final = next((d for d in dated if d.state == "next"), None)
    return CycleStatus(today=today, year=year, deadlines=dated, next=nxt_final, advice=advice)
