"""openpyxl without numpy: its list of numeric cell types made before openpyxl first loads, numpy left out.

openpyxl imports numpy, when it is installed, only to accept numpy's scalars as cell values
(``openpyxl/compat/numbers.py``); accredit writes ``int``, ``float``, ``Decimal`` and text, never a
numpy value, and numpy (installed for other libraries) was a third of what opening any workbook
cost a command. :func:`prepare` runs openpyxl's own module there, with ``import numpy`` failing in
it alone, and leaves the result where openpyxl's import finds it; nothing else changes, and numpy
stays importable by everyone else. :func:`install` makes that happen when openpyxl is first imported
(nothing is loaded before); it does nothing once openpyxl or numpy is loaded, or where openpyxl is not
installed.
"""

from __future__ import annotations

import builtins
import sys
import types
from importlib.util import find_spec
from pathlib import Path
from typing import Any

MODULE = "openpyxl.compat.numbers"


def _without_numpy(name: str, *args: Any, **kwargs: Any) -> Any:
    if name == "numpy" or name.startswith("numpy."):
        raise ImportError(f"{name} is not used by accredit's workbooks")
    return builtins.__import__(name, *args, **kwargs)


class _BeforeOpenpyxl:
    """An import hook that, on openpyxl's first import, runs :func:`prepare` and steps aside."""

    @staticmethod
    def find_spec(name: str, path: object = None, target: object = None) -> None:
        """None (the usual finders find the module); on ``openpyxl``, :func:`prepare` first."""
        if name == "openpyxl":
            uninstall()
            prepare()


def install() -> None:
    """Have openpyxl, when it is first imported, made without numpy (see the module's docstring)."""
    if "openpyxl" not in sys.modules and _BeforeOpenpyxl not in sys.meta_path:
        sys.meta_path.insert(0, _BeforeOpenpyxl)  # type: ignore[arg-type]


def uninstall() -> None:
    """Remove the import hook of :func:`install` (openpyxl then imports as it would)."""
    while _BeforeOpenpyxl in sys.meta_path:
        sys.meta_path.remove(_BeforeOpenpyxl)  # type: ignore[arg-type]


def prepare() -> None:
    """Make openpyxl's numeric types without importing numpy (see the module's docstring)."""
    if MODULE in sys.modules or "openpyxl" in sys.modules or "numpy" in sys.modules:
        return
    try:
        spec = find_spec("openpyxl")
    except (ImportError, ValueError):
        return
    if spec is None or not spec.submodule_search_locations:
        return
    source = Path(next(iter(spec.submodule_search_locations))) / "compat" / "numbers.py"
    try:
        code = compile(source.read_bytes(), str(source), "exec")
    except (OSError, SyntaxError, ValueError):
        return
    module = types.ModuleType(MODULE)
    module.__file__ = str(source)
    module.__package__ = "openpyxl.compat"
    module.__dict__["__builtins__"] = {**builtins.__dict__, "__import__": _without_numpy}
    exec(code, module.__dict__)  # openpyxl's own module: NUMPY is False, NUMERIC_TYPES without numpy's
    sys.modules.setdefault(MODULE, module)
