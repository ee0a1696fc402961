"""Indicators from institutional data: the data workbook's schema, template, reader and the formulas.

The computation (:func:`compute_indicators`) is pure; reading and writing workbooks are adapters.
"""

from accredit.indicators.compute import compute_indicator, compute_indicators, round_value
from accredit.indicators.data import Cell, InstitutionData, TableRow
from accredit.indicators.reader import read_institution_data
from accredit.indicators.schema import DataSchema, build_schema, data_years
from accredit.indicators.template import DataWorkbookError, write_data_template

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
