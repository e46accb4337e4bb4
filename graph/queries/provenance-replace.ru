#+ name: provenance-replace
#+ description: >
#+   The commit point of a small replace: the source's old PROV record goes, the new one (naming the
#+   new graph as current) is written and the new graph leaves staging. Sent with graph-drop for the
#+   old graph, in the same request.
#+ params:
#+   provenance: {type: iri, required: true, description: the provenance graph}
#+   journal: {type: iri, required: true, description: the journal graph}
#+   source: {type: iri, required: true, description: the source IRI}
#+   graph: {type: iri, required: true, description: the source's new graph}
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

DELETE DATA { GRAPH ?_journal { ?_graph pg:loadState pg:Staging } } ;

INSERT DATA { GRAPH ?_provenance {
?_record
} }
