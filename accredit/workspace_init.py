"""What ``accredit init`` sets up: the demo's Vietnamese folder names, one evidence folder per
framework bound to it (``[evidence.code_scopes]``), and the warnings a new workspace deserves.

The layout is the bundled demo's (``evidence/``, ``scripts/demo_workspace.py``): ``minh-chung/``,
``du-lieu/``, ``bao-cao/``, and inside ``minh-chung/`` a folder such as ``TT38 - Chuẩn cơ sở GDNN``
per framework, so that a code like ``MC.1.1.01`` filed there links to that framework only.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from accredit.evidence.codes import framework_name, regulation_tag
from accredit.i18n import t
from accredit.model.framework import Framework, FrameworkStatus, ObjectType
from accredit.workspace import (
    AssessmentSettings,
    EvidenceSettings,
    PathSettings,
    SchoolInfo,
    Workspace,
    WorkspaceConfig,
    init_workspace,
)

PATHS = PathSettings(evidence="minh-chung", data="du-lieu", output="bao-cao", cache=".accredit")

# Shortenings used in folder names (the demo's: "Trường CĐ chất lượng cao", "Chuẩn cơ sở GDNN").
_SHORT = (
    (r"^tiêu chí, tiêu chuẩn kiểm định chất lượng\s+", "Kiểm định "),
    (r"giáo dục nghề nghiệp", "GDNN"),
    (r"chương trình đào tạo", "CTĐT"),
    (r"cao đẳng", "CĐ"),
)
_BAD_CHARS = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


def evidence_folder(framework: Framework) -> str:
    """The evidence sub-folder of a framework: 'TT38 - Chuẩn cơ sở GDNN', 'TT14 - Kiểm định trường …'."""
    title = re.sub(r"\s*\((thông tư|quyết định|nghị định)[^)]*\)\s*$", "", framework.title, flags=re.IGNORECASE)
    for pattern, short in _SHORT:
        title = re.sub(pattern, short, title, flags=re.IGNORECASE)
    title = _BAD_CHARS.sub(" ", title).strip(" .")
    title = title[:1].upper() + title[1:]
    number = regulation_tag(framework).split("/")[0]
    return f"TT{number} - {title}" if title else f"TT{number}"


def new_config(
    frameworks: list[Framework],
    *,
    name: str,
    year: int,
    obj: ObjectType,
    province: str | None = None,
    code: str | None = None,
    target: Framework | None = None,
) -> WorkspaceConfig:
    """The configuration of a new workspace: the demo's folder names and one scoped evidence folder
    per framework."""
    return WorkspaceConfig(
        school=SchoolInfo(name=name, object=obj, province=province, code=code),
        assessment=AssessmentSettings(year=year, frameworks=[f.id for f in frameworks],
                                      target=target.id if target else None),
        paths=PATHS,
        evidence=EvidenceSettings(code_scopes={evidence_folder(f): f.id for f in frameworks}),
    )


SHARED_FOLDER = "Chung"  # evidence used by several frameworks (the demo's folder name)


def create(root: Path, config: WorkspaceConfig) -> Workspace:
    """Write ``accredit.toml`` and make the folders: the evidence folder of each framework, and
    ``Chung`` for shared evidence (files there get suggestions, or a prefixed code)."""
    ws = init_workspace(root, config)
    for folder in [*config.evidence.code_scopes, SHARED_FOLDER]:
        (ws.evidence_dir / folder).mkdir(parents=True, exist_ok=True)
    return ws


def object_text(obj: ObjectType) -> str:
    """The kind of institution in words ('trường cao đẳng')."""
    return t(f"workspace.object.{obj.value}")


def warnings(frameworks: list[Framework], target: Framework | None, obj: ObjectType,
             by_id: Mapping[str, Framework]) -> list[str]:
    """What a new workspace should be told: a superseded framework (and what replaces it), a
    framework or target that does not apply to the school's kind."""
    out: list[str] = []
    chosen = [*frameworks, *([target] if target is not None and target not in frameworks else [])]
    for fw in chosen:
        if fw.status == FrameworkStatus.SUPERSEDED:
            new = by_id.get(fw.superseded_by or "")
            out.append(t("workspace.init.superseded", name=framework_name(fw), title=fw.title,
                         new=f"{framework_name(new)} ({new.title})" if new else "—"))
    for fw in frameworks:
        if obj not in fw.applies_to:
            out.append(t("workspace.init.object_mismatch", name=framework_name(fw), title=fw.title,
                         object=object_text(obj), applies=", ".join(object_text(o) for o in fw.applies_to)))
    if target is not None and obj not in target.applies_to:
        out.append(t("workspace.init.target_mismatch", name=framework_name(target), title=target.title,
                     object=object_text(obj), applies=", ".join(object_text(o) for o in target.applies_to)))
    return out
