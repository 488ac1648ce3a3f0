package neo4jstore

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/bilateral/bilateral/graph"
)

// read runs one read unit of work and translates its error.
func (s *Store) read(ctx context.Context, work func(tx) error) error {
	return storeError(s.r.executeRead(ctx, work))
}

// decodeAll decodes column key of every record with decode.
func decodeAll[T any](st statement, recs []*neo4j.Record, key string, decode func(any) (T, error)) ([]T, error) {
	out := make([]T, 0, len(recs))
	for _, rec := range recs {
		v, err := value(st, rec, key)
		if err != nil {
			return nil, err
		}
		x, err := decode(v)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", st.name, err)
		}
		out = append(out, x)
	}
	return out, nil
}

// decodeList decodes a list value with decode.
func decodeList[T any](v any, what string, decode func(any) (T, error)) ([]T, error) {
	l, ok := v.([]any)
	if !ok {
		return nil, fmt.Errorf("decode %s: value is %T, want list", what, v)
	}
	out := make([]T, 0, len(l))
	for _, x := range l {
		d, err := decode(x)
		if err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, nil
}

// Article implements graph.Store.
func (s *Store) Article(ctx context.Context, id string) (graph.Article, error) {
	var out []graph.Article
	err := s.read(ctx, func(t tx) error {
		recs, err := t.run(ctx, qArticle, map[string]any{"id": id})
		if err != nil {
			return err
		}
		out, err = decodeAll(qArticle, recs, "article", decodeArticle)
		return err
	})
	if err == nil && len(out) == 0 {
		err = graph.ErrNotFound
	}
	if err != nil {
		return graph.Article{}, fmt.Errorf("article %s: %w", id, err)
	}
	return out[0], nil
}

// Articles implements graph.Store.
func (s *Store) Articles(ctx context.Context, ids []string) ([]graph.Article, error) {
	var out []graph.Article
	err := s.read(ctx, func(t tx) error {
		var err error
		out, err = articles(ctx, t, ids)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("articles: %w", err)
	}
	return out, nil
}

func articles(ctx context.Context, t tx, ids []string) ([]graph.Article, error) {
	recs, err := t.run(ctx, qArticles, map[string]any{"ids": nonNil(ids)})
	if err != nil {
		return nil, err
	}
	out, err := decodeAll(qArticles, recs, "article", decodeArticle)
	if err != nil {
		return nil, err
	}
	// Neo4j's string order is not Go's beyond the BMP; the contract's is Go's.
	slices.SortFunc(out, func(a, b graph.Article) int { return cmp.Compare(a.ID, b.ID) })
	return out, nil
}

// Entity implements graph.Store.
func (s *Store) Entity(ctx context.Context, id string) (graph.Entity, error) {
	var out []graph.Entity
	err := s.read(ctx, func(t tx) error {
		recs, err := t.run(ctx, qEntity, map[string]any{"id": id})
		if err != nil {
			return err
		}
		out, err = decodeAll(qEntity, recs, "entity", decodeEntity)
		return err
	})
	if err == nil && len(out) == 0 {
		err = graph.ErrNotFound
	}
	if err != nil {
		return graph.Entity{}, fmt.Errorf("entity %s: %w", id, err)
	}
	return out[0], nil
}

// Entities implements graph.Store: one statement returns the total and
// the page.
func (s *Store) Entities(ctx context.Context, q graph.EntityQuery) (graph.EntityPage, error) {
	page, err := s.entities(ctx, q)
	if err != nil {
		return graph.EntityPage{}, fmt.Errorf("entities: %w", err)
	}
	return page, nil
}

func (s *Store) entities(ctx context.Context, q graph.EntityQuery) (graph.EntityPage, error) {
	q, err := q.Normalize()
	if err != nil {
		return graph.EntityPage{}, err
	}
	skip, limit, err := q.Page.Bounds()
	if err != nil {
		return graph.EntityPage{}, err
	}
	var page graph.EntityPage
	err = s.read(ctx, func(t tx) error {
		recs, err := t.run(ctx, qEntities, map[string]any{
			"filter": filterParams(q.Filter), "orderBy": string(q.OrderBy), "skip": int64(skip), "limit": int64(limit),
		})
		if err != nil {
			return err
		}
		if len(recs) != 1 {
			return fmt.Errorf("%s: %d rows, want 1", qEntities.name, len(recs))
		}
		total, err := intValue(qEntities, recs[0], "total")
		if err != nil {
			return err
		}
		v, err := value(qEntities, recs[0], "entities")
		if err != nil {
			return err
		}
		list, err := decodeList(v, "entities", decodeEntity)
		if err != nil {
			return fmt.Errorf("%s: %w", qEntities.name, err)
		}
		start, end, info, err := q.Page.Window(total)
		if err != nil {
			return err
		}
		if end-start != len(list) {
			return fmt.Errorf("%s: page of %d entities, want %d", qEntities.name, len(list), end-start)
		}
		page = graph.EntityPage{Entities: list, PageInfo: info}
		return nil
	})
	return page, err
}

// Search implements graph.Store: candidates from the full-text index over
// the folded names, ranked by the exact rule.
func (s *Store) Search(ctx context.Context, q graph.SearchQuery) ([]graph.Entity, error) {
	norm, err := q.Normalize()
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", q.Text, err)
	}
	text, limit := norm.Text, norm.First
	var out []graph.Entity
	err = s.read(ctx, func(t tx) error {
		recs, err := t.run(ctx, qSearch, map[string]any{
			"query": luceneQuery(text), "text": text,
			"kinds": strs(q.Kinds), "countries": nonNil(q.Countries), "limit": int64(limit),
		})
		if err != nil {
			return err
		}
		out, err = decodeAll(qSearch, recs, "entity", decodeEntity)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", q.Text, err)
	}
	return out, nil
}

// luceneQuery finds every name that equals, starts with or contains as
// whole words the folded text: all its words are required, the last one
// possibly as a prefix. It is a superset; Search.cypher ranks exactly.
func luceneQuery(folded string) string {
	words := strings.Fields(folded)
	for i, w := range words {
		words[i] = "+" + luceneEscape(w)
		if i == len(words)-1 {
			words[i] += "*"
		}
	}
	return strings.Join(words, " ")
}

// luceneEscape escapes Lucene's query syntax characters (FoldName leaves
// only letters and digits, so this is belt and braces).
func luceneEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(`+-&|!(){}[]^"~*?:\/`, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// relTypes is the $types of a statement: the valid types asked, or every
// type when none is asked.
func relTypes(types []graph.RelType) []string {
	if len(types) == 0 {
		return strs(graph.RelTypes)
	}
	out := []string{}
	for _, t := range types {
		if t.Valid() {
			out = append(out, string(t))
		}
	}
	return out
}

// Relations implements graph.Store.
func (s *Store) Relations(ctx context.Context, q graph.RelationQuery) ([]graph.Relation, error) {
	q, err := q.Normalize()
	if err != nil {
		return nil, fmt.Errorf("relations: %w", err)
	}
	var out []graph.Relation
	err = s.read(ctx, func(t tx) error {
		recs, err := t.run(ctx, qRelations, map[string]any{
			"ids": nonNil(q.EntityIDs), "types": relTypes(q.Types), "direction": string(q.Direction),
		})
		if err != nil {
			return err
		}
		out, err = decodeAll(qRelations, recs, "relation", decodeRelation)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("relations: %w", err)
	}
	slices.SortFunc(out, func(a, b graph.Relation) int { return cmp.Compare(a.ID, b.ID) })
	return out, nil
}

// Stats implements graph.Store: three statements in one transaction.
func (s *Store) Stats(ctx context.Context) (graph.Stats, error) {
	var st graph.Stats
	err := s.read(ctx, func(t tx) error {
		st = graph.NewStats()
		recs, err := t.run(ctx, qStatsArticles, nil)
		if err != nil {
			return err
		}
		if len(recs) != 1 {
			return fmt.Errorf("%s: %d rows, want 1", qStatsArticles.name, len(recs))
		}
		if st.Articles, err = intValue(qStatsArticles, recs[0], "n"); err != nil {
			return err
		}
		count := func(q statement, key string, param []string, set func(string, int)) error {
			recs, err := t.run(ctx, q, map[string]any{key + "s": param})
			if err != nil {
				return err
			}
			for _, rec := range recs {
				name, err := stringValue(q, rec, key)
				if err != nil {
					return err
				}
				n, err := intValue(q, rec, "n")
				if err != nil {
					return err
				}
				set(name, n)
			}
			return nil
		}
		if err := count(qStatsEntities, "kind", strs(graph.Kinds), func(k string, n int) { st.Entities[graph.Kind(k)] = n }); err != nil {
			return err
		}
		return count(qStatsRelations, "type", strs(graph.RelTypes), func(r string, n int) { st.Relations[graph.RelType(r)] = n })
	})
	if err != nil {
		return graph.Stats{}, fmt.Errorf("stats: %w", err)
	}
	return st, nil
}

// Dump implements graph.Store: three statements in one transaction.
func (s *Store) Dump(ctx context.Context) (graph.Dump, error) {
	var d graph.Dump
	err := s.read(ctx, func(t tx) error {
		var err error
		d = graph.Dump{}
		if d.Articles, err = articles(ctx, t, nil); err != nil {
			return err
		}
		recs, err := t.run(ctx, qDumpEntities, nil)
		if err != nil {
			return err
		}
		if d.Entities, err = decodeAll(qDumpEntities, recs, "entity", decodeEntity); err != nil {
			return err
		}
		recs, err = t.run(ctx, qDumpRelations, nil)
		if err != nil {
			return err
		}
		d.Relations, err = decodeAll(qDumpRelations, recs, "relation", decodeRelation)
		return err
	})
	if err != nil {
		return graph.Dump{}, fmt.Errorf("dump: %w", err)
	}
	// Neo4j's string order is not Go's beyond the BMP; the canonical one is Go's.
	slices.SortFunc(d.Entities, func(a, b graph.Entity) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortFunc(d.Relations, func(a, b graph.Relation) int { return cmp.Compare(a.ID, b.ID) })
	return d, nil
}
