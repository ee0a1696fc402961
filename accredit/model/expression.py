"""Safe arithmetic expressions used in indicator formulas.

A formula's numerator and denominator are written as plain arithmetic over named inputs,
for example ``"q_n - q_n_minus_2"``. Only numbers, names, ``+ - * /``, unary minus and
parentheses are allowed; anything else is rejected when the criteria file is loaded.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Mapping
from decimal import Decimal
from functools import lru_cache

_ALLOWED_BINOPS = (ast.Add, ast.Sub, ast.Mult, ast.Div)


class ExpressionError(ValueError):
    """Raised when an expression uses syntax outside the allowed arithmetic subset."""


@lru_cache(maxsize=4096)  # a framework's few formulas are evaluated for every school and year
def _parse(expression: str) -> ast.expr:
    try:
        tree = ast.parse(expression, mode="eval")
    except SyntaxError as exc:
        raise ExpressionError(f"không phân tích được biểu thức {expression!r}: {exc.msg}") from exc
    _check(tree.body, expression)
    return tree.body


def _check(node: ast.AST, expression: str) -> None:
    if isinstance(node, ast.BinOp) and isinstance(node.op, _ALLOWED_BINOPS):
        _check(node.left, expression)
        _check(node.right, expression)
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        _check(node.operand, expression)
    elif isinstance(node, ast.Name) or (
        isinstance(node, ast.Constant) and isinstance(node.value, int | float) and not isinstance(node.value, bool)
    ):
        return
    else:
        raise ExpressionError(
            f"biểu thức {expression!r} chỉ được dùng số, tên biến, + - * / và dấu ngoặc"
        )


def names_in(expression: str) -> set[str]:
    """Return the input names an expression refers to (validating its syntax)."""
    return set(_names(expression))


@lru_cache(maxsize=4096)
def _names(expression: str) -> frozenset[str]:
    return frozenset(n.id for n in ast.walk(_parse(expression)) if isinstance(n, ast.Name))


def evaluate(expression: str, values: Mapping[str, Decimal]) -> Decimal:
    """Evaluate an expression with exact decimal arithmetic.

    Raises ``KeyError`` naming a missing input and ``ZeroDivisionError`` on division by zero.
    """
    return _compiled(expression)(values)


Evaluator = Callable[[Mapping[str, Decimal]], Decimal]


@lru_cache(maxsize=4096)  # a framework's few formulas are evaluated for every school, year and programme
def _compiled(expression: str) -> Evaluator:
    """The expression as nested functions of the values, built once: walking its tree for every evaluation
    (a node type test per node) was most of an indicator's arithmetic. Operands are evaluated left first."""
    return _compile(_parse(expression), expression)


def _compile(node: ast.expr, expression: str) -> Evaluator:
    if isinstance(node, ast.BinOp):
        left, right = _compile(node.left, expression), _compile(node.right, expression)
        if isinstance(node.op, ast.Add):
            return lambda values: left(values) + right(values)
        if isinstance(node.op, ast.Sub):
            return lambda values: left(values) - right(values)
        if isinstance(node.op, ast.Mult):
            return lambda values: left(values) * right(values)

        def divide(values: Mapping[str, Decimal]) -> Decimal:
            a, b = left(values), right(values)
            if b == 0:
                raise ZeroDivisionError(expression)
            return a / b

        return divide
    if isinstance(node, ast.UnaryOp):
        operand = _compile(node.operand, expression)
        return lambda values: -operand(values)
    if isinstance(node, ast.Name):
        name = node.id

        def read(values: Mapping[str, Decimal]) -> Decimal:
            if name not in values:
                raise KeyError(name)
            return Decimal(values[name])

        return read
    assert isinstance(node, ast.Constant)
    constant = Decimal(str(node.value))
    return lambda values: constant
