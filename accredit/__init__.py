"""accredit: quality self-assessment of Vietnamese vocational schools."""

from accredit.openpyxl_numbers import install as _openpyxl_without_numpy

_openpyxl_without_numpy()  # when a command opens a workbook, openpyxl loads without numpy (a third of its cost)
