// Package resolvers is the GraphQL API of the graph: the executable schema
// gqlgen generates from ../schema.graphqls (generated.go) and the resolvers
// behind it. Resolvers are thin: they translate arguments into the query
// types of package graph, call the store (top-level fields) or the
// request's dataloaders (nested fields, see package dataload) and wrap the
// results; the graph's rules live in package graph and package loader.
//
// The HTTP side (transports, limits, auth, metrics) is package
// resolvers/httpapi.
package resolvers

import (
	"context"

	"github.com/99designs/gqlgen/graphql"

	"github.com/bilateral/bilateral/graph"
	"github.com/bilateral/bilateral/resolvers/model"
)

// Ingester is what mutations need besides the store: the loader pipeline.
// A *loader.Loader has Retract and Merge; its Ingest returns a
// loader.Report, which has the fields of model.IngestResult and converts to
// it directly, so cmd/bilateral adapts it with
//
//	type ingester struct{ *loader.Loader }
//
//	func (i ingester) Ingest(ctx context.Context, a graph.Article) (model.IngestResult, error) {
//		r, err := i.Loader.Ingest(ctx, a)
//		return model.IngestResult(r), err
//	}
type Ingester interface {
	// Ingest extracts, resolves and writes one article.
	Ingest(ctx context.Context, a graph.Article) (model.IngestResult, error)
	// Retract removes an article and the facts only it supported;
	// graph.ErrNotFound if there is no such article.
	Retract(ctx context.Context, articleID string) (graph.WriteStats, error)
	// Merge merges the entity merge into keep and persists the judgement.
	Merge(ctx context.Context, keep, merge string) error
}

// Resolver is the dependency container of every resolver.
type Resolver struct {
	// Store is read by queries. Required.
	Store graph.Store
	// Ingester performs mutations; nil refuses them.
	Ingester Ingester
}

// NewExecutableSchema returns the executable schema over r, with the
// complexity functions that let the handler refuse costly queries.
func (r *Resolver) NewExecutableSchema() graphql.ExecutableSchema {
	return NewExecutableSchema(Config{Resolvers: r, Complexity: complexity()})
}

// Query returns the resolver of Query.
func (r *Resolver) Query() QueryResolver { return queryResolver{r} }

// Mutation returns the resolver of Mutation.
func (r *Resolver) Mutation() MutationResolver { return mutationResolver{r} }

// Region returns the resolver of Region.
func (r *Resolver) Region() RegionResolver { return regionResolver{r} }

// Organisation returns the resolver of Organisation.
func (r *Resolver) Organisation() OrganisationResolver { return organisationResolver{r} }

// Official returns the resolver of Official.
func (r *Resolver) Official() OfficialResolver { return officialResolver{r} }

// Event returns the resolver of Event.
func (r *Resolver) Event() EventResolver { return eventResolver{r} }

// Relation returns the resolver of Relation.
func (r *Resolver) Relation() RelationResolver { return relationResolver{r} }

// RelationEdge returns the resolver of RelationEdge.
func (r *Resolver) RelationEdge() RelationEdgeResolver { return relationEdgeResolver{r} }

// Representation returns the resolver of Representation.
func (r *Resolver) Representation() RepresentationResolver { return representationResolver{r} }

// Signatory returns the resolver of Signatory.
func (r *Resolver) Signatory() SignatoryResolver { return signatoryResolver{r} }

// Evidence returns the resolver of Evidence.
func (r *Resolver) Evidence() EvidenceResolver { return evidenceResolver{r} }

// ConflictValue returns the resolver of ConflictValue.
func (r *Resolver) ConflictValue() ConflictValueResolver { return conflictValueResolver{r} }

// Article returns the resolver of Article.
func (r *Resolver) Article() ArticleResolver { return articleResolver{r} }

// Meeting returns the resolver of Meeting.
func (r *Resolver) Meeting() MeetingResolver { return meetingResolver{r} }

// Path returns the resolver of Path.
func (r *Resolver) Path() PathResolver { return pathResolver{r} }

// EntityCount returns the resolver of EntityCount.
func (r *Resolver) EntityCount() EntityCountResolver { return entityCountResolver{r} }
