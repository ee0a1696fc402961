"""Computing every indicator of a framework from institutional data, exactly as its formula declares.

``value = numerator / denominator × multiplier`` with exact decimals, rounded to the formula's
places with ROUND_HALF_UP (TT 38 Phụ lục II: "làm tròn đến 02 chữ số thập phân"), then compared
with the threshold. Survey-validity conditions are checked first-class: when one fails the
result is ``invalid`` (never met), with the value still shown. ``every_programme`` scopes are
computed per programme and met only if every programme meets. Pure: no I/O.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from decimal import ROUND_HALF_UP, Decimal
from functools import partial

from accredit.i18n.message import Msg, joined, msg
from accredit.indicators.data import Cell, InstitutionData, TableRow
from accredit.indicators.schema import (
    COHORT_INPUTS,
    COHORT_LEARNERS,
    COHORT_MONTHS,
    COHORT_MONTHS_PER_YEAR,
    SHEET_COHORTS,
    SHEET_PROGRAMMES,
)
from accredit.model.assessment import window_years
from accredit.model.expression import evaluate, names_in
from accredit.model.framework import (
    MAX_MAGNITUDE,
    Formula,
    FormulaCondition,
    Framework,
    ObjectType,
    Requirement,
    SurveyCondition,
    in_range,
)
from accredit.model.indicator import (
    ConditionCheck,
    IndicatorReport,
    IndicatorResult,
    IndicatorStatus,
    InputValue,
    ProgrammeValue,
    SurveyCheck,
)
from accredit.scoring.text import COMPARE, fmt_number, fmt_share


def round_value(value: Decimal, places: int) -> Decimal:
    """Round half up to ``places`` decimals."""
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def _needed(formula: Formula, conditions: Sequence[FormulaCondition] = ()) -> list[str]:
    """Inputs the expressions use (the formula's and its conditions'), in declaration order."""
    used: set[str] = set()
    for num, den in [(formula.numerator, formula.denominator), *((c.numerator, c.denominator) for c in conditions)]:
        used |= names_in(num) | (names_in(den) if den else set())
    return [i.name for i in formula.inputs if i.name in used]


def _check_condition(cond: FormulaCondition, values: dict[str, Decimal]) -> tuple[ConditionCheck, Msg | None]:
    """One further condition on the year's values; a zero denominator makes it fail with a problem."""
    num = evaluate(cond.numerator, values)
    den = evaluate(cond.denominator, values) if cond.denominator else None
    if den is not None and den == 0:
        check = ConditionCheck(label=cond.label, unit=cond.unit, comparator=cond.comparator,
                               threshold=cond.threshold, passed=False, article=cond.article)
        return check, msg("scoring.ind.problem.zero", expr=cond.denominator)
    value = round_value((num / den if den is not None else num) * cond.multiplier, cond.rounding)
    passed = COMPARE[cond.comparator](value, cond.threshold)
    return ConditionCheck(label=cond.label, value=value, unit=cond.unit, comparator=cond.comparator,
                          threshold=cond.threshold, passed=passed, article=cond.article), None


def cohort_scale(data: InstitutionData, year: int) -> Cell | None:
    """Q = Σ Nᵢ × Tᵢ / 10 over the courses of ``year`` (TT 38 Phụ lục II, 10-month conversion)."""
    rows = [r for r in data.cohorts if r.year == year]
    if not rows:
        return None
    total = Decimal(0)
    for r in rows:
        n, m = r.values.get(COHORT_LEARNERS), r.values.get(COHORT_MONTHS)
        if n is None or m is None:
            return None
        total += n.value * m.value
    value = total / COHORT_MONTHS_PER_YEAR
    return Cell(value=value, source=msg("scoring.ind.source.cohorts", sheet=SHEET_COHORTS, year=year, count=len(rows)))


def group_total(data: InstitutionData, name: str, year: int) -> Cell | None:
    """The sum of ``name`` over the per-group rows of ``year`` (when the institution total is blank)."""
    for per, rows in data.groups.items():
        cells = [r.values[name] for r in rows if r.year == year and name in r.values]
        if cells:
            total = sum((c.value for c in cells), Decimal(0))
            return Cell(value=total, source=msg("scoring.ind.source.groups", per=per, year=year, count=len(cells)))
    return None


def resolve(data: InstitutionData, name: str, year: int) -> Cell | None:
    """The value of an institution input in ``year``: cohorts for the converted scale, typed cell, sum of groups."""
    if name in COHORT_INPUTS:
        derived = cohort_scale(data, year - COHORT_INPUTS[name])
        if derived is not None:
            return derived
    typed = data.values.get(name, {}).get(year)
    if typed is not None:
        return typed
    return group_total(data, name, year)


def _missing_text(formula: Formula, name: str, year: int, where: str | Msg | None) -> Msg:
    label = next(i.label for i in formula.inputs if i.name == name)
    text = msg("scoring.ind.problem.missing", label=label, name=name, year=year)
    return joined([text, where], " — ") if where else text


def _shown(value: Decimal | None) -> Decimal | None:
    """``value`` when it is within range (it is written into the result), else None."""
    return value if value is not None and value.is_finite() and abs(value) <= MAX_MAGNITUDE else None


def _ratio(
    formula: Formula, values: dict[str, Decimal]
) -> tuple[Decimal | None, Decimal | None, Decimal | None, Msg | None]:
    """(numerator, denominator, rounded value, problem)."""
    num = evaluate(formula.numerator, values)
    den = evaluate(formula.denominator, values) if formula.denominator else None
    if den is not None and den == 0:
        return _shown(num), den, None, msg("scoring.ind.problem.zero", expr=formula.denominator)
    try:
        raw = num / den if den is not None else num
        value = in_range(round_value(raw * formula.multiplier, formula.rounding))
    except (ArithmeticError, ValueError):  # decimal overflow, a quotient too precise to round, out of range
        return _shown(num), _shown(den), None, msg("safety.number.compute", expr=formula.numerator)
    return _shown(num), _shown(den), value, None


def _check_survey(
    cond: SurveyCondition, data: InstitutionData, year: int
) -> tuple[SurveyCheck | None, Msg | None, str | None]:
    """One survey condition; (None, problem, missing input) when its inputs are missing."""
    if cond.kind == "share":
        assert cond.denominator is not None
        n, d = resolve(data, cond.numerator, year), resolve(data, cond.denominator, year)
        if n is None or d is None:
            missing = cond.numerator if n is None else cond.denominator
            return None, msg("scoring.ind.problem.survey_missing", label=cond.label, name=missing, year=year), missing
        share = n.value / d.value if d.value else Decimal(0)
        passed = d.value != 0 and share >= cond.minimum
        detail = msg(
            "scoring.ind.survey.share",
            n=fmt_number(n.value),
            d=fmt_number(d.value),
            share=fmt_share(share),
            minimum=fmt_share(cond.minimum),
        )
        return (
            SurveyCheck(
                label=cond.label,
                kind="share",
                minimum=cond.minimum,
                value=round_value(share, 4),
                passed=passed,
                detail=detail,
                article=cond.article,
            ),
            None,
            None,
        )
    if cond.per:
        rows = [r for r in data.groups.get(cond.per, []) if r.year == year]
        if not rows:
            problem = msg("scoring.ind.problem.survey_groups", label=cond.label, per=cond.per, year=year)
            return None, problem, f"{cond.numerator} ({cond.per})"
        failing = [
            r.key for r in rows if cond.numerator not in r.values or r.values[cond.numerator].value < cond.minimum
        ]
        lowest = min((r.values[cond.numerator].value for r in rows if cond.numerator in r.values), default=None)
        detail = (
            msg("scoring.ind.survey.groups_ok", count=len(rows), minimum=fmt_number(cond.minimum))
            if not failing
            else msg("scoring.ind.survey.groups_failed", groups=", ".join(failing), minimum=fmt_number(cond.minimum))
        )
        return (
            SurveyCheck(
                label=cond.label,
                kind="count",
                minimum=cond.minimum,
                value=lowest,
                passed=not failing,
                failing_groups=failing,
                detail=detail,
                article=cond.article,
            ),
            None,
            None,
        )
    n = resolve(data, cond.numerator, year)
    if n is None:
        problem = msg("scoring.ind.problem.survey_missing", label=cond.label, name=cond.numerator, year=year)
        return None, problem, cond.numerator
    passed = n.value >= cond.minimum
    detail = msg("scoring.ind.survey.count", n=fmt_number(n.value), minimum=fmt_number(cond.minimum))
    return (
        SurveyCheck(
            label=cond.label,
            kind="count",
            minimum=cond.minimum,
            value=n.value,
            passed=passed,
            detail=detail,
            article=cond.article,
        ),
        None,
        None,
    )


def _programme(formula: Formula, row: TableRow, needed: list[str]) -> ProgrammeValue:
    inputs = [
        InputValue(
            name=i.name,
            label=i.label,
            value=row.values[i.name].value if i.name in row.values else None,
            source=row.values[i.name].source if i.name in row.values else None,
        )
        for i in formula.inputs
    ]
    value_of = partial(ProgrammeValue, programme=row.key, name=row.name, inputs=inputs)
    missing = [n for n in needed if n not in row.values]
    if missing:
        problems = [_missing_text(formula, n, row.year, row.source) for n in missing]
        return value_of(status=IndicatorStatus.MISSING, problems=problems)
    num, den, value, problem = _ratio(formula, {k: c.value for k, c in row.values.items()})
    if value is None:
        problems = [problem] if problem else []
        return value_of(numerator=num, denominator=den, status=IndicatorStatus.INVALID, problems=problems)
    met = COMPARE[formula.comparator](value, formula.threshold)
    return value_of(
        numerator=num, denominator=den, value=value, status=IndicatorStatus.MET if met else IndicatorStatus.NOT_MET
    )


def _worst(formula: Formula, values: list[Decimal]) -> Decimal | None:
    if not values:
        return None
    return min(values) if formula.comparator in (">=", ">", "==") else max(values)


def compute_indicator(
    framework: Framework,
    requirement: Requirement,
    data: InstitutionData,
    year: int,
    categories: Collection[str] = (),
) -> IndicatorResult:
    """One requirement's formula for one year, with its full trace.

    ``categories`` are the institution's (``school.categories``): a formula alternative for one
    of them replaces the threshold and conditions (TT 35 1.1 for culture and arts schools).
    """
    f = requirement.formula
    assert f is not None
    threshold, conditions, category = f.for_categories(categories)
    needed = _needed(f, conditions)
    result = partial(IndicatorResult.of_formula, framework.id, requirement, year, article=f.article,
                     threshold=threshold, category=category)
    problems: list[Msg] = []
    missing_inputs: list[str] = []
    survey: list[SurveyCheck] = []
    for cond in f.survey_conditions:
        check, problem, missing_name = _check_survey(cond, data, year)
        if check is not None:
            survey.append(check)
        if problem:
            problems.append(problem)
        if missing_name:
            missing_inputs.append(missing_name)
    survey_missing = bool(problems)

    if f.scope == "every_programme":
        rows = [r for r in data.programmes if r.year == year and any(n in r.values for n in needed)]
        if not rows:
            problems.insert(0, msg("scoring.ind.problem.no_programmes", sheet=SHEET_PROGRAMMES, year=year))
            missing_inputs[:0] = [f"{n} ({SHEET_PROGRAMMES})" for n in needed]
            return result(
                status=IndicatorStatus.MISSING, survey=survey, problems=problems, missing_inputs=missing_inputs
            )
        progs = [_programme(f, r, needed) for r in rows]
        statuses = {p.status for p in progs}
        for p in progs:
            problems.extend(joined([p.programme, x], ": ") for x in p.problems)
            missing_inputs.extend(
                f"{i.name} ({p.programme})"
                for i in p.inputs
                if p.status == IndicatorStatus.MISSING and i.name in needed and i.value is None
            )
        if IndicatorStatus.NOT_MET in statuses:
            status = IndicatorStatus.NOT_MET
        elif IndicatorStatus.MISSING in statuses:
            status = IndicatorStatus.MISSING
        elif IndicatorStatus.INVALID in statuses:
            status = IndicatorStatus.INVALID
        else:
            status = IndicatorStatus.MET
        status = _survey_gate(status, survey, survey_missing, problems)
        value = _worst(f, [p.value for p in progs if p.value is not None])
        return result(
            status=status,
            value=value,
            programmes=progs,
            survey=survey,
            problems=problems,
            missing_inputs=missing_inputs if status == IndicatorStatus.MISSING else [],
        )

    cells = {i.name: resolve(data, i.name, year) for i in f.inputs}
    inputs = [
        InputValue(name=i.name, label=i.label, value=c.value if c else None, source=c.source if c else None)
        for i in f.inputs
        for c in (cells[i.name],)
    ]
    missing = [n for n in needed if cells[n] is None]
    if missing:
        problems[:0] = [_missing_text(f, n, year, None) for n in missing]
        return result(
            status=IndicatorStatus.MISSING,
            inputs=inputs,
            survey=survey,
            problems=problems,
            missing_inputs=[*missing, *missing_inputs],
        )
    values = {n: c.value for n, c in cells.items() if c is not None}
    num, den, value, problem = _ratio(f, values)
    if value is None:
        return result(
            status=IndicatorStatus.INVALID,
            inputs=inputs,
            numerator=num,
            denominator=den,
            survey=survey,
            problems=[*([problem] if problem else []), *problems],
        )
    met = COMPARE[f.comparator](value, threshold)
    checks: list[ConditionCheck] = []
    for condition in conditions:
        checked, problem = _check_condition(condition, values)
        checks.append(checked)
        if problem:
            problems.append(problem)
    met = met and all(c.passed for c in checks)
    status = _survey_gate(IndicatorStatus.MET if met else IndicatorStatus.NOT_MET, survey, survey_missing, problems)
    return result(
        status=status,
        value=value,
        inputs=inputs,
        numerator=num,
        denominator=den,
        survey=survey,
        conditions=checks,
        problems=problems,
        missing_inputs=missing_inputs if status == IndicatorStatus.MISSING else [],
    )


def _survey_gate(
    status: IndicatorStatus, survey: list[SurveyCheck], survey_missing: bool, problems: list[Msg]
) -> IndicatorStatus:
    """Invalid survey data are never met; missing survey data leave the indicator missing."""
    if any(not s.passed for s in survey):
        problems.extend(
            msg("scoring.ind.problem.survey_failed", label=s.label, detail=s.detail) for s in survey if not s.passed
        )
        return IndicatorStatus.INVALID if status != IndicatorStatus.MISSING else status
    if survey_missing and status in (IndicatorStatus.MET, IndicatorStatus.NOT_MET):
        return IndicatorStatus.MISSING
    return status


def compute_indicators(
    framework: Framework,
    data: InstitutionData,
    year: int,
    object_type: ObjectType | None = None,
    *,
    source: str | None = None,
    categories: Collection[str] = (),
) -> IndicatorReport:
    """Every formula of ``framework`` for every year of its window, oldest year first per requirement.

    ``categories``: the institution's categories (alternative thresholds, see :func:`compute_indicator`).
    """
    results = [
        compute_indicator(framework, r, data, y, categories)
        for r in framework.requirements
        if r.formula is not None
        for y in window_years(framework, r, year, object_type)
    ]
    return IndicatorReport(
        framework=framework.id,
        framework_version=framework.content_hash,
        year=year,
        source=source if source is not None else data.source,
        results=results,
    )
