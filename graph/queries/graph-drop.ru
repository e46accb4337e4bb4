#+ name: graph-drop
#+ description: Remove a named graph and everything in it (nothing if it does not exist).
#+ params:
#+   graph: {type: iri, required: true, description: the graph}
DROP SILENT GRAPH ?_graph
