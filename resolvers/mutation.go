package resolvers

import (
	"context"
	"strings"

	"github.com/bilateral/bilateral/graph"
	"github.com/bilateral/bilateral/resolvers/model"
)

type mutationResolver struct{ *Resolver }

// ingester returns the Ingester if the request may mutate.
func (r mutationResolver) ingester(ctx context.Context) (Ingester, error) {
	if !Authenticated(ctx) {
		return nil, Errorf(CodeUnauthenticated, "mutations need a valid bearer token")
	}
	if r.Ingester == nil {
		return nil, Errorf(CodeBadUserInput, "this server does not accept mutations")
	}
	return r.Ingester, nil
}

func (r mutationResolver) IngestArticle(ctx context.Context, input model.ArticleInput) (model.IngestResult, error) {
	ing, err := r.ingester(ctx)
	if err != nil {
		return model.IngestResult{}, err
	}
	if strings.TrimSpace(input.Text) == "" {
		return model.IngestResult{}, Errorf(CodeBadUserInput, "the article's text is empty")
	}
	if err := dates(deref(input.Published)); err != nil {
		return model.IngestResult{}, err
	}
	a := graph.Article{
		Text:      input.Text,
		Title:     deref(input.Title),
		URL:       deref(input.URL),
		Language:  deref(input.Language),
		Published: deref(input.Published),
		Source:    deref(input.Source),
	}
	if a.Source == "" {
		a.Source = a.URL
	}
	return ing.Ingest(ctx, a)
}

func (r mutationResolver) RetractArticle(ctx context.Context, id string) (graph.WriteStats, error) {
	ing, err := r.ingester(ctx)
	if err != nil {
		return graph.WriteStats{}, err
	}
	return ing.Retract(ctx, id)
}

func (r mutationResolver) MergeEntities(ctx context.Context, keep, merge string) (model.Entity, error) {
	ing, err := r.ingester(ctx)
	if err != nil {
		return nil, err
	}
	if keep == merge {
		return nil, Errorf(CodeBadUserInput, "cannot merge entity %s into itself", keep)
	}
	if err := ing.Merge(ctx, keep, merge); err != nil {
		return nil, err
	}
	e, err := r.Store.Entity(ctx, keep)
	if err != nil {
		return nil, err
	}
	return model.Wrap(e), nil
}
