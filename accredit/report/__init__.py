"""Reports: one input (:class:`ReportInput`), four formats (xlsx, html, docx, json), written atomically.

>>> from accredit.report import ReportInput, write_reports
>>> paths = write_reports(report_input, out_dir, ["xlsx", "html"])  # doctest: +SKIP
"""

from accredit.report.model import FORMATS, FrameworkSection, ReportInput
from accredit.report.write import ReportError, parse_formats, report_path, write_reports

__all__ = ["FORMATS", "FrameworkSection", "ReportError", "ReportInput", "parse_formats", "report_path", "write_reports"]
