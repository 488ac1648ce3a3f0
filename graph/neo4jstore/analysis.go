package neo4jstore

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/bilateral/bilateral/graph"
)

// Meetings implements graph.Store: one statement returns each event (or
// visit) of each pair; graph.MeetingSet groups, sorts and pages them.
func (s *Store) Meetings(ctx context.Context, q graph.MeetingQuery) (graph.MeetingPage, error) {
	page, err := s.meetings(ctx, q)
	if err != nil {
		return graph.MeetingPage{}, fmt.Errorf("meetings: %w", err)
	}
	return page, nil
}

func (s *Store) meetings(ctx context.Context, q graph.MeetingQuery) (graph.MeetingPage, error) {
	q, err := q.Normalize()
	if err != nil {
		return graph.MeetingPage{}, err
	}
	var found graph.MeetingSet
	err = s.read(ctx, func(t tx) error {
		found = graph.MeetingSet{}
		recs, err := t.run(ctx, qMeetings, map[string]any{
			"a": filterParams(q.A), "b": filterParams(q.B), "dateFrom": q.DateFrom, "dateTo": q.DateTo,
			"eventTypes": strs(q.EventTypes), "visits": q.CountsVisits(),
		})
		if err != nil {
			return err
		}
		for _, rec := range recs {
			var cols [4]any
			for i, key := range []string{"a", "b", "event", "relations"} {
				if cols[i], err = value(qMeetings, rec, key); err != nil {
					return err
				}
			}
			ea, err := decodeEntity(cols[0])
			if err != nil {
				return fmt.Errorf("%s: %w", qMeetings.name, err)
			}
			eb, err := decodeEntity(cols[1])
			if err != nil {
				return fmt.Errorf("%s: %w", qMeetings.name, err)
			}
			rels, err := decodeList(cols[3], "relations", decodeRelation)
			if err != nil {
				return fmt.Errorf("%s: %w", qMeetings.name, err)
			}
			var event *graph.Entity
			if cols[2] != nil {
				ev, err := decodeEntity(cols[2])
				if err != nil {
					return fmt.Errorf("%s: %w", qMeetings.name, err)
				}
				event = &ev
			}
			found.Add(&ea, &eb, event, rels...)
		}
		return nil
	})
	if err != nil {
		return graph.MeetingPage{}, err
	}
	return found.Page(q.Page)
}

// Path implements graph.Store: one statement returns every shortest path;
// the one whose entity ids, then relation ids, come first wins, so the
// answer does not depend on Neo4j's traversal order. Ids stand for their
// entity or the one they were merged into; when From and To stand for the
// same entity the path is that entity alone.
func (s *Store) Path(ctx context.Context, q graph.PathQuery) (graph.Path, error) {
	p, err := s.path(ctx, q)
	if err != nil {
		return graph.Path{}, fmt.Errorf("path %s to %s: %w", q.From, q.To, err)
	}
	return p, nil
}

func (s *Store) path(ctx context.Context, q graph.PathQuery) (graph.Path, error) {
	q, err := q.Normalize()
	if err != nil {
		return graph.Path{}, err
	}
	var paths []graph.Path
	err = s.read(ctx, func(t tx) error {
		paths = nil
		recs, err := t.run(ctx, qPath, map[string]any{
			"from": q.From, "to": q.To, "types": relTypes(q.Types), "maxHops": int64(q.MaxHops),
		})
		if err != nil {
			return err
		}
		for _, rec := range recs {
			ev, err := value(qPath, rec, "entities")
			if err != nil {
				return err
			}
			rv, err := value(qPath, rec, "relations")
			if err != nil {
				return err
			}
			var p graph.Path
			if p.Entities, err = decodeList(ev, "path entities", decodeEntity); err != nil {
				return fmt.Errorf("%s: %w", qPath.name, err)
			}
			if p.Relations, err = decodeList(rv, "path relations", decodeRelation); err != nil {
				return fmt.Errorf("%s: %w", qPath.name, err)
			}
			if len(p.Entities) != len(p.Relations)+1 {
				return fmt.Errorf("%s: path of %d entities and %d relations", qPath.name, len(p.Entities), len(p.Relations))
			}
			paths = append(paths, p)
		}
		return nil
	})
	if err != nil {
		return graph.Path{}, err
	}
	if len(paths) == 0 {
		return graph.Path{}, graph.ErrNotFound
	}
	ids := func(p graph.Path) string {
		var b strings.Builder
		for _, e := range p.Entities {
			b.WriteString(e.ID + "\x00")
		}
		b.WriteString("\x01")
		for _, r := range p.Relations {
			b.WriteString(r.ID + "\x00")
		}
		return b.String()
	}
	return slices.MinFunc(paths, func(x, y graph.Path) int { return cmp.Compare(ids(x), ids(y)) }), nil
}

// Activity implements graph.Store: one statement fetches the events with
// participants of either country; graph.TallyActivity selects, buckets and
// ranks them on the folded entities.
func (s *Store) Activity(ctx context.Context, q graph.ActivityQuery) (graph.Activity, error) {
	a, err := s.activity(ctx, q)
	if err != nil {
		return graph.Activity{}, fmt.Errorf("activity %s-%s: %w", q.CountryA, q.CountryB, err)
	}
	return a, nil
}

func (s *Store) activity(ctx context.Context, q graph.ActivityQuery) (graph.Activity, error) {
	q, err := q.Normalize()
	if err != nil {
		return graph.Activity{}, err
	}
	var events []graph.ActivityEvent
	err = s.read(ctx, func(t tx) error {
		events = nil
		recs, err := t.run(ctx, qActivity, map[string]any{"countries": []string{q.CountryA, q.CountryB}})
		if err != nil {
			return err
		}
		for _, rec := range recs {
			var ae graph.ActivityEvent
			v, err := value(qActivity, rec, "event")
			if err != nil {
				return err
			}
			if ae.Event, err = decodeEntity(v); err != nil {
				return fmt.Errorf("%s: %w", qActivity.name, err)
			}
			if v, err = value(qActivity, rec, "participants"); err != nil {
				return err
			}
			if ae.Participants, err = decodeList(v, "participants", decodeEntity); err != nil {
				return fmt.Errorf("%s: %w", qActivity.name, err)
			}
			if v, err = value(qActivity, rec, "places"); err != nil {
				return err
			}
			if ae.Places, err = decodeList(v, "places", decodeEntity); err != nil {
				return fmt.Errorf("%s: %w", qActivity.name, err)
			}
			if v, err = value(qActivity, rec, "signed"); err != nil {
				return err
			}
			signed, ok := v.(bool)
			if !ok {
				return fmt.Errorf("%s: signed is %T, want bool", qActivity.name, v)
			}
			ae.Signed = signed
			events = append(events, ae)
		}
		return nil
	})
	if err != nil {
		return graph.Activity{}, err
	}
	return graph.TallyActivity(q, events)
}
