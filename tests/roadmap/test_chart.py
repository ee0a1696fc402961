"""The chart: projected points per criterion by year against the floors, as SVG and PNG."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET

import pytest
from PIL import Image

from accredit.i18n.message import Messages
from accredit.roadmap import plan
from accredit.roadmap.chart import chart_png, chart_svg
from tests.roadmap.cases import ACCREDITED, CD, card, tt35, tt38

SVG = "{http://www.w3.org/2000/svg}"


pytestmark = pytest.mark.usefixtures("vietnamese")


vi = Messages("vi")


def test_svg_has_one_panel_per_criterion_with_bars_and_floors() -> None:
    fw = tt35()
    r = plan(fw, card(fw, ["4.1", "4.2", "4.5"], gates=ACCREDITED), object_type=CD)
    root = ET.fromstring(chart_svg(r, Messages("vi")))
    assert root.tag == f"{SVG}svg"
    panels = root.findall(f"{SVG}g")
    assert [p.get("data-title").split(" (")[0] for p in panels] == [
        "Tiêu chí 1", "Tiêu chí 2", "Tiêu chí 3", "Tiêu chí 4", "Tiêu chí 5", "Tổng",
    ]  # fmt: skip
    for p in panels:
        assert len(p.findall(f"{SVG}rect")) == 1 + len(r.years)  # 'Hiện tại', then the plan years
        assert len([ln for ln in p.findall(f"{SVG}line") if ln.get("class") == "threshold"]) == 1
    crit4 = panels[3]
    bars = crit4.findall(f"{SVG}rect")[1:]
    heights = [float(b.get("height")) for b in bars]
    assert heights[2] / heights[0] == pytest.approx(20 / 16, rel=0.02)  # 16 points in 2026, 20 in 2028
    assert [b.get("fill") for b in bars][:3] == ["#D9822B", "#D9822B", "#4E8542"]  # below, below, at the 60 % floor
    assert [b.findtext(f"{SVG}title") for b in bars][:3] == ["2026: 16", "2027: 16", "2028: 20"]
    assert "≥ 16,8" in "".join(crit4.itertext())
    assert "2028" in root.findtext(f"{SVG}title") or "2028" in "".join(root.itertext())


def test_png_renders() -> None:
    fw = tt38()
    r = plan(fw, card(fw, ["1.1", "3.1"], obj=None))
    data = chart_png(r, Messages("vi"))
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    image = Image.open(io.BytesIO(data))
    assert image.width > 600 and image.height > 400


def test_the_current_year_is_shown_as_it_is_and_the_projection_apart() -> None:
    """Planned actions finishing in the start year lift its projection; the 'Hiện tại' bar stays the scorecard."""
    fw = tt35()
    c = card(fw, ["1.3", "3.4", "4.3", "4.6", "5.1"], indicator_fail={("2.2", 2026): "not_met"}, gates=ACCREDITED)
    r = plan(fw, c, object_type=CD)
    assert c.total == 76 and not c.passed
    assert r.current is not None and r.current.total == 76 and r.current.year == 2026
    assert r.projections[0].year == 2026 and r.projections[0].total >= 80  # the plan's 2026 actions counted
    root = ET.fromstring(chart_svg(r, Messages("vi")))
    total = root.findall(f"{SVG}g")[-1]
    bars = total.findall(f"{SVG}rect")
    assert [b.findtext(f"{SVG}title") for b in bars][:2] == ["Hiện tại: 76", f"2026: {r.projections[0].total}"]
    assert [b.get("fill") for b in bars][:2] == ["#D9822B", "#4E8542"]  # 76 below the 80 floor now; planned at it
    assert "Hiện tại" in "".join(root.itertext())
