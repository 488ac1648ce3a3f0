// Package model holds the Go types behind the GraphQL schema that package
// graph does not provide: one wrapper per entity kind (so the Entity
// interface can tell the kinds apart), edges that carry context, the
// dashboard shapes, and the inputs and connections gqlgen generates into
// models_gen.go. The wrappers only convert (empty values to null, sources to
// evidence); anything that reads the store lives in package resolvers.
package model

import (
	"github.com/bilateral/bilateral/graph"
)

// Entity is the Go side of the GraphQL Entity interface: a *Region,
// *Organisation, *Official or *Event.
type Entity interface {
	// Domain returns the wrapped entity.
	Domain() graph.Entity
}

// Wrap returns e as the wrapper of its kind. An entity of an unknown kind is
// returned as an *Organisation, the most generic actor, rather than lost.
func Wrap(e graph.Entity) Entity {
	switch e.Kind {
	case graph.KindRegion:
		return &Region{base{e}}
	case graph.KindOfficial:
		return &Official{base{e}}
	case graph.KindEvent:
		return &Event{base{e}}
	default:
		return &Organisation{base{e}}
	}
}

// WrapAll wraps every entity of es, keeping the order.
func WrapAll(es []graph.Entity) []Entity {
	out := make([]Entity, len(es))
	for i, e := range es {
		out[i] = Wrap(e)
	}
	return out
}

// NewRegion wraps e, which must be a region, as a *Region.
func NewRegion(e graph.Entity) *Region { return &Region{base{e}} }

// NewOfficial wraps e, which must be an official, as an *Official.
func NewOfficial(e graph.Entity) *Official { return &Official{base{e}} }

// NewEvent wraps e, which must be an event, as an *Event.
func NewEvent(e graph.Entity) *Event { return &Event{base{e}} }

// base holds the entity and the conversions every kind shares.
type base struct{ graph.Entity }

// Domain returns the wrapped entity.
func (b base) Domain() graph.Entity { return b.Entity }

// CountryOrNil is the country, or nil when unknown.
func (b base) CountryOrNil() *string { return orNil(b.Country) }

// Evidence lists the entity's sources as evidence.
func (b base) Evidence() []graph.Evidence { return EvidenceOf(b.Sources) }

// NumSources is the number of distinct supporting articles.
func (b base) NumSources() int { return len(graph.ArticleIDs(b.Sources)) }

// Region is a region entity.
type Region struct{ base }

// LevelOrNil is the region's level, or nil when unknown.
func (r *Region) LevelOrNil() *graph.RegionLevel { return orNil(r.Level) }

// CodeOrNil is the gazetteer code, or nil when unknown.
func (r *Region) CodeOrNil() *string { return orNil(r.Code) }

// Organisation is an organisation entity.
type Organisation struct{ base }

// OrgTypeOrNil is the organisation's type, or nil when unknown.
func (o *Organisation) OrgTypeOrNil() *graph.OrgType { return orNil(o.OrgType) }

// Official is an official entity.
type Official struct{ base }

// Event is an event entity.
type Event struct{ base }

// DateOrNil is the event's date, or nil when unknown.
func (e *Event) DateOrNil() *string { return orNil(e.Date) }

// EventTypeOrNil is the event's type, or nil when unknown.
func (e *Event) EventTypeOrNil() *graph.EventType { return orNil(e.EventType) }

// StatusOrDefault is the event's status; an empty status means occurred.
func (e *Event) StatusOrDefault() graph.EventStatus {
	if e.Status == "" {
		return graph.EventOccurred
	}
	return e.Status
}

// RelationEdge is a relation in a page of one entity's relations.
type RelationEdge struct {
	Node   graph.Relation
	Cursor string
	// Direction is OUT when the relation goes from the listed entity.
	Direction graph.Direction
	// OtherID is the id of the entity at the other end.
	OtherID string
}

// EdgeFrom returns the edge of r seen from the entity with id anchor.
func EdgeFrom(r graph.Relation, anchor, cursor string) RelationEdge {
	if r.From == anchor {
		return RelationEdge{Node: r, Cursor: cursor, Direction: graph.DirectionOut, OtherID: r.To}
	}
	return RelationEdge{Node: r, Cursor: cursor, Direction: graph.DirectionIn, OtherID: r.From}
}

// BilateralActivity is the time series between two countries.
type BilateralActivity struct {
	CountryA, CountryB string
	Interval           graph.Interval
	Buckets            []graph.ActivityBucket
	SideA, SideB       ActivitySide
}

// ActivitySide is the most active entities of one country.
type ActivitySide struct {
	Country    string
	TopActors  []graph.EntityCount
	TopRegions []graph.EntityCount
}

// NewBilateralActivity shapes a store's Activity for the API.
func NewBilateralActivity(q graph.ActivityQuery, a graph.Activity) BilateralActivity {
	return BilateralActivity{
		CountryA: q.CountryA,
		CountryB: q.CountryB,
		Interval: q.Interval,
		Buckets:  nonNil(a.Buckets),
		SideA:    ActivitySide{Country: q.CountryA, TopActors: nonNil(a.TopActorsA), TopRegions: nonNil(a.TopRegionsA)},
		SideB:    ActivitySide{Country: q.CountryB, TopActors: nonNil(a.TopActorsB), TopRegions: nonNil(a.TopRegionsB)},
	}
}

// IngestResult is what ingesting one article extracted and wrote. Its fields
// are those of loader.Report, so a Report converts to it directly.
type IngestResult struct {
	Article   graph.Article
	Duplicate bool
	Graph     graph.ArticleGraph
	Problems  []graph.Problem
	Stats     graph.WriteStats
}

// Entities are the article's entity claims, wrapped.
func (r IngestResult) Entities() []Entity { return WrapAll(r.Graph.Entities) }

// Relations are the article's relation claims.
func (r IngestResult) Relations() []graph.Relation { return nonNil(r.Graph.Relations) }

// EvidenceOf turns sources into evidence, keeping their order.
func EvidenceOf(sources []graph.Source) []graph.Evidence {
	out := make([]graph.Evidence, len(sources))
	for i, s := range sources {
		out[i] = graph.Evidence{ArticleID: s.ArticleID, Sentence: s.Sentence}
	}
	return out
}

// PageInfo is where a page sits in its list (Relay).
type PageInfo struct {
	HasNextPage     bool
	HasPreviousPage bool
	StartCursor     *string
	EndCursor       *string
}

// PageInfoOf converts a store's PageInfo; after is the cursor the page was
// asked with, so a page after a cursor has a previous page.
func PageInfoOf(p graph.PageInfo, after string) PageInfo {
	start, end := orNil(p.StartCursor), orNil(p.EndCursor)
	prev := false
	if after != "" {
		if n, err := graph.DecodeCursor(after); err == nil && n >= 0 {
			prev = true
		}
	}
	return PageInfo{HasNextPage: p.HasNextPage, HasPreviousPage: prev, StartCursor: start, EndCursor: end}
}

func orNil[T ~string](v T) *T {
	if v == "" {
		return nil
	}
	return &v
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
