"""Print the briefing book (site/print.html) to PDF with headless Chromium from Debian.

Chromium's own ``--print-to-pdf`` does the printing: the page's print stylesheet sets
the page box and numbers the pages (CSS page margin boxes), so no header or footer of
Chromium's is used and nothing about the machine (file paths, print date) ends up on
paper. The book is dated by its latest source, inside the page.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "chrome")
INSTALL_HINT = "install Chromium (Debian/Ubuntu: sudo apt-get install chromium) or set BRIEFING_CHROMIUM"


class PrintError(RuntimeError):
    """Printing failed; the message is one line and says what to do."""


def find_chromium() -> str:
    """Path of a Chromium binary: $BRIEFING_CHROMIUM, else the first on PATH."""
    env = os.environ.get("BRIEFING_CHROMIUM")
    if env:
        if Path(env).is_file() and os.access(env, os.X_OK):
            return env
        raise PrintError(f"BRIEFING_CHROMIUM={env} does not exist or is not executable; {INSTALL_HINT}")
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    raise PrintError(f"no Chromium found to print with; {INSTALL_HINT}")


def print_pdf(page: Path, output: Path, *, timeout: int = 180) -> int:
    """Print ``page`` (an HTML file of the built site) to ``output``; returns the page count."""
    if not page.is_file():
        raise PrintError(f"{page}: not built; run `briefing build` first")
    chromium = find_chromium()
    output = output.resolve()
    output.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="briefing-chromium-") as profile:
        tmp_pdf = Path(profile) / "out.pdf"
        cmd = [
            chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-extensions", "--disable-dev-shm-usage", f"--user-data-dir={profile}", "--no-pdf-header-footer",
            "--run-all-compositor-stages-before-draw", "--virtual-time-budget=5000",
            f"--print-to-pdf={tmp_pdf}", page.resolve().as_uri(),
        ]
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired as exc:
            raise PrintError(f"Chromium did not finish printing {page} within {timeout} s") from exc
        if proc.returncode != 0 or not tmp_pdf.is_file():
            last = (proc.stderr or "").strip().splitlines()[-1:] or ["no output"]
            raise PrintError(f"Chromium failed to print {page}: {last[0]}")
        shutil.move(str(tmp_pdf), output)
    return count_pages(output)


def count_pages(pdf: Path) -> int:
    """Number of pages of a PDF that Chromium wrote (its page objects are not compressed)."""
    data = pdf.read_bytes()
    return len(re.findall(rb"/Type\s*/Page(?!s)", data))
