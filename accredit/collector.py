"""The garbage collector of a command-line run: paused while the command's modules load, then the loaded
modules frozen out of its way.

Importing typer, pydantic and the models of a command creates some hundred thousand objects that live
as long as the process; the cyclic collector would walk them again at each of its full passes, while
they load (a tenth of the start-up) and while the command works (a warm re-scan of 10,000 files
builds lists of rows, and each full pass walks every loaded module too). So the console script
pauses the collector (:func:`pause`) and the command group resumes it once the command is loaded
(:func:`resume`), freezing what is loaded by then (``gc.freeze``: never collected, never walked again).
Only the console script pauses it: a program that runs the command group itself (the tests, the
desk) keeps its collector as it is.
"""

from __future__ import annotations

import gc

_paused = False


def pause() -> None:
    """Pause the collector for the start-up of a command-line run (console script only)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume() -> None:
    """The command is loaded: freeze the objects loaded so far and collect again (when :func:`pause` paused it)."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()
