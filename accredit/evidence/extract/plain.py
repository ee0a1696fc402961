"""Plain text and HTML: decoding (UTF-8, UTF-16 with BOM, Windows-1258) and tag stripping."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from accredit.evidence.extract.base import Extraction, ExtractOptions, clean_text

_BLOCK = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "title"}
_CELL = {"td", "th"}
_SKIP = {"script", "style", "noscript", "template"}


def decode(data: bytes, declared: str | None = None) -> str:
    """Bytes → text: BOM, then the declared charset, then UTF-8, then Windows-1258 (Vietnamese)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace")
    for enc in (declared, "utf-8", "cp1258"):
        if not enc:
            continue
        try:
            return data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("latin-1")


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Line and cell breaks; start skipping scripts and styles."""
        if tag in _SKIP:
            self._skip += 1
        elif tag in _BLOCK:
            self.parts.append("\n")
        elif tag in _CELL:
            self.parts.append("\t")

    def handle_endtag(self, tag: str) -> None:
        """Line break after a block; stop skipping."""
        if tag in _SKIP and self._skip:
            self._skip -= 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        """Visible text."""
        if not self._skip:
            self.parts.append(data)


def read_head(path: Path, limit: int) -> bytes:
    """The first ``limit`` bytes of ``path`` (a 200 MB file is not read whole to keep its start)."""
    with path.open("rb") as fh:
        return fh.read(limit)


def read_text(path: Path, options: ExtractOptions) -> Extraction:
    """A .txt / .md / .csv file."""
    data = read_head(path, options.max_chars * 4)
    return Extraction(text=clean_text(decode(data), options.max_chars))


def read_html(path: Path, options: ExtractOptions) -> Extraction:
    """An .html / .htm file: visible text, block elements on their own lines."""
    data = read_head(path, options.max_chars * 8)
    m = re.search(rb"charset\s*=\s*[\"']?([A-Za-z0-9_\-]+)", data[:4096])
    text = decode(data, m.group(1).decode("ascii") if m else None)
    parser = _TextParser()
    parser.feed(text)
    parser.close()
    raw = "".join(parser.parts)
    raw = re.sub(r"[ \u00a0]+", " ", raw)
    return Extraction(text=clean_text(raw, options.max_chars))
