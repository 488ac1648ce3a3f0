// Package dataload batches the store reads that nested GraphQL fields make,
// so that a query costs a fixed number of store calls however many nodes it
// returns (no N+1). One Loaders value lives per request: Middleware builds
// it and puts it in the request context, For finds it again. Within a
// request, loads that arrive within the wait window are merged into one
// store call:
//
//   - entities by id: one Store.Entities call with Filter.IDs per
//     graph.MaxPageSize ids (an id that call does not answer, such as a
//     merged id on a store that matches only entity ids, falls back to
//     Store.Entity, one call each);
//   - articles by id: one Store.Articles call;
//   - relations of entities: one Store.Relations call for every entity,
//     type and direction asked, filtered per entity in memory.
//
// Results are cached for the rest of the request, so asking twice costs
// nothing.
package dataload

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/vikstrous/dataloadgen"

	"github.com/bilateral/bilateral/graph"
)

// DefaultWait is how long a loader waits for more keys before it calls the
// store.
const DefaultWait = 5 * time.Millisecond

// Options tune the loaders.
type Options struct {
	// Wait is how long to collect keys before calling the store; 0 means
	// DefaultWait. Longer waits batch better under load and add latency.
	Wait time.Duration
}

// Loaders batch and cache the reads of one request. Safe for concurrent use.
type Loaders struct {
	store     graph.Store
	entities  *dataloadgen.Loader[string, graph.Entity]
	articles  *dataloadgen.Loader[string, graph.Article]
	relations *dataloadgen.Loader[RelationKey, []graph.Relation]
}

// RelationKey asks for the relations of one entity of some types in one
// direction.
type RelationKey struct {
	EntityID  string
	Types     string // the types joined by ",", sorted; "" for all types
	Direction graph.Direction
}

// NewRelationKey builds the key for the relations of entityID with the
// given types ("" or empty: all) and direction ("" means both).
func NewRelationKey(entityID string, types []graph.RelType, dir graph.Direction) RelationKey {
	ts := make([]string, len(types))
	for i, t := range types {
		ts[i] = string(t)
	}
	slices.Sort(ts)
	ts = slices.Compact(ts)
	if dir == "" {
		dir = graph.DirectionBoth
	}
	return RelationKey{EntityID: entityID, Types: strings.Join(ts, ","), Direction: dir}
}

// New returns loaders reading from store.
func New(store graph.Store, opts Options) *Loaders {
	wait := opts.Wait
	if wait <= 0 {
		wait = DefaultWait
	}
	l := &Loaders{store: store}
	o := []dataloadgen.Option{dataloadgen.WithWait(wait)}
	l.entities = dataloadgen.NewMappedLoader(l.fetchEntities, o...)
	l.articles = dataloadgen.NewMappedLoader(l.fetchArticles, o...)
	l.relations = dataloadgen.NewMappedLoader(l.fetchRelations, o...)
	return l
}

type ctxKey struct{}

// Middleware puts fresh Loaders reading from store into every request's
// context.
func Middleware(store graph.Store, opts Options) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			next.ServeHTTP(w, r.WithContext(NewContext(r.Context(), New(store, opts))))
		})
	}
}

// NewContext returns ctx carrying l.
func NewContext(ctx context.Context, l *Loaders) context.Context {
	return context.WithValue(ctx, ctxKey{}, l)
}

// For returns the request's loaders. It panics if Middleware (or
// NewContext) did not put them there: that is a wiring bug, and silently
// falling back to unbatched reads would hide it.
func For(ctx context.Context) *Loaders {
	l, ok := ctx.Value(ctxKey{}).(*Loaders)
	if !ok {
		panic("dataload: no loaders in the context; wrap the handler with dataload.Middleware")
	}
	return l
}

// Entity returns the entity with the id (or the one it was merged into);
// graph.ErrNotFound if there is none.
func (l *Loaders) Entity(ctx context.Context, id string) (graph.Entity, error) {
	e, err := l.entities.Load(ctx, id)
	return e, notFound(err, "entity "+id)
}

// Entities returns the entities with the ids, in the same order;
// graph.ErrNotFound if any is missing.
func (l *Loaders) Entities(ctx context.Context, ids []string) ([]graph.Entity, error) {
	es, err := l.entities.LoadAll(ctx, ids)
	return es, notFound(firstError(err), "entities")
}

// Article returns the article with the id; graph.ErrNotFound if none.
func (l *Loaders) Article(ctx context.Context, id string) (graph.Article, error) {
	a, err := l.articles.Load(ctx, id)
	return a, notFound(err, "article "+id)
}

// Articles returns the articles with the ids, in the same order;
// graph.ErrNotFound if any is missing.
func (l *Loaders) Articles(ctx context.Context, ids []string) ([]graph.Article, error) {
	as, err := l.articles.LoadAll(ctx, ids)
	return as, notFound(firstError(err), "articles")
}

// Relations returns the relations of one entity, sorted by id.
func (l *Loaders) Relations(ctx context.Context, k RelationKey) ([]graph.Relation, error) {
	return l.relations.Load(ctx, k)
}

// RelationsOf returns the relations of several entities, one list each,
// in one batch.
func (l *Loaders) RelationsOf(ctx context.Context, ids []string, types []graph.RelType, dir graph.Direction) ([][]graph.Relation, error) {
	keys := make([]RelationKey, len(ids))
	for i, id := range ids {
		keys[i] = NewRelationKey(id, types, dir)
	}
	rs, err := l.relations.LoadAll(ctx, keys)
	return rs, firstError(err)
}

// fetchEntities answers a batch of entity ids with Store.Entities, one
// call per graph.MaxPageSize ids (a page holds no more); ids not found that
// way are looked up one by one.
func (l *Loaders) fetchEntities(ctx context.Context, ids []string) (map[string]graph.Entity, error) {
	out := make(map[string]graph.Entity, len(ids))
	want := map[string]bool{}
	for _, id := range ids {
		want[id] = true
	}
	for chunk := range slices.Chunk(ids, graph.MaxPageSize) {
		page, err := l.store.Entities(ctx, graph.EntityQuery{
			Filter: graph.EntityFilter{IDs: chunk},
			Page:   graph.Page{First: graph.MaxPageSize},
		})
		if err != nil {
			return nil, fmt.Errorf("load entities: %w", err)
		}
		for _, e := range page.Entities {
			for _, id := range append([]string{e.ID}, e.MergedIDs...) {
				if want[id] {
					out[id] = e
				}
			}
		}
	}
	errs := dataloadgen.MappedFetchError[string]{}
	for _, id := range ids {
		if _, ok := out[id]; ok {
			continue
		}
		e, err := l.store.Entity(ctx, id)
		switch {
		case err == nil:
			out[id] = e
		case errors.Is(err, graph.ErrNotFound):
			errs[id] = fmt.Errorf("entity %s: %w", id, graph.ErrNotFound)
		default:
			return nil, fmt.Errorf("load entity %s: %w", id, err)
		}
	}
	if len(errs) > 0 {
		return out, errs
	}
	return out, nil
}

func (l *Loaders) fetchArticles(ctx context.Context, ids []string) (map[string]graph.Article, error) {
	as, err := l.store.Articles(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("load articles: %w", err)
	}
	out := make(map[string]graph.Article, len(as))
	for _, a := range as {
		out[a.ID] = a
	}
	errs := dataloadgen.MappedFetchError[string]{}
	for _, id := range ids {
		if _, ok := out[id]; !ok {
			errs[id] = fmt.Errorf("article %s: %w", id, graph.ErrNotFound)
		}
	}
	if len(errs) > 0 {
		return out, errs
	}
	return out, nil
}

// fetchRelations asks the store once for the union of what the keys want
// (every type any key wants, both directions if keys differ) and hands each
// key its share.
func (l *Loaders) fetchRelations(ctx context.Context, keys []RelationKey) (map[RelationKey][]graph.Relation, error) {
	q := graph.RelationQuery{Direction: keys[0].Direction}
	types := map[graph.RelType]bool{}
	allTypes := false
	ids := map[string]bool{}
	for _, k := range keys {
		if !ids[k.EntityID] {
			ids[k.EntityID] = true
			q.EntityIDs = append(q.EntityIDs, k.EntityID)
		}
		if k.Direction != q.Direction {
			q.Direction = graph.DirectionBoth
		}
		if k.Types == "" {
			allTypes = true
		}
		for _, t := range splitTypes(k.Types) {
			types[t] = true
		}
	}
	if !allTypes {
		for _, t := range graph.RelTypes {
			if types[t] {
				q.Types = append(q.Types, t)
			}
		}
	}
	rels, err := l.store.Relations(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("load relations: %w", err)
	}
	out := make(map[RelationKey][]graph.Relation, len(keys))
	for _, k := range keys {
		want := splitTypes(k.Types)
		list := []graph.Relation{}
		for _, r := range rels {
			if len(want) > 0 && !slices.Contains(want, r.Type) {
				continue
			}
			out := (k.Direction != graph.DirectionIn) && r.From == k.EntityID
			in := (k.Direction != graph.DirectionOut) && r.To == k.EntityID
			if out || in {
				list = append(list, r)
			}
		}
		slices.SortFunc(list, func(a, b graph.Relation) int { return cmp.Compare(a.ID, b.ID) })
		out[k] = list
	}
	return out, nil
}

func splitTypes(s string) []graph.RelType {
	if s == "" {
		return nil
	}
	var out []graph.RelType
	for _, t := range strings.Split(s, ",") {
		out = append(out, graph.RelType(t))
	}
	return out
}

// firstError reduces a dataloadgen.ErrorSlice to its first error.
func firstError(err error) error {
	var es dataloadgen.ErrorSlice
	if errors.As(err, &es) {
		for _, e := range es {
			if e != nil {
				return e
			}
		}
		return nil
	}
	return err
}

// notFound turns dataloadgen's own not-found into graph.ErrNotFound.
func notFound(err error, what string) error {
	if errors.Is(err, dataloadgen.ErrNotFound) {
		return fmt.Errorf("%s: %w", what, graph.ErrNotFound)
	}
	return err
}
