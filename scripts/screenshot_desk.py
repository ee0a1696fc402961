"""Take the README's screenshot of the desk: the dashboard of ``accredit serve`` on a fresh copy of the demo.

Needs Playwright (the ``[test]`` extra) and a Chromium on the machine (Debian's ``/usr/bin/chromium``; never a
downloaded browser build). The demo is copied and scanned in a temporary folder; nothing of the checkout is
touched but the image.

    python scripts/screenshot_desk.py [--out docs/serve-dashboard.png] [--width 1280] [--height 900]
"""

from __future__ import annotations

import argparse
import shutil
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main(argv: list[str] | None = None) -> int:
    """Copy and scan the demo, serve it on a free local port, and save the dashboard as a PNG."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "serve-dashboard.png")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=900)
    args = parser.parse_args(argv)
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("no Chromium on this machine (Debian: apt install chromium)", file=sys.stderr)
        return 2
    import uvicorn
    from playwright import sync_api

    from accredit.demo import copy_demo
    from accredit.evidence.service import scan_workspace
    from accredit.web.server import build_app
    from accredit.workspace import load_workspace

    with tempfile.TemporaryDirectory(prefix="accredit-shot-") as tmp:
        root = Path(tmp) / "demo"
        copy_demo(root)
        ws = load_workspace(root)
        scan_workspace(ws)
        app = build_app(ws)
        app.state.desk.backend.warm()
        port = _free_port()
        server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        try:
            with sync_api.sync_playwright() as p:
                browser = p.chromium.launch(executable_path=chromium, args=["--headless", "--no-sandbox",
                                                                            "--disable-gpu", "--no-first-run"])
                page = browser.new_page(viewport={"width": args.width, "height": args.height})
                page.goto(f"http://127.0.0.1:{port}/")
                page.wait_for_load_state("networkidle")
                args.out.parent.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(args.out))
                browser.close()
        finally:
            server.should_exit = True
            thread.join(timeout=10)
    print(args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
