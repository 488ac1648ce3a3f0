package storetest

import (
	"testing"

	"github.com/bilateral/bilateral/graph"
)

func init() {
	register("Provenance/RelationSources", testRelationSources)
	register("Provenance/RelationProperties", testRelationProperties)
	register("Provenance/DumpKeepsText", testDumpKeepsText)
	register("MergedIDs/EntityByMergedID", testMergedIDs)
	register("MergedIDs/SeveralListOne", testMergedIDSeveral)
}

func testRelationSources(t *testing.T, newStore Factory) {
	s := filled(t, newStore, forumRU(), forumEN())
	rels, err := s.Relations(t.Context(), graph.RelationQuery{EntityIDs: []string{chamber.ID}, Types: []graph.RelType{graph.RelAttended}})
	if err != nil {
		t.Fatalf("Relations(chamber ATTENDED) = %v", err)
	}
	want := []graph.Relation{{
		ID: graph.RelationID(graph.RelAttended, chamber.ID, forum.ID), Type: graph.RelAttended, From: chamber.ID, To: forum.ID,
		Confidence: 0.9,
		Sources: []graph.Source{
			{ArticleID: "a-forum-en", Sentence: sForumChamber, Language: "en"},
			{ArticleID: "a-forum-ru", Sentence: sForumRUAttend, Language: "ru"},
		},
	}}
	diff(t, "chamber ATTENDED", want, rels)
}

func testRelationProperties(t *testing.T, newStore Factory) {
	g1 := article("a-low", "en", "").entities(volga, expo).
		rel(graph.RelSigned, volga, expo, "Volga Trucks signed a contract at the expo.",
			agreement("contract"), func(r *graph.Relation) { r.Confidence = 0.4 }).build()
	g2 := article("a-high", "en", "").entities(volga, expo).
		rel(graph.RelSigned, volga, expo, "Volga Trucks signed a supply agreement at the expo.",
			agreement("supply agreement"), func(r *graph.Relation) { r.Confidence = 0.8 }).build()
	s := filled(t, newStore, g1, g2, expoZH())
	rels, err := s.Relations(t.Context(), graph.RelationQuery{EntityIDs: []string{volga.ID}, Types: []graph.RelType{graph.RelSigned}})
	if err != nil || len(rels) != 1 {
		t.Fatalf("Relations(volga SIGNED) = %v, %v; want one", relationIDs(rels), err)
	}
	r := rels[0]
	if r.Agreement != "supply agreement" || r.Confidence != 0.9 {
		t.Errorf("folded SIGNED: agreement %q, confidence %v; want the majority \"supply agreement\" and the highest 0.9", r.Agreement, r.Confidence)
	}
	diff(t, "articles", []string{"a-expo-zh", "a-high", "a-low"}, graph.ArticleIDs(r.Sources))

	s = filled(t, newStore, forumEN())
	rels, err = s.Relations(t.Context(), graph.RelationQuery{EntityIDs: []string{safin.ID}, Types: []graph.RelType{graph.RelRepresents}})
	if err != nil || len(rels) != 1 || rels[0].Role != "president of the chamber" || rels[0].To != chamber.ID {
		t.Errorf("Relations(safin REPRESENTS) = %+v, %v; want one to the chamber with the role", rels, err)
	}
}

func testDumpKeepsText(t *testing.T, newStore Factory) {
	s := filled(t, newStore, signingDE(), forumEN())
	d := dump(t, s)
	diff(t, "Dump().Articles", []graph.Article{forumEN().Article, signingDE().Article}, d.Articles)
	for i := 1; i < len(d.Entities); i++ {
		if d.Entities[i-1].ID >= d.Entities[i].ID {
			t.Errorf("Dump().Entities not sorted by ID at %d: %s, %s", i, d.Entities[i-1].ID, d.Entities[i].ID)
		}
	}
	for i := 1; i < len(d.Relations); i++ {
		if d.Relations[i-1].ID >= d.Relations[i].ID {
			t.Errorf("Dump().Relations not sorted by ID at %d: %s, %s", i, d.Relations[i-1].ID, d.Relations[i].ID)
		}
	}
}

func testMergedIDs(t *testing.T, newStore Factory) {
	const old = "org:RU:volga-automotive-plant"
	g := article("a-merge", "en", "2024-04-01").entity(volga, "Volga Trucks, formerly the Volga Automotive Plant, ...", merged(old)).build()
	s := filled(t, newStore, g)
	got := entity(t, s, old)
	if got.ID != volga.ID {
		t.Errorf("Entity(%s).ID = %s, want %s", old, got.ID, volga.ID)
	}
	diff(t, "MergedIDs", []string{old}, got.MergedIDs)
	if _, err := s.Retract(t.Context(), "a-merge"); err != nil {
		t.Fatalf("Retract(a-merge) = %v", err)
	}
	_, err := s.Entity(t.Context(), old)
	wantErr(t, "Entity(merged id) after retract", err, graph.ErrNotFound)
}

// testMergedIDSeveral: when two entities list the same merged id, it finds
// the one with the smallest id, whatever the order of writes, and the
// other once that one is gone.
func testMergedIDSeveral(t *testing.T, newStore Factory) {
	const old = "org:volga-songhua-joint-venture"
	toVolga := article("a-merge-volga", "en", "").entity(volga, "Volga Trucks took over the joint venture.", merged(old)).build()
	toSonghua := article("a-merge-songhua", "en", "").entity(songhua, "Songhua Machinery took over the joint venture.", merged(old)).build()
	first, second := songhua.ID, volga.ID // songhua's id is the smaller
	for _, order := range [][]graph.ArticleGraph{{toVolga, toSonghua}, {toSonghua, toVolga}} {
		s := filled(t, newStore, order...)
		if got := entity(t, s, old).ID; got != first {
			t.Errorf("written %s, %s: Entity(%s).ID = %s, want %s", order[0].Article.ID, order[1].Article.ID, old, got, first)
		}
		if _, err := s.Retract(t.Context(), toSonghua.Article.ID); err != nil {
			t.Fatalf("Retract(%s) = %v", toSonghua.Article.ID, err)
		}
		e, err := s.Entity(t.Context(), old)
		if err != nil || e.ID != second {
			t.Errorf("written %s, %s, then %s retracted: Entity(%s) = %s, %v; want %s",
				order[0].Article.ID, order[1].Article.ID, toSonghua.Article.ID, old, e.ID, err, second)
		}
	}
}
