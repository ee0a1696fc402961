"""The suggestions and their passages do not depend on the process: two scans of the same files, in processes
with different string hashing, store the same links and the same passages."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCAN = """
import sqlite3, sys
from pathlib import Path
from accredit import service
from accredit.service.scanning import scan
ws = service.open_workspace(service.copy_demo(Path(sys.argv[1])))
scan(ws)
db = sqlite3.connect(str(ws.cache_dir / "evidence.sqlite"))
for row in db.execute("select * from links order by 1, 2, 3"):
    print(row)
for row in db.execute("select key, value from meta where key like 'passages:%' order by 1"):
    print(row)
"""


def _scan(folder: Path, seed: str, home: Path) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed, "ACCREDIT_HOME": str(home)}
    done = subprocess.run([sys.executable, "-c", SCAN, str(folder)], env=env, capture_output=True, text=True,
                          encoding="utf-8", timeout=300, check=True)
    return done.stdout


def test_same_links_and_passages_whatever_the_hash_seed(tmp_path: Path) -> None:
    # seeds 0 and 1 chose different passages for a demo file before sums over sets were made exact
    first = _scan(tmp_path / "a", "0", tmp_path / "home-a")
    second = _scan(tmp_path / "b", "1", tmp_path / "home-b")
    assert first.count("passages:") > 10
    assert first == second
