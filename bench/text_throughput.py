"""Text-loader throughput: documents of about 500 words per second, end to end (reading, extraction,
linking, store write), beside spaCy's blank pipeline alone on the same texts, in one run.

    .venv/bin/python bench/text_throughput.py [--docs 100] [--runs 5] [--against OTHER/.venv/bin/python]

Documents are built from the bundled corpus (data/corpus) and ../shared/corpus when present: each is
a run of corpus paragraphs of about 500 words with its own front matter and file name, so each is its
own source. The store holds the bundled reference data, as after `partygraph demo`. For each run:

- spacy:      spacy.blank("en") + sentencizer over the same texts (the floor: tokenising only)
- spacy-jobs: the same with ``n_process`` = the cores this process may use (spaCy's own parallelism)
- extract:    partygraph's extraction alone (pipeline, linking, rules, RDF), nothing written
- e2e:        loaders.ingest(store, paths), in one process: the above plus the store write (each
              document atomic; the batch in one transaction)
- e2e-jobs:   loaders.ingest(store, paths, jobs=cores), what `partygraph load *.md` does: the documents
              built by one forked worker per core (loaders/workers.py), then written by this process.
              A version without workers prints nothing for it.

Each step of each run runs in a process of its own, after its setup (imports, a store with the
reference data, the pipeline built), so nothing one pass warmed helps another: the timed pass is what
`partygraph load` of that batch costs once the program has started. (Up to round 19 the three steps
shared one process, and the end-to-end pass ran on the pipeline the extraction pass had just warmed.)

Prints medians, documents and words per second, and ratios, as Markdown for docs/benchmarks/text.md.
"""

from __future__ import annotations

import argparse
import inspect
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def corpus_paragraphs() -> list[str]:
    paragraphs: list[str] = []
    for folder in (ROOT / "data" / "corpus", ROOT.parent / "shared" / "corpus"):
        for path in sorted(folder.glob("*.md")):
            body = path.read_text(encoding="utf-8").split("---\n", 2)[-1]
            paragraphs += [p.strip() for p in body.split("\n\n") if len(p.split()) > 20]
    return paragraphs


def make_documents(folder: Path, count: int, words: int = 500) -> list[Path]:
    paragraphs = corpus_paragraphs()
    paths, k = [], 0
    for i in range(count):
        chosen: list[str] = []
        while sum(len(p.split()) for p in chosen) < words:
            chosen.append(paragraphs[k % len(paragraphs)])
            k += 1
        path = folder / f"bench-{i:04d}.md"
        path.write_text(f"---\ntitle: bench document {i}\npublished: 2018-0{1 + i % 9}-{10 + i % 18}\nkind: article\n---\n"
                        + "\n\n".join(chosen) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


STEPS = ("spacy", "spacy-jobs", "extract", "e2e", "e2e-jobs")


def timed_step(step: str, folder: Path) -> float:
    """Seconds for one step over the documents in ``folder``, in this (fresh) process: imports and the
    store with the reference data are set up first, untimed; the pipeline is built untimed too, as a
    server builds one per store version, so the timed pass is its first."""
    import spacy

    from partygraph import loaders
    from partygraph.data import sample_files
    from partygraph.graph.store import open_store
    from partygraph.loaders.base import LoadContext
    from partygraph.loaders.text import build
    from partygraph.loaders.text.pipeline import for_store

    paths = sorted(folder.glob("bench-*.md"))
    cores = len(os.sched_getaffinity(0))
    if step in ("spacy", "spacy-jobs"):
        texts = [p.read_text(encoding="utf-8") for p in paths]
        blank = spacy.blank("en")
        blank.add_pipe("sentencizer")
        started = time.perf_counter()
        list(blank.pipe(texts, n_process=cores if step == "spacy-jobs" else 1))
        return time.perf_counter() - started
    if step == "e2e-jobs" and "jobs" not in inspect.signature(loaders.ingest).parameters:
        return math.nan
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "store")
        loaders.ingest(store, sample_files())
        for_store(store)
        build(ROOT / "bench" / "warm-up.md", LoadContext(store=None))  # imports the extraction stack
        started = time.perf_counter()
        if step == "e2e":
            loaders.ingest(store, paths)
        elif step == "e2e-jobs":
            loaders.ingest(store, paths, jobs=cores)  # what `partygraph load *.md` does
        else:
            context = LoadContext(store=store)
            for p in paths:
                build(p, context)
        seconds = time.perf_counter() - started
        store.close()
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=100)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--against", type=Path, metavar="PYTHON",
                        help="also time another version: the Python of a checkout with its own partygraph "
                             "installed (e.g. a git worktree's .venv/bin/python); runs alternate between the two")
    parser.add_argument("--step", choices=STEPS, help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.step:  # one timed step in a process of its own: nothing warmed by another step or run
        print(timed_step(args.step, args.folder))
        return

    cores = len(os.sched_getaffinity(0))
    versions = {"this": Path(sys.executable)} | ({"other": args.against} if args.against else {})
    load_before = " ".join(f"{x:.2f}" for x in os.getloadavg())  # the machine is shared: say how busy it was
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = make_documents(folder, args.docs)
        words = sum(len(p.read_text(encoding="utf-8").split()) for p in paths)
        timings = {(v, step): [] for v in versions for step in STEPS}
        for run in range(args.runs):
            # the machine's speed drifts: each run times every version, in turn, first one then the other
            order = list(versions.items()) if run % 2 == 0 else list(reversed(versions.items()))
            for step in STEPS:
                for version, python in order:
                    out = subprocess.run([str(python), __file__, "--step", step, "--folder", str(folder)],
                                         check=True, capture_output=True, text=True).stdout
                    timings[version, step].append(float(out.split()[-1]))
    print(f"{args.docs} documents, {words} words ({words / args.docs:.0f} per document), {cores} cores, "
          f"median of {args.runs} runs; "
          f"load average {load_before} before, {' '.join(f'{x:.2f}' for x in os.getloadavg())} after\n")
    for version in versions:
        med = {step: statistics.median(timings[version, step]) for step in STEPS}
        if args.against:
            print(f"{version}: {versions[version]}\n")
        print("| step | median s | documents/s | words/s | x spaCy blank, same processes |")
        print("|---|---:|---:|---:|---:|")
        for name, peer, label in (
                ("spacy", "spacy", "spaCy blank tokenizer + sentencizer, 1 process"),
                ("spacy-jobs", "spacy-jobs", f"spaCy blank tokenizer + sentencizer, n_process={cores}"),
                ("extract", "spacy", "extraction (no write), 1 process"),
                ("e2e", "spacy", "end to end: extract + store write, 1 process"),
                ("e2e-jobs", "spacy-jobs", f"end to end, {cores} workers (`partygraph load`)")):
            if math.isnan(med[name]):
                print(f"| {label} | n/a | | | |")
                continue
            print(f"| {label} | {med[name]:.3f} | {args.docs / med[name]:.0f} | {words / med[name]:.0f} | "
                  f"{med[name] / med[peer]:.1f} |")
        best = min(med["e2e"], med["e2e-jobs"]) if not math.isnan(med["e2e-jobs"]) else med["e2e"]
        print(f"\nend to end: {args.docs / best:.0f} documents/s (target 50): "
              f"{'met' if args.docs / best >= 50 else 'NOT met'}; in one process {args.docs / med['e2e']:.0f}\n")
    if args.against:
        print("| step | time, this / other (median of the runs' ratios) | range |")
        print("|---|---:|---:|")
        for step in STEPS:
            other = step
            if all(math.isnan(t) for t in timings["other", step]):
                other = "e2e"  # a version without workers: `partygraph load` was its one-process load
            ratios = [a / b for a, b in zip(timings["this", step], timings["other", other])]
            if all(math.isnan(r) for r in ratios):
                continue
            label = step if other == step else f"{step} (this) / {other} (other)"
            print(f"| {label} | {statistics.median(ratios):.2f} | {min(ratios):.2f}-{max(ratios):.2f} |")
    sys.stdout.flush()

if __name__ == "__main__":
    main()
