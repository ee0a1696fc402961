"""The cover letter (công văn) draft that goes with a package: what the Sở checks before opening it.

It states the package's file name, size and SHA-256 (the inspector passes it to
``accredit review --expect-sha256``), and the fingerprint and public key of the school key that
signed it, so the Sở can register the key or compare it with the registered one. The school
completes the number, date and signature on its letterhead; signing the final document with a
CA certificate (chữ ký số) is the school's own step, outside this tool.
"""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document
from docx.shared import Pt

from accredit.i18n import t
from accredit.model.package import PackageResult
from accredit.model.school import SchoolInfo
from accredit.safe_text import clean_text
from accredit.signing.keys import show_fingerprint
from accredit.workspace import write_atomic

COVER_SUFFIX = ".cong-van.docx"


def cover_letter_path(package: Path) -> Path:
    """``ho-so-nop_2026_KTM.zip`` → ``ho-so-nop_2026_KTM.cong-van.docx`` beside it."""
    return package.with_name(package.stem + COVER_SUFFIX)


def is_cover_letter(name: str) -> bool:
    """Whether a file name is a cover letter written by :func:`write_cover_letter`."""
    return name.lower().endswith(COVER_SUFFIX)


def render_cover_letter(result: PackageResult, school: SchoolInfo, public_key: str | None) -> bytes:
    """The cover letter as DOCX bytes (``public_key``: the signing key's file text, None when unsigned)."""
    doc = Document()
    table = doc.add_table(rows=1, cols=2)
    left = [school.name.upper(), t("sign.cover.number")]
    right = [t("sign.cover.nation"), t("sign.cover.motto"), t("sign.cover.place_date", province=school.province or "…")]
    for cell, lines in zip(table.rows[0].cells, (left, right), strict=True):
        cell.text = clean_text(lines[0])
        for line in lines[1:]:
            cell.add_paragraph(clean_text(line))
    doc.add_paragraph(clean_text(t("sign.cover.subject", year=result.year)))
    doc.add_paragraph(clean_text(t("sign.cover.to", province=school.province or "…")))
    doc.add_paragraph(clean_text(t("sign.cover.body", school=school.name, year=result.year)))
    rows = [
        (t("sign.cover.file"), Path(result.path).name),
        (t("sign.cover.size"), t("sign.cover.bytes", size=result.size)),
        ("SHA-256", result.sha256),
        (t("sign.cover.code"), school.code or "—"),
    ]
    if result.signed_by:
        rows.append((t("sign.cover.fingerprint"), show_fingerprint(result.signed_by)))
    facts = doc.add_table(rows=0, cols=2)
    for label, value in rows:
        cells = facts.add_row().cells
        cells[0].text, cells[1].text = clean_text(label), clean_text(value)
    if result.signed_by and public_key:
        doc.add_paragraph(clean_text(t("sign.cover.key_intro")))
        para = doc.add_paragraph()
        run = para.add_run(clean_text(public_key))
        run.font.name = "Courier New"
        run.font.size = Pt(8)
    else:
        doc.add_paragraph(clean_text(t("sign.cover.unsigned")))
    doc.add_paragraph(clean_text(t("sign.cover.check")))
    doc.add_paragraph(clean_text(t("sign.cover.ca_note")))
    doc.add_paragraph(clean_text(t("sign.cover.signature")))
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def write_cover_letter(result: PackageResult, school: SchoolInfo, public_key: str | None) -> Path:
    """Write the cover letter beside the package (atomically, replacing the previous one); returns its path."""
    path = cover_letter_path(Path(result.path))
    write_atomic(path, render_cover_letter(result, school, public_key))
    return path
