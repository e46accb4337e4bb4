"""The graph: the store (named graphs per source, SPARQL 1.1), the named queries over it, SHACL
validation and the influence projection. Imports ``ontology``; never ``loaders`` or ``api``."""
