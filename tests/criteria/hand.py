"""A formula computed by hand, apart from accredit.indicators, so the criteria tests check the files on their own."""

from __future__ import annotations

from decimal import Decimal

from accredit.model.expression import evaluate
from accredit.model.framework import Formula


def formula_value(formula: Formula, values: dict[str, int]) -> Decimal:
    """value = numerator / denominator × multiplier, rounded as the formula says."""
    data = {k: Decimal(v) for k, v in values.items()}
    value = evaluate(formula.numerator, data)
    if formula.denominator is not None:
        value = value / evaluate(formula.denominator, data)
    return round(value * formula.multiplier, formula.rounding)
