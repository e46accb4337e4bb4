#+ name: provenance-forget
#+ description: Unload a source in one transaction, so its graph is marked retired and its PROV record removed.
#+ params:
#+   provenance: {type: iri, required: true, description: the provenance graph}
#+   journal: {type: iri, required: true, description: the journal graph}
#+   source: {type: iri, required: true, description: the source IRI}
PREFIX pg: <https://w3id.org/partygraph/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
INSERT { GRAPH ?_journal { ?old pg:loadState pg:Retired } }
WHERE { GRAPH ?_provenance { ?_source pg:currentGraph ?old } } ;

DELETE { GRAPH ?_provenance { ?s ?p ?o } }
WHERE {
  GRAPH ?_provenance {
    { ?_source ?p ?o . BIND (?_source AS ?s) }
    UNION { ?_source pg:currentGraph ?s . ?s ?p ?o }
    UNION { ?_source pg:currentGraph ?g . ?g prov:wasGeneratedBy ?s . ?s ?p ?o }
  }
}
