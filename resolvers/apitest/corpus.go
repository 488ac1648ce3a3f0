package apitest

import (
	"context"
	"encoding/json"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bilateral/bilateral/graph"
	"github.com/bilateral/bilateral/loader"
	"github.com/bilateral/bilateral/resolvers/httpapi"
)

// CorpusDir is the sample corpus of the repository (testdata/articles).
func CorpusDir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "testdata", "articles")
}

// LoadCorpus loads the sample corpus into s through the real pipeline
// (read, extract, resolve, write).
func LoadCorpus(t testing.TB, s graph.Store) {
	t.Helper()
	l, err := loader.New(s, loader.Options{Now: func() time.Time { return time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC) }})
	if err != nil {
		t.Fatalf("new loader: %v", err)
	}
	sum, err := l.LoadPaths(context.Background(), CorpusDir())
	if err == nil {
		err = sum.Err()
	}
	if err != nil {
		t.Fatalf("load %s: %v", CorpusDir(), err)
	}
}

// corpusEnv serves a fresh store with the sample corpus loaded.
func corpusEnv(t *testing.T, newStore func(t *testing.T) graph.Store) *Server {
	t.Helper()
	s := newStore(t)
	LoadCorpus(t, s)
	return NewServer(t, httpapi.Config{Store: s, Introspection: true, DataloaderWait: 20 * time.Millisecond})
}

// query posts q and decodes its data into out, failing on any error.
func corpusQuery(t *testing.T, srv *Server, q string, out any) {
	t.Helper()
	res := srv.Post(Request{Query: q})
	if len(res.Errors) > 0 || res.Status != 200 {
		t.Fatalf("query failed: status %d, errors %+v", res.Status, res.Errors)
	}
	if err := json.Unmarshal(res.Data, out); err != nil {
		t.Fatalf("decode %s: %v", res.Data, err)
	}
}

// sourced is the evidence of a fact with the article it comes from.
type sourced []struct {
	Sentence string `json:"sentence"`
	Article  struct {
		ID     string `json:"id"`
		Source string `json:"source"`
	} `json:"article"`
}

// ok reports whether there is evidence and every item is a non-empty
// sentence of a known article.
func (ev sourced) ok() bool {
	if len(ev) == 0 {
		return false
	}
	for _, e := range ev {
		if strings.TrimSpace(e.Sentence) == "" || e.Article.Source == "" {
			return false
		}
	}
	return true
}

// Ids of the sample corpus's entities, as the resolver derives them from
// the gazetteer and names (see package loader/resolve).
const (
	idJiangxia  = "region:CN-420115"
	idWuhan     = "region:CN-4201"
	idJinhua    = "region:CN-3307"
	idZhejiang  = "region:CN-33"
	idKalinin   = "official:ru:alexander-kalinin"
	idNovosibir = "region:RU-NVS-novosibirsk"
)

// runCorpus asks the questions of the issues on the real sample corpus,
// loaded by the real pipeline, over HTTP.
func runCorpus(t *testing.T, newStore func(t *testing.T) graph.Store) {
	t.Run("which Russian bodies met Chinese districts", func(t *testing.T) {
		srv := corpusEnv(t, newStore)
		var got struct {
			Meetings struct {
				Edges []struct {
					Node struct {
						A, B   struct{ ID, Name string }
						Events []struct {
							Date string `json:"date"`
						} `json:"events"`
						Evidence sourced `json:"evidence"`
					} `json:"node"`
				} `json:"edges"`
			} `json:"meetings"`
		}
		corpusQuery(t, srv, `{ meetings(a: {countries: ["RU"], kinds: [ORGANISATION, OFFICIAL]},
		                          b: {countries: ["CN"], kinds: [REGION], levels: [DISTRICT]}) {
		  edges { node { a { id name } b { id name } events { date }
		                 evidence { sentence article { id source } } } } } }`, &got)
		found := map[string]bool{}
		for _, e := range got.Meetings.Edges {
			n := e.Node
			if n.B.ID != idJiangxia {
				t.Errorf("meeting with %s (%s), want only Chinese districts", n.B.Name, n.B.ID)
			}
			if !n.Evidence.ok() {
				t.Errorf("meeting %s – %s has no evidence: %+v", n.A.Name, n.B.Name, n.Evidence)
			}
			for _, ev := range n.Events {
				if ev.Date == "2024-03-28" {
					found[n.A.Name] = true
				}
			}
		}
		if !found["OPORA Russia"] || !found["Alexander Kalinin"] {
			t.Errorf("OPORA Russia and Alexander Kalinin should meet Jiangxia District on 2024-03-28; met: %v", found)
		}
	})

	t.Run("every region where a Russian organisation met a Chinese body", func(t *testing.T) {
		srv := corpusEnv(t, newStore)
		var got struct {
			Meetings struct {
				Edges []struct {
					Node struct {
						A, B   struct{ Name string }
						Events []struct {
							Place *struct{ ID, Name string } `json:"place"`
						} `json:"events"`
						Evidence sourced `json:"evidence"`
					} `json:"node"`
				} `json:"edges"`
			} `json:"meetings"`
		}
		corpusQuery(t, srv, `{ meetings(a: {countries: ["RU"], kinds: [ORGANISATION]}, b: {countries: ["CN"]}, first: 200) {
		  edges { node { a { name } b { name } events { place { id name } }
		                 evidence { sentence article { id source } } } } } }`, &got)
		places := map[string]bool{}
		for _, e := range got.Meetings.Edges {
			if !e.Node.Evidence.ok() {
				t.Errorf("meeting %s – %s has no evidence", e.Node.A.Name, e.Node.B.Name)
			}
			for _, ev := range e.Node.Events {
				if ev.Place != nil {
					places[ev.Place.ID] = true
				}
			}
		}
		// The Jiangxia exchange (held in Wuhan's Jiangxia District), the
		// Jinhua roundtable and the Novosibirsk mission.
		if !places[idJinhua] || !places[idNovosibir] || !(places[idWuhan] || places[idJiangxia]) {
			t.Errorf("regions where Russian organisations met Chinese bodies = %v, want Jinhua, Novosibirsk and Wuhan/Jiangxia", places)
		}
	})

	t.Run("the chain from Alexander Kalinin to Jiangxia District", func(t *testing.T) {
		srv := corpusEnv(t, newStore)
		var got struct {
			Path struct {
				Hops      int
				Entities  []struct{ ID, Name string }
				Relations []struct {
					Type     string
					Evidence sourced `json:"evidence"`
				}
			}
		}
		corpusQuery(t, srv, `{ path(from: "`+idKalinin+`", to: "`+idJiangxia+`", maxHops: 4) {
		  hops entities { id name } relations { type evidence { sentence article { id source } } } } }`, &got)
		p := got.Path
		if p.Hops < 1 || p.Hops > 4 || len(p.Entities) != p.Hops+1 || len(p.Relations) != p.Hops {
			t.Fatalf("path = %+v, want a chain of 1..4 hops", p)
		}
		if p.Entities[0].ID != idKalinin || p.Entities[len(p.Entities)-1].ID != idJiangxia {
			t.Errorf("path runs %s … %s, want Alexander Kalinin … Jiangxia District", p.Entities[0].Name, p.Entities[len(p.Entities)-1].Name)
		}
		for _, r := range p.Relations {
			if !r.Evidence.ok() {
				t.Errorf("path edge %s has no evidence", r.Type)
			}
		}
	})

	t.Run("monthly China–Russia activity in 2023–2024", func(t *testing.T) {
		srv := corpusEnv(t, newStore)
		var got struct {
			BilateralActivity struct {
				Buckets []struct {
					Period                     string
					Events, Meetings, Signings int
				}
				SideA, SideB struct {
					TopActors []struct {
						Entity struct{ Name string }
						Count  int
					}
				}
			}
			Events struct {
				Edges []struct {
					Node struct {
						Date     string
						Evidence sourced `json:"evidence"`
					}
				}
			}
		}
		corpusQuery(t, srv, `{
		  bilateralActivity(countryA: "CN", countryB: "RU", from: "2023-01", to: "2024-12", interval: MONTH) {
		    buckets { period events meetings signings }
		    sideA { topActors { entity { name } count } }
		    sideB { topActors { entity { name } count } } }
		  events(filter: {date: {gte: "2023-01-01", lte: "2024-12-31"}}) {
		    edges { node { date evidence { sentence article { id source } } } } } }`, &got)
		periods := map[string]int{}
		for _, b := range got.BilateralActivity.Buckets {
			if b.Period < "2023-01" || b.Period > "2024-12" || len(b.Period) != 7 {
				t.Errorf("bucket %q outside 2023–2024 or not monthly", b.Period)
			}
			if b.Events < 1 || b.Meetings < 1 {
				t.Errorf("bucket %+v counts no events or meetings", b)
			}
			periods[b.Period] = b.Events
		}
		// The Jinhua roundtable (2023-07-19) and the Jiangxia exchange
		// (2024-03-28); the Shandong–Chongqing event is domestic and the
		// Novosibirsk mission has no year.
		if periods["2023-07"] != 1 || periods["2024-03"] != 1 {
			t.Errorf("monthly buckets = %+v, want one event in 2023-07 and one in 2024-03", got.BilateralActivity.Buckets)
		}
		names := func(side []struct {
			Entity struct{ Name string }
			Count  int
		}) []string {
			var out []string
			for _, a := range side {
				out = append(out, a.Entity.Name)
			}
			return out
		}
		if !slices.Contains(names(got.BilateralActivity.SideB.TopActors), "OPORA Russia") {
			t.Errorf("Russian top actors = %v, want OPORA Russia among them", names(got.BilateralActivity.SideB.TopActors))
		}
		if len(got.BilateralActivity.SideA.TopActors) == 0 {
			t.Errorf("no Chinese top actors")
		}
		for _, e := range got.Events.Edges {
			if !e.Node.Evidence.ok() {
				t.Errorf("event of %s in the period has no evidence", e.Node.Date)
			}
		}
	})

	t.Run("the playground's example queries answer on the corpus", func(t *testing.T) {
		checkExamples(t, corpusEnv(t, newStore))
	})

	t.Run("every event held inside Zhejiang", func(t *testing.T) {
		srv := corpusEnv(t, newStore)
		var got struct {
			Events struct {
				TotalCount int
				Edges      []struct {
					Node struct {
						Name, Date string
						Place      struct{ ID string }
						Attendees  []struct{ Name string }
						Evidence   sourced `json:"evidence"`
					}
				}
			}
		}
		corpusQuery(t, srv, `{ events(filter: {within: "`+idZhejiang+`"}) { totalCount
		  edges { node { name date place { id } attendees { name } evidence { sentence article { id source } } } } } }`, &got)
		if got.Events.TotalCount != 1 || len(got.Events.Edges) != 1 {
			t.Fatalf("events in Zhejiang = %+v, want the one Jinhua roundtable", got.Events)
		}
		n := got.Events.Edges[0].Node
		if n.Date != "2023-07-19" || n.Place.ID != idJinhua || !strings.Contains(strings.ToLower(n.Name), "roundtable") {
			t.Errorf("event in Zhejiang = %+v, want the roundtable in Jinhua on 2023-07-19", n)
		}
		if !n.Evidence.ok() || len(n.Attendees) < 5 {
			t.Errorf("roundtable has %d attendees and evidence %+v, want the five speakers and evidence", len(n.Attendees), n.Evidence)
		}
	})
}
