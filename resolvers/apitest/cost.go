package apitest

import (
	"encoding/json"
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

// RegionQuery asks every region for its parent, its children and the
// events held in it or below it.
const RegionQuery = `query Regions($first: Int!) {
  entities(filter: {kinds: [REGION]}, first: $first) {
    edges { node { id ... on Region {
      parent { id name }
      children { id name }
      events(first: 50) { totalCount edges { node { id date } } }
    } } }
  }
}`

// MaxRegionCalls bounds what RegionQuery may cost: events walks LOCATED_IN
// down one level per round, all regions' rounds batched together, so the
// calls grow with the depth of the hierarchy (country, province, city,
// district: four rounds of one Relations and one Entities call each), not
// with the number of regions; parent and children share the first round;
// one Entities call for the list.
var MaxRegionCalls = map[string]int{"Entities": 1 + 4, "Relations": 4}

// EventQuery asks every event for its place, hosts, attendees and
// signatories.
const EventQuery = `query Events($first: Int!) {
  events(first: $first) {
    edges { node {
      id
      place { id name }
      hosts { id name }
      attendees { id name }
      signatories { signatory { id name } agreement evidence { article { id } } }
    } }
  }
}`

// MaxEventCalls bounds what EventQuery may cost: one Entities call for the
// list, one Relations call for every event's place, hosts, attendees and
// signatories, one Entities call for the entities at their other ends and
// one Articles call for the signatories' evidence.
var MaxEventCalls = map[string]int{"Entities": 2, "Relations": 1, "Articles": 1}

// runCost checks that nested fields are batched: the store calls of a
// nested query do not grow with the number of results.
func runCost(t *testing.T, newStore func(t *testing.T) graph.Store) {
	for _, q := range []struct {
		name  string
		query string
		max   map[string]int
		// size counts what the answer holds: the parents and the nested
		// items below them, which must both be plenty to measure.
		size func(t *testing.T, data json.RawMessage) (parents, nested int)
	}{
		{"a nested query costs a fixed number of store calls", NestedQuery, MaxNestedCalls, nestedSize},
		{"regions' parents, children and events cost a fixed number of store calls", RegionQuery, MaxRegionCalls, regionSize},
		{"events' places, hosts, attendees and signatories cost a fixed number of store calls", EventQuery, MaxEventCalls, eventSize},
	} {
		t.Run(q.name, func(t *testing.T) {
			for _, tc := range []struct {
				name string
				bulk int
			}{{"seed", 0}, {"seed and 60 more articles", 60}} {
				t.Run(tc.name, func(t *testing.T) {
					env := NewEnv(t, newStore, func(c *httpapi.Config) { c.MaxComplexity = 1 << 30 })
					Bulk(t, env.Store.Store, tc.bulk)
					env.Store.Reset()
					var data json.RawMessage
					env.Query(q.query, map[string]any{"first": 200}, &data)
					parents, nested := q.size(t, data)
					counts := env.Store.Counts()
					t.Logf("%d parents, %d nested items: store calls %v", parents, nested, counts)
					if parents < 4 || nested < parents {
						t.Fatalf("the query returned %d parents and %d nested items, too few to measure", parents, nested)
					}
					for method, n := range counts {
						if n > q.max[method] {
							t.Errorf("%s was called %d times, want at most %d (calls: %v)", method, n, q.max[method], counts)
						}
					}
				})
			}
		})
	}
}

func decodeData(t *testing.T, data json.RawMessage, out any) {
	t.Helper()
	if err := json.Unmarshal(data, out); err != nil {
		t.Fatalf("decode %s: %v", data, err)
	}
}

// nestedSize counts NestedQuery's entities and their relations.
func nestedSize(t *testing.T, data json.RawMessage) (entities, relations int) {
	var got struct {
		Entities struct {
			Edges []struct {
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
	decodeData(t, data, &got)
	for _, e := range got.Entities.Edges {
		relations += len(e.Node.Relations.Edges)
	}
	return len(got.Entities.Edges), relations
}

// regionSize counts RegionQuery's regions and the parents, children and
// events they list.
func regionSize(t *testing.T, data json.RawMessage) (regions, nested int) {
	var got struct {
		Entities struct {
			Edges []struct {
				Node struct {
					Parent   *node  `json:"parent"`
					Children []node `json:"children"`
					Events   struct {
						Edges []struct {
							Node node `json:"node"`
						} `json:"edges"`
					} `json:"events"`
				} `json:"node"`
			} `json:"edges"`
		} `json:"entities"`
	}
	decodeData(t, data, &got)
	for _, e := range got.Entities.Edges {
		n := e.Node
		if n.Parent != nil {
			nested++
		}
		nested += len(n.Children) + len(n.Events.Edges)
	}
	return len(got.Entities.Edges), nested
}

// eventSize counts EventQuery's events and the places, hosts, attendees
// and signatories they list.
func eventSize(t *testing.T, data json.RawMessage) (events, nested int) {
	var got struct {
		Events struct {
			Edges []struct {
				Node struct {
					Place       *node  `json:"place"`
					Hosts       []node `json:"hosts"`
					Attendees   []node `json:"attendees"`
					Signatories []struct {
						Signatory node `json:"signatory"`
					} `json:"signatories"`
				} `json:"node"`
			} `json:"edges"`
		} `json:"events"`
	}
	decodeData(t, data, &got)
	for _, e := range got.Events.Edges {
		n := e.Node
		if n.Place != nil {
			nested++
		}
		nested += len(n.Hosts) + len(n.Attendees) + len(n.Signatories)
	}
	return len(got.Events.Edges), nested
}
