package graph

import "context"

// Store is the graph database. Every method maps to one unit of work on the
// backend (one transaction; on Neo4j a fixed small number of statements).
//
// Contract, held by every implementation through package storetest:
//   - Safe for concurrent use.
//   - Returned values are copies the caller may keep and modify.
//   - Lists are sorted as each method says, so pages are stable.
//   - Writes are atomic: after a crash or an error an article is either
//     wholly stored or not at all.
//   - Nodes and edges are the Fold / FoldRelation of the claims of the
//     articles that support them: writes are idempotent and their order does
//     not matter.
type Store interface {
	// WriteArticle stores g.Article and its claims, replacing any claims the
	// same article id had before (so writing it twice changes nothing).
	// It returns ErrInvalid (wrapped, naming the fault) if Validate(g) fails;
	// nothing is written then.
	WriteArticle(ctx context.Context, g ArticleGraph) (WriteStats, error)

	// Retract removes an article and its claims. Nodes and edges that no
	// other article supports are deleted; the rest are folded again.
	// It returns ErrNotFound if no article has the id.
	Retract(ctx context.Context, articleID string) (WriteStats, error)

	// Article returns one article, or ErrNotFound.
	Article(ctx context.Context, id string) (Article, error)

	// Articles returns the articles with the given ids (unknown ids are left
	// out), or every article when ids is empty, sorted by ID.
	Articles(ctx context.Context, ids []string) ([]Article, error)

	// Entity returns the entity with the id, or the one an entity with that
	// id was merged into (Entity.MergedIDs; the smallest id if several list
	// it); ErrNotFound if there is none.
	Entity(ctx context.Context, id string) (Entity, error)

	// Entities returns a page of the entities that match q, ordered by
	// q.OrderBy and then ID. It returns ErrInvalid if q.Normalize or
	// q.Page.Bounds does.
	Entities(ctx context.Context, q EntityQuery) (EntityPage, error)

	// Search returns at most q.First entities with a name or alias matching
	// q.Text (see SearchQuery), best match first, then by ID. It returns
	// ErrInvalid if q.Normalize does.
	Search(ctx context.Context, q SearchQuery) ([]Entity, error)

	// Relations returns every relation touching any of q.EntityIDs in the
	// direction and of the types asked, sorted by ID. It is the batch call
	// behind the API's per-entity relation fields. It returns ErrInvalid if
	// q.Normalize does.
	Relations(ctx context.Context, q RelationQuery) ([]Relation, error)

	// Meetings returns a page of pairs (a, b), a matching q.A and b matching
	// q.B, a != b, that met: both have an ATTENDED, HOSTED or SIGNED edge to
	// the same event that q.AdmitsEvent, or one VISITED the other and
	// q.CountsVisits. Pairs are ordered by a's name, b's name, then ids (as
	// MeetingSet pages them). It returns ErrInvalid if q.Normalize or
	// q.Page.Bounds does.
	Meetings(ctx context.Context, q MeetingQuery) (MeetingPage, error)

	// Path returns a shortest chain of edges, in either direction, from one
	// entity to another with at most q.MaxHops edges; ErrNotFound if there
	// is none, or if either end does not exist; ErrInvalid if q.Normalize
	// fails.
	Path(ctx context.Context, q PathQuery) (Path, error)

	// Activity returns the time series of events between actors of two
	// countries: TallyActivity of the events with participants of either.
	// It returns ErrInvalid if q.Normalize does.
	Activity(ctx context.Context, q ActivityQuery) (Activity, error)

	// Stats counts what is stored; every kind and relation type has an
	// entry (see NewStats).
	Stats(ctx context.Context) (Stats, error)

	// Dump returns the whole graph, every list sorted by ID: the canonical
	// form that tests compare.
	Dump(ctx context.Context) (Dump, error)

	// Close releases the store's resources.
	Close(ctx context.Context) error
}

// WriteStats says what a write changed.
type WriteStats struct {
	EntitiesCreated  int
	EntitiesDeleted  int
	RelationsCreated int
	RelationsDeleted int
}

// Add accumulates o into s.
func (s *WriteStats) Add(o WriteStats) {
	s.EntitiesCreated += o.EntitiesCreated
	s.EntitiesDeleted += o.EntitiesDeleted
	s.RelationsCreated += o.RelationsCreated
	s.RelationsDeleted += o.RelationsDeleted
}

// Stats counts what a store holds.
type Stats struct {
	Articles  int
	Entities  map[Kind]int
	Relations map[RelType]int
}

// NewStats returns empty Stats with an entry of 0 for every kind and
// relation type, for a store to count into.
func NewStats() Stats {
	st := Stats{Entities: make(map[Kind]int, len(Kinds)), Relations: make(map[RelType]int, len(RelTypes))}
	for _, k := range Kinds {
		st.Entities[k] = 0
	}
	for _, t := range RelTypes {
		st.Relations[t] = 0
	}
	return st
}

// Dump is the whole graph in canonical order.
type Dump struct {
	Articles  []Article
	Entities  []Entity
	Relations []Relation
}

// MaxPageSize caps every First in a query; larger values are refused with
// ErrInvalid by the API and clamped by stores.
const MaxPageSize = 200

// Page selects a slice of an ordered list. After is an opaque cursor from a
// previous page ("" for the first page). First <= 0 means DefaultPageSize.
type Page struct {
	First int
	After string
}

// DefaultPageSize is the page size when Page.First is not set.
const DefaultPageSize = 50

// PageInfo describes where a page sits in its list.
type PageInfo struct {
	TotalCount  int
	StartCursor string
	EndCursor   string
	HasNextPage bool
}

// EntityOrder is the sort order of an entity list.
type EntityOrder string

// The entity orders. Ties are broken by ID.
const (
	OrderByName    EntityOrder = "NAME"    // by name, case-insensitive (default)
	OrderByDate    EntityOrder = "DATE"    // by event date, oldest first; undated last
	OrderBySources EntityOrder = "SOURCES" // by number of supporting articles, most first
)

// EntityFilter selects entities by their properties. Empty fields do not
// restrict; within a field the values are alternatives ("in").
type EntityFilter struct {
	// IDs keeps the entities with these ids, or into which an entity with
	// one of them was merged (as Entity looks them up).
	IDs        []string
	Kinds      []Kind
	Countries  []string
	Levels     []RegionLevel
	OrgTypes   []OrgType
	EventTypes []EventType
	// Within keeps entities located in the region with this id or any region
	// inside it (following LOCATED_IN), and that region's descendants.
	Within string
	// DateFrom and DateTo bound event dates, inclusive, compared on the
	// precision of the event's date (an event dated 2024-03 lies within
	// 2024-03-15..2024-12-31). Non-events and undated events fail a bound.
	DateFrom string
	DateTo   string
	// NameContains and NameStartsWith match any name or alias after folding
	// case and accents (see FoldName).
	NameContains   string
	NameStartsWith string
}

// EntityQuery is a page of entities matching a filter.
type EntityQuery struct {
	Filter  EntityFilter
	OrderBy EntityOrder
	Page
}

// EntityPage is one page of entities.
type EntityPage struct {
	Entities []Entity
	PageInfo
}

// SearchQuery finds entities by name. Text matches a name or alias when,
// after FoldName, the name equals it, starts with it, or contains it as
// whole words; exact matches rank first.
type SearchQuery struct {
	Text      string
	Kinds     []Kind
	Countries []string
	First     int // how many at most; <= 0 means DefaultPageSize, capped at MaxPageSize
}

// Direction is which way relations point from an entity.
type Direction string

// The directions.
const (
	DirectionOut  Direction = "OUT"
	DirectionIn   Direction = "IN"
	DirectionBoth Direction = "BOTH"
)

// RelationQuery selects the relations touching a set of entities.
type RelationQuery struct {
	EntityIDs []string  // merged-away ids stand for the entity they went into
	Types     []RelType // empty: all types
	Direction Direction // "" means DirectionBoth
}

// MeetingQuery asks which entities matching A met entities matching B.
type MeetingQuery struct {
	A, B       EntityFilter
	DateFrom   string // bounds on the event's date, as in EntityFilter
	DateTo     string
	EventTypes []EventType
	Page
}

// Meeting is one pair of entities that met, with the events where they met
// (sorted by date, then ID) and the sentences that say so (sorted by article
// and sentence). A visit has no event: its evidence is the VISITED edge's.
type Meeting struct {
	A, B     Entity
	Events   []Entity
	Evidence []Evidence
}

// MeetingPage is one page of meetings.
type MeetingPage struct {
	Meetings []Meeting
	PageInfo
}

// PathQuery asks for a shortest connection between two entities.
type PathQuery struct {
	From, To string
	MaxHops  int       // at least 1; more than MaxPathHops is clamped
	Types    []RelType // empty: every type
}

// MaxPathHops caps PathQuery.MaxHops.
const MaxPathHops = 6

// Path is a chain Entities[0] -Relations[0]- Entities[1] ... ; each relation
// keeps its own direction.
type Path struct {
	Entities  []Entity
	Relations []Relation
}

// Interval is the bucket size of a time series.
type Interval string

// The intervals.
const (
	IntervalMonth   Interval = "MONTH"   // buckets "2024-03"
	IntervalQuarter Interval = "QUARTER" // buckets "2024-Q1"
	IntervalYear    Interval = "YEAR"    // buckets "2024"
)

// ActivityQuery asks for the bilateral activity between two countries: the
// events with at least one participant (ATTENDED, HOSTED or SIGNED) of each
// country, where an entity's country is Entity.Country. Events whose date
// is too coarse for the interval, or has no year, are left out.
// Normalize states its rules and defaults, TallyActivity the counting.
type ActivityQuery struct {
	CountryA, CountryB string
	DateFrom, DateTo   string   // bounds on the event's date, as in EntityFilter
	Interval           Interval // "" means IntervalMonth
	Top                int      // how many top actors and regions per side; 0 means DefaultTop
}

// Activity is a time series with the most active actors and regions.
type Activity struct {
	Buckets []ActivityBucket // in time order; only buckets with events
	// TopActorsA/B: organisations and officials of each side by number of
	// events; TopRegionsA/B: regions of each side that took part or held
	// the events. Ties by ID.
	TopActorsA, TopActorsB   []EntityCount
	TopRegionsA, TopRegionsB []EntityCount
}

// ActivityBucket counts one period.
type ActivityBucket struct {
	Period   string
	Events   int // events with participants of both countries
	Meetings int // distinct (a, b) pairs, a of A and b of B, that met at them
	Signings int // of those events, ones with a SIGNED edge or of type signing
}

// EntityCount is an entity with how many events it took part in.
type EntityCount struct {
	Entity Entity
	Count  int
}
