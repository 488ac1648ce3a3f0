package embedded

import (
	"slices"

	"github.com/bilateral/bilateral/graph"
)

// cloneEntity returns a deep copy of e.
func cloneEntity(e graph.Entity) graph.Entity {
	e.Aliases = slices.Clone(e.Aliases)
	e.Roles = slices.Clone(e.Roles)
	e.MergedIDs = slices.Clone(e.MergedIDs)
	e.Sources = slices.Clone(e.Sources)
	if e.Conflicts != nil {
		cs := make([]graph.Conflict, len(e.Conflicts))
		for i, c := range e.Conflicts {
			vs := make([]graph.ConflictValue, len(c.Values))
			for j, v := range c.Values {
				vs[j] = graph.ConflictValue{Value: v.Value, ArticleIDs: slices.Clone(v.ArticleIDs)}
			}
			cs[i] = graph.Conflict{Field: c.Field, Values: vs}
		}
		e.Conflicts = cs
	}
	return e
}

// cloneRelation returns a deep copy of r.
func cloneRelation(r graph.Relation) graph.Relation {
	r.Sources = slices.Clone(r.Sources)
	return r
}
