package embedded

import (
	"context"
	"fmt"

	"github.com/bilateral/bilateral/graph"
)

// Activity implements graph.Store: the index gives every event with its
// participants and the regions it is LOCATED_IN; graph.TallyActivity
// selects, buckets and ranks them.
func (s *Store) Activity(ctx context.Context, q graph.ActivityQuery) (graph.Activity, error) {
	norm, err := q.Normalize()
	if err != nil {
		return graph.Activity{}, fmt.Errorf("activity %s-%s: %w", q.CountryA, q.CountryB, err)
	}
	var out graph.Activity
	err = s.read(ctx, func(x *index) error {
		var events []graph.ActivityEvent
		for id, n := range x.nodes {
			if n.e.Kind != graph.KindEvent {
				continue
			}
			ev := graph.ActivityEvent{Event: n.e}
			for _, r := range x.rels(id, graph.DirectionIn, graph.MeetingRelTypes) {
				rel := x.relations[r]
				ev.Signed = ev.Signed || rel.Type == graph.RelSigned
				ev.Participants = append(ev.Participants, x.nodes[rel.From].e)
			}
			if len(ev.Participants) == 0 {
				continue
			}
			for _, r := range x.rels(id, graph.DirectionOut, []graph.RelType{graph.RelLocatedIn}) {
				if place := x.nodes[x.relations[r].To]; place != nil {
					ev.Places = append(ev.Places, place.e)
				}
			}
			events = append(events, ev)
		}
		// The tally holds the index's entities: copy what it returns.
		if out, err = graph.TallyActivity(norm, events); err != nil {
			return err
		}
		for _, list := range [][]graph.EntityCount{out.TopActorsA, out.TopActorsB, out.TopRegionsA, out.TopRegionsB} {
			for i := range list {
				list[i].Entity = cloneEntity(list[i].Entity)
			}
		}
		return nil
	})
	if err != nil {
		return graph.Activity{}, fmt.Errorf("activity %s-%s: %w", q.CountryA, q.CountryB, err)
	}
	return out, nil
}
