"""Latency of the resource and REST routes (fragments, linked data, VoID, dump, REST, chains) on the
synthetic graph of about a million triples, over real HTTP on loopback.

    .venv/bin/python bench/http_resources.py [--nt FILE] [--requests 30] [--out docs/benchmarks/http-resources.md]

Without ``--nt`` it writes the graph first (`partygraph synth --preset http`). The store is on disk, as
`partygraph serve` has it; the server is uvicorn in a thread of this process and one httpx client asks
one request at a time. For each route: the first (cold) request, then the median and p95 of
``--requests`` more. No peer is named for these routes (the SPARQL endpoint's comparison with the
Oxigraph server and rdflib-endpoint is bench/sparql_endpoints.py); the figures are for regressions and sizing.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote

import httpx
import uvicorn

ROOT = Path(__file__).resolve().parent.parent

from partygraph import loaders  # noqa: E402
from partygraph.api.app import create_app  # noqa: E402
from partygraph.data import sample_files  # noqa: E402
from partygraph.graph.store import open_store  # noqa: E402

ID = "https://w3id.org/partygraph/id/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
ON_BEHALF_OF = "https://w3id.org/partygraph/ontology#onBehalfOf"
COUNCIL = "E07900001"


def routes() -> list[tuple[str, str, dict[str, str]]]:
    """(name, path with query, headers): what a TPF client, a linked-data crawler, a browser and an
    API client ask most."""
    ttl, html = {"accept": "text/turtle"}, {"accept": "text/html"}
    return [
        ("fragment ?s ?p ?o, page 1", "fragments", ttl),
        ("fragment ?s ?p ?o, page 200", "fragments?page=200", ttl),
        ("fragment ?s rdf:type ?o", f"fragments?predicate={quote(RDF_TYPE, safe='')}", ttl),
        ("fragment <council> ?p ?o", f"fragments?subject={quote(ID + 'council/' + COUNCIL, safe='')}", ttl),
        ("fragment ?s onBehalfOf <labour>, page 3",
         f"fragments?predicate={quote(ON_BEHALF_OF, safe='')}"
         f"&object={quote(ID + 'party/labour', safe='')}&page=3", ttl),
        ("/id council, Turtle", f"id/council/{COUNCIL}", ttl),
        ("/id council, HTML", f"id/council/{COUNCIL}", html),
        ("/id party (many links in), HTML", "id/party/labour", html),
        ("/.well-known/void", ".well-known/void", ttl),
        ("/councils?limit=50", "councils?limit=50", {}),
        ("/councils/{gss}/governance", f"councils/{COUNCIL}/governance?at=2020-06-01", {}),
        ("/decisions?by=labour/nec", "decisions?by=labour/nec&limit=50", {}),
        ("/search?q=", "search?q=Barker&limit=10", {}),
        ("/chains NEC -> council", f"chains?from=labour/nec&to={COUNCIL}&at=2020-06-01", {}),
        ("/explore/councils/{gss}", f"explore/councils/{COUNCIL}?at=2020-06-01", {}),
    ]


def serve(app) -> tuple[uvicorn.Server, str]:  # type: ignore[no-untyped-def]
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.02)
    return server, f"http://127.0.0.1:{port}/"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nt", type=Path, help="an N-Triples file to load (default: synth --preset http)")
    parser.add_argument("--requests", type=int, default=30)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmarks" / "http-resources.md")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        nt = args.nt
        if nt is None:
            nt = Path(tmp) / "http.nt"
            subprocess.run([str(Path(sys.executable).parent / "partygraph"), "synth", "--preset", "http",
                            "--out", str(nt)], check=True, capture_output=True)
        store = open_store(Path(tmp) / "store")
        started = time.perf_counter()
        loaders.ingest(store, [*sample_files(), nt])
        loaded = time.perf_counter() - started
        triples = store.stats().triples
        server, base = serve(create_app(store))
        rows = []
        with httpx.Client(timeout=120) as http:
            for name, path, headers in routes():
                t0 = time.perf_counter()
                first = http.get(base + path, headers=headers)
                cold = time.perf_counter() - t0
                assert first.status_code == 200, (name, first.status_code, first.text[:300])
                times = []
                for _ in range(args.requests):
                    t0 = time.perf_counter()
                    response = http.get(base + path, headers=headers)
                    times.append(time.perf_counter() - t0)
                    assert response.status_code == 200
                times.sort()
                rows.append((name, cold, statistics.median(times), times[int(0.95 * (len(times) - 1))],
                             len(response.content)))
                print(f"{name:45s} cold {cold * 1000:8.1f} ms  p50 {rows[-1][2] * 1000:7.1f} ms", flush=True)
            t0 = time.perf_counter()
            size = 0
            with http.stream("GET", base + "dump") as response:
                for chunk in response.iter_raw():
                    size += len(chunk)
            dump_seconds = time.perf_counter() - t0
        server.should_exit = True
        store.close()

    command = ("`.venv/bin/partygraph synth --preset http --out http.nt` then "
               "`.venv/bin/python bench/http_resources.py --nt http.nt`" if args.nt
               else "`.venv/bin/python bench/http_resources.py`")
    lines = [
        "# Resource and REST routes: latency on the synthetic graph",
        "",
        f"Measured with {command} on {time.strftime('%Y-%m-%d')}: {triples:,} quads "
        f"(`partygraph synth --preset http` plus the bundled sample data) loaded in {loaded:.1f} s into an "
        "on-disk store; uvicorn on loopback; one client, one request at a time; "
        f"{args.requests} requests per route after a first (cold) one. Machine: 2 cores.",
        "",
        "| route | cold (ms) | p50 (ms) | p95 (ms) | response bytes |",
        "| --- | ---: | ---: | ---: | ---: |",
        *[f"| {n} | {c * 1000:.1f} | {p50 * 1000:.1f} | {p95 * 1000:.1f} | {b:,} |" for n, c, p50, p95, b in rows],
        "",
        f"`/dump` (every quad, gzip-compressed N-Quads, streamed): {size / 1e6:.1f} MB in {dump_seconds:.1f} s "
        f"({triples / dump_seconds:,.0f} quads/s).",
        "",
        "Cold figures include work cached per store version afterwards: a fragment's count (one index scan "
        "of the pattern's matches) and the VoID description (a scan of the predicates and of `rdf:type`). "
        "Deep fragment pages cost a scan of the triples before them (page 200 skips 19,900).",
        "No peer is named for these routes; the SPARQL endpoint's side-by-side figures are in http.md.",
    ]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
