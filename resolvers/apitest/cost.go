package apitest

import (
	"testing"

	"github.com/bilateral/bilateral/graph"
	"github.com/bilateral/bilateral/resolvers/httpapi"
)

// NestedQuery is a typical nested query: entities, their relations, the
// entity at the other end of each and the sources at every level.
const NestedQuery = `query Nested($first: Int!) {
  entities(filter: {kinds: [ORGANISATION]}, first: $first) {
    totalCount
    edges { node {
      id name numSources sources { id title }
      relations(first: 50) { edges {
        direction
        other { id name sources { id title } }
        node { type evidence { sentence article { id title } } }
      } }
    } }
  }
}`

// MaxNestedCalls bounds, per store method, what NestedQuery may cost
// however many entities it returns: one Entities call for the list and one
// for the other ends; one Relations call; one Articles call per level that
// asks for sources (entities; relations and their evidence; other ends).
var MaxNestedCalls = map[string]int{"Entities": 2, "Relations": 1, "Articles": 3}

// runCost checks that nested fields are batched: the store calls of a
// nested query do not grow with the number of results.
func runCost(t *testing.T, newStore func(t *testing.T) graph.Store) {
	t.Run("a nested query costs a fixed number of store calls", func(t *testing.T) {
		for _, tc := range []struct {
			name string
			bulk int
		}{{"seed", 0}, {"seed and 60 more articles", 60}} {
			t.Run(tc.name, func(t *testing.T) {
				env := NewEnv(t, newStore, func(c *httpapi.Config) { c.MaxComplexity = 1 << 30 })
				Bulk(t, env.Store.Store, tc.bulk)
				env.Store.Reset()
				var got struct {
					Entities struct {
						TotalCount int `json:"totalCount"`
						Edges      []struct {
							Node struct {
								Relations struct {
									Edges []struct {
										Other node `json:"other"`
									} `json:"edges"`
								} `json:"relations"`
							} `json:"node"`
						} `json:"edges"`
					} `json:"entities"`
				}
				env.Query(NestedQuery, map[string]any{"first": 200}, &got)
				rels := 0
				for _, e := range got.Entities.Edges {
					rels += len(e.Node.Relations.Edges)
				}
				counts := env.Store.Counts()
				t.Logf("%d entities, %d relations: store calls %v", len(got.Entities.Edges), rels, counts)
				if len(got.Entities.Edges) < 5+tc.bulk || rels < len(got.Entities.Edges) {
					t.Fatalf("the query returned %d entities and %d relations, too few to measure", len(got.Entities.Edges), rels)
				}
				for method, n := range counts {
					if n > MaxNestedCalls[method] {
						t.Errorf("%s was called %d times, want at most %d (calls: %v)", method, n, MaxNestedCalls[method], counts)
					}
				}
			})
		}
	})
}
