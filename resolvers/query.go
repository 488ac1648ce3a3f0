package resolvers

import (
	"context"
	"fmt"
	"strings"

	"github.com/bilateral/bilateral/graph"
	"github.com/bilateral/bilateral/resolvers/model"
)

// MaxTop caps bilateralActivity's top argument.
const MaxTop = 50

type queryResolver struct{ *Resolver }

func (r queryResolver) Entity(ctx context.Context, id string) (model.Entity, error) {
	e, err := r.Store.Entity(ctx, id)
	if err != nil {
		return nil, err
	}
	return model.Wrap(e), nil
}

func (r queryResolver) Search(ctx context.Context, text string, kinds []graph.Kind, cs []string, first *int) ([]model.Entity, error) {
	p, err := page(first, nil)
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(text) == "" {
		return nil, Errorf(CodeBadUserInput, "search text is empty")
	}
	if err := countries(cs); err != nil {
		return nil, err
	}
	es, err := r.Store.Search(ctx, graph.SearchQuery{Text: text, Kinds: kinds, Countries: cs, First: p.First})
	if err != nil {
		return nil, err
	}
	return model.WrapAll(es), nil
}

func (r queryResolver) Entities(ctx context.Context, filter *model.EntityFilter, orderBy *graph.EntityOrder, first *int, after *string) (model.EntityConnection, error) {
	p, err := page(first, after)
	if err != nil {
		return model.EntityConnection{}, err
	}
	f, err := entityFilter(filter)
	if err != nil {
		return model.EntityConnection{}, err
	}
	res, err := r.Store.Entities(ctx, graph.EntityQuery{Filter: f, OrderBy: deref(orderBy), Page: p})
	if err != nil {
		return model.EntityConnection{}, err
	}
	conn := model.EntityConnection{PageInfo: model.PageInfoOf(res.PageInfo, p.After), TotalCount: res.TotalCount}
	start := startOffset(p.After)
	conn.Edges = make([]model.EntityEdge, len(res.Entities))
	for i, e := range res.Entities {
		conn.Edges[i] = model.EntityEdge{Node: model.Wrap(e), Cursor: graph.EncodeCursor(start + i)}
	}
	return conn, nil
}

func (r queryResolver) Events(ctx context.Context, filter *model.EventFilter, orderBy *graph.EntityOrder, first *int, after *string) (model.EventConnection, error) {
	p, err := page(first, after)
	if err != nil {
		return model.EventConnection{}, err
	}
	f, err := eventFilter(filter)
	if err != nil {
		return model.EventConnection{}, err
	}
	order := graph.OrderByDate
	if orderBy != nil {
		order = *orderBy
	}
	res, err := r.Store.Entities(ctx, graph.EntityQuery{Filter: f, OrderBy: order, Page: p})
	if err != nil {
		return model.EventConnection{}, err
	}
	return eventConnection(res.Entities, res.PageInfo, p.After), nil
}

func (r queryResolver) Meetings(ctx context.Context, a, b model.EntityFilter, from, to *string, eventTypes []graph.EventType, first *int, after *string) (model.MeetingConnection, error) {
	p, err := page(first, after)
	if err != nil {
		return model.MeetingConnection{}, err
	}
	fa, err := entityFilter(&a)
	if err != nil {
		return model.MeetingConnection{}, err
	}
	fb, err := entityFilter(&b)
	if err != nil {
		return model.MeetingConnection{}, err
	}
	if err := dates(deref(from), deref(to)); err != nil {
		return model.MeetingConnection{}, err
	}
	res, err := r.Store.Meetings(ctx, graph.MeetingQuery{
		A: fa, B: fb, DateFrom: deref(from), DateTo: deref(to), EventTypes: eventTypes, Page: p,
	})
	if err != nil {
		return model.MeetingConnection{}, err
	}
	conn := model.MeetingConnection{PageInfo: model.PageInfoOf(res.PageInfo, p.After), TotalCount: res.TotalCount}
	start := startOffset(p.After)
	conn.Edges = make([]model.MeetingEdge, len(res.Meetings))
	for i, m := range res.Meetings {
		conn.Edges[i] = model.MeetingEdge{Node: m, Cursor: graph.EncodeCursor(start + i)}
	}
	return conn, nil
}

func (r queryResolver) Path(ctx context.Context, from, to string, maxHops *int, types []graph.RelType) (*graph.Path, error) {
	hops := 4
	if maxHops != nil {
		hops = *maxHops
	}
	if hops < 1 || hops > graph.MaxPathHops {
		return nil, Errorf(CodeBadUserInput, "maxHops is %d: it must be between 1 and %d", hops, graph.MaxPathHops)
	}
	p, err := r.Store.Path(ctx, graph.PathQuery{From: from, To: to, MaxHops: hops, Types: types})
	if err != nil {
		return nil, fmt.Errorf("path from %s to %s within %d hops: %w", from, to, hops, err)
	}
	return &p, nil
}

func (r queryResolver) BilateralActivity(ctx context.Context, countryA, countryB string, from, to *string, interval *graph.Interval, top *int) (model.BilateralActivity, error) {
	q := graph.ActivityQuery{
		CountryA: countryA, CountryB: countryB,
		DateFrom: deref(from), DateTo: deref(to),
		Interval: graph.IntervalMonth, Top: graph.DefaultTop,
	}
	if interval != nil {
		q.Interval = *interval
	}
	if top != nil {
		q.Top = *top
	}
	if q.Top < 1 || q.Top > MaxTop {
		return model.BilateralActivity{}, Errorf(CodeBadUserInput, "top is %d: it must be between 1 and %d", q.Top, MaxTop)
	}
	if err := countries([]string{countryA, countryB}); err != nil {
		return model.BilateralActivity{}, err
	}
	if err := dates(q.DateFrom, q.DateTo); err != nil {
		return model.BilateralActivity{}, err
	}
	a, err := r.Store.Activity(ctx, q)
	if err != nil {
		return model.BilateralActivity{}, err
	}
	return model.NewBilateralActivity(q, a), nil
}

func (r queryResolver) Article(ctx context.Context, id string) (*graph.Article, error) {
	a, err := r.Store.Article(ctx, id)
	if err != nil {
		return nil, err
	}
	return &a, nil
}

func (r queryResolver) Articles(ctx context.Context, first *int, after *string) (model.ArticleConnection, error) {
	p, err := page(first, after)
	if err != nil {
		return model.ArticleConnection{}, err
	}
	all, err := r.Store.Articles(ctx, nil)
	if err != nil {
		return model.ArticleConnection{}, err
	}
	start, end, info, err := p.Window(len(all))
	if err != nil {
		return model.ArticleConnection{}, err
	}
	conn := model.ArticleConnection{PageInfo: model.PageInfoOf(info, p.After), TotalCount: info.TotalCount}
	for i, a := range all[start:end] {
		conn.Edges = append(conn.Edges, model.ArticleEdge{Node: a, Cursor: graph.EncodeCursor(start + i)})
	}
	if conn.Edges == nil {
		conn.Edges = []model.ArticleEdge{}
	}
	return conn, nil
}

func (r queryResolver) Stats(ctx context.Context) (model.GraphStats, error) {
	s, err := r.Store.Stats(ctx)
	if err != nil {
		return model.GraphStats{}, err
	}
	out := model.GraphStats{Articles: s.Articles}
	for _, k := range graph.Kinds {
		out.Entities = append(out.Entities, model.KindCount{Kind: k, Count: s.Entities[k]})
	}
	for _, t := range graph.RelTypes {
		out.Relations = append(out.Relations, model.RelationTypeCount{Type: t, Count: s.Relations[t]})
	}
	return out, nil
}

// startOffset is the offset of the first item of the page after cursor.
func startOffset(after string) int {
	n, err := graph.DecodeCursor(after)
	if err != nil {
		return 0
	}
	return n + 1
}

// eventConnection pages events already windowed by a store.
func eventConnection(events []graph.Entity, info graph.PageInfo, after string) model.EventConnection {
	conn := model.EventConnection{PageInfo: model.PageInfoOf(info, after), TotalCount: info.TotalCount}
	start := startOffset(after)
	conn.Edges = make([]model.EventEdge, len(events))
	for i, e := range events {
		conn.Edges[i] = model.EventEdge{Node: *model.NewEvent(e), Cursor: graph.EncodeCursor(start + i)}
	}
	return conn
}
