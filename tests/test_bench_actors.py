"""The actor bench (``bench/actors_bbc.py``) writes the mention dump used to check rules."""

from __future__ import annotations

import sys

from conftest import ARTICLES, ROOT

sys.path.insert(0, str(ROOT / "bench"))

import actors_bbc  # noqa: E402


def test_mention_dump_and_context_of_the_shared_articles(tmp_path, capsys):
    out = tmp_path / "mentions.txt"
    assert actors_bbc.main(["--folder", str(ARTICLES), "--mentions", str(out), "--context", "Vladimir Putin"]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines == sorted(lines) and len(lines) > 100
    putin = [line for line in lines if "\t=> Vladimir Putin\t" in line]
    assert any("\tPutin\t" in line for line in putin) and any("\tVladimir Putin\t" in line for line in putin)
    printed = capsys.readouterr().out.splitlines()
    assert printed and all(line.startswith("Vladimir Putin [person] ") for line in printed)
    assert len(printed) == len(putin)
