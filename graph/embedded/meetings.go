package embedded

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/bilateral/bilateral/graph"
)

// Meetings implements graph.Store. Visits have no event, so VISITED edges
// count only when q has no date bound and no event type.
func (s *Store) Meetings(ctx context.Context, q graph.MeetingQuery) (graph.MeetingPage, error) {
	q, err := q.Normalize()
	if err != nil {
		return graph.MeetingPage{}, fmt.Errorf("meetings: %w", err)
	}
	var page graph.MeetingPage
	err = s.read(ctx, func(x *index) error {
		ma, mb := x.matcher(q.A), x.matcher(q.B)
		type pair struct{ a, b string }
		// Per pair, the events and the relations that make the meeting;
		// entities and evidence are built only for the page returned.
		type acc struct {
			events map[string]bool
			rels   []string
		}
		found := map[pair]*acc{}
		add := func(a, b string, event string, rels ...string) {
			p := pair{a, b}
			m := found[p]
			if m == nil {
				m = &acc{events: map[string]bool{}}
				found[p] = m
			}
			if event != "" {
				m.events[event] = true
			}
			m.rels = append(m.rels, rels...)
		}
		visits := q.DateFrom == "" && q.DateTo == "" && len(q.EventTypes) == 0
		for aID, an := range x.nodes {
			if !ma.match(an) {
				continue
			}
			for _, ra := range x.rels(aID, graph.DirectionOut, graph.MeetingRelTypes) {
				ev := x.nodes[x.relations[ra].To]
				if ev == nil || ev.e.Kind != graph.KindEvent ||
					len(q.EventTypes) > 0 && !slices.Contains(q.EventTypes, ev.e.EventType) ||
					(q.DateFrom != "" || q.DateTo != "") && !graph.DateInRange(ev.e.Date, q.DateFrom, q.DateTo) {
					continue
				}
				for _, rb := range x.rels(ev.e.ID, graph.DirectionIn, graph.MeetingRelTypes) {
					bID := x.relations[rb].From
					if bID != aID && mb.match(x.nodes[bID]) {
						add(aID, bID, ev.e.ID, ra, rb)
					}
				}
			}
			if !visits {
				continue
			}
			for _, r := range x.rels(aID, graph.DirectionBoth, []graph.RelType{graph.RelVisited}) {
				rel := x.relations[r]
				other := rel.To
				if other == aID {
					other = rel.From
				}
				if other != aID && mb.match(x.nodes[other]) {
					add(aID, other, "", r)
				}
			}
		}
		type keyed struct {
			pair
			aName, bName string
		}
		pairs := make([]keyed, 0, len(found))
		for p := range found {
			pairs = append(pairs, keyed{p, x.nodes[p.a].e.Name, x.nodes[p.b].e.Name})
		}
		slices.SortFunc(pairs, func(p, o keyed) int {
			return cmp.Or(cmp.Compare(p.aName, o.aName), cmp.Compare(p.bName, o.bName),
				cmp.Compare(p.a, o.a), cmp.Compare(p.b, o.b))
		})
		start, end, info, err := q.Page.Window(len(pairs))
		if err != nil {
			return err
		}
		page.PageInfo = info
		for _, k := range pairs[start:end] {
			p := k.pair
			m := graph.Meeting{A: cloneEntity(x.nodes[p.a].e), B: cloneEntity(x.nodes[p.b].e)}
			for id := range found[p].events {
				m.Events = append(m.Events, cloneEntity(x.nodes[id].e))
			}
			slices.SortFunc(m.Events, func(a, b graph.Entity) int {
				return cmp.Or(cmp.Compare(a.Date, b.Date), cmp.Compare(a.ID, b.ID))
			})
			seen := map[graph.Evidence]bool{}
			for _, r := range found[p].rels {
				for _, src := range x.relations[r].Sources {
					ev := graph.Evidence{ArticleID: src.ArticleID, Sentence: src.Sentence}
					if !seen[ev] {
						seen[ev] = true
						m.Evidence = append(m.Evidence, ev)
					}
				}
			}
			slices.SortFunc(m.Evidence, func(a, b graph.Evidence) int {
				return cmp.Or(cmp.Compare(a.ArticleID, b.ArticleID), cmp.Compare(a.Sentence, b.Sentence))
			})
			page.Meetings = append(page.Meetings, m)
		}
		return nil
	})
	if err != nil {
		return graph.MeetingPage{}, fmt.Errorf("meetings: %w", err)
	}
	return page, nil
}
