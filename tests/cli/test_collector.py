"""The console script pauses the garbage collector while a command loads, then freezes what is loaded and
collects again; a program running the command group itself keeps its collector untouched."""

from __future__ import annotations

import gc
import subprocess
import sys

from typer.testing import CliRunner

from accredit.cli.app import app
from accredit.cli.streams import pause_collector, resume_collector


def test_the_console_script_collects_again_once_the_command_is_loaded() -> None:
    probe = (
        "import gc, sys\nfrom accredit.entry import main\n"
        "sys.argv = ['accredit', 'evidence', 'scan', '--help']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(gc.isenabled(), gc.get_freeze_count() > 1000, file=sys.stderr)"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert "scan" in out.stdout
    assert out.stderr.strip().splitlines()[-1] == "True True"


def test_running_the_group_in_a_program_leaves_its_collector_alone() -> None:
    frozen = gc.get_freeze_count()
    result = CliRunner().invoke(app, ["evidence", "scan", "--help"])
    assert result.exit_code == 0, result.output
    assert gc.isenabled() and gc.get_freeze_count() == frozen


def test_pause_then_resume_restores_the_collector() -> None:
    assert gc.isenabled()
    try:
        pause_collector()
        assert not gc.isenabled()
    finally:
        resume_collector()
        gc.unfreeze()  # the objects of the test run go back to the collector
    assert gc.isenabled()
    resume_collector()  # a second resume changes nothing
    assert gc.isenabled()
