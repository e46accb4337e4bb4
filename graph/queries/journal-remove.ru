#+ name: journal-remove
#+ description: Forget a graph in the journal, once it has been written or removed.
#+ params:
#+   journal: {type: iri, required: true, description: the journal graph}
#+   graph: {type: iri, required: true, description: the graph}
PREFIX pg: <https://w3id.org/partygraph/ontology#>
DELETE WHERE { GRAPH ?_journal { ?_graph pg:loadState ?state } }
