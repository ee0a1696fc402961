"""accredit: quality self-assessment of Vietnamese vocational schools."""

from accredit.openpyxl_numbers import prepare as _prepare_openpyxl

_prepare_openpyxl()  # openpyxl, when a command opens a workbook, loads without numpy (a third of its cost)
