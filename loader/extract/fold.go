package extract

import "github.com/bilateral/bilateral/loader/gazetteer"

// foldName is graph.FoldName, computed by the gazetteer's faster
// equivalent.
func foldName(s string) string { return gazetteer.FoldName(s) }
