// Package graph is the domain of bilateral: the node kinds, relationship
// types and property vocabularies of the knowledge graph, the Store interface
// every backend implements, the sentinel errors they return, and the rules
// that fold what many articles say about one node or edge into one value.
//
// # Model
//
// Four entity kinds (Region, Organisation, Official, Event) are connected by
// six relationship types (ATTENDED, HOSTED, SIGNED, VISITED, REPRESENTS,
// LOCATED_IN). Which kinds each type may connect is a closed rule
// (RelType.Allows); Validate checks an article's graph against it, and against
// the vocabularies (region levels, organisation and event types, ISO 3166-1
// alpha-2 countries, ISO dates), before anything reaches a store.
//
// # Provenance and merging
//
// Every write is an ArticleGraph: one article and what it says, each entity
// and relation carrying exactly one Source (that article, with the evidence
// sentence). A store keeps these per-article claims and presents each node
// and edge as Fold / FoldRelation of its claims. Because folding depends only
// on the set of claims, loading articles in any order, or twice, gives the
// same graph, and retracting an article is removing its claims and folding
// again: facts no other article supports disappear, the rest keep one source
// fewer. Conflicting values are never dropped silently: the winning value is
// chosen by a fixed rule and the others are listed in Entity.Conflicts.
//
// # Identity
//
// Ids are opaque here; the loader derives them from what a thing is (see
// package loader/resolve), so the same region, organisation, official or
// event from any article and any store gets the same id. A store looks an
// entity up by its id or by any id merged into it (Entity.MergedIDs).
//
// # Queries
//
// The rules of answering a query are written here once, so that every
// store answers alike: each query type's Normalize checks it (ErrInvalid)
// and fills in its defaults; Page.Bounds and Page.Window page; a store
// gathers candidates from its own index or statement and hands them to
// MeetingSet (Meetings, with MeetingQuery.AdmitsEvent and CountsVisits)
// or TallyActivity (Activity). What a store must compute in its own query
// language (Neo4j's Cypher) mirrors these and says so.
package graph
