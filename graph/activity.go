package graph

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

// DefaultTop is how many top actors and regions per side Store.Activity
// lists when ActivityQuery.Top is 0.
const DefaultTop = 5

// Intervals lists every interval, the shortest first.
var Intervals = []Interval{IntervalMonth, IntervalQuarter, IntervalYear}

// Normalize checks q against the rules of Store.Activity and returns it
// with the defaults set: an empty Interval is IntervalMonth, a Top of 0 is
// DefaultTop. It returns ErrInvalid (wrapped, naming the fault) if a
// country is not ISO 3166-1 alpha-2, a date bound is not a date, the
// interval is unknown or Top is negative.
func (q ActivityQuery) Normalize() (ActivityQuery, error) {
	if !ValidCountry(q.CountryA) || !ValidCountry(q.CountryB) {
		return ActivityQuery{}, fmt.Errorf("countries %q, %q: not ISO 3166-1 alpha-2: %w", q.CountryA, q.CountryB, ErrInvalid)
	}
	if err := checkDateBounds(q.DateFrom, q.DateTo); err != nil {
		return ActivityQuery{}, err
	}
	if q.Interval == "" {
		q.Interval = IntervalMonth
	}
	if !slices.Contains(Intervals, q.Interval) {
		return ActivityQuery{}, fmt.Errorf("interval %q: %w", q.Interval, ErrInvalid)
	}
	if q.Top < 0 {
		return ActivityQuery{}, fmt.Errorf("top %d: %w", q.Top, ErrInvalid)
	}
	if q.Top == 0 {
		q.Top = DefaultTop
	}
	return q, nil
}

// checkDateBounds returns ErrInvalid (wrapped) if a non-empty bound is not
// a ValidDate.
func checkDateBounds(bounds ...string) error {
	for _, d := range bounds {
		if d != "" && !ValidDate(d) {
			return fmt.Errorf("date bound %q: %w", d, ErrInvalid)
		}
	}
	return nil
}

// Period returns the bucket of a date for an interval: "2024-03" for
// IntervalMonth (and ""), "2024-Q1" for IntervalQuarter, "2024" for
// IntervalYear. It returns false when the date has no known year, is
// coarser than the interval (a year-only date has no month), or the
// interval is unknown.
func Period(date string, interval Interval) (string, bool) {
	if len(date) < 4 || strings.HasPrefix(date, "XXXX") {
		return "", false
	}
	switch interval {
	case IntervalYear:
		return date[:4], true
	case IntervalMonth, "":
		if len(date) < 7 {
			return "", false
		}
		return date[:7], true
	case IntervalQuarter:
		if len(date) < 7 {
			return "", false
		}
		month := int(date[5]-'0')*10 + int(date[6]-'0')
		return fmt.Sprintf("%s-Q%d", date[:4], (month-1)/3+1), true
	}
	return "", false
}

// ActivityEvent is one event as a store gathers it for TallyActivity.
type ActivityEvent struct {
	Event Entity // the folded event
	// Participants are the entities with an ATTENDED, HOSTED or SIGNED edge
	// to the event; those of other countries than the query's may be left
	// out, and repeats count once.
	Participants []Entity
	// Places are the regions the event is LOCATED_IN.
	Places []Entity
	// Signed says whether the event has a SIGNED edge.
	Signed bool
}

// TallyActivity is the rule of Store.Activity, applied to the events a
// store gathered (in any order): it keeps the events dated within q's range
// whose date fits q.Interval (Period) and that have participants of both
// countries, and counts them per period, with the distinct pairs (a of
// CountryA, b of CountryB, a != b) that took part and the events where
// something was signed (Signed, or of type signing). Organisations and
// officials taking part are each side's actors; regions taking part, or
// holding the event (Places) with the side's country, are its regions;
// both are ranked by number of events, most first, then by ID, and cut to
// q.Top. The returned entities are those of events (not copies).
//
// q is normalised first; TallyActivity returns Normalize's error.
func TallyActivity(q ActivityQuery, events []ActivityEvent) (Activity, error) {
	q, err := q.Normalize()
	if err != nil {
		return Activity{}, err
	}
	type bucket struct {
		ActivityBucket
		pairs map[[2]string]bool
	}
	buckets := map[string]*bucket{}
	type tally struct {
		e      Entity
		events map[string]bool
	}
	actors := [2]map[string]*tally{{}, {}}
	regions := [2]map[string]*tally{{}, {}}
	count := func(m map[string]*tally, e Entity, event string) {
		t := m[e.ID]
		if t == nil {
			t = &tally{e: e, events: map[string]bool{}}
			m[e.ID] = t
		}
		t.events[event] = true
	}
	countries := [2]string{q.CountryA, q.CountryB}
	for _, ev := range events {
		if !DateInRange(ev.Event.Date, q.DateFrom, q.DateTo) {
			continue
		}
		p, ok := Period(ev.Event.Date, q.Interval)
		if !ok {
			continue
		}
		var sides [2][]Entity
		for _, e := range ev.Participants {
			for i, c := range countries {
				if e.Country == c {
					sides[i] = append(sides[i], e)
				}
			}
		}
		if len(sides[0]) == 0 || len(sides[1]) == 0 {
			continue
		}
		b := buckets[p]
		if b == nil {
			b = &bucket{ActivityBucket: ActivityBucket{Period: p}, pairs: map[[2]string]bool{}}
			buckets[p] = b
		}
		b.Events++
		if ev.Signed || ev.Event.EventType == EventSigning {
			b.Signings++
		}
		for _, x := range sides[0] {
			for _, y := range sides[1] {
				if x.ID != y.ID {
					b.pairs[[2]string{x.ID, y.ID}] = true
				}
			}
		}
		for i := range countries {
			for _, e := range sides[i] {
				switch e.Kind {
				case KindOrganisation, KindOfficial:
					count(actors[i], e, ev.Event.ID)
				case KindRegion:
					count(regions[i], e, ev.Event.ID)
				}
			}
			for _, r := range ev.Places {
				if r.Country == countries[i] {
					count(regions[i], r, ev.Event.ID)
				}
			}
		}
	}
	var out Activity
	for _, p := range slices.Sorted(maps.Keys(buckets)) {
		b := buckets[p]
		b.Meetings = len(b.pairs)
		out.Buckets = append(out.Buckets, b.ActivityBucket)
	}
	rank := func(m map[string]*tally) []EntityCount {
		var list []EntityCount
		for _, t := range m {
			list = append(list, EntityCount{Entity: t.e, Count: len(t.events)})
		}
		slices.SortFunc(list, func(x, y EntityCount) int {
			return cmp.Or(cmp.Compare(y.Count, x.Count), cmp.Compare(x.Entity.ID, y.Entity.ID))
		})
		return list[:min(q.Top, len(list))]
	}
	out.TopActorsA, out.TopActorsB = rank(actors[0]), rank(actors[1])
	out.TopRegionsA, out.TopRegionsB = rank(regions[0]), rank(regions[1])
	return out, nil
}
