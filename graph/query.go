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
