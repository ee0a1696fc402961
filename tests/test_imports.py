"""Lazy imports: a command imports only the libraries it uses (checked in fresh interpreters)."""

from __future__ import annotations

import json
import subprocess
import sys

SHELL = ("accredit.cli.app", "accredit.cli.lazy", "accredit.cli.localise", "accredit.cli.output", "accredit.cli.result",
         "accredit.cli.streams")
"""The shell every command runs in: the root group, lazy loading, the localised help, the consoles, results,
the standard streams."""
HEAVY = ("pandas", "openpyxl", "docx", "pypdf", "pypdfium2", "matplotlib", "bm25s", "numpy", "PIL", "jinja2")


def loaded_after(code: str) -> list[str]:
    """The heavy libraries and accredit command modules loaded once ``code`` has run in a new interpreter."""
    probe = (
        f"import json, sys\nSHELL = {SHELL!r}\n" + code + "\n"
        f"print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY!r} and '.' not in m"
        " or m.startswith('accredit.cli.') and m not in SHELL)))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_help_imports_no_command_and_no_heavy_library() -> None:
    code = ("from typer.testing import CliRunner\nfrom accredit.cli.app import app\n"
            "result = CliRunner().invoke(app, ['--help'])\nassert result.exit_code == 0, result.output\n"
            "assert 'evidence' in result.output and 'rollup' in result.output")
    assert loaded_after(code) == []


def test_the_entry_point_shows_help_without_pydantic_or_rich() -> None:
    """``accredit --help`` as the console script runs it: the message models and rich's console load
    with the first command that needs them (they are a third of the start-up)."""
    probe = ("import sys\nfrom accredit.cli.app import main\nsys.argv = ['accredit', '--help']\n"
             "try:\n    main()\nexcept SystemExit:\n    pass\n"
             "print(sorted({m.split('.')[0] for m in sys.modules} & {'pydantic', 'rich'}), file=sys.stderr)")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert "rollup" in out.stdout
    assert out.stderr.strip().splitlines()[-1] == "[]"


def test_evidence_commands_load_their_module_only_and_no_office_or_pdf_library() -> None:
    code = ("from typer.testing import CliRunner\nfrom accredit.cli.app import app\n"
            "result = CliRunner().invoke(app, ['evidence', 'scan', '--help'])\nassert result.exit_code == 0")
    loaded = loaded_after(code)
    assert "accredit.cli.evidence" in loaded
    others = [m for m in loaded if m.startswith("accredit.cli.") and m != "accredit.cli.evidence"]
    assert others == []
    assert [m for m in loaded if not m.startswith("accredit.")] == []


def test_reading_a_text_file_imports_no_other_format_library(tmp_path) -> None:  # type: ignore[no-untyped-def]
    note = tmp_path / "ghi chú.txt"
    note.write_text("Biên bản họp", encoding="utf-8")
    code = (f"from pathlib import Path\nfrom accredit.evidence.extract import extract_file\n"
            f"assert extract_file(Path({str(note)!r})).text == 'Biên bản họp'")
    assert loaded_after(code) == []



def test_openpyxl_loads_without_numpy_and_numpy_stays_importable(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The console script's hook: openpyxl imports numpy only for numpy cell values, which accredit never writes; a
    workbook is written and read back without numpy loaded, and numpy (where installed) still imports afterwards."""
    book = tmp_path / "sổ.xlsx"
    code = (f"from decimal import Decimal\nfrom pathlib import Path\n"
            f"from accredit.openpyxl_numbers import install\ninstall()\nimport openpyxl\n"
            f"wb = openpyxl.Workbook()\nwb.active['A1'] = Decimal('1.5')\nwb.active['A2'] = 'Đạt'\n"
            f"wb.save(Path({str(book)!r}))\n"
            f"ws = openpyxl.load_workbook(Path({str(book)!r})).active\n"
            f"assert (ws['A1'].value, ws['A2'].value) == (1.5, 'Đạt')\n"
            f"assert openpyxl.compat.numbers.NUMPY is False")
    assert "numpy" not in loaded_after(code)
    probe = "import importlib.util\nprint(importlib.util.find_spec('numpy') is not None)"
    has_numpy = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    if has_numpy.stdout.strip() == "True":
        subprocess.run([sys.executable, "-c", "from accredit.openpyxl_numbers import install\ninstall()\n"
                        "import openpyxl, numpy\nnumpy.zeros(1)"], check=True)


def test_a_program_importing_accredit_keeps_openpyxl_as_it_is() -> None:
    """Only the console script installs the hook: a program using the library gets openpyxl unchanged (numpy's
    values accepted where numpy is installed)."""
    probe = ("import importlib.util, accredit.service, accredit.workbooks, openpyxl\n"
             "numpy = importlib.util.find_spec('numpy') is not None\n"
             "assert openpyxl.compat.numbers.NUMPY is numpy\n"
             "if numpy:\n    import numpy as np\n    openpyxl.Workbook().active['A1'] = np.int64(5)")
    subprocess.run([sys.executable, "-c", probe], check=True)


def test_the_console_script_installs_the_hook() -> None:
    probe = ("import sys\nfrom accredit.entry import main\nfrom accredit.openpyxl_numbers import _BeforeOpenpyxl\n"
             "sys.argv = ['accredit', '--help']\ntry:\n    main()\nexcept SystemExit:\n    pass\n"
             "print(_BeforeOpenpyxl in sys.meta_path, file=sys.stderr)")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stderr.strip().splitlines()[-1] == "True"
