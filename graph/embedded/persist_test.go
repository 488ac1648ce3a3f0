package embedded_test

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/bilateral/bilateral/graph"
	"github.com/bilateral/bilateral/graph/embedded"
)

func TestSurvivesReopen(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir)
	gs := synthetic(40)
	for _, g := range gs {
		if _, err := s.WriteArticle(t.Context(), g); err != nil {
			t.Fatalf("WriteArticle(%s) = %v", g.Article.ID, err)
		}
	}
	if _, err := s.Retract(t.Context(), gs[7].Article.ID); err != nil {
		t.Fatalf("Retract = %v", err)
	}
	want := mustDump(t, s)
	if err := s.Close(t.Context()); err != nil {
		t.Fatalf("Close = %v", err)
	}
	if _, err := s.Dump(t.Context()); !errors.Is(err, graph.ErrUnavailable) {
		t.Errorf("Dump after Close error = %v, want ErrUnavailable", err)
	}

	s = open(t, dir)
	if d := cmp.Diff(want, mustDump(t, s), cmpopts.EquateEmpty()); d != "" {
		t.Errorf("Dump after reopen mismatch (-want +got):\n%s", d)
	}
	if _, err := s.Article(t.Context(), gs[7].Article.ID); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("retracted article after reopen: error %v, want ErrNotFound", err)
	}
}

func TestOneProcessAtATime(t *testing.T) {
	dir := t.TempDir()
	open(t, dir)
	if s, err := embedded.Open(dir); !errors.Is(err, graph.ErrUnavailable) {
		if err == nil {
			s.Close(t.Context())
		}
		t.Errorf("second Open error = %v, want ErrUnavailable", err)
	}
}

// cancelLater is a context whose Err is nil for the first n calls and
// context.Canceled after: it cancels a write in the middle of its
// transaction.
type cancelLater struct {
	context.Context
	n atomic.Int32
}

func (c *cancelLater) Err() error {
	if c.n.Add(-1) < 0 {
		return context.Canceled
	}
	return nil
}

func TestNoTornWrites(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir)
	gs := synthetic(3)
	if _, err := s.WriteArticle(t.Context(), gs[0]); err != nil {
		t.Fatalf("WriteArticle = %v", err)
	}
	want := mustDump(t, s)

	cancelled, cancel := context.WithCancel(t.Context())
	cancel()
	late := &cancelLater{Context: t.Context()}
	late.n.Store(1)
	invalid := gs[2]
	invalid.Entities[0].Country = "Atlantis"
	cases := []struct {
		name string
		ctx  context.Context
		g    graph.ArticleGraph
		want error
	}{
		{"cancelled before", cancelled, gs[1], context.Canceled},
		{"cancelled inside the transaction", late, gs[1], context.Canceled},
		{"invalid", t.Context(), invalid, graph.ErrInvalid},
	}
	for _, c := range cases {
		_, err := s.WriteArticle(c.ctx, c.g)
		if !errors.Is(err, c.want) {
			t.Errorf("%s: WriteArticle error = %v, want %v", c.name, err, c.want)
		}
		if d := cmp.Diff(want, mustDump(t, s), cmpopts.EquateEmpty()); d != "" {
			t.Errorf("%s: Dump changed (-want +got):\n%s", c.name, d)
		}
	}
	late.n.Store(1)
	if _, err := s.Retract(late, gs[0].Article.ID); !errors.Is(err, context.Canceled) {
		t.Errorf("Retract cancelled inside the transaction: error = %v", err)
	}
	s.Close(t.Context())
	s = open(t, dir)
	if d := cmp.Diff(want, mustDump(t, s), cmpopts.EquateEmpty()); d != "" {
		t.Errorf("Dump after reopen (-want +got):\n%s", d)
	}
}

func mustDump(t testing.TB, s graph.Store) graph.Dump {
	t.Helper()
	d, err := s.Dump(context.Background())
	if err != nil {
		t.Fatalf("Dump() = %v", err)
	}
	return d
}

// synthetic returns n articles over a fixed pool of regions, organisations
// and officials, each about one event of its own, in the shape the loader
// writes: a CN district and a Russian and a Chinese body at an event held
// in the district.
func synthetic(n int) []graph.ArticleGraph {
	const (
		districts = 60
		orgs      = 400
		officials = 300
	)
	loaded := time.Date(2025, 2, 1, 0, 0, 0, 0, time.UTC)
	var gs []graph.ArticleGraph
	for i := range n {
		id := fmt.Sprintf("a-%05d", i)
		src := func(s string) []graph.Source {
			return []graph.Source{{ArticleID: id, Sentence: s, Language: "en"}}
		}
		city := graph.Entity{ID: fmt.Sprintf("region:CN-city-%02d", i%districts/6), Kind: graph.KindRegion,
			Name: fmt.Sprintf("City %d", i%districts/6), Country: "CN", Level: graph.LevelCity}
		dist := graph.Entity{ID: fmt.Sprintf("region:CN-dist-%02d", i%districts), Kind: graph.KindRegion,
			Name: fmt.Sprintf("District %d", i%districts), Country: "CN", Level: graph.LevelDistrict}
		ru := graph.Entity{ID: fmt.Sprintf("org:RU:%03d", (i*7)%orgs), Kind: graph.KindOrganisation,
			Name: fmt.Sprintf("Russian Company %d", (i*7)%orgs), Country: "RU", OrgType: graph.OrgCompany}
		cnOrg := graph.Entity{ID: fmt.Sprintf("org:CN:%03d", (i*11)%orgs), Kind: graph.KindOrganisation,
			Name: fmt.Sprintf("Chinese Bureau %d", (i*11)%orgs), Country: "CN", OrgType: graph.OrgGovernment}
		off := graph.Entity{ID: fmt.Sprintf("official:RU:%03d", (i*13)%officials), Kind: graph.KindOfficial,
			Name: fmt.Sprintf("Official %d", (i*13)%officials), Country: "RU", Roles: []string{"director"}}
		ev := graph.Entity{ID: fmt.Sprintf("event:%05d", i), Kind: graph.KindEvent, Name: fmt.Sprintf("Forum %d", i),
			Date: fmt.Sprintf("20%02d-%02d-%02d", 20+i%5, 1+i%12, 1+i%28), EventType: graph.EventForum}
		es := []graph.Entity{city, dist, ru, cnOrg, off, ev}
		for j := range es {
			es[j].Sources = src("The article names " + es[j].Name + ".")
		}
		rel := func(t graph.RelType, from, to graph.Entity) graph.Relation {
			return graph.Relation{ID: graph.RelationID(t, from.ID, to.ID), Type: t, From: from.ID, To: to.ID,
				Confidence: 0.8, Sources: src(from.Name + " " + string(t) + " " + to.Name + ".")}
		}
		gs = append(gs, graph.ArticleGraph{
			Article: graph.Article{ID: id, Source: id + ".txt", Title: "Synthetic " + id, Language: "en",
				Published: "2024-01-01", LoadedAt: loaded, Text: "Synthetic article " + id + "."},
			Entities: es,
			Relations: []graph.Relation{
				rel(graph.RelLocatedIn, dist, city), rel(graph.RelLocatedIn, ev, dist),
				rel(graph.RelHosted, dist, ev), rel(graph.RelHosted, cnOrg, ev),
				rel(graph.RelAttended, ru, ev), rel(graph.RelAttended, off, ev),
				rel(graph.RelRepresents, off, ru),
			},
		})
	}
	return gs
}
