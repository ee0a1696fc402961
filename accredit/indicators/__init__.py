"""Indicators from institutional data: the data workbook's schema, template, reader and the formulas.

The computation (:func:`compute_indicators`) is pure; reading and writing workbooks are adapters.
The names below are imported on first use, so computing indicators (e.g. in a roll-up worker)
never loads the workbook library.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from accredit.indicators.compute import compute_indicator, compute_indicators, round_value
    from accredit.indicators.data import Cell, InstitutionData, TableRow
    from accredit.indicators.reader import read_institution_data
    from accredit.indicators.schema import DataSchema, build_schema, data_years
    from accredit.indicators.template import DataWorkbookError, write_data_template

_HOMES = {
    "compute_indicator": "compute",
    "compute_indicators": "compute",
    "round_value": "compute",
    "Cell": "data",
    "InstitutionData": "data",
    "TableRow": "data",
    "read_institution_data": "reader",
    "DataSchema": "schema",
    "build_schema": "schema",
    "data_years": "schema",
    "DataWorkbookError": "template",
    "write_data_template": "template",
}

__all__ = [
    "Cell",
    "DataSchema",
    "DataWorkbookError",
    "InstitutionData",
    "TableRow",
    "build_schema",
    "compute_indicator",
    "compute_indicators",
    "data_years",
    "read_institution_data",
    "round_value",
    "write_data_template",
]


def __getattr__(name: str) -> Any:
    """The public name from its module, imported on first use."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{home}"), name)
