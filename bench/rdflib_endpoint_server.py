"""Serve an RDF file with rdflib-endpoint, the peer of bench/sparql_endpoints.py: the file goes into one named graph
of an rdflib ``Dataset`` whose default graph is the union of its graphs (as partygraph serves it).

    python bench/rdflib_endpoint_server.py DATA.nt GRAPH-IRI PORT
"""

from __future__ import annotations

import sys
import time

import uvicorn
from rdflib import Dataset, URIRef
from rdflib_endpoint import SparqlEndpoint


def main() -> None:
    data, graph, port = sys.argv[1], sys.argv[2], int(sys.argv[3])
    started = time.perf_counter()
    dataset = Dataset(default_union=True)
    dataset.graph(URIRef(graph)).parse(data, format="nt")
    print(f"rdflib-endpoint: {len(dataset)} triples parsed in {time.perf_counter() - started:.0f} s", flush=True)
    app = SparqlEndpoint(graph=dataset, path="/sparql", public_url=f"http://127.0.0.1:{port}/sparql")
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)


if __name__ == "__main__":
    main()
