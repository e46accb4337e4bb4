"""Bulk-load throughput: `partygraph load` against raw `pyoxigraph.Store.bulk_load`, same file, same run.

    .venv/bin/python bench/bulk_load.py [--triples 1000000] [--runs 5] [--out docs/benchmarks/bulk-load.md]

Generates an N-Triples file of councillor memberships in partygraph's model (deterministic), then, for
each run and in alternating order, loads it into a fresh on-disk store three ways:

- raw:      pyoxigraph.Store(folder).bulk_load(path, to_graph=G)    (fast, not atomic)
- library:  partygraph.loaders.ingest(store, [path])                  (atomic replace, in process)
- cli:      `partygraph load FILE --store folder` in a subprocess       (what a user runs; includes start-up)

and prints medians, throughputs and ratios as Markdown (and writes them to ``--out``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
BASE = "https://w3id.org/partygraph/id/"


def generate(path: Path, triples: int) -> int:
    """Councillors and their memberships, about 10 triples per membership. Returns triples written."""
    org = "http://www.w3.org/ns/org#"
    schema = "http://schema.org/"
    pg = "https://w3id.org/partygraph/ontology#"
    label = "http://www.w3.org/2000/01/rdf-schema#label"
    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    parties = ["labour", "conservative", "liberal-democrats", "green", "snp", "independent"]
    written = 0
    with open(path, "w", encoding="utf-8") as f:
        i = 0
        while written < triples:
            person = f"<{BASE}person/councillor-{i}>"
            m = f"<{BASE}membership/bench-{i}>"
            council = f"<{BASE}council/E0{(i % 400) + 6000000:07d}>"
            year = 2002 + (i % 20)
            lines = [
                f'{person} <{rdf_type}> <http://xmlns.com/foaf/0.1/Person> .',
                f'{person} <{label}> "Councillor {i}" .',
                f'{m} <{rdf_type}> <{org}Membership> .',
                f'{m} <{org}member> {person} .',
                f'{m} <{org}organization> {council} .',
                f'{m} <{org}role> <https://w3id.org/partygraph/ontology/role/councillor> .',
                f'{m} <{pg}onBehalfOf> <{BASE}party/{parties[i % len(parties)]}> .',
                f'{m} <{schema}startDate> "{year}-05-0{1 + i % 7}"^^<http://www.w3.org/2001/XMLSchema#date> .',
                f'{m} <{schema}endDate> "{year + 4}-05-0{1 + i % 7}"^^<http://www.w3.org/2001/XMLSchema#date> .',
                f'{m} <http://purl.org/dc/terms/source> <https://example.org/register/{i % 997}> .',
            ]
            f.write("\n".join(lines) + "\n")
            written += len(lines)
            i += 1
    return written


def raw(path: Path, folder: Path) -> float:
    started = time.perf_counter()
    store = ox.Store(str(folder))
    store.bulk_load(path=str(path), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(f"{BASE}graph/bench"))
    store.flush()
    del store
    return time.perf_counter() - started


def library(path: Path, folder: Path) -> float:
    from partygraph import loaders
    from partygraph.graph.store import open_store

    started = time.perf_counter()
    store = open_store(folder)
    loaders.ingest(store, [path])
    store.close()
    return time.perf_counter() - started


def cli(path: Path, folder: Path) -> float:
    exe = Path(sys.executable).with_name("partygraph")
    started = time.perf_counter()
    subprocess.run([str(exe), "load", str(path), "--store", str(folder)], check=True, capture_output=True)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", type=Path, help="also write the Markdown here")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="pg-bulk-"))
    try:
        data = work / "bench.nt"
        n = generate(data, args.triples)
        ways = {"raw bulk_load": raw, "partygraph library": library, "partygraph load (CLI)": cli}
        times: dict[str, list[float]] = {name: [] for name in ways}
        for run in range(args.runs):
            order = list(ways.items())
            if run % 2:
                order.reverse()  # alternate so drift on a noisy machine does not favour one side
            for name, fn in order:
                folder = work / f"store-{run}-{name.split()[0]}"
                times[name].append(fn(data, folder))
                shutil.rmtree(folder, ignore_errors=True)
        raw_median = statistics.median(times["raw bulk_load"])
        options = "".join([f" --triples {args.triples}" if args.triples != 1_000_000 else "",
                           f" --runs {args.runs}" if args.runs != 5 else ""])
        lines = [
            "# Bulk load: `partygraph load` beside raw `pyoxigraph.Store.bulk_load`",
            "",
            f"Measured by `.venv/bin/python bench/bulk_load.py{options}` on {time.strftime('%Y-%m-%d')} "
            f"({os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} at the end): {n:,} triples "
            f"({data.stat().st_size / 1e6:.0f} MB of N-Triples), each way into a fresh on-disk store, "
            f"{args.runs} runs in alternating order, medians.",
            "",
            "| way | median s | triples/s | ratio to raw | runs (s) |",
            "| --- | ---: | ---: | ---: | --- |",
        ]
        for name, values in times.items():
            med = statistics.median(values)
            lines.append(f"| {name} | {med:.2f} | {n / med:,.0f} | {raw_median / med:.2f}x | "
                         f"{', '.join(f'{v:.2f}' for v in values)} |")
        report = "\n".join(lines) + "\n"
        print(report)
        if args.out:
            args.out.write_text(report)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
