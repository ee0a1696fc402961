"""The school's criteria sets and target, set through the service layer: accredit.toml keeps its comments."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from accredit import service
from accredit.errors import MessageError
from accredit.i18n.message import Messages

V3 = "tt38-2026/co-so-gdnn-v3"
TT35 = "tt35-2021/truong-cao-dang-v2"


def test_set_frameworks_keeps_the_files_comments_and_refuses_a_set_for_another_kind(tmp_path: Path) -> None:
    ws = service.demo_workspace(tmp_path / "demo")
    text = ws.config_path.read_text(encoding="utf-8")
    ws.config_path.write_text(text.replace("[assessment]", "# ghi chú của trường\n[assessment]  # năm và bộ"),
                              encoding="utf-8")
    choices = {c.id for c in service.framework_choices(ws)}
    assert {V3, TT35, "tt15-2017/truong"} <= choices and "tt14-2024/ctdt-trung-cap-cao-dang" not in choices
    config = service.set_frameworks(ws, [" TT38-2026/co-so-gdnn-v3", V3], None)  # trimmed, lower case, once
    assert config.assessment.frameworks == [V3] and config.assessment.target is None and ws.config is config
    written = ws.config_path.read_text(encoding="utf-8")
    assert "# ghi chú của trường\n[assessment]  # năm và bộ" in written
    assert tomllib.loads(written)["assessment"]["frameworks"] == [V3]
    with pytest.raises(MessageError) as refused:
        service.set_frameworks(ws, ["tt14-2024/ctdt-trung-cap-cao-dang"], None)
    assert "Không dùng được cho trường cao đẳng" in refused.value.render(Messages("vi"))
    assert "Not for a college" in refused.value.render(Messages("en"))
    assert ws.config_path.read_text(encoding="utf-8") == written


def test_a_set_newly_chosen_gets_its_folder_bound_as_init_names_it(tmp_path: Path) -> None:
    from accredit.catalog.registry import default_catalog
    from accredit.workspace_init import evidence_folder

    ws = service.demo_workspace(tmp_path / "demo")
    before = dict(ws.config.evidence.code_scopes)
    old35 = "tt35-2021/truong-cao-dang"  # the same folder name as TT35's v2, both chosen: the id tells them apart
    tt14 = "tt14-2024/truong"
    config = service.set_frameworks(ws, [V3, TT35, old35, tt14], TT35)
    folder14, folder35 = evidence_folder(default_catalog().get(tt14)), evidence_folder(default_catalog().get(old35))
    assert config.evidence.code_scopes == {**before, folder14: tt14, f"{folder35} (truong-cao-dang)": old35}
    assert (ws.evidence_dir / folder14).is_dir() and (ws.evidence_dir / f"{folder35} (truong-cao-dang)").is_dir()
    assert tomllib.loads(ws.config_path.read_text(encoding="utf-8"))["evidence"]["code_scopes"] == \
        config.evidence.code_scopes
    older38 = "tt38-2026/co-so-gdnn-v2"  # chosen instead of v3: v3's folder goes on with it
    config = service.set_frameworks(ws, [older38, TT35], TT35)
    assert config.evidence.code_scopes[evidence_folder(default_catalog().get(V3))] == older38
    assert config.evidence.code_scopes[folder14] == tt14  # a set dropped keeps its folder
