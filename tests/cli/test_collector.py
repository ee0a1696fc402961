"""The console script pauses the garbage collector while a command loads, then freezes what is loaded and
collects again; a program running the command group itself keeps its collector untouched."""

from __future__ import annotations

import ast
import gc
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from accredit.cli.app import app
from accredit.cli.streams import pause_collector, resume_collector
from accredit.service.collector import BATCH_THRESHOLD


def test_the_console_script_collects_again_once_the_command_is_loaded() -> None:
    """Seen when the command is loaded (not at exit, where the console script freezes everything anyway): the
    collector was paused until then, and is running again with what was loaded frozen."""
    probe = (
        "import gc, sys\nimport accredit.cli.lazy as lazy\nseen = []\nreal = lazy.resume_collector\n"
        "def resume():\n    seen.append((gc.isenabled(), gc.get_freeze_count()))\n    real()\n"
        "    seen.append((gc.isenabled(), gc.get_freeze_count()))\n"
        "lazy.resume_collector = resume\nfrom accredit.entry import main\n"
        "sys.argv = ['accredit', 'evidence', 'scan', '--help']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(seen, file=sys.stderr)"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert "scan" in out.stdout
    (paused, frozen_before), (running, frozen_after) = ast.literal_eval(out.stderr.strip().splitlines()[-1])
    assert (paused, running) == (False, True)
    assert frozen_before == 0 and frozen_after > 1000


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


def test_the_run_collects_young_objects_less_often_and_gives_the_thresholds_back(tmp_path: Path) -> None:
    """``accredit run`` makes many short-lived objects: inside it the youngest generation is collected every
    BATCH_THRESHOLD allocations; a program running the command gets its own thresholds back afterwards."""
    import accredit.service as service

    before = gc.get_threshold()
    seen: list[tuple[int, int, int]] = []
    real = service.run

    def spy(*args: object, **kwargs: object) -> object:
        seen.append(gc.get_threshold())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    service.run = spy  # type: ignore[assignment]
    try:
        result = CliRunner().invoke(app, ["run", "--out", str(tmp_path / "demo"), "--format", "json"])
    finally:
        service.run = real
    assert result.exit_code == 0, result.output
    assert seen == [(BATCH_THRESHOLD, *before[1:])]
    assert gc.get_threshold() == before
