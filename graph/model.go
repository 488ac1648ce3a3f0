package graph

import (
	"slices"
	"time"
)

// Kind is the label of an entity node.
type Kind string

// The entity kinds. Their string values are the Neo4j labels.
const (
	KindRegion       Kind = "Region"
	KindOrganisation Kind = "Organisation"
	KindOfficial     Kind = "Official"
	KindEvent        Kind = "Event"
)

// Kinds lists every entity kind in a fixed order.
var Kinds = []Kind{KindRegion, KindOrganisation, KindOfficial, KindEvent}

// Valid reports whether k is one of Kinds.
func (k Kind) Valid() bool { return slices.Contains(Kinds, k) }

// RelType is the type of a relationship between two entities.
type RelType string

// The relationship types. Their string values are the Neo4j relationship types.
const (
	RelAttended   RelType = "ATTENDED"   // actor → event it took part in
	RelHosted     RelType = "HOSTED"     // host or organiser → event
	RelSigned     RelType = "SIGNED"     // signatory → event where an agreement was signed
	RelVisited    RelType = "VISITED"    // actor → organisation or region visited
	RelRepresents RelType = "REPRESENTS" // official → organisation or region, with the role
	RelLocatedIn  RelType = "LOCATED_IN" // region → parent; organisation or event → region
)

// RelTypes lists every relationship type in a fixed order.
var RelTypes = []RelType{RelAttended, RelHosted, RelSigned, RelVisited, RelRepresents, RelLocatedIn}

// MeetingRelTypes are the relationships that put an actor at an event: two
// actors with one of them to the same event have met.
var MeetingRelTypes = []RelType{RelAttended, RelHosted, RelSigned}

var actors = []Kind{KindRegion, KindOrganisation, KindOfficial}

// endpoints is the closed ontology: which kinds each relationship may connect.
var endpoints = map[RelType]struct{ from, to []Kind }{
	RelAttended:   {actors, []Kind{KindEvent}},
	RelHosted:     {actors, []Kind{KindEvent}},
	RelSigned:     {actors, []Kind{KindEvent}},
	RelVisited:    {actors, []Kind{KindRegion, KindOrganisation}},
	RelRepresents: {[]Kind{KindOfficial}, []Kind{KindRegion, KindOrganisation}},
	RelLocatedIn:  {[]Kind{KindRegion, KindOrganisation, KindEvent}, []Kind{KindRegion}},
}

// Valid reports whether t is one of RelTypes.
func (t RelType) Valid() bool { return slices.Contains(RelTypes, t) }

// Allows reports whether a relationship of type t may go from an entity of
// kind from to one of kind to.
func (t RelType) Allows(from, to Kind) bool {
	e, ok := endpoints[t]
	return ok && slices.Contains(e.from, from) && slices.Contains(e.to, to)
}

// RegionLevel is the administrative level of a region.
type RegionLevel string

// The region levels, from the largest down.
const (
	LevelCountry  RegionLevel = "country"
	LevelProvince RegionLevel = "province" // also Russia's federal subjects, China's municipalities
	LevelCity     RegionLevel = "city"
	LevelDistrict RegionLevel = "district"
)

// RegionLevels lists every region level from the largest down.
var RegionLevels = []RegionLevel{LevelCountry, LevelProvince, LevelCity, LevelDistrict}

// OrgType is what kind of body an organisation is.
type OrgType string

// The organisation types.
const (
	OrgCompany     OrgType = "company"
	OrgGovernment  OrgType = "government" // ministries, committees, offices, legislatures
	OrgParty       OrgType = "party"
	OrgAssociation OrgType = "association" // unions, chambers, NGOs, business associations
	OrgMedia       OrgType = "media"
	OrgOther       OrgType = "other"
)

// OrgTypes lists every organisation type.
var OrgTypes = []OrgType{OrgCompany, OrgGovernment, OrgParty, OrgAssociation, OrgMedia, OrgOther}

// EventType is what kind of occurrence an event is.
type EventType string

// The event types.
const (
	EventForum      EventType = "forum"
	EventConference EventType = "conference"
	EventRoundtable EventType = "roundtable"
	EventVisit      EventType = "visit"
	EventMission    EventType = "mission" // a (business) delegation or trade mission
	EventSigning    EventType = "signing"
	EventMeeting    EventType = "meeting"
	EventExchange   EventType = "exchange" // exchange activity, matchmaking, negotiation session
	EventExhibition EventType = "exhibition"
	EventOther      EventType = "other"
)

// EventTypes lists every event type.
var EventTypes = []EventType{EventForum, EventConference, EventRoundtable, EventVisit, EventMission,
	EventSigning, EventMeeting, EventExchange, EventExhibition, EventOther}

// EventStatus says whether an event happened or is only announced.
type EventStatus string

// The event statuses. An empty status means EventOccurred.
const (
	EventOccurred EventStatus = "occurred"
	EventPlanned  EventStatus = "planned" // announced, planned, hoped for: not a fact yet
)

// Source is one article's support for a node or an edge.
type Source struct {
	ArticleID string
	// Sentence is the evidence: the sentence of the article that states the
	// fact, or a note saying where a derived fact comes from (the gazetteer).
	Sentence string
	// Language is the article's language (ISO 639-1), kept so that folding
	// can prefer names in one language without looking the article up.
	Language string
}

// Conflict lists the values that articles gave for one property where they
// disagree; the entity shows the value chosen by Fold.
type Conflict struct {
	Field  string
	Values []ConflictValue
}

// ConflictValue is one of the disputed values and the articles that gave it.
type ConflictValue struct {
	Value      string
	ArticleIDs []string
}

// Entity is a node: a region, organisation, official or event. In an
// ArticleGraph it is one article's claim (exactly one Source); read from a
// store it is the fold of all claims.
type Entity struct {
	ID      string
	Kind    Kind
	Name    string
	Aliases []string // other names, sorted, without Name
	Country string   // ISO 3166-1 alpha-2, upper case; "" if unknown

	Level RegionLevel // Region: administrative level
	Code  string      // Region: gazetteer code (ISO 3166 or national division code)

	OrgType OrgType // Organisation

	Roles []string // Official: role titles, sorted

	Date      string      // Event: YYYY, YYYY-MM, YYYY-MM-DD or XXXX-MM-DD (year unknown)
	EventType EventType   // Event
	Status    EventStatus // Event

	// MergedIDs are ids of entities merged into this one by a judgement; the
	// entity is also found by them.
	MergedIDs []string
	Conflicts []Conflict
	Sources   []Source // sorted by ArticleID, then Sentence
}

// Relation is an edge. In an ArticleGraph it is one article's claim; read
// from a store it is the fold of all claims.
type Relation struct {
	ID   string // RelationID(Type, From, To)
	Type RelType
	From string
	To   string

	Role       string  // REPRESENTS: the role title ("head of the district")
	Agreement  string  // SIGNED: what was signed ("letter of intent", "25 projects")
	Confidence float64 // 0..1, the extractor's confidence (folded: the highest)

	Sources []Source
}

// RelationID is the id of the edge of type t from one entity to another:
// there is at most one edge of a type between two entities.
func RelationID(t RelType, from, to string) string {
	return string(t) + "|" + from + "|" + to
}

// Article is the provenance of facts: one loaded document.
type Article struct {
	ID          string // derived from ContentHash, so identical content is one article
	Source      string // file base name or URL it was read from
	URL         string
	Title       string
	Language    string // ISO 639-1
	Published   string // ISO date, possibly partial; "" if unknown
	ContentHash string // hex SHA-256 of the normalised text
	LoadedAt    time.Time
	Text        string // the article's text, kept so it can be extracted again
}

// ArticleGraph is everything one article says: the article and its claims.
// Every entity and relation in it carries exactly one Source, for Article.
type ArticleGraph struct {
	Article   Article
	Entities  []Entity
	Relations []Relation
}

// Evidence is one sentence of one article supporting a fact.
type Evidence struct {
	ArticleID string
	Sentence  string
}
