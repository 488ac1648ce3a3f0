// Package storetest is the conformance suite every graph.Store runs, in the
// manner of dex's storage/conformance: a backend's own test is a few lines
// that call Run with a factory returning an empty store.
//
//	func TestStore(t *testing.T) {
//		storetest.Run(t, func(t *testing.T) graph.Store {
//			s, err := embedded.Open(t.TempDir())
//			if err != nil {
//				t.Fatal(err)
//			}
//			t.Cleanup(func() { s.Close(context.Background()) })
//			return s
//		})
//	}
//
// # The registry
//
// The suite is a registry of named tests. Each file of the package adds the
// tests of one area from its init function with register:
//
//	func init() {
//		register("Search/AnyAlias", func(t *testing.T, newStore Factory) { ... })
//	}
//
// Names are "Area/Case"; Run runs them as subtests in name order, each on a
// fresh store from the factory, so a backend can select them with
// go test -run 'Store/Merging/'. A file added later (corpus.go, which loads
// the sample articles through the loader) registers its tests the same way.
//
// # Fixtures
//
// fixtures.go holds invented Russian–Chinese articles (a forum in Harbin's
// Nangang District reported in English and Russian, a machinery expo in
// Kazan reported in Chinese, a signing in Nangang reported in German, a
// roundtable in Kazan reported in Dutch) built with a small builder that
// gives every claim its one Source. Tests assert meaning: errors with
// errors.Is, data with cmp.Diff against values worked out by hand.
//
// # Rules the suite fixes beyond graph.Store's doc comments
//
//   - EntityFilter.Within does not include the region itself.
//   - A meeting's evidence is the sources of the edges that put both ends
//     at the event (or of the VISITED edge): the relations a store passes
//     to graph.MeetingSet.Add.
//   - Activity: a region holds an event the event is LOCATED_IN directly
//     (graph.ActivityEvent.Places).
//
// The rules of the queries themselves (which are ErrInvalid, defaults,
// when visits count, how activity is counted) are package graph's, with
// table tests there: each query type's Normalize, MeetingQuery.AdmitsEvent
// and CountsVisits, MeetingSet, TallyActivity. The suite checks that each
// store applies them to what it stores.
package storetest
