"""Text-loader throughput: documents of about 500 words per second, end to end (reading, extraction,
linking, store write), beside spaCy's blank pipeline alone on the same texts, in one run.

    .venv/bin/python bench/text_throughput.py [--docs 100] [--runs 5]

Documents are built from the bundled corpus (data/corpus) and ../shared/corpus when present: each is
a run of corpus paragraphs of about 500 words with its own front matter and file name, so each is its
own source. The store holds the bundled reference data, as after `partygraph demo`. For each run:

- spacy:    spacy.blank("en") + sentencizer over the same texts (the floor: tokenising only)
- extract:  partygraph's extraction alone (pipeline, linking, rules, RDF), nothing written
- e2e:      loaders.ingest(store, paths), what `partygraph load *.md` does: the above plus the store
            write (each document atomic; the batch in one transaction)

Prints medians, documents and words per second, and ratios, as Markdown for docs/benchmarks/text.md.
"""

from __future__ import annotations

import argparse
import os
import statistics
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=100)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    import spacy

    from partygraph import loaders
    from partygraph.data import sample_files
    from partygraph.graph.store import open_store
    from partygraph.loaders.base import LoadContext
    from partygraph.loaders.text import build
    from partygraph.loaders.text.pipeline import for_store

    load_before = " ".join(f"{x:.2f}" for x in os.getloadavg())  # the machine is shared: say how busy it was
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = make_documents(folder, args.docs)
        texts = [p.read_text(encoding="utf-8") for p in paths]
        words = sum(len(t.split()) for t in texts)
        blank = spacy.blank("en")
        blank.add_pipe("sentencizer")
        timings: dict[str, list[float]] = {"spacy": [], "extract": [], "e2e": []}
        for run in range(args.runs):
            store = open_store(folder / f"store-{run}")
            loaders.ingest(store, sample_files())
            for_store(store)  # the pipeline is built once per store version, as in a server
            started = time.perf_counter()
            list(blank.pipe(texts))
            timings["spacy"].append(time.perf_counter() - started)
            context = LoadContext(store=store)
            started = time.perf_counter()
            for p in paths:
                build(p, context)
            timings["extract"].append(time.perf_counter() - started)
            started = time.perf_counter()
            loaders.ingest(store, paths)  # what `partygraph load *.md` does
            timings["e2e"].append(time.perf_counter() - started)
            store.close()
    med = {k: statistics.median(v) for k, v in timings.items()}
    print(f"{args.docs} documents, {words} words ({words / args.docs:.0f} per document), median of {args.runs} runs; "
          f"load average {load_before} before, {' '.join(f'{x:.2f}' for x in os.getloadavg())} after\n")
    print("| step | median s | documents/s | words/s | x spaCy blank |")
    print("|---|---:|---:|---:|---:|")
    for name, label in (("spacy", "spaCy blank tokenizer + sentencizer"), ("extract", "extraction (no write)"),
                        ("e2e", "end to end: extract + store write")):
        print(f"| {label} | {med[name]:.3f} | {args.docs / med[name]:.0f} | {words / med[name]:.0f} | "
              f"{med[name] / med['spacy']:.1f} |")
    target = args.docs / med["e2e"]
    print(f"\nend to end: {target:.0f} documents/s (target 50): {'met' if target >= 50 else 'NOT met'}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
