#+ name: provenance-switch
#+ description: >
#+   The commit point of an atomic replace, in one transaction: the source's old graph is marked
#+   retired, its old PROV record is removed, the new graph leaves staging and the new record
#+   (which names the new graph as current) is written.
#+ params:
#+   provenance: {type: iri, required: true, description: the provenance graph}
#+   journal: {type: iri, required: true, description: the journal graph}
#+   source: {type: iri, required: true, description: the source IRI}
#+   graph: {type: iri, required: true, description: the source's new graph}
#+   record: {type: triples, required: true, description: the new PROV record, as N-Triples}
PREFIX pg: <https://w3id.org/partygraph/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
INSERT { GRAPH ?_journal { ?old pg:loadState pg:Retired } }
WHERE { GRAPH ?_provenance { ?_source pg:currentGraph ?old } FILTER (?old != ?_graph) } ;

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
