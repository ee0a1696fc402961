"""The HTML report, parsed: banners, escaping, no network, inline SVG, relative evidence links."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlparse

from accredit.model.assessment import Narrative
from accredit.report import ReportInput, write_reports
from accredit.report.html import render_html
from tests.report.conftest import build_input

ATTACK = "<script>alert('x')</script>"


class Page(HTMLParser):
    """Collects tags, attributes and the text inside elements with a class or id of interest."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.banners: list[dict[str, str]] = []
        self._banner: dict[str, str] | None = None
        self._depth = 0
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append((tag, a))
        if tag == "div" and "banner" in (a.get("class") or "").split():
            self._banner = {"framework": a.get("data-framework") or "", "class": a.get("class") or "", "text": ""}
            self._depth = 0
        elif self._banner is not None and tag == "div":
            self._depth += 1

    def handle_endtag(self, tag: str) -> None:
        if self._banner is not None and tag == "div":
            if self._depth == 0:
                self.banners.append(self._banner)
                self._banner = None
            else:
                self._depth -= 1

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._banner is not None:
            self._banner["text"] += data


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    return page


def test_one_decision_banner_per_framework(report_input: ReportInput) -> None:
    page = parse(render_html(report_input))
    assert [b["framework"] for b in page.banners] == ["tt38-2026/co-so-gdnn", "tt35-2021/truong-cao-dang"]
    tt35 = page.banners[1]
    assert "CHƯA ĐẠT" in tt35["text"] and "80/100 điểm" in tt35["text"]
    assert "pass" not in tt35["class"].split()
    assert "Tiêu chí 1 được 4/12" in tt35["text"]  # the blocker is spelled out


def test_passing_banner_is_marked(report_input: ReportInput) -> None:
    s = report_input.sections[0]
    passing = s.model_copy(update={"scorecard": s.scorecard.model_copy(update={"passed": True})})
    inp = report_input.model_copy(update={"sections": [passing]})
    banner = parse(render_html(inp)).banners[0]
    assert "pass" in banner["class"].split() and "ĐẠT" in banner["text"] and "CHƯA" not in banner["text"]


def test_script_in_school_name_and_narrative_is_escaped() -> None:
    inp = build_input(school_name=f"Trường {ATTACK}", narrative=Narrative(current_state=f"Mô tả {ATTACK}"))
    html = render_html(inp)
    page = parse(html)
    assert not [t for t, _ in page.tags if t == "script"]
    assert "&lt;script&gt;" in html
    text = "".join(page.text)
    assert f"Trường {ATTACK}" in text and f"Mô tả {ATTACK}" in text  # shown as text, not run


def test_self_contained_no_network(report_input: ReportInput) -> None:
    page = parse(render_html(report_input, link_base="../evidence"))
    assert not [t for t, _ in page.tags if t in ("script", "link", "iframe", "img", "object", "embed")]
    for tag, attrs in page.tags:
        for name in ("src", "href", "xlink:href", "action"):
            value = attrs.get(name)
            if value is None:
                continue
            url = urlparse(value)
            assert not url.scheme and not url.netloc, (tag, name, value)
    styles = [t for t, _ in page.tags if t == "style"]
    assert styles == ["style"]
    svgs = [a for t, a in page.tags if t == "svg"]
    # per framework a wide chart and one for a phone (labels above the bars)
    assert len(svgs) == 4 and all("chart" in (a.get("class") or "") for a in svgs)
    rects = [a for t, a in page.tags if t == "rect"]
    assert any(a.get("fill") == "#c62828" for a in rects)  # a criterion short of its threshold is red


def test_evidence_links_are_relative_and_resolve(workspace_like: tuple[ReportInput, Path]) -> None:
    inp, out = workspace_like
    html_path = write_reports(inp, out, ["html"])[0]
    page = parse(html_path.read_text(encoding="utf-8"))
    hrefs = {a["href"] for t, a in page.tags if t == "a" and a.get("href") and not a["href"].startswith("#")
             and a.get("class") != "pkg"}
    assert hrefs, "evidence files are linked"
    for href in hrefs:
        assert href.startswith("../evidence/")
        assert (html_path.parent / unquote(href)).is_file(), href
    assert any("Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh" in h for h in hrefs)  # Vietnamese names kept, URL-quoted


def test_print_css_and_anchors(report_input: ReportInput) -> None:
    html = render_html(report_input)
    assert "@media print" in html and "break-before: page" in html
    page = parse(html)
    ids = {a.get("id") for _, a in page.tags}
    internal = {a["href"][1:] for t, a in page.tags if t == "a" and (a.get("href") or "").startswith("#")}
    assert internal and internal <= ids
