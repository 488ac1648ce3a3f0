package apitest

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/bilateral/bilateral/graph"
	"github.com/bilateral/bilateral/resolvers/httpapi"
)

type node struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Kind    string   `json:"kind"`
	Country *string  `json:"country"`
	Level   *string  `json:"level"`
	Date    *string  `json:"date"`
	Aliases []string `json:"aliases"`
}

type evidence struct {
	Sentence string `json:"sentence"`
	Article  struct {
		ID    string  `json:"id"`
		Title *string `json:"title"`
	} `json:"article"`
}

func names(ns []node) []string {
	out := make([]string, len(ns))
	for i, n := range ns {
		out[i] = n.Name
	}
	slices.Sort(out)
	return out
}

func checkEvidence(t *testing.T, what string, ev []evidence) {
	t.Helper()
	if len(ev) == 0 {
		t.Errorf("%s: no evidence", what)
	}
	for _, e := range ev {
		if e.Sentence == "" || e.Article.ID == "" || e.Article.Title == nil {
			t.Errorf("%s: evidence %+v lacks a sentence or its article", what, e)
		}
	}
}

// runQuestions asks the questions analysts ask, one subtest each.
func runQuestions(t *testing.T, newStore func(t *testing.T) graph.Store) {
	t.Run("which Russian bodies met Chinese districts", func(t *testing.T) {
		env := NewEnv(t, newStore)
		var got struct {
			Meetings struct {
				TotalCount int `json:"totalCount"`
				Edges      []struct {
					Node struct {
						A        node       `json:"a"`
						B        node       `json:"b"`
						Events   []node     `json:"events"`
						Evidence []evidence `json:"evidence"`
					} `json:"node"`
				} `json:"edges"`
			} `json:"meetings"`
		}
		env.Query(`{ meetings(a: {countries: ["RU"], kinds: [ORGANISATION, OFFICIAL]},
		                       b: {countries: ["CN"], kinds: [REGION], levels: [DISTRICT]}) {
			totalCount
			edges { node { a { id name kind } b { id name kind } events { id name date }
			               evidence { sentence article { id title } } } } } }`, nil, &got)
		var pairs []string
		for _, e := range got.Meetings.Edges {
			m := e.Node
			pairs = append(pairs, m.A.ID+" met "+m.B.ID)
			if !slices.ContainsFunc(m.Events, func(n node) bool { return n.ID == IDJiangxiaExchange && deref(n.Date) == "2024-03-28" }) {
				t.Errorf("%s met %s: events %+v lack the exchange of 2024-03-28", m.A.Name, m.B.Name, m.Events)
			}
			checkEvidence(t, m.A.Name+" met "+m.B.Name, m.Evidence)
		}
		want := []string{IDKalinin + " met " + IDJiangxia, IDOpora + " met " + IDJiangxia}
		if diff := cmp.Diff(want, pairs); diff != "" {
			t.Errorf("meetings (-want +got):\n%s", diff)
		}
		if got.Meetings.TotalCount != len(want) {
			t.Errorf("totalCount = %d, want %d", got.Meetings.TotalCount, len(want))
		}
	})

	t.Run("every region where a Russian organisation met a Chinese body", func(t *testing.T) {
		env := NewEnv(t, newStore)
		var got struct {
			Meetings struct {
				Edges []struct {
					Node struct {
						Events []struct {
							Place *node `json:"place"`
						} `json:"events"`
						Evidence []evidence `json:"evidence"`
					} `json:"node"`
				} `json:"edges"`
			} `json:"meetings"`
		}
		env.Query(`{ meetings(a: {countries: ["RU"], kinds: [ORGANISATION]}, b: {countries: ["CN"]}, first: 200) {
			edges { node { events { place { id name } } evidence { sentence article { id title } } } } } }`, nil, &got)
		places := map[string]bool{}
		for _, e := range got.Meetings.Edges {
			checkEvidence(t, "meeting", e.Node.Evidence)
			for _, ev := range e.Node.Events {
				if ev.Place != nil {
					places[ev.Place.ID] = true
				}
			}
		}
		want := []string{IDHarbin, IDHangzhou, IDJiangxia}
		if diff := cmp.Diff(want, sortedKeys(places)); diff != "" {
			t.Errorf("places (-want +got):\n%s", diff)
		}
	})

	t.Run("the chain from Alexander Kalinin to Jiangxia District", func(t *testing.T) {
		env := NewEnv(t, newStore)
		var got struct {
			Path *struct {
				Hops      int    `json:"hops"`
				Entities  []node `json:"entities"`
				Relations []struct {
					Type     string     `json:"type"`
					From     node       `json:"from"`
					To       node       `json:"to"`
					Evidence []evidence `json:"evidence"`
				} `json:"relations"`
			} `json:"path"`
		}
		env.Query(`query($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 4) {
			hops entities { id name } relations { type from { id } to { id } evidence { sentence article { id title } } } } }`,
			map[string]any{"from": IDKalinin, "to": IDJiangxia}, &got)
		p := got.Path
		if p == nil {
			t.Fatal("no path")
		}
		if p.Hops != 2 || len(p.Entities) != 3 || len(p.Relations) != 2 {
			t.Fatalf("path has %d hops, %d entities, %d relations; want the 2-hop chain through the exchange", p.Hops, len(p.Entities), len(p.Relations))
		}
		if p.Entities[0].ID != IDKalinin || p.Entities[2].ID != IDJiangxia {
			t.Errorf("path runs %s → %s, want %s → %s", p.Entities[0].ID, p.Entities[2].ID, IDKalinin, IDJiangxia)
		}
		for i, r := range p.Relations {
			ends := []string{r.From.ID, r.To.ID}
			if !slices.Contains(ends, p.Entities[i].ID) || !slices.Contains(ends, p.Entities[i+1].ID) {
				t.Errorf("relation %d (%s %v) does not join %s and %s", i, r.Type, ends, p.Entities[i].ID, p.Entities[i+1].ID)
			}
			checkEvidence(t, r.Type, r.Evidence)
		}
	})

	t.Run("monthly China–Russia activity in 2023–2024", func(t *testing.T) {
		env := NewEnv(t, newStore)
		var got struct {
			BilateralActivity struct {
				Buckets []struct {
					Period   string `json:"period"`
					Events   int    `json:"events"`
					Meetings int    `json:"meetings"`
					Signings int    `json:"signings"`
				} `json:"buckets"`
				SideA struct {
					Country   string `json:"country"`
					TopActors []struct {
						Entity node `json:"entity"`
						Count  int  `json:"count"`
					} `json:"topActors"`
					TopRegions []struct {
						Entity node `json:"entity"`
						Count  int  `json:"count"`
					} `json:"topRegions"`
				} `json:"sideA"`
				SideB struct {
					Country   string `json:"country"`
					TopActors []struct {
						Entity node `json:"entity"`
						Count  int  `json:"count"`
					} `json:"topActors"`
				} `json:"sideB"`
			} `json:"bilateralActivity"`
		}
		env.Query(`{ bilateralActivity(countryA: "CN", countryB: "RU", from: "2023-01", to: "2024-12", interval: MONTH) {
			buckets { period events meetings signings }
			sideA { country topActors { entity { id name } count } topRegions { entity { id name } count } }
			sideB { country topActors { entity { id name } count } } } }`, nil, &got)
		a := got.BilateralActivity
		var periods []string
		signings := 0
		for _, b := range a.Buckets {
			periods = append(periods, b.Period)
			signings += b.Signings
			if b.Events < 1 {
				t.Errorf("bucket %s has %d events", b.Period, b.Events)
			}
		}
		if diff := cmp.Diff([]string{"2023-06", "2023-09", "2024-03", "2024-11"}, periods); diff != "" {
			t.Errorf("periods (-want +got):\n%s", diff)
		}
		if signings != 1 {
			t.Errorf("signings = %d, want 1 (Hangzhou, 2023-06)", signings)
		}
		if a.SideA.Country != "CN" || a.SideB.Country != "RU" {
			t.Errorf("sides are %s and %s, want CN and RU", a.SideA.Country, a.SideB.Country)
		}
		if !slices.ContainsFunc(a.SideB.TopActors, func(c struct {
			Entity node `json:"entity"`
			Count  int  `json:"count"`
		}) bool {
			return c.Entity.ID == IDOpora
		}) {
			t.Errorf("Russia's top actors %+v lack OPORA Russia", a.SideB.TopActors)
		}
	})

	for _, tc := range []struct{ name, region string }{
		{"every event inside Hubei", IDHubei},
		{"every event inside Zhejiang", IDZhejiang},
	} {
		t.Run(tc.name, func(t *testing.T) {
			env := NewEnv(t, newStore)
			var got struct {
				Events struct {
					TotalCount int `json:"totalCount"`
					Edges      []struct {
						Node struct {
							node
							Place    *node      `json:"place"`
							Evidence []evidence `json:"evidence"`
						} `json:"node"`
					} `json:"edges"`
				} `json:"events"`
				Entity struct {
					Events struct {
						Edges []struct {
							Node node `json:"node"`
						} `json:"edges"`
					} `json:"events"`
				} `json:"entity"`
			}
			env.Query(`query($r: ID!) {
				events(filter: {within: $r}) { totalCount edges { node { id name date place { id } evidence { sentence article { id title } } } } }
				entity(id: $r) { ... on Region { events { edges { node { id } } } } } }`,
				map[string]any{"r": tc.region}, &got)
			want := map[string][]string{IDHubei: {IDJiangxiaExchange}, IDZhejiang: {IDHangzhouSigning}}[tc.region]
			var ids, nested []string
			for _, e := range got.Events.Edges {
				ids = append(ids, e.Node.ID)
				checkEvidence(t, e.Node.Name, e.Node.Evidence)
			}
			for _, e := range got.Entity.Events.Edges {
				nested = append(nested, e.Node.ID)
			}
			if diff := cmp.Diff(want, ids); diff != "" {
				t.Errorf("events(filter: {within}) (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(want, nested); diff != "" {
				t.Errorf("Region.events (-want +got):\n%s", diff)
			}
		})
	}

	t.Run("who signed what at the Hangzhou signing", func(t *testing.T) {
		env := NewEnv(t, newStore)
		var got struct {
			Entity struct {
				Signatories []struct {
					Signatory node       `json:"signatory"`
					Agreement *string    `json:"agreement"`
					Evidence  []evidence `json:"evidence"`
				} `json:"signatories"`
				Hosts     []node `json:"hosts"`
				Attendees []node `json:"attendees"`
				Place     *node  `json:"place"`
				Status    string `json:"status"`
			} `json:"entity"`
		}
		env.Query(`query($id: ID!) { entity(id: $id) { ... on Event { status place { id }
			hosts { id name } attendees { id name }
			signatories { signatory { id name } agreement evidence { sentence article { id title } } } } } }`,
			map[string]any{"id": IDHangzhouSigning}, &got)
		e := got.Entity
		var signed []string
		for _, s := range e.Signatories {
			signed = append(signed, s.Signatory.ID+": "+deref(s.Agreement))
			checkEvidence(t, s.Signatory.Name, s.Evidence)
		}
		slices.Sort(signed)
		want := []string{IDZjCommerce + ": memorandum on trade cooperation", IDExportCenter + ": memorandum on trade cooperation"}
		if diff := cmp.Diff(want, signed); diff != "" {
			t.Errorf("signatories (-want +got):\n%s", diff)
		}
		if e.Place == nil || e.Place.ID != IDHangzhou || e.Status != "OCCURRED" {
			t.Errorf("place %v, status %s; want Hangzhou, OCCURRED", e.Place, e.Status)
		}
		if diff := cmp.Diff([]string{"Hangzhou"}, names(e.Hosts)); diff != "" {
			t.Errorf("hosts (-want +got):\n%s", diff)
		}
		if diff := cmp.Diff([]string{"Tatarstan"}, names(e.Attendees)); diff != "" {
			t.Errorf("attendees (-want +got):\n%s", diff)
		}
	})

	t.Run("which articles report the Jiangxia exchange", func(t *testing.T) {
		env := NewEnv(t, newStore)
		var got struct {
			Entity struct {
				NumSources int `json:"numSources"`
				Sources    []struct {
					ID       string  `json:"id"`
					Language string  `json:"language"`
					URL      *string `json:"url"`
				} `json:"sources"`
				Evidence []evidence `json:"evidence"`
				Aliases  []string   `json:"aliases"`
			} `json:"entity"`
		}
		env.Query(`{ entity(id: "`+IDJiangxiaExchange+`") { numSources aliases sources { id language url } evidence { sentence article { id title } } } }`, nil, &got)
		e := got.Entity
		var langs []string
		for _, s := range e.Sources {
			langs = append(langs, s.Language)
			if s.URL == nil {
				t.Errorf("article %s has no url", s.ID)
			}
		}
		if e.NumSources != 2 || !cmp.Equal([]string{"de", "en"}, langs) {
			t.Errorf("numSources %d, source languages %v; want 2 sources, de and en", e.NumSources, langs)
		}
		checkEvidence(t, "exchange", e.Evidence)
		if len(e.Evidence) != 2 {
			t.Errorf("evidence has %d sentences, want one per article", len(e.Evidence))
		}
	})

	t.Run("find a body by a name in another language", func(t *testing.T) {
		env := NewEnv(t, newStore)
		for _, tc := range []struct{ text, want string }{
			{"opora russland", IDOpora},
			{"江夏区", IDJiangxia},
			{"район цзянся", IDJiangxia},
			{"Новосибирская торгово-промышленная палата", IDNskChamber},
			{"Moskou", IDMoscow},
		} {
			var got struct {
				Search []node `json:"search"`
			}
			env.Query(`query($t: String!) { search(text: $t, first: 5) { id name kind } }`, map[string]any{"t": tc.text}, &got)
			if len(got.Search) == 0 || got.Search[0].ID != tc.want {
				t.Errorf("search(%q) = %+v, want %s first", tc.text, got.Search, tc.want)
			}
		}
	})

	t.Run("an id merged away still finds the entity", func(t *testing.T) {
		env := NewEnv(t, newStore)
		var got struct {
			Entity node `json:"entity"`
		}
		env.Query(`{ entity(id: "`+IDOporaOld+`") { id name } }`, nil, &got)
		if got.Entity.ID != IDOpora {
			t.Errorf("entity(%s) = %+v, want %s", IDOporaOld, got.Entity, IDOpora)
		}
	})

	t.Run("who represents OPORA Russia and what did it attend", func(t *testing.T) {
		env := NewEnv(t, newStore)
		var got struct {
			Entity struct {
				Officials []struct {
					Official node    `json:"official"`
					Body     node    `json:"body"`
					Role     *string `json:"role"`
				} `json:"officials"`
				Events struct {
					Edges []struct {
						Node node `json:"node"`
					} `json:"edges"`
				} `json:"events"`
				Relations struct {
					TotalCount int `json:"totalCount"`
					Edges      []struct {
						Direction string `json:"direction"`
						Other     node   `json:"other"`
						Node      struct {
							Type string `json:"type"`
						} `json:"node"`
					} `json:"edges"`
				} `json:"relations"`
			} `json:"entity"`
		}
		env.Query(`{ entity(id: "`+IDOpora+`") { ... on Organisation {
			officials { official { id name roles } body { id } role }
			events { edges { node { id } } }
			relations { totalCount edges { direction other { id } node { type } } } } } }`, nil, &got)
		e := got.Entity
		if len(e.Officials) != 1 || e.Officials[0].Official.ID != IDKalinin || deref(e.Officials[0].Role) != "president" || e.Officials[0].Body.ID != IDOpora {
			t.Errorf("officials = %+v, want Alexander Kalinin, president", e.Officials)
		}
		if len(e.Events.Edges) != 1 || e.Events.Edges[0].Node.ID != IDJiangxiaExchange {
			t.Errorf("events = %+v, want the Jiangxia exchange", e.Events.Edges)
		}
		var rels []string
		for _, r := range e.Relations.Edges {
			rels = append(rels, r.Direction+" "+r.Node.Type+" "+r.Other.ID)
		}
		slices.Sort(rels)
		want := []string{"IN REPRESENTS " + IDKalinin, "OUT ATTENDED " + IDJiangxiaExchange}
		if diff := cmp.Diff(want, rels); diff != "" || e.Relations.TotalCount != 2 {
			t.Errorf("relations (totalCount %d) (-want +got):\n%s", e.Relations.TotalCount, diff)
		}
	})

	t.Run("what lies in Hubei and above Jiangxia", func(t *testing.T) {
		env := NewEnv(t, newStore)
		var got struct {
			Hubei struct {
				Children []node `json:"children"`
				Parent   *node  `json:"parent"`
			} `json:"hubei"`
			Jiangxia struct {
				Level  string `json:"level"`
				Code   string `json:"code"`
				Parent *struct {
					node
					Parent *node `json:"parent"`
				} `json:"parent"`
			} `json:"jiangxia"`
		}
		env.Query(`{ hubei: entity(id: "`+IDHubei+`") { ... on Region { children { id name } parent { id } } }
		            jiangxia: entity(id: "`+IDJiangxia+`") { ... on Region { level code parent { id name parent { id } } } } }`, nil, &got)
		if diff := cmp.Diff([]string{"Wuhan"}, names(got.Hubei.Children)); diff != "" {
			t.Errorf("Hubei's children (-want +got):\n%s", diff)
		}
		if got.Hubei.Parent == nil || got.Hubei.Parent.ID != IDChina {
			t.Errorf("Hubei's parent = %v, want China", got.Hubei.Parent)
		}
		j := got.Jiangxia
		if j.Level != "DISTRICT" || j.Code != "CN-420115" || j.Parent == nil || j.Parent.ID != IDWuhan ||
			j.Parent.Parent == nil || j.Parent.Parent.ID != IDHubei {
			t.Errorf("Jiangxia = %+v, want a district in Wuhan in Hubei", j)
		}
	})

	t.Run("what did Igor Smirnov visit and whom does he represent", func(t *testing.T) {
		env := NewEnv(t, newStore)
		var got struct {
			Entity struct {
				Roles      []string `json:"roles"`
				Represents []struct {
					Body node    `json:"body"`
					Role *string `json:"role"`
				} `json:"represents"`
				Relations struct {
					Edges []struct {
						Other node `json:"other"`
					} `json:"edges"`
				} `json:"relations"`
			} `json:"entity"`
			Meetings struct {
				Edges []struct {
					Node struct {
						B        node       `json:"b"`
						Events   []node     `json:"events"`
						Evidence []evidence `json:"evidence"`
					} `json:"node"`
				} `json:"edges"`
			} `json:"meetings"`
		}
		env.Query(`{ entity(id: "`+IDSmirnov+`") { ... on Official { roles represents { body { id } role }
			relations(types: [VISITED], direction: OUT) { edges { other { id } } } } }
			meetings(a: {ids: ["`+IDSmirnov+`"]}, b: {countries: ["CN"]}) { edges { node { b { id } events { id } evidence { sentence article { id title } } } } } }`, nil, &got)
		e := got.Entity
		if !cmp.Equal([]string{"deputy governor"}, e.Roles) || len(e.Represents) != 1 || e.Represents[0].Body.ID != IDNovosib {
			t.Errorf("roles %v, represents %+v; want deputy governor of Novosibirsk Oblast", e.Roles, e.Represents)
		}
		if len(e.Relations.Edges) != 1 || e.Relations.Edges[0].Other.ID != IDHarbin {
			t.Errorf("visited %+v, want Harbin", e.Relations.Edges)
		}
		if len(got.Meetings.Edges) != 1 || got.Meetings.Edges[0].Node.B.ID != IDHarbin || len(got.Meetings.Edges[0].Node.Events) != 0 {
			t.Fatalf("meetings = %+v, want the visit to Harbin (no event)", got.Meetings.Edges)
		}
		checkEvidence(t, "visit", got.Meetings.Edges[0].Node.Evidence)
	})

	t.Run("the playground's example queries answer", func(t *testing.T) {
		checkExamples(t, NewEnv(t, newStore).Server)
	})
}

// checkExamples runs every playground example on srv and fails unless each
// top-level field finds something.
func checkExamples(t *testing.T, srv *Server) {
	t.Helper()
	for _, ex := range httpapi.Examples() {
		t.Run(ex.Name, func(t *testing.T) {
			res := srv.Post(Request{Query: ex.Query})
			if len(res.Errors) > 0 {
				t.Fatalf("errors: %+v", res.Errors)
			}
			var data map[string]any
			if err := json.Unmarshal(res.Data, &data); err != nil {
				t.Fatalf("decode %s: %v", res.Data, err)
			}
			for field, v := range data {
				if empty(v) {
					t.Errorf("%q: %s found nothing: %s", ex.Title, field, res.Data)
				}
			}
		})
	}
}

// empty reports whether a top-level answer is null, an empty list or an
// empty connection.
func empty(v any) bool {
	switch v := v.(type) {
	case nil:
		return true
	case []any:
		return len(v) == 0
	case map[string]any:
		if edges, ok := v["edges"].([]any); ok && len(edges) == 0 {
			return true
		}
		if buckets, ok := v["buckets"].([]any); ok && len(buckets) == 0 {
			return true
		}
	}
	return false
}

func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
