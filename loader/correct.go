package loader

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/bilateral/bilateral/graph"
	"github.com/bilateral/bilateral/loader/read"
	"github.com/bilateral/bilateral/loader/resolve"
)

// Report says what Ingest did with one article.
type Report struct {
	// Article is the article as stored (the earlier copy for a duplicate).
	Article graph.Article
	// Duplicate: an article with the same content was stored already;
	// nothing was extracted or written.
	Duplicate bool
	Graph     graph.ArticleGraph // what was written
	Problems  []graph.Problem    // facts left out
	Stats     graph.WriteStats
}

// Ingest loads one article given by its text and metadata (the API's
// ingestArticle): the text and metadata are read by the same rules as a
// JSON line (read.FromText: normalised text, id and content hash derived
// from it, ISO date and language), and the article is extracted, resolved
// and written unless the same content is stored already. Text that is
// empty after normalising, or a Published or Language that cannot be read,
// is graph.ErrInvalid.
func (l *Loader) Ingest(ctx context.Context, in graph.Article) (Report, error) {
	d, err := read.FromText(in.Text, read.Meta{Source: in.Source, URL: in.URL, Title: in.Title,
		Published: in.Published, Language: in.Language})
	if err != nil {
		return Report{}, fmt.Errorf("ingest: %w: %w", err, graph.ErrInvalid)
	}
	a := d.Article()
	stored, err := l.store.Article(ctx, a.ID)
	switch {
	case err == nil:
		return Report{Article: stored, Duplicate: true}, nil
	case !errors.Is(err, graph.ErrNotFound):
		return Report{}, fmt.Errorf("ingest: look up article %s: %w", a.ID, err)
	}
	a.LoadedAt = l.opts.Now().UTC()
	g, problems := l.build(a)
	st, err := l.store.WriteArticle(ctx, g)
	if err != nil {
		return Report{}, fmt.Errorf("ingest: write article %s: %w", a.ID, err)
	}
	return Report{Article: g.Article, Graph: g, Problems: problems, Stats: st}, nil
}

// Retract removes an article and the facts only it supported. It returns
// graph.ErrNotFound (wrapped) if no article has the id.
func (l *Loader) Retract(ctx context.Context, articleID string) (graph.WriteStats, error) {
	st, err := l.store.Retract(ctx, articleID)
	if err != nil {
		return st, fmt.Errorf("retract %s: %w", articleID, err)
	}
	return st, nil
}

// Merge records that the entity merge is the entity keep (a positive
// judgement, appended to the judgement file) and rebuilds the articles
// that support either, so that all their claims carry keep's id and keep
// lists merge among its MergedIDs. Either id may be one merged earlier: the
// judgement is about the entities they resolve to now. It returns
// graph.ErrNotFound if either entity is unknown, graph.ErrInvalid if the
// two are of different kinds or keep was merged into merge; merging an
// entity into itself does nothing.
func (l *Loader) Merge(ctx context.Context, keep, merge string) error {
	l.correct.Lock()
	defer l.correct.Unlock()
	k, err := l.store.Entity(ctx, keep)
	if err != nil {
		return fmt.Errorf("merge %s into %s: %w", merge, keep, err)
	}
	m, err := l.store.Entity(ctx, merge)
	if err != nil {
		return fmt.Errorf("merge %s into %s: %w", merge, keep, err)
	}
	if k.ID == m.ID {
		return nil
	}
	if k.Kind != m.Kind {
		return fmt.Errorf("merge %s into %s: a %s cannot become a %s: %w", merge, keep, m.Kind, k.Kind, graph.ErrInvalid)
	}
	affected := append(graph.ArticleIDs(k.Sources), graph.ArticleIDs(m.Sources)...)
	j := resolve.Judgement{Op: resolve.OpMerge, Keep: k.ID, Merge: m.ID}
	return l.judge(ctx, j, affected)
}

// Unmerge takes back a merge: of id if it was merged away, else every
// merge into id; or, for an id made by Distinguish, that distinction. The
// articles of the entity id resolves to are rebuilt. It returns
// graph.ErrNotFound if no judgement concerns id.
func (l *Loader) Unmerge(ctx context.Context, id string) error {
	l.correct.Lock()
	defer l.correct.Unlock()
	var affected []string
	e, err := l.store.Entity(ctx, id)
	switch {
	case err == nil:
		affected = graph.ArticleIDs(e.Sources)
	case !errors.Is(err, graph.ErrNotFound):
		return fmt.Errorf("unmerge %s: %w", id, err)
	}
	return l.judge(ctx, resolve.Judgement{Op: resolve.OpUnmerge, ID: id}, affected)
}

// Distinguish records that the claim of the article about entity id is
// about another entity that the rules confused with it (a negative
// judgement: two people of one name), rebuilds the article and returns the
// new entity's id (resolve.DistinctID). It returns graph.ErrNotFound if
// the entity is unknown or the article does not support it.
func (l *Loader) Distinguish(ctx context.Context, id, articleID string) (string, error) {
	l.correct.Lock()
	defer l.correct.Unlock()
	e, err := l.store.Entity(ctx, id)
	if err != nil {
		return "", fmt.Errorf("distinguish %s in %s: %w", id, articleID, err)
	}
	if !slices.Contains(graph.ArticleIDs(e.Sources), articleID) {
		return "", fmt.Errorf("distinguish %s in %s: the article does not support it: %w", id, articleID, graph.ErrNotFound)
	}
	j := resolve.Judgement{Op: resolve.OpDistinct, ID: e.ID, Article: articleID}
	if err := l.judge(ctx, j, []string{articleID}); err != nil {
		return "", err
	}
	return resolve.DistinctID(e.ID, articleID), nil
}

// judge records j, makes the resolver apply it and rebuilds the articles.
// The caller holds l.correct.
func (l *Loader) judge(ctx context.Context, j resolve.Judgement, articleIDs []string) error {
	j.At = l.opts.Now().UTC().Format(time.RFC3339)
	if err := l.judgements.Record(j); err != nil {
		return fmt.Errorf("%v: %w", j, err)
	}
	l.resolver.SetJudgements(l.judgements.Judgements())
	if _, err := l.rebuild(ctx, articleIDs); err != nil {
		return fmt.Errorf("%v: recorded, but rebuilding its articles failed (run a rebuild): %w", j, err)
	}
	return nil
}

// Rebuild extracts and resolves the stored articles with the ids (every
// stored article when none are given) again from their stored text, with
// the judgements in force, and writes them back: the step after the
// judgement file was edited by hand, or the extractor improved. LoadedAt
// stays. Unknown ids are left out.
func (l *Loader) Rebuild(ctx context.Context, articleIDs ...string) (graph.WriteStats, error) {
	l.correct.Lock()
	defer l.correct.Unlock()
	if l.opts.DataDir != "" {
		// Pick up what people changed in the file by hand.
		js, err := resolve.OpenFile(l.opts.DataDir)
		if err != nil {
			return graph.WriteStats{}, fmt.Errorf("rebuild: %w", err)
		}
		l.judgements = js
		l.resolver.SetJudgements(js.Judgements())
	}
	var st graph.WriteStats
	var err error
	if len(articleIDs) == 0 {
		all, lerr := l.store.Articles(ctx, nil)
		if lerr != nil {
			return graph.WriteStats{}, fmt.Errorf("rebuild: list articles: %w", lerr)
		}
		st, err = l.rewrite(ctx, all)
	} else {
		st, err = l.rebuild(ctx, articleIDs)
	}
	if err != nil {
		return st, fmt.Errorf("rebuild: %w", err)
	}
	return st, nil
}

// rebuild rewrites the stored articles with the ids, in id order (see
// rewrite). The caller holds l.correct.
func (l *Loader) rebuild(ctx context.Context, articleIDs []string) (graph.WriteStats, error) {
	ids := slices.Clone(articleIDs)
	slices.Sort(ids)
	ids = slices.Compact(ids)
	var total graph.WriteStats
	if len(ids) == 0 {
		return total, nil
	}
	articles, err := l.store.Articles(ctx, ids)
	if err != nil {
		return total, fmt.Errorf("read articles: %w", err)
	}
	return l.rewrite(ctx, articles)
}

// rewrite extracts, resolves and writes the stored articles again, in the
// order given, going on after a failure and reporting all of them. The
// caller holds l.correct.
func (l *Loader) rewrite(ctx context.Context, articles []graph.Article) (graph.WriteStats, error) {
	var total graph.WriteStats
	var errs []error
	for _, a := range articles {
		g, _ := l.build(a)
		st, err := l.store.WriteArticle(ctx, g)
		if err != nil {
			errs = append(errs, fmt.Errorf("write article %s: %w", a.ID, err))
			continue
		}
		total.Add(st)
	}
	return total, errors.Join(errs...)
}
