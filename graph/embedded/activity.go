package embedded

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/bilateral/bilateral/graph"
)

// DefaultTop is how many top actors and regions Activity lists when
// ActivityQuery.Top is 0.
const DefaultTop = 5

// Activity implements graph.Store. An empty interval means MONTH. A region
// "holds" an event when the event is LOCATED_IN it directly.
func (s *Store) Activity(ctx context.Context, q graph.ActivityQuery) (graph.Activity, error) {
	fail := func(format string, args ...any) (graph.Activity, error) {
		return graph.Activity{}, fmt.Errorf("activity %s-%s: %s: %w", q.CountryA, q.CountryB,
			fmt.Sprintf(format, args...), graph.ErrInvalid)
	}
	if !graph.ValidCountry(q.CountryA) || !graph.ValidCountry(q.CountryB) {
		return fail("countries must be ISO 3166-1 alpha-2")
	}
	for _, d := range []string{q.DateFrom, q.DateTo} {
		if d != "" && !graph.ValidDate(d) {
			return fail("date bound %q", d)
		}
	}
	interval := q.Interval
	if interval == "" {
		interval = graph.IntervalMonth
	}
	if !slices.Contains([]graph.Interval{graph.IntervalMonth, graph.IntervalQuarter, graph.IntervalYear}, interval) {
		return fail("interval %q", q.Interval)
	}
	top := q.Top
	if top < 0 {
		return fail("top %d", q.Top)
	}
	if top == 0 {
		top = DefaultTop
	}

	var out graph.Activity
	err := s.read(ctx, func(x *index) error {
		type bucket struct {
			b     graph.ActivityBucket
			pairs map[[2]string]bool
		}
		buckets := map[string]*bucket{}
		actors := [2]map[string]int{{}, {}}
		regions := [2]map[string]int{{}, {}}
		for id, n := range x.nodes {
			e := n.e
			if e.Kind != graph.KindEvent || !graph.DateInRange(e.Date, q.DateFrom, q.DateTo) {
				continue
			}
			period, ok := periodOf(e.Date, interval)
			if !ok {
				continue
			}
			var sides [2][]string
			signed := e.EventType == graph.EventSigning
			for _, r := range x.rels(id, graph.DirectionIn, graph.MeetingRelTypes) {
				rel := x.relations[r]
				signed = signed || rel.Type == graph.RelSigned
				c := x.nodes[rel.From].e.Country
				if c == q.CountryA {
					sides[0] = append(sides[0], rel.From)
				}
				if c == q.CountryB {
					sides[1] = append(sides[1], rel.From)
				}
			}
			if len(sides[0]) == 0 || len(sides[1]) == 0 {
				continue
			}
			bk := buckets[period]
			if bk == nil {
				bk = &bucket{b: graph.ActivityBucket{Period: period}, pairs: map[[2]string]bool{}}
				buckets[period] = bk
			}
			bk.b.Events++
			if signed {
				bk.b.Signings++
			}
			for _, a := range sides[0] {
				for _, b := range sides[1] {
					if a != b {
						bk.pairs[[2]string{a, b}] = true
					}
				}
			}
			held := map[string]bool{}
			for _, r := range x.rels(id, graph.DirectionOut, []graph.RelType{graph.RelLocatedIn}) {
				held[x.relations[r].To] = true
			}
			for i, country := range []string{q.CountryA, q.CountryB} {
				seenActor, seenRegion := map[string]bool{}, map[string]bool{}
				for _, p := range sides[i] {
					switch x.nodes[p].e.Kind {
					case graph.KindOrganisation, graph.KindOfficial:
						seenActor[p] = true
					case graph.KindRegion:
						seenRegion[p] = true
					}
				}
				for r := range held {
					if n := x.nodes[r]; n != nil && n.e.Country == country {
						seenRegion[r] = true
					}
				}
				for p := range seenActor {
					actors[i][p]++
				}
				for p := range seenRegion {
					regions[i][p]++
				}
			}
		}
		for _, period := range slices.Sorted(maps.Keys(buckets)) {
			bk := buckets[period]
			bk.b.Meetings = len(bk.pairs)
			out.Buckets = append(out.Buckets, bk.b)
		}
		topOf := func(counts map[string]int) []graph.EntityCount {
			ids := slices.Collect(maps.Keys(counts))
			slices.SortFunc(ids, func(a, b string) int {
				return cmp.Or(cmp.Compare(counts[b], counts[a]), cmp.Compare(a, b))
			})
			var list []graph.EntityCount
			for _, id := range ids[:min(top, len(ids))] {
				list = append(list, graph.EntityCount{Entity: cloneEntity(x.nodes[id].e), Count: counts[id]})
			}
			return list
		}
		out.TopActorsA, out.TopActorsB = topOf(actors[0]), topOf(actors[1])
		out.TopRegionsA, out.TopRegionsB = topOf(regions[0]), topOf(regions[1])
		return nil
	})
	if err != nil {
		return graph.Activity{}, fmt.Errorf("activity %s-%s: %w", q.CountryA, q.CountryB, err)
	}
	return out, nil
}

// periodOf returns the bucket of date for the interval, or false when the
// date has no year or is too coarse.
func periodOf(date string, interval graph.Interval) (string, bool) {
	if len(date) < 4 || strings.HasPrefix(date, "XXXX") {
		return "", false
	}
	switch interval {
	case graph.IntervalYear:
		return date[:4], true
	case graph.IntervalQuarter:
		if len(date) < 7 {
			return "", false
		}
		m := (date[5]-'0')*10 + date[6] - '0'
		return fmt.Sprintf("%s-Q%d", date[:4], (m-1)/3+1), true
	default:
		if len(date) < 7 {
			return "", false
		}
		return date[:7], true
	}
}
