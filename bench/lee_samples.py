"""Write the Lee corpus as folders of 50 one-article text files, for reading actor lists.

The Lee corpus (Lee, Pincombe & Welsh 2005) is 350 short Australian news articles from
2001-2002, one per line, which gensim ships as test data. It is a third domain next to the
BBC corpus and PolNeAR, unseen by the actor rules until the fifteenth session. It is read
at evaluation time only and never copied into the repository. Fetch it from PyPI::

    pip download --no-deps gensim==4.4.0 -d /tmp/gs
    unzip -o /tmp/gs/gensim-*.whl 'gensim/test/test_data/lee*.cor' -d /tmp/gs

then::

    python bench/lee_samples.py /tmp/gs/gensim/test/test_data --out /tmp/lee
    python bench/actors_bbc.py --folder /tmp/lee/lee1

``lee1`` to ``lee6`` are the 300 articles of ``lee_background.cor`` in order, ``lee7`` the 50
of ``lee.cor``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

PER_SAMPLE = 50


def articles(data: Path) -> list[str]:
    """The articles of ``lee_background.cor`` then ``lee.cor``, one per non-empty line."""
    out: list[str] = []
    for name in ("lee_background.cor", "lee.cor"):
        text = (data / name).read_text(encoding="utf-8", errors="replace")
        out.extend(line.strip() for line in text.splitlines() if line.strip())
    return out


def write_samples(texts: list[str], out: Path) -> list[Path]:
    """Folders ``lee1``, ``lee2`` ... of ``PER_SAMPLE`` files each under ``out``."""
    folders = []
    for n in range(0, len(texts), PER_SAMPLE):
        folder = out / f"lee{n // PER_SAMPLE + 1}"
        folder.mkdir(parents=True, exist_ok=True)
        for k, text in enumerate(texts[n : n + PER_SAMPLE], n):
            (folder / f"lee{k:03d}.txt").write_text(text + "\n", encoding="utf-8")
        folders.append(folder)
    return folders


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path, help="gensim's test_data folder, holding lee_background.cor and lee.cor")
    ap.add_argument("--out", type=Path, required=True, help="where to write the sample folders")
    args = ap.parse_args(argv)
    for folder in write_samples(articles(args.data), args.out):
        print(folder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
