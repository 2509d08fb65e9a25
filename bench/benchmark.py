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

CORPUS = ROOT.parent / "shared" / "corpora" / "bbc"
OUT = ROOT / "docs" / "benchmarks.md"
CHROMIUM = "/usr/bin/chromium"
TARGET_EXPORT_RATIO = 1.3
TARGET_REBUILD_RATIO = 0.05
STAGE_RE = re.compile(r"^stage (\w+): ([0-9.]+) s \(cpu ([0-9.]+) s\)$")

RAW_SPACY = """
import sys, time
start = time.perf_counter()
import spacy
from generator.nlp import load, resolve_model
texts = [open(p, encoding=enc).read() for p, enc in (l.rsplit('\\t', 1) for l in open(sys.argv[1]).read().splitlines())]
nlp = load('auto')
jobs = int(sys.argv[2])
n = 0
for doc in nlp.pipe(texts, batch_size=16, n_process=jobs if jobs > 1 else 1):
    n += len(doc)
print(f"tokens {n}")
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
    from generator.render import read_manifest

    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    generated = read_manifest(ROOT / "docs")
    for path in (ROOT / "docs").rglob("*"):
        rel = path.relative_to(ROOT / "docs").as_posix()
        if path.is_file() and rel not in generated and not rel.startswith("."):
            target = dest / "docs" / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(path, target)
    return dest / "mkdocs.yml"


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


# ---------------------------------------------------------------------------------- report


def _secs(r: dict) -> str:
    if r.get("exit") != 0:
        return f"failed ({r.get('error', '?')})"
    return f"{r['cpu']:.1f} s CPU ({r['wall']:.1f} s wall)"


STAGES = ["ingest", "analyse", "actors", "quotes", "lineage", "claims", "render", "export", "site"]


def report(res: dict) -> str:
    """docs/benchmarks.md from the figures of one run."""
    m = res["machine"]
    sizes = res["sizes"]
    big = sizes[-1]
    builds = {int(k): v for k, v in res["builds"].items()}
    raw, export, cold = res["raw_spacy"], res["export_cold"], builds[big]
    edit = res.get("edit_rebuild", {})
    ok = lambda good: "**met**" if good else "**not met**"  # noqa: E731
    lines = [
        "# Benchmarks",
        "",
        "Measured by `bench/benchmark.py` in one run on the BBC corpus "
        f"(`../shared/corpora/bbc`, {big} articles at the largest size), from {res['started']} "
        f"to {res.get('finished', '?')}. Re-run with `python bench/benchmark.py` "
        "(`--sizes 100,500,2225`, `--quick` for a smoke run); it rewrites this page.",
        "",
        "## Machine",
        "",
        f"- CPU: {m['cpu']}, {m['cores']} cores, shared with other jobs during the run "
        f"(load average {m['load_start'][0]:.1f} at the start, {m.get('load_end', (0,))[0]:.1f} at the end)",
        f"- Memory: {m['memory']}; {m['os']}; Python {m['python']}; spaCy {m['spacy']}",
        f"- Model and cache key: `{m['model']}`; `--jobs {res['jobs']}` (the default here: cores - 1)",
        "",
        "Every figure is for a whole `briefing` process (start-up and model loading included), "
        "each build in a fresh project with an empty cache unless said. The machine was shared, "
        "so wall times swing with the other jobs' load; ratios are taken on CPU time "
        "(user + system of the process), with wall times alongside.",
        "",
        "## Targets",
        "",
        "| Measure | CPU ratio | Wall ratio | Target | |",
        "|---|---:|---:|---:|---|",
    ]
    r1 = export["cpu"] / raw["cpu"]
    lines.append(f"| 1. `briefing export`, cold cache / raw spaCy `nlp.pipe` ({big} articles) | {r1:.2f}x "
                 f"| {export['wall'] / raw['wall']:.2f}x | <= {TARGET_EXPORT_RATIO}x | {ok(r1 <= TARGET_EXPORT_RATIO)} |")
    if edit.get("exit") == 0:
        r2 = edit["cpu"] / cold["cpu"]
        lines.append(f"| 2. rebuild after editing one article / full cold build ({big} articles) | "
                     f"{100 * r2:.1f} % | {100 * edit['wall'] / cold['wall']:.1f} % | "
                     f"<= {100 * TARGET_REBUILD_RATIO:.0f} % | {ok(r2 <= TARGET_REBUILD_RATIO)} |")
    full = res.get("full")  # optional: raw spaCy and export at a larger size, merged in
    if full and full["export_cold"].get("exit") == 0:
        rf = full["export_cold"]["cpu"] / full["raw_spacy"]["cpu"]
        lines.append(f"| 1. the same at {full['size']} articles | {rf:.2f}x | "
                     f"{full['export_cold']['wall'] / full['raw_spacy']['wall']:.2f}x | <= {TARGET_EXPORT_RATIO}x "
                     f"| {ok(rf <= TARGET_EXPORT_RATIO)} |")
    n0, n1 = sizes[0], sizes[-1]
    if n1 > n0:
        g = (builds[n1]["cpu"] / builds[n0]["cpu"]) / (n1 / n0)
        gw = (builds[n1]["wall"] / builds[n0]["wall"]) / (n1 / n0)
        lines.append(f"| 3. cold build cost per article, {n1} vs {n0} articles | {g:.2f}x | {gw:.2f}x "
                     f"| close to 1x (linear) | {ok(g <= 1.5)} |")
    srch = res.get("search", {})
    if "first_result" in srch:
        lines.append(f"| 4. first search result after typing, Chromium ({big} articles) | "
                     f"{srch['first_result']:.2f} s | | usable: a few seconds | {ok(srch['first_result'] <= 5)} |")
    lines += [
        "",
        "## 1. Overhead over raw spaCy",
        "",
        f"Raw spaCy (import, load the model, `nlp.pipe` over the {big} files' texts, "
        f"`n_process={res['jobs']}`): {_secs(raw)}. `briefing export` with a cold cache: {_secs(export)}:",
        "",
        "| Stage | CPU (s) | Wall (s) | Share of CPU |",
        "|---|---:|---:|---:|",
    ]
    lines += _stage_rows(export)
    if full:
        fe = full["export_cold"]
        lines += [
            "",
            f"At {full['size']} articles: raw spaCy {_secs(full['raw_spacy'])}; `briefing export` with a "
            f"cold cache {_secs(fe)}:",
            "",
            "| Stage | CPU (s) | Wall (s) | Share of CPU |",
            "|---|---:|---:|---:|",
        ]
        lines += _stage_rows(fe) if fe.get("exit") == 0 else [f"| (failed: {fe.get('error')}) | | | |"]
        if full.get("note"):
            lines += ["", full["note"]]
    lines += [
        "",
        "## 2. Rebuild after editing one article",
        "",
        f"One article (`{edit.get('file', '?')}`) edited, then `briefing build` again with the cache: "
        f"{_secs(edit) if edit else 'not run'}, against {_secs(cold)} for the cold build.",
        "",
        "| Stage | Cold build CPU (s) | Rebuild CPU (s) | Rebuild wall (s) |",
        "|---|---:|---:|---:|",
    ]
    for name in STAGES:
        if name in cold["stages"] or name in edit.get("stages", {}):
            lines.append(f"| {name} | {cold['stages_cpu'].get(name, 0):.1f} | "
                         f"{edit.get('stages_cpu', {}).get(name, 0):.1f} | {edit.get('stages', {}).get(name, 0):.1f} |")
    same = res.get("same_input_rebuild", {})
    sd, dd = res.get("site_diff", []), res.get("docs_diff", [])
    if same:
        lines += [
            "",
            f"Reproducibility: at {same.get('size', '?')} articles, a second (warm) build of the same input "
            f"({_secs(same)}) compared byte for byte with the cold build: {len(dd)} file(s) differ in docs/, "
            f"{len(sd)} in site/" + (f" ({', '.join(f'`{p}`' for p in sd[:8])})" if sd else "") + ".",
        ]
    lines += [
        "",
        "## 3. Growth with corpus size (cold builds)",
        "",
        "CPU seconds per stage:",
        "",
        "| Articles | CPU (s) | Wall (s) | CPU per article (ms) | " + " | ".join(STAGES) + " | Peak RSS (MiB) |",
        "|---:|---:|---:|---:|" + "---:|" * len(STAGES) + "---:|",
    ]
    for n in sizes:
        b = builds[n]
        cells = " | ".join(f"{b['stages_cpu'].get(s, 0):.1f}" for s in STAGES)
        lines.append(f"| {n} | {b['cpu']:.0f} | {b['wall']:.0f} | {1000 * b['cpu'] / n:.0f} | {cells} "
                     f"| {b['peak_mib']:.0f} |")
    lines += [
        "",
        "## 4. Size, memory and search at the largest size",
        "",
        f"- Peak memory (max RSS of the `briefing build` process, {big} articles): {cold['peak_mib']:.0f} MiB",
        f"- Search index `site/search/search_index.json`: {res.get('search_index_bytes', 0) / 1e6:.1f} MB",
        f"- Whole site: {res.get('site_bytes', 0) / 1e6:.1f} MB in {res.get('site_files', 0)} files "
        f"(generated Markdown in docs/: {res.get('docs_bytes', 0) / 1e6:.1f} MB in {res.get('docs_files', 0)} files)",
    ]
    if "first_result" in srch:
        lines.append(
            f"- Search in headless Chromium, site served over HTTP: page load {srch['load']:.2f} s; typing "
            f"`{srch['query']}` key by key (50 ms apart) into the search box until the first "
            f"`.md-search-result__item` shows: {srch['first_result']:.2f} s (the typing itself is "
            f"{srch['typing']:.2f} s; the rest is fetching search_index.json and indexing it in Material's "
            f"web worker); the same query once the index is loaded: {srch['again']:.2f} s; "
            f"{srch['results']} results listed.")
    else:
        lines.append(f"- Search in Chromium: not measured ({srch.get('error', 'not reached')})")
    lines += ["", "## What dominates", ""]
    for label, r in (("cold build", cold), ("rebuild after one edit", edit)):
        if r.get("exit") == 0:
            top = sorted(r["stages_cpu"].items(), key=lambda kv: -kv[1])[:3]
            lines.append(f"- {label.capitalize()} ({big} articles, {r['cpu']:.0f} s CPU): "
                         + ", ".join(f"{k} {v:.0f} s ({100 * v / r['cpu']:.0f} %)" for k, v in top) + ".")
    for section in res.get("extra_sections", []):  # hand-written findings merged into the JSON
        lines += ["", section]
    lines += ["", NOTES]
    return "\n".join(lines)


NOTES = """## Reproducible output

Two builds of the same input give byte-identical generated Markdown (docs/), briefing.json
and site/ (`tests/test_cache.py` builds twice, once more with `--no-cache`, and compares
every file; the benchmark repeats the check above at scale). Generated pages are written in
sorted order and carry no timestamps. Diffing two site/ trees built with different dates
shows what MkDocs itself stamps, and nothing else differs:

- `sitemap.xml`: a `<lastmod>` date per page, the build date (only when `site_url` is set;
  without it, as in the sample project, the sitemap is an empty `<urlset>`);
- `sitemap.xml.gz`: the same date (midnight UTC) in the gzip header's mtime field;
- `search/search_index.json` holds no date; its order follows the pages' order, which is
  sorted, so it is identical. Material prints no build date in pages (MkDocs' own themes
  would, in an HTML comment; this project does not use them).

MkDocs takes that date from `SOURCE_DATE_EPOCH` when it is set. `briefing build` sets it,
for the MkDocs step only, to the modification time of the newest source file unless the
caller set it already; the GitHub Actions workflow sets it to the commit's time. So the
same sources give the same bytes, on any day.

## How the cache works

`.briefing-cache/cache.sqlite` (setting `cache`, beside mkdocs.yml; standard-library
sqlite3) stores each source's spaCy Doc, serialised, under the source's sha256 plus a hash
of its cleaned text, for one model key: model name and version, spaCy version and the
pipeline version (`generator.nlp.PIPELINE_VERSION`, bumped when analysis changes). Only
sources with no stored Doc are parsed (`nlp.pipe`, with `n_process=--jobs` worker
processes when there are enough of them). Corpus-wide stages keep their own results in the
same file: lineage stores each compared pair under both documents' hashes, so an edit
recomputes only the pairs that involve the edited article. `briefing build --no-cache`
neither reads nor writes the file; `briefing clean` deletes it with the generated pages
and site/.
"""


def _stage_rows(run_: dict) -> list[str]:
    total = run_["cpu"]
    rows = []
    for name in STAGES:
        if name in run_["stages_cpu"]:
            sec = run_["stages_cpu"][name]
            rows.append(f"| {name} | {sec:.1f} | {run_['stages'][name]:.1f} | {100 * sec / total:.0f} % |")
    other = total - sum(run_["stages_cpu"].values())
    rows.append(f"| start-up, imports, model load | {other:.1f} | "
                f"{run_['wall'] - sum(run_['stages'].values()):.1f} | {100 * other / total:.0f} % |")
    return rows


if __name__ == "__main__":
    sys.exit(main())
