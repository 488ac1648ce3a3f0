package storetest

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/bilateral/bilateral/graph"
)

// Factory returns a new, empty store and registers its cleanup with t.
type Factory = func(t *testing.T) graph.Store

// namedTest is one entry of the registry.
type namedTest struct {
	name string
	fn   func(t *testing.T, newStore Factory)
}

var tests []namedTest

// register adds a test to the suite. Call it from an init function; a
// name used twice panics.
func register(name string, fn func(t *testing.T, newStore Factory)) {
	for _, nt := range tests {
		if nt.name == name {
			panic("storetest: test " + name + " registered twice")
		}
	}
	tests = append(tests, namedTest{name, fn})
}

// Run runs every registered test as a subtest of t, in name order, each
// with the factory to make its fresh stores.
func Run(t *testing.T, newStore Factory) {
	list := slices.Clone(tests)
	slices.SortFunc(list, func(a, b namedTest) int { return strings.Compare(a.name, b.name) })
	for _, nt := range list {
		t.Run(nt.name, func(t *testing.T) { nt.fn(t, newStore) })
	}
}

// cmpOpts treat nil and empty slices and maps alike: stores may return
// either.
var cmpOpts = []cmp.Option{cmpopts.EquateEmpty()}

// diff fails t when got differs from want.
func diff(t testing.TB, what string, want, got any) {
	t.Helper()
	if d := cmp.Diff(want, got, cmpOpts...); d != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", what, d)
	}
}

// write writes each graph and fails t on error.
func write(t testing.TB, s graph.Store, gs ...graph.ArticleGraph) {
	t.Helper()
	for _, g := range gs {
		if _, err := s.WriteArticle(t.Context(), g); err != nil {
			t.Fatalf("WriteArticle(%s) = %v", g.Article.ID, err)
		}
	}
}

// filled returns a fresh store holding gs.
func filled(t *testing.T, newStore Factory, gs ...graph.ArticleGraph) graph.Store {
	t.Helper()
	s := newStore(t)
	write(t, s, gs...)
	return s
}

// dump returns s's Dump and fails t on error.
func dump(t testing.TB, s graph.Store) graph.Dump {
	t.Helper()
	d, err := s.Dump(t.Context())
	if err != nil {
		t.Fatalf("Dump() = %v", err)
	}
	return d
}

// entity returns s's entity id and fails t on error.
func entity(t testing.TB, s graph.Store, id string) graph.Entity {
	t.Helper()
	e, err := s.Entity(t.Context(), id)
	if err != nil {
		t.Fatalf("Entity(%s) = %v", id, err)
	}
	return e
}

// wantErr fails t unless errors.Is(err, target).
func wantErr(t testing.TB, call string, err, target error) {
	t.Helper()
	if !errors.Is(err, target) {
		t.Errorf("%s error = %v, want %v", call, err, target)
	}
}

// entityIDs returns the ids of es in their order.
func entityIDs(es []graph.Entity) []string {
	ids := make([]string, len(es))
	for i, e := range es {
		ids[i] = e.ID
	}
	return ids
}

// relationIDs returns the ids of rs in their order.
func relationIDs(rs []graph.Relation) []string {
	ids := make([]string, len(rs))
	for i, r := range rs {
		ids[i] = r.ID
	}
	return ids
}
