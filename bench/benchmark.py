"""Build-speed, cache and search benchmark on the BBC corpus; writes docs/benchmarks.md.

Usage::

    python bench/benchmark.py                       # sizes 100,500,2225 (long: see docs)
    python bench/benchmark.py --sizes 100,500 --jobs 2
    python bench/benchmark.py --quick               # sizes 20,60: a smoke run of every step

Every build runs the real ``briefing`` command in a child process (so wall time includes
start-up and model loading, and peak memory is that process's own), in throwaway
projects under ``--work`` (a temporary folder by default); nothing is written into the
repository except ``--out``. Steps, all in one run:

1. raw spaCy ``nlp.pipe`` over the articles' texts vs ``briefing export`` of the same
   articles with a cold cache (target: at most 1.3x);
2. a rebuild after editing one article vs the full cold build (target: at most 5 %),
   and, at the smallest size, a second build of the same input compared byte for byte;
3. ``briefing build`` (cold) at each size, to show how cost grows;
4. at the largest size: peak memory, search index size, site size, and the time to
   the first search result in Chromium (Playwright).

Articles are taken round-robin over the five BBC sections, so every size mixes topics;
the files are copied (never into the repo) as ``<section>-<name>.txt``.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime, timezone
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_report import report  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "bbc"
OUT = ROOT / "docs" / "benchmarks.md"
CHROMIUM = "/usr/bin/chromium"
STAGE_RE = re.compile(r"^stage (\w+): ([0-9.]+) s \(cpu ([0-9.]+) s\)$")

RAW_SPACY = """
import sys
from generator.nlp import load
# each line of the listing: path, tab, encoding
pairs = [line.rsplit("\\t", 1) for line in open(sys.argv[1], encoding="utf-8").read().splitlines()]
texts = [open(path, encoding=enc).read() for path, enc in pairs]
nlp = load("auto")
jobs = int(sys.argv[2])
tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=16, n_process=jobs if jobs > 1 else 1))
print(f"tokens {tokens}")
"""


# ---------------------------------------------------------------------------------- corpus


def corpus_files(corpus: Path) -> list[Path]:
    """All BBC articles, round-robin over sections (business, entertainment, ...)."""
    sections = sorted(p for p in corpus.iterdir() if p.is_dir())
    lists = [sorted(s.glob("*.txt")) for s in sections]
    out = []
    for i in range(max(len(x) for x in lists)):
        out.extend(x[i] for x in lists if i < len(x))
    return out


def copy_sources(files: list[Path], dest: Path) -> Path:
    dest.mkdir(parents=True, exist_ok=True)
    for f in files:
        shutil.copyfile(f, dest / f"{f.parent.name}-{f.name}")
    return dest


def make_project(dest: Path) -> Path:
    """mkdocs.yml and the hand-written docs of this repository, copied into ``dest``."""
    from generator.scaffold import copy_project

    return copy_project(ROOT, dest)


# ------------------------------------------------------------------------------- processes


def run(cmd: list[str], log: Path) -> dict:
    """Run ``cmd``; return wall and CPU seconds (user + system, the process and the
    workers it waited for), peak RSS (MiB), exit code and the stage times it logged."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), SOURCE_DATE_EPOCH="1700000000")
    start = time.perf_counter()
    with open(log, "w", encoding="utf-8") as err:
        proc = subprocess.Popen(cmd, stdout=err, stderr=subprocess.STDOUT, cwd=ROOT, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    stages: dict[str, float] = {}
    stages_cpu: dict[str, float] = {}
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        m = STAGE_RE.match(line.strip())
        if m:
            stages[m.group(1)] = stages.get(m.group(1), 0.0) + float(m.group(2))
            stages_cpu[m.group(1)] = stages_cpu.get(m.group(1), 0.0) + float(m.group(3))
    result = {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "peak_mib": usage.ru_maxrss / 1024,
              "exit": code, "stages": stages, "stages_cpu": stages_cpu, "cmd": " ".join(cmd[2:])}
    if code != 0:
        tail = log.read_text(encoding="utf-8", errors="replace")[-2000:]
        print(f"FAILED ({code}): {' '.join(cmd)}\n{tail}", file=sys.stderr)
        result["error"] = tail.strip().splitlines()[-1] if tail.strip() else "no output"
    print(f"  {result['cmd'][:90]}: {wall:.1f} s (cpu {result['cpu']:.1f} s), peak {result['peak_mib']:.0f} MiB, "
          f"stages {', '.join(f'{k} {v:.1f}' for k, v in stages.items())}", flush=True)
    return result


def briefing(*args: str) -> list[str]:
    return [sys.executable, "-m", "generator.cli", "-v", *args]


# --------------------------------------------------------------------------------- search


def search_latency(site: Path, query: str) -> dict:
    """Open the site in Chromium, type ``query`` into Material's search box, and time
    page load and the first result (the search index loads in a web worker)."""
    from playwright.sync_api import sync_playwright

    handler = partial(_QuietHandler, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.server_address[1]}/index.html"
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True)
            page = browser.new_page()
            t0 = time.perf_counter()
            page.goto(url, wait_until="load")
            t_load = time.perf_counter() - t0
            box = page.locator("input.md-search__input")
            t1 = time.perf_counter()
            box.press_sequentially(query, delay=50)
            page.wait_for_selector(".md-search-result__item", timeout=120_000)
            t_result = time.perf_counter() - t1
            results = page.locator(".md-search-result__item").count()
            # the same query again, index already loaded: the steady-state latency
            box.fill("")
            t2 = time.perf_counter()
            box.press_sequentially(query[:-1], delay=0)
            box.press_sequentially(query[-1], delay=0)
            page.wait_for_selector(".md-search-result__item", timeout=120_000)
            t_again = time.perf_counter() - t2
            browser.close()
    finally:
        server.shutdown()
    typing = 0.05 * (len(query) - 1)
    return {"query": query, "load": t_load, "first_result": t_result, "typing": typing,
            "again": t_again, "results": results}


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


# ---------------------------------------------------------------------------------- sizes


def _encoding(path: Path) -> str:
    try:
        path.read_bytes().decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        return "cp1252"


def tree_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files), len(files)


def diff_trees(a: Path, b: Path) -> list[str]:
    """Relative paths that differ (content, or present on one side only)."""
    out = []
    rels = {p.relative_to(a).as_posix() for p in a.rglob("*") if p.is_file()}
    rels |= {p.relative_to(b).as_posix() for p in b.rglob("*") if p.is_file()}
    for rel in sorted(rels):
        pa, pb = a / rel, b / rel
        if not (pa.is_file() and pb.is_file() and filecmp.cmp(pa, pb, shallow=False)):
            out.append(rel)
    return out


def machine() -> dict:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f"{kb / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    import spacy

    from generator.nlp import load, model_key

    nlp = load("auto")
    return {"cpu": cpu, "cores": os.cpu_count(), "memory": mem, "python": platform.python_version(),
            "os": f"{platform.system()} {platform.release()}", "spacy": spacy.__version__,
            "model": model_key(nlp), "load_start": os.getloadavg()}


# ------------------------------------------------------------------------------------ main


def main(argv: list[str] | None = None) -> int:
    from generator.nlp import default_jobs

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--sizes", default="100,500,2225", help="comma-separated corpus sizes")
    ap.add_argument("--quick", action="store_true", help="sizes 20,60: check every step quickly")
    ap.add_argument("--jobs", type=int, default=default_jobs())
    ap.add_argument("--work", type=Path, default=None, help="work folder (default: a temp folder)")
    ap.add_argument("--out", type=Path, default=OUT, help="Markdown report to write")
    ap.add_argument("--json", type=Path, default=None, help="also write the raw figures here")
    ap.add_argument("--query", default="economy", help="word typed into the search box")
    ap.add_argument("--report-only", type=Path, default=None, metavar="JSON",
                    help="only rewrite --out from the figures a previous run saved with --json")
    args = ap.parse_args(argv)
    if args.report_only:
        args.out.write_text(report(json.loads(args.report_only.read_text(encoding="utf-8"))), encoding="utf-8")
        return 0
    sizes = [20, 60] if args.quick else sorted(int(s) for s in args.sizes.split(","))
    work = args.work or Path(tempfile.mkdtemp(prefix="briefing-bench-"))
    if work.is_dir() and any(work.iterdir()):
        # a previous run's caches and sites there would make the "cold" builds warm
        ap.error(f"--work {work}: folder is not empty; give a new or empty folder")
    work.mkdir(parents=True, exist_ok=True)
    files = corpus_files(args.corpus)
    sizes = [min(n, len(files)) for n in sizes]
    big = sizes[-1]
    jobs = str(args.jobs)
    res: dict = {"machine": machine(), "sizes": sizes, "jobs": args.jobs,
                 "started": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), "builds": {}}
    print(f"work folder {work}; sizes {sizes}; jobs {jobs}", flush=True)

    def save() -> None:
        if args.json:
            args.json.write_text(json.dumps(res, indent=2), encoding="utf-8")

    sources = {n: copy_sources(files[:n], work / f"sources-{n}") for n in sizes}

    # 1. raw spaCy vs `briefing export`, cold cache, at the largest size
    print(f"1. raw spaCy vs briefing export ({big} articles)", flush=True)
    listing = work / "raw-files.txt"
    listing.write_text("\n".join(f"{p}\t{_encoding(p)}" for p in sorted(sources[big].iterdir())),
                       encoding="utf-8")
    raw_script = work / "raw_spacy.py"
    raw_script.write_text(RAW_SPACY, encoding="utf-8")
    res["raw_spacy"] = run([sys.executable, str(raw_script), str(listing), jobs], work / "raw.log")
    cfg = make_project(work / "export-project")
    res["export_cold"] = run(briefing("export", str(sources[big]), "-o", str(work / "export.json"),
                                      "-f", str(cfg), "--jobs", jobs), work / "export.log")
    save()

    # 3. cold builds at each size (the largest is also the reference for step 2); after
    # the smallest, a warm rebuild of the same input is compared byte for byte with it
    print("3. cold builds", flush=True)
    for n in sizes:
        cfg = make_project(work / f"project-{n}")
        res["builds"][n] = run(briefing("build", str(sources[n]), "-f", str(cfg), "--jobs", jobs),
                               work / f"build-{n}.log")
        save()
        if n == sizes[0]:
            project = work / f"project-{n}"
            shutil.copytree(project / "site", work / "site-cold")
            shutil.copytree(project / "docs", work / "docs-cold")
            res["same_input_rebuild"] = run(briefing("build", str(sources[n]), "-f", str(cfg), "--jobs", jobs),
                                            work / f"rebuild-{n}.log")
            res["same_input_rebuild"]["size"] = n
            res["site_diff"] = diff_trees(work / "site-cold", project / "site")
            res["docs_diff"] = diff_trees(work / "docs-cold", project / "docs")
            save()
    project = work / f"project-{big}"

    # 2. edit one article at the largest size, rebuild with the cache
    print("2. rebuild after editing one article", flush=True)
    victim = sorted(sources[big].iterdir())[big // 2]
    original = victim.read_bytes()
    victim.write_bytes(original.rstrip() + b"\n\nA correction was added to this article later.\n")
    res["edit_rebuild"] = run(briefing("build", str(sources[big]), "-f", str(project / "mkdocs.yml"),
                                       "--jobs", jobs), work / "edit.log")
    res["edit_rebuild"]["file"] = victim.name
    victim.write_bytes(original)
    save()

    # 4. sizes, memory and search at the largest size
    print("4. site size and search", flush=True)
    site = project / "site"
    index = site / "search" / "search_index.json"
    res["search_index_bytes"] = index.stat().st_size if index.exists() else 0
    res["site_bytes"], res["site_files"] = tree_size(site)
    res["docs_bytes"], res["docs_files"] = tree_size(project / "docs")
    try:
        res["search"] = search_latency(site, args.query)
    except Exception as exc:  # the report says what failed rather than losing the run
        res["search"] = {"error": f"{type(exc).__name__}: {exc}"}
    res["machine"]["load_end"] = os.getloadavg()
    res["finished"] = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    save()
    args.out.write_text(report(res), encoding="utf-8")
    print(f"wrote {args.out}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
