"""TT 38/2026 ↔ TT 14/2024 (editorial crosswalk): accepted evidence is offered across, never linked by itself."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from accredit import workspace_init
from accredit.bridge.offers import crosswalk_offers, is_editorial
from accredit.bridge.workspace import accept_offers, workspace_both_views, workspace_offers
from accredit.catalog.registry import default_catalog
from accredit.catalog.validate import crosswalk_problems
from accredit.cli.app import app
from accredit.evidence.service import evidence_links, scan_workspace
from accredit.model.evidence import EvidenceLink, LinkOrigin
from accredit.workspace import Workspace

TT38 = "tt38-2026/co-so-gdnn-v3"
TT14 = "tt14-2024/truong"
XW_OLD, XW_NEW = TT38, TT14


def test_the_crosswalk_is_editorial_and_valid() -> None:
    catalog = default_catalog()
    cw = catalog.crosswalk(XW_OLD, XW_NEW)
    assert cw is not None and is_editorial(cw) and cw.text_status == "unverified"
    assert crosswalk_problems(cw, catalog) == []
    assert {e.relation for e in cw.entries} == {"related"}  # never "equivalent": two different regulations
    assert all((e.note or "").startswith("biên tập") for e in cw.entries)
    # the version crosswalks are not editorial
    assert not is_editorial(catalog.crosswalk("tt38-2026/co-so-gdnn-v2", TT38))  # type: ignore[arg-type]


def link(path: str, fw: str, code: str, *, origin: LinkOrigin = LinkOrigin.CODE, confirmed: bool = True,
         problem: str | None = None) -> EvidenceLink:
    return EvidenceLink(evidence_id="sha256:" + path, path=path, framework=fw, requirement=code, origin=origin,
                        confirmed=confirmed, file_problem=problem)


def test_offers_both_ways_only_from_accepted_readable_links() -> None:
    cws = default_catalog().crosswalks
    links = [
        link("a.pdf", TT38, "1.1"),                                          # → TT 14 1.1
        link("b.pdf", TT14, "8.6"),                                          # → TT 38 CS08
        link("c.pdf", TT38, "1.2", origin=LinkOrigin.SUGGESTED, confirmed=False),  # only a suggestion: nothing
        link("d.pdf", TT38, "2.1", problem="needs_ocr"),                     # unreadable: nothing
        link("e.pdf", TT38, "1.2"), link("e.pdf", TT14, "1.2"),              # linked on both sides already …
    ]
    offers = crosswalk_offers(links, cws, [TT38, TT14])
    got = {(o.path, o.target_framework, o.target_code) for o in offers}
    # … but TT 14 1.2 also relates to TT 38 1.3 (cơ cấu bộ máy), which e.pdf is not linked to yet
    assert got == {("a.pdf", TT14, "1.1"), ("b.pdf", TT38, "CS08"), ("e.pdf", TT38, "1.3")}
    assert all("BIÊN TẬP" in o.basis for o in offers)
    # an older data version of TT 38 in the workspace still gets its offers, under its own id
    old = crosswalk_offers([link("a.pdf", TT14, "1.1")], cws, ["tt38-2026/co-so-gdnn-v2", TT14])
    assert {(o.target_framework, o.target_code) for o in old} == {("tt38-2026/co-so-gdnn-v2", "1.1")}
    # without TT 14 in the workspace there is nothing to offer to
    assert crosswalk_offers([x for x in links if x.framework == TT38], cws, [TT38]) == []


@pytest.fixture
def school(tmp_path: Path) -> Workspace:
    catalog = default_catalog()
    fws = [catalog.get(TT38), catalog.get(TT14)]
    ws = workspace_init.create(tmp_path / "school", workspace_init.new_config(
        fws, name="Trường CĐ Thử", year=2026, obj=catalog.get(TT14).applies_to[0]))
    folders = {fid: folder for folder, fid in ws.config.evidence.code_scopes.items()}
    body = "Nghị quyết của Hội đồng trường về sứ mạng, mục tiêu, chiến lược phát triển giai đoạn 2025–2030.\n"
    (ws.evidence_dir / folders[TT38] / "MC.1.1.01 Nghị quyết sứ mạng.txt").write_text(body, encoding="utf-8")
    scan_workspace(ws, workers=1)
    return ws


def test_offer_needs_a_person_and_then_counts(school: Workspace) -> None:
    def tt14_11() -> list[EvidenceLink]:
        return [x for x in evidence_links(school) if x.framework == TT14 and x.requirement == "1.1" and x.counts]

    assert tt14_11() == []
    offers = [o for o in workspace_offers(school) if o.target_code == "1.1"]
    assert len(offers) == 1 and offers[0].source_code == "1.1"
    assert tt14_11() == []  # listing the offers links nothing
    runner = CliRunner()
    refused = runner.invoke(app, ["crosswalk", "accept", "-w", str(school.root)])  # no terminal, no --yes
    assert refused.exit_code == 2 and tt14_11() == []
    assert accept_offers(school, offers) == 1
    accepted = tt14_11()
    assert len(accepted) == 1 and accepted[0].origin == LinkOrigin.MANUAL
    assert not [o for o in workspace_offers(school) if o.target_code == "1.1"]  # offered once, then gone


def test_cli_offers_and_both_views(school: Workspace) -> None:
    runner = CliRunner()
    shown = runner.invoke(app, ["crosswalk", "offers", "-w", str(school.root)], env={"COLUMNS": "200"})
    assert shown.exit_code == 0, shown.output
    assert "TT 14/2024 1.1" in shown.output and "biên tập" in shown.output.lower()
    rows = workspace_both_views(school)
    row = next(r for r in rows if r.code == "1.1")
    assert row.framework == TT38 and row.related_framework == TT14 and [c for c, _ in row.related] == ["1.1"]
    view = runner.invoke(app, ["--lang", "en", "crosswalk", "view", "-w", str(school.root)], env={"COLUMNS": "200"})
    assert view.exit_code == 0 and "Both views" in view.output
