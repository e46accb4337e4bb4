#+ name: journal-add
#+ description: Record that a graph is being written (staging) or removed (retired), before touching it.
#+ params:
#+   journal: {type: iri, required: true, description: the journal graph}
#+   graph: {type: iri, required: true, description: the graph}
#+   state: {type: iri, required: true, description: pg:Staging or pg:Retired}
PREFIX pg: <https://w3id.org/partygraph/ontology#>
INSERT DATA { GRAPH ?_journal { ?_graph pg:loadState ?_state } }
