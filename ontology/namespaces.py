"""The vocabularies partygraph speaks, as rdflib namespaces, and the prefixes used to print them.

The ontology namespaces are fixed: a vocabulary term means the same thing in every deployment.
Only the IRIs of *data* move with ``PARTYGRAPH_BASE`` (see :mod:`partygraph.ontology.uris`).
"""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, VOID, XSD

PG = Namespace("https://w3id.org/partygraph/ontology#")
ROLE = Namespace("https://w3id.org/partygraph/ontology/role/")
ACTION = Namespace("https://w3id.org/partygraph/ontology/action/")
CONTROL = Namespace("https://w3id.org/partygraph/ontology/control/")
END = Namespace("https://w3id.org/partygraph/ontology/end/")
SCHEMA = Namespace("http://schema.org/")
OPENGOV = Namespace("http://www.w3.org/ns/opengov#")
WD = Namespace("http://www.wikidata.org/entity/")
ONS = Namespace("http://statistics.data.gov.uk/id/statistical-geography/")
SH = Namespace("http://www.w3.org/ns/shacl#")
HYDRA = Namespace("http://www.w3.org/ns/hydra/core#")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")

PREFIXES: dict[str, str] = {
    "pg": str(PG),
    "role": str(ROLE),
    "action": str(ACTION),
    "control": str(CONTROL),
    "end": str(END),
    "org": str(ORG),
    "foaf": str(FOAF),
    "prov": str(PROV),
    "schema": str(SCHEMA),
    "opengov": str(OPENGOV),
    "dcterms": str(DCTERMS),
    "skos": str(SKOS),
    "owl": str(OWL),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "void": str(VOID),
    "wd": str(WD),
    "ons": str(ONS),
}

__all__ = [
    "ACTION", "CONTROL", "DCTERMS", "END", "FOAF", "HYDRA", "ONS", "OPENGOV", "ORG", "OWL", "PG", "PREFIXES",
    "PROV", "RDF", "RDFS", "ROLE", "SCHEMA", "SD", "SH", "SKOS", "VOID", "WD", "XSD",
]
