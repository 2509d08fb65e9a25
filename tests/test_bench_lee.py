"""The Lee corpus sampler (``bench/lee_samples.py``) writes one file per article, 50 per folder."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import lee_samples  # noqa: E402


def test_articles_become_folders_of_fifty_files_in_order(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    lines = [f"Article {n} says the council met in Hobart." for n in range(120)]
    (data / "lee_background.cor").write_text("\n".join(lines[:100]) + "\n\n", encoding="utf-8")
    (data / "lee.cor").write_text("\n".join(lines[100:]) + "\n", encoding="utf-8")
    folders = lee_samples.write_samples(lee_samples.articles(data), tmp_path / "out")
    assert [f.name for f in folders] == ["lee1", "lee2", "lee3"]
    assert [len(list(f.iterdir())) for f in folders] == [50, 50, 20]
    assert (folders[2] / "lee100.txt").read_text(encoding="utf-8") == lines[100] + "\n"
