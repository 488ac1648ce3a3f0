package embedded

import (
	"context"
	"fmt"

	"github.com/bilateral/bilateral/graph"
)

// Meetings implements graph.Store: the index gives, for each entity
// matching q.A, the events it took part in and the other participants,
// and its visits; graph.MeetingSet groups, orders and pages them.
func (s *Store) Meetings(ctx context.Context, q graph.MeetingQuery) (graph.MeetingPage, error) {
	q, err := q.Normalize()
	if err != nil {
		return graph.MeetingPage{}, fmt.Errorf("meetings: %w", err)
	}
	var page graph.MeetingPage
	err = s.read(ctx, func(x *index) error {
		ma, mb := x.matcher(q.A), x.matcher(q.B)
		var found graph.MeetingSet
		visits := q.CountsVisits()
		for aID, an := range x.nodes {
			if !ma.match(an) {
				continue
			}
			for _, ra := range x.rels(aID, graph.DirectionOut, graph.MeetingRelTypes) {
				ev := x.nodes[x.relations[ra].To]
				if ev == nil || !q.AdmitsEvent(ev.e) {
					continue
				}
				for _, rb := range x.rels(ev.e.ID, graph.DirectionIn, graph.MeetingRelTypes) {
					if bn := x.nodes[x.relations[rb].From]; mb.match(bn) {
						found.Add(&an.e, &bn.e, &ev.e, x.relations[ra], x.relations[rb])
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
				if bn := x.nodes[other]; mb.match(bn) {
					found.Add(&an.e, &bn.e, nil, rel)
				}
			}
		}
		if page, err = found.Page(q.Page); err != nil {
			return err
		}
		// The set holds the index's entities: copy what it returns.
		for i := range page.Meetings {
			m := &page.Meetings[i]
			m.A, m.B = cloneEntity(m.A), cloneEntity(m.B)
			for j := range m.Events {
				m.Events[j] = cloneEntity(m.Events[j])
			}
		}
		return nil
	})
	if err != nil {
		return graph.MeetingPage{}, fmt.Errorf("meetings: %w", err)
	}
	return page, nil
}
