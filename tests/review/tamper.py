"""Rewriting a package as an attacker (or a careless editor) would: change, add or drop members."""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any


def read_member(package: Path, name: str) -> bytes:
    """The bytes of one member."""
    with zipfile.ZipFile(package) as zf:
        return zf.read(name)


def read_json(package: Path, name: str) -> Any:
    """One member parsed as JSON."""
    return json.loads(read_member(package, name))


def rewrite(
    src: Path,
    dst: Path,
    *,
    replace: Mapping[str, bytes] | None = None,
    edit_json: Mapping[str, Callable[[Any], None]] | None = None,
    add: Mapping[str, bytes] | None = None,
    drop: set[str] | None = None,
    fix_manifest: bool = False,
) -> Path:
    """Copy ``src`` to ``dst`` with members replaced, edited (JSON, in place), added or dropped.

    With ``fix_manifest`` the manifest's hashes and sizes are updated to the new bytes, as someone
    trying to hide the change would do.
    """
    replace = dict(replace or {})
    with zipfile.ZipFile(src) as zf:
        members = {i.filename: zf.read(i) for i in zf.infolist()}
    for name, edit in (edit_json or {}).items():
        data = json.loads(members[name])
        edit(data)
        replace[name] = json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")
    members.update(replace)
    for name in drop or set():
        members.pop(name)
    members.update(add or {})
    if fix_manifest:
        manifest = json.loads(members["manifest.json"])
        for m in manifest["members"]:
            if m["path"] in members:
                m["sha256"] = "sha256:" + hashlib.sha256(members[m["path"]]).hexdigest()
                m["size"] = len(members[m["path"]])
        members["manifest.json"] = json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return dst
