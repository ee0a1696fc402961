"""A school's workspace: ``accredit.toml`` plus the evidence, data, output and cache folders.

Every command finds the workspace from ``--workspace`` or by walking up from the current
directory to the first folder holding ``accredit.toml``.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import tomllib
from pathlib import Path

import tomli_w
from pydantic import Field, ValidationError

from accredit.errors import AccreditError
from accredit.model.base import Model
from accredit.model.framework import FrameworkId, ObjectType

CONFIG_NAME = "accredit.toml"


class SchoolInfo(Model):
    """Who is being assessed."""

    name: str = Field(min_length=1)
    object: ObjectType = ObjectType.TRUONG_CAO_DANG
    province: str | None = None
    code: str | None = Field(default=None, description="Mã trường / mã cơ sở.")
    categories: list[str] = Field(
        default_factory=list,
        description="Categories that exempt requirements, e.g. 'quoc_phong_cong_an' (TT 38/2026 Điều 8 khoản 2).",
    )


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
    documents: DocumentSettings = Field(default_factory=DocumentSettings)


class WorkspaceError(AccreditError):
    """No workspace found, or its configuration is invalid."""


class Workspace:
    """A workspace on disk: its root folder and parsed configuration."""

    def __init__(self, root: Path, config: WorkspaceConfig) -> None:
        self.root = root
        self.config = config

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
            d.mkdir(parents=True, exist_ok=True)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def write_atomic(path: Path, data: bytes | str) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename, so a crash never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
        # mkstemp creates 0600 files: give the result the mode a plain write would (or the old file's)
        mode = path.stat().st_mode & 0o7777 if path.exists() else 0o666 & ~_umask()
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def load_workspace(root: Path) -> Workspace:
    """Read ``root/accredit.toml``; errors name the file and the field."""
    path = root / CONFIG_NAME
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise WorkspaceError(f"{path}: không tìm thấy tệp cấu hình (chạy 'accredit init' trước)") from exc
    except tomllib.TOMLDecodeError as exc:
        raise WorkspaceError(f"{path}: TOML không hợp lệ: {exc}") from exc
    try:
        config = WorkspaceConfig.model_validate(raw)
    except ValidationError as exc:
        lines = [f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()]
        raise WorkspaceError(f"{path}:\n  " + "\n  ".join(lines)) from exc
    return Workspace(root.resolve(), config)


def find_workspace(start: Path | None = None) -> Workspace:
    """The workspace holding ``start`` (default: the current directory), searching upwards."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / CONFIG_NAME).is_file():
            return load_workspace(folder)
    raise WorkspaceError(
        f"không tìm thấy {CONFIG_NAME} trong {here} hay thư mục cha; dùng --workspace hoặc 'accredit init'"
    )


def init_workspace(root: Path, config: WorkspaceConfig, *, overwrite: bool = False) -> Workspace:
    """Create a workspace at ``root``: config file and folders. Never overwrites an existing config unless asked."""
    path = root / CONFIG_NAME
    if path.exists() and not overwrite:
        raise WorkspaceError(f"{path} đã tồn tại; không ghi đè")
    data = config.model_dump(mode="json", exclude_none=True)
    write_atomic(path, tomli_w.dumps(data))
    ws = Workspace(root.resolve(), config)
    ws.ensure_dirs()
    return ws
