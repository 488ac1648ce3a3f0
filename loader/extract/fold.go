package extract

import "github.com/bilateral/bilateral/graph"

// foldName is the key names are compared by (graph.FoldName).
func foldName(s string) string { return graph.FoldName(s) }
