"""The console script's openpyxl, loaded without numpy: openpyxl's list of numeric cell types made with numpy left out.

openpyxl imports numpy, when it is installed, only to accept numpy's scalars as cell values
(``openpyxl/compat/numbers.py``); accredit writes ``int``, ``float``, ``Decimal`` and text, never a
numpy value, and numpy (installed for other libraries) was a third of what opening any workbook
cost a command. :func:`install` (called by the console script, :mod:`accredit.entry`, never by the
library: a program importing accredit keeps openpyxl as it is) adds an import hook that loads openpyxl's
own ``compat/numbers.py`` with ``import numpy`` failing in it alone, then steps aside; nothing else
changes, and numpy stays importable by everyone else. Nothing is loaded before openpyxl is; it does
nothing once openpyxl or numpy is loaded.
"""

from __future__ import annotations

import builtins
import sys
from collections.abc import Sequence
from importlib.abc import Loader
from importlib.machinery import ModuleSpec, PathFinder
from types import ModuleType
from typing import Any

MODULE = "openpyxl.compat.numbers"


def _without_numpy(name: str, *args: Any, **kwargs: Any) -> Any:
    if name == "numpy" or name.startswith("numpy."):
        raise ImportError(f"{name} is not used by accredit's workbooks")
    return builtins.__import__(name, *args, **kwargs)


class _WithoutNumpy(Loader):
    """Runs openpyxl's own module (its cached bytecode) with ``import numpy`` failing in it."""

    def __init__(self, loader: Any) -> None:
        self._loader = loader

    def create_module(self, spec: ModuleSpec) -> ModuleType | None:
        """The default module (None)."""
        return None

    def exec_module(self, module: ModuleType) -> None:
        """openpyxl's code in ``module``: NUMPY is False and NUMERIC_TYPES has no numpy type."""
        code = self._loader.get_code(module.__name__)
        module.__dict__["__builtins__"] = {**builtins.__dict__, "__import__": _without_numpy}
        exec(code, module.__dict__)


class _BeforeOpenpyxl:
    """An import hook: on openpyxl's module of numeric types, the module found as usual, loaded without numpy."""

    @staticmethod
    def find_spec(name: str, path: Sequence[str] | None = None, target: object = None) -> ModuleSpec | None:
        """None (the usual finders find the module); for ``openpyxl.compat.numbers``, its spec loading it
        without numpy (then the hook is removed)."""
        if name != MODULE:
            return None
        uninstall()
        if "numpy" in sys.modules:
            return None
        spec = PathFinder.find_spec(name, path)
        if spec is None or spec.loader is None or not hasattr(spec.loader, "get_code"):
            return spec
        spec.loader = _WithoutNumpy(spec.loader)
        return spec


def install() -> None:
    """Have openpyxl, when it is first imported, made without numpy (see the module's docstring)."""
    if "openpyxl" not in sys.modules and _BeforeOpenpyxl not in sys.meta_path:
        sys.meta_path.insert(0, _BeforeOpenpyxl)  # type: ignore[arg-type]


def uninstall() -> None:
    """Remove the import hook of :func:`install` (openpyxl then imports as it would)."""
    while _BeforeOpenpyxl in sys.meta_path:
        sys.meta_path.remove(_BeforeOpenpyxl)  # type: ignore[arg-type]
