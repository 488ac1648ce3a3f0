package graph

import "fmt"

// The query rules every Store applies before it reads: each query type's
// Normalize checks a query and fills in its defaults, so that backends
// refuse the same queries with ErrInvalid and read the same ones alike.

// Normalize checks q against the rules of Store.Relations and returns it
// with an empty Direction set to DirectionBoth. It returns ErrInvalid
// (wrapped) for an unknown direction.
func (q RelationQuery) Normalize() (RelationQuery, error) {
	switch q.Direction {
	case "":
		q.Direction = DirectionBoth
	case DirectionIn, DirectionOut, DirectionBoth:
	default:
		return RelationQuery{}, fmt.Errorf("direction %q: %w", q.Direction, ErrInvalid)
	}
	return q, nil
}

// Normalize checks f and returns it with NameContains and NameStartsWith
// folded (FoldName; one that folds to "" restricts nothing). It returns
// ErrInvalid (wrapped) if a date bound is not a date.
func (f EntityFilter) Normalize() (EntityFilter, error) {
	if err := checkDateBounds(f.DateFrom, f.DateTo); err != nil {
		return EntityFilter{}, err
	}
	f.NameContains = FoldName(f.NameContains)
	f.NameStartsWith = FoldName(f.NameStartsWith)
	return f, nil
}

// Normalize checks q against the rules of Store.Entities and returns it
// with its filter normalised and an empty OrderBy set to OrderByName. It
// returns ErrInvalid (wrapped) if the filter's Normalize does or the order
// is unknown. The page's cursor is checked by Page.Bounds.
func (q EntityQuery) Normalize() (EntityQuery, error) {
	switch q.OrderBy {
	case "":
		q.OrderBy = OrderByName
	case OrderByName, OrderByDate, OrderBySources:
	default:
		return EntityQuery{}, fmt.Errorf("order %q: %w", q.OrderBy, ErrInvalid)
	}
	f, err := q.Filter.Normalize()
	if err != nil {
		return EntityQuery{}, err
	}
	q.Filter = f
	return q, nil
}

// Normalize checks q against the rules of Store.Meetings and returns it
// with both filters normalised. It returns ErrInvalid (wrapped) if a date
// bound is not a date or a filter's Normalize fails.
func (q MeetingQuery) Normalize() (MeetingQuery, error) {
	if err := checkDateBounds(q.DateFrom, q.DateTo); err != nil {
		return MeetingQuery{}, err
	}
	a, err := q.A.Normalize()
	if err != nil {
		return MeetingQuery{}, fmt.Errorf("filter a: %w", err)
	}
	b, err := q.B.Normalize()
	if err != nil {
		return MeetingQuery{}, fmt.Errorf("filter b: %w", err)
	}
	q.A, q.B = a, b
	return q, nil
}

// Normalize checks q against the rules of Store.Search and returns it with
// Text folded (FoldName) and First set to how many entities to return at
// most (DefaultPageSize when not set, clamped to MaxPageSize). It returns
// ErrInvalid (wrapped) if Text folds to nothing.
func (q SearchQuery) Normalize() (SearchQuery, error) {
	text := FoldName(q.Text)
	if text == "" {
		return SearchQuery{}, fmt.Errorf("empty text after folding: %w", ErrInvalid)
	}
	q.Text = text
	if q.First <= 0 {
		q.First = DefaultPageSize
	}
	q.First = min(q.First, MaxPageSize)
	return q, nil
}

// Normalize checks q against the rules of Store.Path and returns it with
// MaxHops clamped to MaxPathHops. It returns ErrInvalid (wrapped) if
// MaxHops is below 1.
func (q PathQuery) Normalize() (PathQuery, error) {
	if q.MaxHops < 1 {
		return PathQuery{}, fmt.Errorf("max hops %d: %w", q.MaxHops, ErrInvalid)
	}
	q.MaxHops = min(q.MaxHops, MaxPathHops)
	return q, nil
}
