"""A school's workspace: ``accredit.toml`` plus the evidence, data, output and cache folders.

Every command finds the workspace from ``--workspace`` or by walking up from the current
directory to the first folder holding ``accredit.toml``.
"""

from __future__ import annotations

import datetime as dt
import glob
import os
import re
import tempfile
import time
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Literal

import tomli_w
from pydantic import Field, ValidationError, field_validator

from accredit.errors import AccreditError
from accredit.i18n import t
from accredit.model.base import Model
from accredit.model.framework import FrameworkId
from accredit.model.school import SchoolInfo
from accredit.programmes.model import Certificate, Programme

CONFIG_NAME = "accredit.toml"


class AssessmentSettings(Model):
    """What is assessed and when."""

    year: int = Field(ge=2000, le=2100)
    frameworks: list[FrameworkId] = Field(min_length=1)
    target: FrameworkId | None = Field(default=None, description="Framework the roadmap aims at.")
    gate_years: dict[FrameworkId, int] = Field(
        default_factory=dict,
        description="Planned year a prerequisite is obtained, e.g. accreditation under TT 14/2024 "
        "(the roadmap's --gate-year, kept in the workspace).",
    )


class PathSettings(Model):
    """Folder names relative to the workspace root."""

    evidence: str = "evidence"
    data: str = "data"
    output: str = "output"
    cache: str = ".accredit"


class EvidenceSettings(Model):
    """Evidence options; empty ``code_patterns`` means the built-in defaults.

    ``code_scopes`` maps a folder of the evidence folder to the framework whose codes its files
    carry (e.g. ``"TT35 - Trường CĐ chất lượng cao" = "tt35-2021/truong-cao-dang"``), so that a
    code such as ``MC.1.1.01`` links to TT 35 standard 1.1 only, not to requirement 1.1 of every
    framework of the workspace.
    """

    code_patterns: list[str] = Field(default_factory=list)
    code_scopes: dict[str, FrameworkId] = Field(default_factory=dict)
    assign_scheme: Literal["auto", "h-box", "mc", "none"] = Field(
        default="auto",
        description="Codes given to confirmed files without one (accredit.evidence.assign): auto = [Hn.ab.cd.ef] "
        "for accreditation frameworks, MC.x.y.zz for others.",
    )


class ToolSettings(Model):
    """Where the optional programs are, when they are neither on PATH nor in their standard folders.

    Each value is the program or the folder holding it, e.g. ``tesseract = 'D:/OCR/Tesseract-OCR'``,
    ``soffice = 'C:/Program Files/LibreOffice/program/soffice.exe'`` (see :mod:`accredit.tools`).
    """

    tesseract: str | None = None
    soffice: str | None = None

    @field_validator("tesseract", "soffice")
    @classmethod
    def _no_escapes(cls, value: str | None) -> str | None:
        # "D:\new\tesseract.exe" in double quotes is valid TOML, but \n and \t became a newline and a tab
        if value is not None and any(ord(c) < 32 for c in value):
            raise ValueError(t("system.toml.backslash_value"))
        return value


class DocumentSettings(Model):
    """How the Word documents are headed and signed (thể thức of Nghị định 30/2020/NĐ-CP).

    Everything is optional: what is left out is printed as a highlighted blank for a person to
    fill in by hand, and counted on the console.
    """

    superior: str | None = Field(default=None, description="Cơ quan chủ quản, e.g. 'UBND TỈNH LẠNG SƠN'.")
    place: str | None = Field(default=None, description="Địa danh of the date line (default: the province).")
    number: str | None = Field(default=None, description="Số, ký hiệu, e.g. '125/BC-CĐN' (all documents).")
    numbers: dict[str, str] = Field(
        default_factory=dict,
        description="Số, ký hiệu per document: keys 'tu-danh-gia', 'chuan-co-so', 'ket-qua', 'bien-ban'.",
    )
    date: dt.date | None = Field(default=None, description="Ngày ký (TOML date; default: left blank to fill in).")
    signer: str | None = Field(default=None, description="Họ và tên người ký.")
    signer_title: str = Field(default="HIỆU TRƯỞNG", description="Chức vụ người ký.")
    recipients: list[str] = Field(default_factory=list, description="Nơi nhận (before 'Lưu: VT').")
    addressee: str | None = Field(default=None, description="Kính gửi: the managing agency of the annual report.")
    council_decision: str | None = Field(
        default=None, description="The decision that set up the Hội đồng tự đánh giá (TT 28/2017 Điều 16)."
    )
    council: list[str] = Field(default_factory=list, description="Members: 'Họ tên — chức vụ — vai trò'.")
    timeline: list[str] = Field(default_factory=list, description="Steps of the self-assessment: 'time — step'.")


class WorkspaceConfig(Model):
    """The content of ``accredit.toml``."""

    school: SchoolInfo
    assessment: AssessmentSettings
    paths: PathSettings = Field(default_factory=PathSettings)
    evidence: EvidenceSettings = Field(default_factory=EvidenceSettings)
    tools: ToolSettings = Field(default_factory=ToolSettings)
    documents: DocumentSettings = Field(default_factory=DocumentSettings)
    programmes: list[Programme] = Field(default_factory=list, description="[[programmes]]: accredit.programmes.")
    certificates: list[Certificate] = Field(default_factory=list, description="[[certificates]]: accreditation.")


class WorkspaceError(AccreditError):
    """No workspace found, or its configuration is invalid."""


class Workspace:
    """A workspace on disk: its root folder and parsed configuration.

    ``shared_index``: the evidence folder and index are another workspace's (a programme seen as a workspace of
    its own reads the school's); that workspace keeps them, backs them up and rebuilds them."""

    def __init__(self, root: Path, config: WorkspaceConfig, *, shared_index: bool = False) -> None:
        self.root = root
        self.config = config
        self.shared_index = shared_index

    @property
    def config_path(self) -> Path:
        """``accredit.toml``."""
        return self.root / CONFIG_NAME

    @property
    def evidence_dir(self) -> Path:
        """Folder holding the evidence files (never modified by the tool)."""
        return self.root / self.config.paths.evidence

    @property
    def data_dir(self) -> Path:
        """Folder holding institutional data and ratings workbooks."""
        return self.root / self.config.paths.data

    @property
    def output_dir(self) -> Path:
        """Folder the reports are written to."""
        return self.root / self.config.paths.output

    @property
    def cache_dir(self) -> Path:
        """Hidden folder for the evidence index and other derived state."""
        return self.root / self.config.paths.cache

    def ensure_dirs(self) -> None:
        """Create the workspace folders that do not exist yet."""
        for d in (self.evidence_dir, self.data_dir, self.output_dir, self.cache_dir):
            make_dirs(d)


def make_dirs(path: Path) -> Path:
    """Create ``path`` and its parents when missing; a failure is a :class:`WorkspaceError` naming the folder."""
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WorkspaceError(t("safety.mkdir", path=str(path), detail=exc.strerror or str(exc))) from exc
    return path


class OutputError(AccreditError):
    """An output file could not be written: open in Excel or Word (locked on Windows), read-only, disk full.

    The one error every writer raises for it (through :func:`write_atomic` or :func:`writing`), so every
    command says the same thing: which file, and to close it and run again.
    """

    def __init__(self, path: Path, exc: OSError) -> None:
        self.path = Path(path)
        if isinstance(exc, PermissionError):
            message = t("system.write.locked", path=str(path))
        else:
            message = t("system.write.failed", path=str(path), error=exc.strerror or str(exc))
        super().__init__(message)


@contextmanager
def writing(path: Path) -> Iterator[None]:
    """Turn an ``OSError`` raised while writing the output ``path`` into an :class:`OutputError`."""
    try:
        yield
    except OSError as exc:
        raise OutputError(path, exc) from exc


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


STALE_TEMP_AGE = 3600
"""Seconds after which a temporary file of an atomic write is a leftover of an interrupted run."""


def remove_stale_temps(path: Path, *, now: float | None = None) -> list[Path]:
    """Remove the leftovers (``.<name>.*.tmp``, older than :data:`STALE_TEMP_AGE`) of interrupted writes of ``path``.

    A write killed before its rename (power cut, ``kill -9``) leaves its hidden temporary file;
    the next write of the same file removes it. A younger one may belong to a write still
    running, and is left alone.
    """
    limit = (time.time() if now is None else now) - STALE_TEMP_AGE
    removed: list[Path] = []
    try:
        candidates = list(path.parent.glob(f".{glob.escape(path.name)}.*.tmp"))
    except OSError:
        return removed
    for tmp in candidates:
        try:
            if tmp.is_file() and not tmp.is_symlink() and tmp.stat().st_mtime < limit:
                tmp.unlink()
                removed.append(tmp)
        except OSError:
            continue
    return removed


@contextmanager
def atomic_file(path: Path) -> Iterator[BinaryIO]:
    """A file to write ``path`` through: a hidden temporary beside it, renamed over ``path`` when the block ends.

    On any failure the temporary file is removed and ``path`` is left as it was; the result gets
    the mode a plain write would give (or the old file's), not the 0600 of a temporary file.
    Leftovers of earlier interrupted writes are removed first (:func:`remove_stale_temps`).
    A file that cannot be written (open in Excel on Windows, read-only, disk full) raises
    :class:`OutputError` naming it; errors of the caller's own block pass through unchanged.
    """
    make_dirs(path.parent)
    with writing(path):
        remove_stale_temps(path)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w+b") as fh:
            yield fh
            with writing(path):
                fh.flush()
                os.fsync(fh.fileno())
        with writing(path):  # a file open in Excel cannot be replaced on Windows: say so
            mode = path.stat().st_mode & 0o7777 if path.exists() else 0o666 & ~_umask()
            os.chmod(tmp, mode)
            os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_atomic(path: Path, data: bytes | str) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename, so a crash never leaves half a file."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    with atomic_file(path) as fh:
        fh.write(payload)


def load_workspace(root: Path) -> Workspace:
    """Read ``root/accredit.toml``; errors name the file and the field."""
    path = root / CONFIG_NAME
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise WorkspaceError(t("workspace.error.no_config", path=path)) from exc
    except tomllib.TOMLDecodeError as exc:
        raise WorkspaceError(t("workspace.error.toml", path=path, error=exc) + backslash_hint(path, exc)) from exc
    except UnicodeDecodeError as exc:
        raise WorkspaceError(t("safety.config.not_utf8", path=str(path), byte=f"0x{exc.object[exc.start]:02x}",
                               offset=exc.start)) from exc
    except OSError as exc:
        raise WorkspaceError(t("safety.config.unreadable", path=str(path), detail=exc.strerror or str(exc))) from exc
    try:
        config = WorkspaceConfig.model_validate(raw)
    except ValidationError as exc:
        lines = [f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()]
        raise WorkspaceError(f"{path}:\n  " + "\n  ".join(lines)) from exc
    return Workspace(root.resolve(), config)


def backslash_hint(path: Path, exc: tomllib.TOMLDecodeError) -> str:
    """A hint when the faulty line has a Windows path with backslashes in double quotes ("C:\\Users\\…")."""
    match = re.search(r"at line (\d+)", str(exc))
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return ""
    line = lines[int(match.group(1)) - 1] if match and 0 < int(match.group(1)) <= len(lines) else ""
    if "\\" in line and '"' in line:
        return "\n  " + t("system.toml.backslash")
    return ""


def find_workspace(start: Path | None = None) -> Workspace:
    """The workspace holding ``start`` (default: the current directory), searching upwards."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / CONFIG_NAME).is_file():
            return load_workspace(folder)
    raise WorkspaceError(t("workspace.error.not_found", config=CONFIG_NAME, path=here))


def init_workspace(root: Path, config: WorkspaceConfig, *, overwrite: bool = False) -> Workspace:
    """Create a workspace at ``root``: config file and folders. Never overwrites an existing config unless asked."""
    path = root / CONFIG_NAME
    if path.exists() and not overwrite:
        raise WorkspaceError(t("workspace.error.exists", path=path))
    data = config.model_dump(mode="json", exclude_none=True)
    for key in ("programmes", "certificates"):  # [[programmes]], [[certificates]]: written only when there are some
        if not data.get(key):
            data.pop(key, None)
    write_atomic(path, tomli_w.dumps(data))
    ws = Workspace(root.resolve(), config)
    ws.ensure_dirs()
    return ws
