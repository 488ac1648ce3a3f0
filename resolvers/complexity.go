package resolvers

import (
	"math"

	"github.com/bilateral/bilateral/graph"
	"github.com/bilateral/bilateral/resolvers/model"
)

// Complexity model: every field costs 1 plus what it selects; a paged field
// costs its selection times `first` (clamped to graph.MaxPageSize, since a
// larger first is refused anyway); a list without paging (sources, hosts,
// children, ...) is assumed to hold ListEstimate items; path and
// bilateralActivity cost SearchCost for the search behind them. The handler
// refuses an operation whose total exceeds its limit before running it.
const (
	// ListEstimate is the assumed length of an unpaged list field.
	ListEstimate = 10
	// SearchCost is the cost of a graph search (path, bilateral activity,
	// meetings) on top of what it returns.
	SearchCost = 50
)

func complexity() ComplexityRoot {
	var c ComplexityRoot
	paged := func(def int) func(child int, first *int) int {
		return func(child int, first *int) int {
			n := def
			if first != nil {
				n = *first
			}
			return mul(1+child, max(1, min(n, graph.MaxPageSize)))
		}
	}
	list := func(child int) int { return mul(1+child, ListEstimate) }
	relations := func(child int, _ []graph.RelType, _ *graph.Direction, first *int, _ *string) int {
		return paged(graph.DefaultPageSize)(child, first)
	}
	events := func(child int, first *int, _ *string) int { return paged(graph.DefaultPageSize)(child, first) }

	c.Query.Search = func(child int, _ string, _ []graph.Kind, _ []string, first *int) int {
		return paged(20)(child, first)
	}
	c.Query.Entities = func(child int, _ *model.EntityFilter, _ *graph.EntityOrder, first *int, _ *string) int {
		return paged(graph.DefaultPageSize)(child, first)
	}
	c.Query.Events = func(child int, _ *model.EventFilter, _ *graph.EntityOrder, first *int, _ *string) int {
		return paged(graph.DefaultPageSize)(child, first)
	}
	c.Query.Meetings = func(child int, _, _ model.EntityFilter, _, _ *string, _ []graph.EventType, first *int, _ *string) int {
		return add(SearchCost, paged(graph.DefaultPageSize)(child, first))
	}
	c.Query.Articles = func(child int, first *int, _ *string) int { return paged(graph.DefaultPageSize)(child, first) }
	c.Query.Path = func(child int, _, _ string, _ *int, _ []graph.RelType) int { return add(SearchCost, child) }
	c.Query.BilateralActivity = func(child int, _, _ string, _, _ *string, _ *graph.Interval, _ *int) int {
		return add(SearchCost, child)
	}

	c.Region.Relations, c.Organisation.Relations = relations, relations
	c.Official.Relations, c.Event.Relations = relations, relations
	c.Region.Events, c.Organisation.Events, c.Official.Events = events, events, events

	c.Region.Sources, c.Organisation.Sources, c.Official.Sources, c.Event.Sources = list, list, list, list
	c.Region.Evidence, c.Organisation.Evidence, c.Official.Evidence, c.Event.Evidence = list, list, list, list
	c.Region.Conflicts, c.Organisation.Conflicts, c.Official.Conflicts, c.Event.Conflicts = list, list, list, list
	c.Region.Children = list
	c.Organisation.Officials = list
	c.Official.Represents = list
	c.Event.Hosts, c.Event.Attendees, c.Event.Signatories = list, list, list
	c.Relation.Sources, c.Relation.Evidence = list, list
	c.Representation.Evidence, c.Signatory.Evidence = list, list
	c.ConflictValue.Articles, c.Conflict.Values = list, list
	c.Meeting.Events, c.Meeting.Evidence = list, list
	c.Path.Entities, c.Path.Relations = list, list
	c.BilateralActivity.Buckets = list
	c.ActivitySide.TopActors, c.ActivitySide.TopRegions = list, list
	c.IngestResult.Entities, c.IngestResult.Relations, c.IngestResult.Problems = list, list, list
	return c
}

// mul and add saturate instead of overflowing, so a hostile query cannot
// wrap its cost around to a small number.
func mul(a, b int) int {
	if a > 0 && b > math.MaxInt/a {
		return math.MaxInt
	}
	return a * b
}

func add(a, b int) int {
	if a > math.MaxInt-b {
		return math.MaxInt
	}
	return a + b
}
