#+ name: provenance-replace
#+ description: >
#+   Replace a small source in one transaction, journal-free: its old PROV record goes, its new content
#+   and record are written. Sent together with graph-drop for the old graph, in the same request.
#+ params:
#+   provenance: {type: iri, required: true, description: the provenance graph}
#+   source: {type: iri, required: true, description: the source IRI}
#+   graph: {type: iri, required: true, description: the source's new graph}
#+   content: {type: triples, required: true, description: the new graph's triples}
#+   record: {type: triples, required: true, description: the new PROV record}
PREFIX pg: <https://w3id.org/partygraph/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
DELETE { GRAPH ?_provenance { ?s ?p ?o } }
WHERE {
  GRAPH ?_provenance {
    { ?_source ?p ?o . BIND (?_source AS ?s) }
    UNION { ?_source pg:currentGraph ?s . ?s ?p ?o }
    UNION { ?_source pg:currentGraph ?g . ?g prov:wasGeneratedBy ?s . ?s ?p ?o }
  }
} ;

INSERT DATA { GRAPH ?_graph {
?_content
} } ;

INSERT DATA { GRAPH ?_provenance {
?_record
} }
