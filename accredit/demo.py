"""The bundled demo workspace: where it is, and copying it somewhere a person can work on it.

The demo (a fictional college) ships as ``evidence/`` in a source checkout and as
``accredit/_demo`` inside an installed package. It is never run in place: commands work on a copy.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from accredit.errors import AccreditError
from accredit.i18n import t
from accredit.workspace import CONFIG_NAME, load_workspace

_DERIVED = (".accredit", "bao-cao")  # the demo's cache and output folders: never copied


def demo_source() -> Path:
    """The folder of the bundled demo workspace."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "_demo", here.parent / "evidence"):
        if (candidate / CONFIG_NAME).is_file():
            return candidate
    raise AccreditError(t("run.demo_missing"))


def copy_demo(dest: Path | None = None) -> Path:
    """Copy the demo workspace to ``dest`` (default: a new temporary folder) and return it.

    An existing workspace at ``dest`` (a demo copied earlier, perhaps edited) is kept as it is,
    so re-running never destroys a person's edits; any other non-empty folder is refused.
    """
    if dest is None:
        dest = Path(tempfile.mkdtemp(prefix="accredit-demo-"))
    if (dest / CONFIG_NAME).is_file():
        load_workspace(dest)  # a valid workspace: reuse it untouched
        return dest
    if dest.exists() and any(dest.iterdir()):
        raise AccreditError(t("run.dest_not_empty", path=dest))
    source = demo_source()
    shutil.copytree(source, dest, dirs_exist_ok=True, ignore=shutil.ignore_patterns(*_DERIVED, "__pycache__"))
    from accredit.annual.service import mark_past_years

    mark_past_years(load_workspace(dest))  # the demo's 2025 is a past year, read-only as 'year start' leaves it
    return dest
