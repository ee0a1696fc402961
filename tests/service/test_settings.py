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
