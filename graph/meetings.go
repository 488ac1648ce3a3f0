package graph

import (
	"cmp"
	"slices"
)

// AdmitsEvent reports whether two entities taking part in e meet for q: e
// is an event of one of q.EventTypes (any when there are none) dated within
// q's range (DateInRange).
func (q MeetingQuery) AdmitsEvent(e Entity) bool {
	return e.Kind == KindEvent &&
		(len(q.EventTypes) == 0 || slices.Contains(q.EventTypes, e.EventType)) &&
		DateInRange(e.Date, q.DateFrom, q.DateTo)
}

// CountsVisits reports whether VISITED edges make meetings for q. A visit
// has no event, so neither a date nor an event type: only a query that
// bounds neither admits it.
func (q MeetingQuery) CountsVisits() bool {
	return q.DateFrom == "" && q.DateTo == "" && len(q.EventTypes) == 0
}

// MeetingSet gathers what a store found for Store.Meetings, one Add per
// event or visit at which a pair met, and returns the meetings in the
// contract's order. The zero value is empty and ready to use.
type MeetingSet struct {
	pairs map[[2]string]*meetingFinds
}

// meetingFinds is what a MeetingSet knows of one pair.
type meetingFinds struct {
	a, b    *Entity
	events  []*Entity  // each once
	sources [][]Source // of the relations that make the meetings
}

// Add records that a met b at event (nil for a visit), as the relations
// rels say. Repeated events and evidence count once; a pair of an entity
// with itself is no meeting and is left out. The set keeps the entities'
// addresses: they must not change until Page has returned, and the
// meetings Page returns share their slices.
func (s *MeetingSet) Add(a, b, event *Entity, rels ...Relation) {
	if a.ID == b.ID {
		return
	}
	if s.pairs == nil {
		s.pairs = map[[2]string]*meetingFinds{}
	}
	key := [2]string{a.ID, b.ID}
	f := s.pairs[key]
	if f == nil {
		f = &meetingFinds{a: a, b: b}
		s.pairs[key] = f
	}
	if event != nil && !slices.ContainsFunc(f.events, func(e *Entity) bool { return e.ID == event.ID }) {
		f.events = append(f.events, event)
	}
	for _, r := range rels {
		f.sources = append(f.sources, r.Sources)
	}
}

// Len is the number of pairs that met.
func (s *MeetingSet) Len() int { return len(s.pairs) }

// Page returns page p of the meetings: pairs ordered by a's name, b's
// name, then their ids; each with its events sorted by date, then ID, and
// the evidence of its relations (article and sentence of each source)
// sorted by article, then sentence. Only the page's meetings are built.
// It returns ErrInvalid if p.Window does.
func (s *MeetingSet) Page(p Page) (MeetingPage, error) {
	finds := make([]*meetingFinds, 0, len(s.pairs))
	for _, f := range s.pairs {
		finds = append(finds, f)
	}
	slices.SortFunc(finds, func(x, y *meetingFinds) int {
		return cmp.Or(cmp.Compare(x.a.Name, y.a.Name), cmp.Compare(x.b.Name, y.b.Name),
			cmp.Compare(x.a.ID, y.a.ID), cmp.Compare(x.b.ID, y.b.ID))
	})
	start, end, info, err := p.Window(len(finds))
	if err != nil {
		return MeetingPage{}, err
	}
	page := MeetingPage{PageInfo: info}
	for _, f := range finds[start:end] {
		m := Meeting{A: *f.a, B: *f.b}
		for _, e := range f.events {
			m.Events = append(m.Events, *e)
		}
		slices.SortFunc(m.Events, func(x, y Entity) int {
			return cmp.Or(cmp.Compare(x.Date, y.Date), cmp.Compare(x.ID, y.ID))
		})
		for _, srcs := range f.sources {
			for _, src := range srcs {
				m.Evidence = append(m.Evidence, Evidence{ArticleID: src.ArticleID, Sentence: src.Sentence})
			}
		}
		slices.SortFunc(m.Evidence, func(x, y Evidence) int {
			return cmp.Or(cmp.Compare(x.ArticleID, y.ArticleID), cmp.Compare(x.Sentence, y.Sentence))
		})
		m.Evidence = slices.Compact(m.Evidence)
		page.Meetings = append(page.Meetings, m)
	}
	return page, nil
}
