"""A small W3C WebDriver client over the standard library, to drive headless Chromium from tests.

Enough for a page check (open, find, read text and styles, screenshot) without adding
selenium to the test dependencies.  Needs Debian's `chromium` and `chromium-driver`.
"""

from __future__ import annotations

import base64
import json
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

ELEMENT = "element-6066-11e4-a52e-4f735466cecf"  # the W3C key of an element reference
# Chromium cannot reach the network here: without these flags it keeps trying at start.
CHROMIUM_ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
]


def find_chromium() -> tuple[str, str] | None:
    """(chromium, chromedriver) when both are installed."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    return (browser, driver) if browser and driver else None


class Browser:
    """One Chromium session; JavaScript off unless asked for, as a reader with it disabled sees the page."""

    def __init__(self, chromium: str, chromedriver: str, javascript: bool = False, width: int = 1280,
                 height: int = 1000) -> None:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.profile = tempfile.mkdtemp(prefix="summitcheck-chromium-")
        self.driver = subprocess.Popen([chromedriver, f"--port={self.port}"], stdout=subprocess.DEVNULL,
                                       stderr=subprocess.DEVNULL)
        self._wait_ready()
        prefs = {} if javascript else {"profile.managed_default_content_settings.javascript": 2}
        options = {"binary": chromium, "prefs": prefs,
                   "args": [*CHROMIUM_ARGS, f"--user-data-dir={self.profile}", f"--window-size={width},{height}"]}
        created = self._call("POST", "/session", {"capabilities": {"alwaysMatch": {
            "browserName": "chrome", "goog:chromeOptions": options}}})
        self.session = created["sessionId"]

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                if self._call("GET", "/status").get("ready"):
                    return
            except (urllib.error.URLError, ConnectionError):
                pass
            time.sleep(0.1)
        raise RuntimeError("chromedriver did not start")

    def _call(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(f"http://127.0.0.1:{self.port}{path}", data=data, method=method,
                                         headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                return json.load(response)["value"]
        except urllib.error.HTTPError as e:
            raise RuntimeError(f"WebDriver {method} {path}: {e.read().decode(errors='replace')[:500]}") from None

    def _session(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        return self._call(method, f"/session/{self.session}{path}", body)

    def open(self, url: str) -> None:
        self._session("POST", "/url", {"url": url})

    def find_all(self, css: str) -> list[str]:
        return [e[ELEMENT] for e in self._session("POST", "/elements", {"using": "css selector", "value": css})]

    def find(self, css: str) -> str:
        found = self.find_all(css)
        if not found:
            raise AssertionError(f"nothing on the page matches {css!r}")
        return found[0]

    def text(self, element: str) -> str:
        """The element's text as rendered: what a reader sees (hidden text is left out)."""
        return str(self._session("GET", f"/element/{element}/text"))

    def style(self, element: str, prop: str) -> str:
        return str(self._session("GET", f"/element/{element}/css/{prop}"))

    def rect(self, element: str) -> dict[str, float]:
        return dict(self._session("GET", f"/element/{element}/rect"))

    def script(self, source: str) -> Any:
        return self._session("POST", "/execute/sync", {"script": source, "args": []})

    def screenshot(self, path: Path, element: str | None = None) -> bytes:
        where = f"/element/{element}/screenshot" if element else "/screenshot"
        png = base64.b64decode(self._session("GET", where))
        path.write_bytes(png)
        return png

    def close(self) -> None:
        try:
            self._call("DELETE", f"/session/{self.session}")
        finally:
            self.driver.terminate()
            self.driver.wait(timeout=10)
            shutil.rmtree(self.profile, ignore_errors=True)
