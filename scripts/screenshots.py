"""Screenshots of the main pages at phone and desktop widths: `python scripts/screenshots.py [OUT_DIR]`.

For looking at what we built; not part of the tests.
"""

from __future__ import annotations

import re
import sys
import tempfile
import threading
import time
from pathlib import Path

import uvicorn
from playwright.sync_api import sync_playwright

from valmis.config import Settings
from valmis.web.app import create_app

ANSWER = (
    "First I would listen without interrupting and apologise for the trouble. Um, then I would check the "
    "account and basically explain what went wrong. For example, last year a customer called me three times "
    "about a double charge, so I raised a refund and called him back the same day."
)


def main(out: Path, lang: str = "en") -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as data:
        app = create_app(Settings(data_dir=Path(data)))
        server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=8765, log_level="warning"))
        threading.Thread(target=server.run, daemon=True).start()
        while not server.started:
            time.sleep(0.05)
        base = "http://127.0.0.1:8765"
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
            for name, viewport in (
                ("phone", {"width": 390, "height": 844}),
                ("desktop", {"width": 1280, "height": 900}),
            ):
                ctx = browser.new_context(viewport=viewport, extra_http_headers={"Accept-Language": lang})
                page = ctx.new_page()
                page.goto(base + "/welcome")
                page.screenshot(path=out / f"{name}-1-welcome.png", full_page=True)
                page.locator("form.stack button[type=submit]").click()
                page.wait_for_url(re.compile(r"/practice$"))
                page.screenshot(path=out / f"{name}-2-practice.png", full_page=True)
                page.locator('button[name="mode"][value="offhand"]').first.click()
                page.wait_for_url(re.compile(r"/sessions/\d+$"))
                page.screenshot(path=out / f"{name}-3-think.png", full_page=True)
                page.locator("#think-done").click()
                page.locator("#answer").fill(ANSWER)
                page.screenshot(path=out / f"{name}-4-answer.png", full_page=True)
                page.locator("#answer-form button[type=submit]").first.click()
                page.wait_for_url(re.compile(r"/attempts/\d+$"))
                page.screenshot(path=out / f"{name}-5-feedback.png", full_page=True)
                page.goto(base + "/progress")
                page.screenshot(path=out / f"{name}-6-progress.png", full_page=True)
                page.goto(base + "/")
                page.screenshot(path=out / f"{name}-7-home.png", full_page=True)
                ctx.close()
            browser.close()
        server.should_exit = True


if __name__ == "__main__":
    main(
        Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots"), sys.argv[2] if len(sys.argv) > 2 else "en"
    )
