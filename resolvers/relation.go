package resolvers

import (
	"context"

	"github.com/bilateral/bilateral/graph"
	"github.com/bilateral/bilateral/resolvers/dataload"
	"github.com/bilateral/bilateral/resolvers/model"
)

// entity loads one entity through the request's dataloader, wrapped.
func entity(ctx context.Context, id string) (model.Entity, error) {
	e, err := dataload.For(ctx).Entity(ctx, id)
	if err != nil {
		return nil, err
	}
	return model.Wrap(e), nil
}

type relationResolver struct{ *Resolver }

func (relationResolver) From(ctx context.Context, obj *graph.Relation) (model.Entity, error) {
	return entity(ctx, obj.From)
}

func (relationResolver) To(ctx context.Context, obj *graph.Relation) (model.Entity, error) {
	return entity(ctx, obj.To)
}

func (relationResolver) Role(_ context.Context, obj *graph.Relation) (*string, error) {
	return orNil(obj.Role), nil
}

func (relationResolver) Agreement(_ context.Context, obj *graph.Relation) (*string, error) {
	return orNil(obj.Agreement), nil
}

func (relationResolver) Sources(ctx context.Context, obj *graph.Relation) ([]graph.Article, error) {
	return articlesOf(ctx, obj.Sources)
}

func (relationResolver) Evidence(_ context.Context, obj *graph.Relation) ([]graph.Evidence, error) {
	return model.EvidenceOf(obj.Sources), nil
}

func (relationResolver) NumSources(_ context.Context, obj *graph.Relation) (int, error) {
	return len(graph.ArticleIDs(obj.Sources)), nil
}

type relationEdgeResolver struct{ *Resolver }

func (relationEdgeResolver) Other(ctx context.Context, obj *model.RelationEdge) (model.Entity, error) {
	return entity(ctx, obj.OtherID)
}

type representationResolver struct{ *Resolver }

func (representationResolver) Official(ctx context.Context, obj *graph.Relation) (model.Official, error) {
	e, err := dataload.For(ctx).Entity(ctx, obj.From)
	if err != nil {
		return model.Official{}, err
	}
	return *model.NewOfficial(e), nil
}

func (representationResolver) Body(ctx context.Context, obj *graph.Relation) (model.Entity, error) {
	return entity(ctx, obj.To)
}

func (representationResolver) Role(_ context.Context, obj *graph.Relation) (*string, error) {
	return orNil(obj.Role), nil
}

func (representationResolver) Evidence(_ context.Context, obj *graph.Relation) ([]graph.Evidence, error) {
	return model.EvidenceOf(obj.Sources), nil
}

type signatoryResolver struct{ *Resolver }

func (signatoryResolver) Signatory(ctx context.Context, obj *graph.Relation) (model.Entity, error) {
	return entity(ctx, obj.From)
}

func (signatoryResolver) Agreement(_ context.Context, obj *graph.Relation) (*string, error) {
	return orNil(obj.Agreement), nil
}

func (signatoryResolver) Evidence(_ context.Context, obj *graph.Relation) ([]graph.Evidence, error) {
	return model.EvidenceOf(obj.Sources), nil
}

type evidenceResolver struct{ *Resolver }

func (evidenceResolver) Article(ctx context.Context, obj *graph.Evidence) (graph.Article, error) {
	return dataload.For(ctx).Article(ctx, obj.ArticleID)
}

type conflictValueResolver struct{ *Resolver }

func (conflictValueResolver) Articles(ctx context.Context, obj *graph.ConflictValue) ([]graph.Article, error) {
	return dataload.For(ctx).Articles(ctx, obj.ArticleIDs)
}

type articleResolver struct{ *Resolver }

func (articleResolver) URL(_ context.Context, obj *graph.Article) (*string, error) {
	return orNil(obj.URL), nil
}

func (articleResolver) Title(_ context.Context, obj *graph.Article) (*string, error) {
	return orNil(obj.Title), nil
}

func (articleResolver) Published(_ context.Context, obj *graph.Article) (*string, error) {
	return orNil(obj.Published), nil
}

type meetingResolver struct{ *Resolver }

func (meetingResolver) A(_ context.Context, obj *graph.Meeting) (model.Entity, error) {
	return model.Wrap(obj.A), nil
}

func (meetingResolver) B(_ context.Context, obj *graph.Meeting) (model.Entity, error) {
	return model.Wrap(obj.B), nil
}

func (meetingResolver) Events(_ context.Context, obj *graph.Meeting) ([]model.Event, error) {
	out := make([]model.Event, len(obj.Events))
	for i, e := range obj.Events {
		out[i] = *model.NewEvent(e)
	}
	return out, nil
}

type pathResolver struct{ *Resolver }

func (pathResolver) Entities(_ context.Context, obj *graph.Path) ([]model.Entity, error) {
	return model.WrapAll(obj.Entities), nil
}

func (pathResolver) Hops(_ context.Context, obj *graph.Path) (int, error) {
	return len(obj.Relations), nil
}

type entityCountResolver struct{ *Resolver }

func (entityCountResolver) Entity(_ context.Context, obj *graph.EntityCount) (model.Entity, error) {
	return model.Wrap(obj.Entity), nil
}
