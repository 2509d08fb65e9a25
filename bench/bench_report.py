"""docs/benchmarks.md from the figures of one run of bench/benchmark.py (a JSON dict)."""

from __future__ import annotations

TARGET_EXPORT_RATIO = 1.3
TARGET_REBUILD_RATIO = 0.05


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
    raw, export = res["raw_spacy"], res["export_cold"]
    edit = res.get("edit_rebuild", {})
    edit_size = edit.get("size", big)  # a merged run may edit at a smaller size than its largest
    cold = builds[edit_size]
    site_size = res.get("site_size", big)
    export_size = res.get("export_size", big)
    ok = lambda good: "**met**" if good else "**not met**"  # noqa: E731
    how = res.get("runs_note") or (
        "Measured by `bench/benchmark.py` in one run on the BBC corpus "
        f"(`../shared/corpora/bbc`, {big} articles at the largest size)")
    lines = [
        "# Benchmarks",
        "",
        f"{how}, from {res['started']} to {res.get('finished', '?')}. Re-run with "
        "`python bench/benchmark.py` (`--sizes 100,500,2225`, `--quick` for a smoke run); "
        "it rewrites this page.",
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
    lines.append(f"| 1. `briefing export`, cold cache / raw spaCy `nlp.pipe` ({export_size} articles) | {r1:.2f}x "
                 f"| {export['wall'] / raw['wall']:.2f}x | <= {TARGET_EXPORT_RATIO}x | {ok(r1 <= TARGET_EXPORT_RATIO)} |")
    full = res.get("full")  # optional: raw spaCy and export at a larger size, merged in
    if full and full["export_cold"].get("exit") == 0:
        rf = full["export_cold"]["cpu"] / full["raw_spacy"]["cpu"]
        lines.append(f"| 1. the same at {full['size']} articles | {rf:.2f}x | "
                     f"{full['export_cold']['wall'] / full['raw_spacy']['wall']:.2f}x | <= {TARGET_EXPORT_RATIO}x "
                     f"| {ok(rf <= TARGET_EXPORT_RATIO)} |")
    if edit.get("exit") == 0:
        r2 = edit["cpu"] / cold["cpu"]
        lines.append(f"| 2. rebuild after editing one article / full cold build ({edit_size} articles) | "
                     f"{100 * r2:.1f} % | {100 * edit['wall'] / cold['wall']:.1f} % | "
                     f"<= {100 * TARGET_REBUILD_RATIO:.0f} % | {ok(r2 <= TARGET_REBUILD_RATIO)} |")
    n0, n1 = sizes[0], sizes[-1]
    if n1 > n0:
        g = (builds[n1]["cpu"] / builds[n0]["cpu"]) / (n1 / n0)
        gw = (builds[n1]["wall"] / builds[n0]["wall"]) / (n1 / n0)
        lines.append(f"| 3. cold build cost per article, {n1} vs {n0} articles | {g:.2f}x | {gw:.2f}x "
                     f"| close to 1x (linear) | {ok(g <= 1.5)} |")
    if full and full["export_cold"].get("exit") == 0 and full["size"] > export_size:
        ge = (full["export_cold"]["cpu"] / export["cpu"]) / (full["size"] / export_size)
        lines.append(f"| 3. `briefing export` cost per article, {full['size']} vs {export_size} articles | {ge:.2f}x | "
                     f"| close to 1x (linear) | {ok(ge <= 1.5)} |")
    srch = res.get("search", {})
    if "first_result" in srch:
        lines.append(f"| 4. first search result after typing, Chromium ({site_size} articles) | "
                     f"{srch['first_result']:.2f} s | | usable: a few seconds | {ok(srch['first_result'] <= 5)} |")
    lines += [
        "",
        "## 1. Overhead over raw spaCy",
        "",
        f"Raw spaCy (import, load the model, `nlp.pipe` over the {export_size} files' texts, "
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
        "## 4. Size, memory and search",
        "",
        f"- Peak memory (max RSS of the `briefing build` process, {big} articles): "
        f"{builds[big]['peak_mib']:.0f} MiB",
        f"- At {site_size} articles:",
        f"  - search index `site/search/search_index.json`: {res.get('search_index_bytes', 0) / 1e6:.1f} MB",
        f"  - whole site: {res.get('site_bytes', 0) / 1e6:.1f} MB in {res.get('site_files', 0)} files "
        f"(generated Markdown in docs/: {res.get('docs_bytes', 0) / 1e6:.1f} MB in {res.get('docs_files', 0)} files)",
    ]
    if "first_result" in srch:
        lines.append(
            f"  - search in headless Chromium, site served over HTTP: page load {srch['load']:.2f} s; typing "
            f"`{srch['query']}` key by key (50 ms apart) into the search box until the first "
            f"`.md-search-result__item` shows: {srch['first_result']:.2f} s (the typing itself is "
            f"{srch['typing']:.2f} s; the rest is fetching search_index.json and indexing it in Material's "
            f"web worker); clearing the box and typing the query again, without delay between keys: "
            f"{srch['again']:.2f} s (Material searches as each key is typed); "
            f"{srch['results']} results listed.")
    else:
        lines.append(f"  - search in Chromium: not measured ({srch.get('error', 'not reached')})")
    lines += ["", "## What dominates", ""]
    entries = [("cold build", builds[big], big)]
    if edit_size != big:
        entries.append(("cold build", cold, edit_size))
    entries.append(("rebuild after one edit", edit, edit_size))
    for label, r, n in entries:
        if r.get("exit") == 0:
            top = sorted(r["stages_cpu"].items(), key=lambda kv: -kv[1])[:3]
            lines.append(f"- {label.capitalize()} ({n} articles, {r['cpu']:.0f} s CPU): "
                         + ", ".join(f"{k} {v:.0f} s ({100 * v / r['cpu']:.0f} %)" for k, v in top) + ".")
    for section in res.get("extra_sections", []):  # hand-written findings merged into the JSON
        lines += ["", section]
    lines += ["", NOTES]
    return "\n".join(lines)


NOTES = """## Reproducible output

Two builds of the same input are meant to give byte-identical generated Markdown (docs/),
briefing.json and site/: `tests/test_cache.py` builds twice, once more with `--no-cache`,
and compares every file, and the benchmark repeats the check at scale (above). Generated pages are written in
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

The site step is incremental as well (`generator/site.py`): a generated page is rewritten
only when its text changes, the previous site's page files are copied into the new build
folder with their times, and MkDocs (dirty mode) renders only pages whose Markdown is newer;
the search index keeps the other pages' entries, in page order, so the result is byte-identical
to a full build. What is still redone on every build: the corpus-wide stages (actors, quotes,
claims) and the Jinja rendering of every page, and MkDocs' rendering of the pages that list
the whole corpus (overview, the indexes, the print book), which change with any edit.
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
