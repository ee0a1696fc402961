"""Safe arithmetic expressions used in indicator formulas.

A formula's numerator and denominator are written as plain arithmetic over named inputs,
for example ``"q_n - q_n_minus_2"``. Only numbers, names, ``+ - * /``, unary minus and
parentheses are allowed; anything else is rejected when the criteria file is loaded.
"""

from __future__ import annotations

import ast
from collections.abc import Mapping
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

    def ev(node: ast.expr) -> Decimal:
        if isinstance(node, ast.BinOp):
            left, right = ev(node.left), ev(node.right)
            if isinstance(node.op, ast.Add):
                return left + right
            if isinstance(node.op, ast.Sub):
                return left - right
            if isinstance(node.op, ast.Mult):
                return left * right
            if right == 0:
                raise ZeroDivisionError(expression)
            return left / right
        if isinstance(node, ast.UnaryOp):
            return -ev(node.operand)
        if isinstance(node, ast.Name):
            if node.id not in values:
                raise KeyError(node.id)
            return Decimal(values[node.id])
        assert isinstance(node, ast.Constant)
        return Decimal(str(node.value))

    return ev(_parse(expression))
