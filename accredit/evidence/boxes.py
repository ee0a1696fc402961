"""Export a hộp minh chứng: the linked evidence copied into a folder tree in the codes' layout.

``<target>/<regulation>/Hộp <n> - Tiêu chí <x>/Tiêu chuẩn <x.y>/<code> <title>.<ext>``, one copy
per counted link (confirmed suggestions, manual links, codes in names), with a danh mục workbook
at the top listing every copy. Originals are only read (copied with their dates), never moved or
renamed. Every written path is checked to lie inside the chosen folder; the folder must be new or
empty and outside the evidence folder (a re-scan would otherwise index the copies).
"""

from __future__ import annotations

import io
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook

from accredit.errors import AccreditError
from accredit.evidence.assign import format_code, item_of, scheme_for
from accredit.i18n import t
from accredit.model.evidence import EvidenceLink, EvidenceRecord
from accredit.model.framework import Framework
from accredit.safe_text import put
from accredit.workspace import write_atomic

LIST_NAME = "danh-muc-hop-minh-chung.xlsx"
_BAD = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
NAME_CHARS = 90  # per path component, so the tree stays well under Windows' 260 characters


class BoxError(AccreditError):
    """The export folder cannot be used."""


@dataclass(frozen=True)
class BoxRow:
    """One copied file."""

    framework: str
    criterion: str
    requirement: str
    code: str
    title: str
    source: str
    copy: str


_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


def safe_name(text: str, limit: int = NAME_CHARS) -> str:
    """A file or folder name valid on Windows: no reserved characters or device names, no trailing dots
    or spaces, no '..'."""
    name = " ".join(re.sub(r"\.{2,}", " ", _BAD.sub(" ", text)).split())[:limit].strip(" .")
    if name.split(".")[0].upper() in _RESERVED:
        name = f"_{name}"
    return name or "_"


def _inside(root: Path, path: Path) -> bool:
    try:
        path.resolve().relative_to(root.resolve())
        return True
    except ValueError:
        return False


def plan(
    frameworks: list[Framework], records: list[EvidenceRecord], links: list[EvidenceLink], setting: str = "auto"
) -> list[BoxRow]:
    """Where each counted link's file goes (no file is touched)."""
    by_id = {r.evidence_id: r for r in records}
    fws = {f.id: f for f in frameworks}
    rows: list[BoxRow] = []
    numbers: dict[tuple[str, str], int] = {}
    folders = {f.id: safe_name(f.regulation.number.replace("/", "-")) for f in frameworks}
    if len(set(folders.values())) < len(folders):  # two objects of one regulation: add the object
        folders = {fid: safe_name(f"{name} {fid.split('/')[-1]}") for fid, name in folders.items()}
    ordered = sorted((x for x in links if x.counts and x.framework in fws),
                     key=lambda x: (x.framework, fws[x.framework].requirements.index(fws[x.framework].requirement(
                         x.requirement)), x.evidence_code or "~", x.path))
    for x in ordered:
        rec = by_id.get(x.evidence_id)
        if rec is None:
            continue
        fw = fws[x.framework]
        crit = fw.criterion_of(x.requirement)
        key = (x.framework, x.requirement)
        code = x.evidence_code or (rec.codes[0].text if rec.codes else None)
        if code is None:
            numbers[key] = numbers.get(key, 0) + 1
            code = format_code(fw, x.requirement, numbers[key], scheme_for(fw, setting))
        else:
            numbers[key] = max(numbers.get(key, 0), item_of(code) or 0)
        box = f"Hộp {crit.code} - {crit.label}" if crit.code.isdigit() else crit.label
        req = fw.requirement(x.requirement)
        ext = Path(rec.path).suffix.lower()
        title = safe_name(f"{code} {rec.title}", NAME_CHARS - len(ext)) + ext
        copy = "/".join((folders[x.framework], safe_name(box), safe_name(req.label), title))
        rows.append(BoxRow(x.framework, crit.code, x.requirement, code, rec.title, rec.path, copy))
    return rows


def export(
    target: Path,
    evidence_dir: Path,
    frameworks: list[Framework],
    records: list[EvidenceRecord],
    links: list[EvidenceLink],
    setting: str = "auto",
) -> list[BoxRow]:
    """Copy the files into ``target`` and write its danh mục; returns what was copied."""
    target = target.expanduser()
    if _inside(evidence_dir, target):
        raise BoxError(t("evidence.boxes.inside_evidence", path=str(target)))
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise BoxError(t("evidence.boxes.not_empty", path=str(target)))
    rows = plan(frameworks, records, links, setting)
    target.mkdir(parents=True, exist_ok=True)
    seen: set[str] = set()
    out: list[BoxRow] = []
    for row in rows:
        copy = row.copy
        stem, dot, ext = copy.rpartition(".")
        n = 2
        while copy.lower() in seen:  # one file in one standard twice (two codes): keep both
            copy = f"{stem} ({n}).{ext}" if dot else f"{copy} ({n})"
            n += 1
        seen.add(copy.lower())
        src = evidence_dir / row.source
        dst = target / copy
        if not _inside(target, dst) or not _inside(evidence_dir, src):
            raise BoxError(t("evidence.boxes.outside", path=copy))
        try:
            dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dst)
        except OSError as exc:
            raise BoxError(t("evidence.boxes.copy_failed", path=row.source, error=str(exc))) from exc
        out.append(BoxRow(row.framework, row.criterion, row.requirement, row.code, row.title, row.source, copy))
    write_atomic(target / LIST_NAME, _workbook(out, frameworks))
    return out


def _workbook(rows: list[BoxRow], frameworks: list[Framework]) -> bytes:
    """The danh mục of the box: one sheet, one row per copy."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Danh mục"
    heads = ["TT", "Bộ tiêu chí", "Tiêu chí", "Tiêu chuẩn", "Mã minh chứng", "Tên minh chứng", "Tệp trong hộp",
             "Tệp gốc"]
    names = {f.id: f.regulation.number for f in frameworks}
    for c, h in enumerate(heads, 1):
        put(ws.cell(1, c), h)
    for i, r in enumerate(rows, 1):
        for c, v in enumerate((i, names.get(r.framework, ""), r.criterion, r.requirement, r.code, r.title, r.copy,
                               r.source), 1):
            put(ws.cell(i + 1, c), v)
    for col, width in zip("ABCDEFGH", (5, 22, 9, 11, 16, 60, 60, 50), strict=True):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A2"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
