"""openpyxl without numpy: openpyxl imports numpy (when installed) only to accept numpy scalars as cell
values, which accredit never writes; numpy costs about a tenth of a second of every workbook command.

:func:`install` adds a finder that loads ``openpyxl.compat.numbers`` with ``numpy`` hidden, so
openpyxl takes its no-numpy branch (as on a machine without numpy). Nothing else changes: numpy
imports normally before and after, and if it is already imported openpyxl is left alone.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from importlib.abc import Loader, MetaPathFinder
from importlib.machinery import ModuleSpec, PathFinder
from types import ModuleType

TARGET = "openpyxl.compat.numbers"


class _Hidden(Loader):
    """Runs the real loader with ``numpy`` hidden from ``import``."""

    def __init__(self, loader: Loader) -> None:
        self.loader = loader

    def create_module(self, spec: ModuleSpec) -> ModuleType | None:
        return self.loader.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        hide = "numpy" not in sys.modules
        if hide:
            sys.modules["numpy"] = None  # type: ignore[assignment]  # 'import numpy' raises ImportError
        try:
            self.loader.exec_module(module)
        finally:
            if hide and sys.modules.get("numpy", 0) is None:
                del sys.modules["numpy"]


class _Finder(MetaPathFinder):
    def find_spec(self, name: str, path: Sequence[str] | None, target: ModuleType | None = None) -> ModuleSpec | None:
        if name != TARGET or "numpy" in sys.modules:
            return None
        spec = PathFinder.find_spec(name, path)
        if spec is None or spec.loader is None:
            return None
        spec.loader = _Hidden(spec.loader)
        return spec


def install() -> None:
    """Add the finder once (before openpyxl is imported; later it has no effect)."""
    if not any(isinstance(f, _Finder) for f in sys.meta_path):
        sys.meta_path.insert(0, _Finder())
