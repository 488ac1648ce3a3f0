package resolvers

import (
	"github.com/bilateral/bilateral/graph"
	"github.com/bilateral/bilateral/resolvers/model"
)

// page checks first against graph.MaxPageSize and builds the page.
func page(first *int, after *string) (graph.Page, error) {
	p := graph.Page{First: graph.DefaultPageSize, After: deref(after)}
	if first != nil {
		p.First = *first
	}
	if p.First < 1 || p.First > graph.MaxPageSize {
		return graph.Page{}, Errorf(CodeBadUserInput, "first is %d: it must be between 1 and the maximum page size %d", p.First, graph.MaxPageSize)
	}
	if _, err := graph.DecodeCursor(p.After); err != nil {
		return graph.Page{}, Errorf(CodeBadUserInput, "after %q is not a cursor from this API", p.After)
	}
	return p, nil
}

// entityFilter converts the GraphQL filter; nil is the empty filter.
func entityFilter(f *model.EntityFilter) (graph.EntityFilter, error) {
	if f == nil {
		return graph.EntityFilter{}, nil
	}
	out := graph.EntityFilter{
		IDs:        f.Ids,
		Kinds:      f.Kinds,
		Countries:  f.Countries,
		Levels:     f.Levels,
		OrgTypes:   f.OrgTypes,
		EventTypes: f.EventTypes,
		Within:     deref(f.Within),
	}
	if err := dateRange(f.Date, &out); err != nil {
		return graph.EntityFilter{}, err
	}
	if err := countries(f.Countries); err != nil {
		return graph.EntityFilter{}, err
	}
	nameFilter(f.Name, &out)
	return out, nil
}

// eventFilter converts the GraphQL event filter into an entity filter for
// events.
func eventFilter(f *model.EventFilter) (graph.EntityFilter, error) {
	out := graph.EntityFilter{Kinds: []graph.Kind{graph.KindEvent}}
	if f == nil {
		return out, nil
	}
	out.IDs = f.Ids
	out.EventTypes = f.EventTypes
	out.Countries = f.Countries
	out.Within = deref(f.Within)
	if err := dateRange(f.Date, &out); err != nil {
		return graph.EntityFilter{}, err
	}
	if err := countries(f.Countries); err != nil {
		return graph.EntityFilter{}, err
	}
	nameFilter(f.Name, &out)
	return out, nil
}

func dateRange(r *model.DateRange, out *graph.EntityFilter) error {
	if r == nil {
		return nil
	}
	out.DateFrom, out.DateTo = deref(r.Gte), deref(r.Lte)
	return dates(out.DateFrom, out.DateTo)
}

func nameFilter(s *model.StringFilter, out *graph.EntityFilter) {
	if s != nil {
		out.NameContains, out.NameStartsWith = deref(s.Contains), deref(s.StartsWith)
	}
}

// dates checks that each non-empty date is an ISO date of some precision.
func dates(ds ...string) error {
	for _, d := range ds {
		if d != "" && !graph.ValidDate(d) {
			return Errorf(CodeBadUserInput, "date %q is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)", d)
		}
	}
	return nil
}

// countries checks that each code is ISO 3166-1 alpha-2.
func countries(cs []string) error {
	for _, c := range cs {
		if !graph.ValidCountry(c) {
			return Errorf(CodeBadUserInput, "country %q is not an ISO 3166-1 alpha-2 code such as RU or CN", c)
		}
	}
	return nil
}

func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}

func orNil(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
