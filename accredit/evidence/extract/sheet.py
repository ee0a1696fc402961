"""XLSX through openpyxl in read-only mode: every sheet's cell values, row by row."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from accredit.evidence.extract.base import Extraction, ExtractOptions, clean_text, short
from accredit.evidence.extract.word import is_ole


def read(path: Path, options: ExtractOptions) -> Extraction:
    """Cell values (cached results for formulas), one line per row, sheets headed by their name."""
    if is_ole(path):
        return Extraction.failed("office_encrypted")
    try:
        wb = openpyxl.load_workbook(str(path), read_only=True, data_only=True)
    except Exception as exc:  # zipfile, KeyError, XML errors…
        return Extraction.failed("office_corrupt", short(exc))
    lines: list[str] = []
    total = 0
    try:
        for ws in wb.worksheets:
            lines.append(f"# {ws.title}")
            for row in ws.iter_rows(values_only=True):
                values = [str(v) for v in row if v is not None and str(v).strip()]
                if values:
                    line = "\t".join(values)
                    lines.append(line)
                    total += len(line)
                    if total >= options.max_chars:
                        break
            if total >= options.max_chars:
                break
        sheets = len(wb.sheetnames)
    except Exception as exc:
        return Extraction.failed("office_corrupt", short(exc))
    finally:
        wb.close()
    result = Extraction(text=clean_text("\n".join(lines), options.max_chars))
    result.notes.append(f"sheets={sheets}")
    return result
