"""The samplers of unseen corpora: the Lee corpus (``bench/lee_samples.py``) writes one file per
article, 50 per folder; newspaper4k's (``bench/newspaper4k_sample.py``) copies its English articles."""

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


import newspaper4k_sample  # noqa: E402


def test_newspaper4k_sample_copies_the_english_articles_only(tmp_path):
    data = tmp_path / "txt"
    data.mkdir()
    for stem in (*newspaper4k_sample.ENGLISH, "arabic_article", "video_article_01"):
        (data / f"{stem}.txt").write_text(f"{stem} says the council met.\n", encoding="utf-8")
    files = newspaper4k_sample.write_sample(data, tmp_path / "out")
    assert sorted(f.name for f in files) == sorted(f"{s}.txt" for s in newspaper4k_sample.ENGLISH)
    assert not (tmp_path / "out" / "arabic_article.txt").exists()
    assert (tmp_path / "out" / "cnn_001.txt").read_text(encoding="utf-8") == "cnn_001 says the council met.\n"


def test_newspaper4k_sample_names_the_missing_article(tmp_path, capsys):
    (tmp_path / "txt").mkdir()
    assert newspaper4k_sample.main([str(tmp_path / "txt"), "--out", str(tmp_path / "out")]) == 1
    assert "no article_with_br.txt" in capsys.readouterr().out
