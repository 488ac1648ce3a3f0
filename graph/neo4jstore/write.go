package neo4jstore

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"slices"

	"github.com/bilateral/bilateral/graph"
)

// WriteArticle implements graph.Store: one write transaction of a fixed
// number of statements (writeStatements), whatever the size of g.
func (s *Store) WriteArticle(ctx context.Context, g graph.ArticleGraph) (graph.WriteStats, error) {
	id := g.Article.ID
	if err := graph.Validate(g); err != nil {
		return graph.WriteStats{}, fmt.Errorf("write article %s: %w", id, err)
	}
	var stats graph.WriteStats
	err := s.r.executeWrite(ctx, func(t tx) error {
		if _, err := t.run(ctx, qWriteArticle, map[string]any{"article": articleProps(g.Article)}); err != nil {
			return err
		}
		st, err := applyClaims(ctx, t, id, &g)
		stats = st
		return err
	})
	if err != nil {
		return graph.WriteStats{}, fmt.Errorf("write article %s: %w", id, storeError(err))
	}
	return stats, nil
}

// Retract implements graph.Store: one write transaction.
func (s *Store) Retract(ctx context.Context, articleID string) (graph.WriteStats, error) {
	var stats graph.WriteStats
	err := s.r.executeWrite(ctx, func(t tx) error {
		recs, err := t.run(ctx, qRetractFind, map[string]any{"articleId": articleID})
		if err != nil {
			return err
		}
		if len(recs) == 0 {
			return graph.ErrNotFound
		}
		st, err := applyClaims(ctx, t, articleID, nil)
		if err != nil {
			return err
		}
		stats = st
		_, err = t.run(ctx, qRetractDelete, map[string]any{"articleId": articleID})
		return err
	})
	if err != nil {
		return graph.WriteStats{}, fmt.Errorf("retract article %s: %w", articleID, storeError(err))
	}
	return stats, nil
}

// applyClaims replaces the claims of article articleID with those of g
// (nil: none) and folds again every entity and relation whose claims
// change, with the one merge rule, graph.Fold / graph.FoldRelation:
//
//  1. lock, then read, the claims of the entities the article mentioned before or
//     mentions now, and of the relations it stated before or states now;
//  2. in Go, swap the article's claims and fold;
//  3. delete what no claim supports any more, and write the folds and
//     the article's new claims.
//
// It runs the same nine statements (two reads, seven writes) whatever the size of g.
func applyClaims(ctx context.Context, t tx, articleID string, g *graph.ArticleGraph) (graph.WriteStats, error) {
	var newEntities []graph.Entity
	var newRelations []graph.Relation
	if g != nil {
		newEntities, newRelations = g.Entities, g.Relations
	}

	// 1. Claims as stored.
	entityIDs := make([]string, 0, len(newEntities))
	for _, e := range newEntities {
		entityIDs = append(entityIDs, e.ID)
	}
	recs, err := t.run(ctx, qReadEntities, map[string]any{"articleId": articleID, "ids": entityIDs})
	if err != nil {
		return graph.WriteStats{}, err
	}
	entClaims := map[string][]graph.Entity{} // entity id → claims of other articles
	existed := map[string]bool{}
	for _, rec := range recs {
		v, err := value(qReadEntities, rec, "entity")
		if err != nil {
			return graph.WriteStats{}, err
		}
		id, claims, err := decodeEntityClaims(v)
		if err != nil {
			return graph.WriteStats{}, fmt.Errorf("%s: %w", qReadEntities.name, err)
		}
		existed[id] = true
		entClaims[id] = slices.DeleteFunc(claims, func(c graph.Entity) bool { return c.Sources[0].ArticleID == articleID })
	}
	touchedIDs := slices.Sorted(maps.Keys(existed))
	touchedIDs = append(touchedIDs, entityIDs...)
	slices.Sort(touchedIDs)
	touchedIDs = slices.Compact(touchedIDs)

	relationIDs := make([]string, 0, len(newRelations))
	for _, r := range newRelations {
		relationIDs = append(relationIDs, r.ID)
	}
	recs, err = t.run(ctx, qReadRelations, map[string]any{
		"articleId": articleID, "entityIds": touchedIDs, "relationIds": relationIDs,
	})
	if err != nil {
		return graph.WriteStats{}, err
	}
	relClaims := map[string][]graph.Relation{}
	relEnds := map[string]map[string]any{} // relation id → {type, from, to} as stored
	for _, rec := range recs {
		v, err := value(qReadRelations, rec, "relation")
		if err != nil {
			return graph.WriteStats{}, err
		}
		claims, err := decodeRelationClaims(v)
		if err != nil {
			return graph.WriteStats{}, fmt.Errorf("%s: %w", qReadRelations.name, err)
		}
		id := claims[0].ID
		relEnds[id] = map[string]any{"type": string(claims[0].Type), "from": claims[0].From, "to": claims[0].To}
		relClaims[id] = slices.DeleteFunc(claims, func(c graph.Relation) bool { return c.Sources[0].ArticleID == articleID })
	}

	// 2. Swap the article's claims and fold.
	for _, e := range newEntities {
		entClaims[e.ID] = append(entClaims[e.ID], e)
	}
	for _, r := range newRelations {
		relClaims[r.ID] = append(relClaims[r.ID], r)
	}
	var stats graph.WriteStats
	deleteEntities := []string{}
	mergeEntities := []map[string]any{}
	mergedIDs := []map[string]any{} // the merged-id lookup of every touched entity
	for _, id := range slices.Sorted(maps.Keys(entClaims)) {
		claims := entClaims[id]
		if len(claims) == 0 {
			deleteEntities = append(deleteEntities, id)
			mergedIDs = append(mergedIDs, map[string]any{"id": id, "mergedIds": []string{}})
			stats.EntitiesDeleted++
			continue
		}
		if !existed[id] {
			stats.EntitiesCreated++
		}
		folded := graph.Fold(claims)
		mergeEntities = append(mergeEntities, map[string]any{"kind": string(folded.Kind), "props": entityProps(folded)})
		mergedIDs = append(mergedIDs, map[string]any{"id": id, "mergedIds": nonNil(folded.MergedIDs)})
	}
	deleteRelations := []map[string]any{}
	mergeRelations := []map[string]any{}
	for _, id := range slices.Sorted(maps.Keys(relClaims)) {
		claims := relClaims[id]
		if len(claims) == 0 {
			deleteRelations = append(deleteRelations, relEnds[id])
			stats.RelationsDeleted++
			continue
		}
		if relEnds[id] == nil {
			stats.RelationsCreated++
		}
		// Stored in article order, so the claim lists do not depend on the
		// order articles were written in.
		slices.SortStableFunc(claims, func(a, b graph.Relation) int {
			return cmp.Compare(a.Sources[0].ArticleID, b.Sources[0].ArticleID)
		})
		folded := graph.FoldRelation(claims)
		mergeRelations = append(mergeRelations, map[string]any{
			"type": string(folded.Type), "from": folded.From, "to": folded.To,
			"props": relationProps(folded, claims),
		})
	}
	mentions := make([]map[string]any, 0, len(newEntities))
	for _, e := range newEntities {
		mentions = append(mentions, map[string]any{"id": e.ID, "props": claimProps(e)})
	}

	// 3. Write. Relations go before the entities they hang on are deleted,
	// entities before the claims and relations that need them. The
	// merged-id lookup is relinked while every touched entity still exists
	// (the read MERGEd them): one about to be deleted lists no ids.
	steps := []struct {
		st     statement
		params map[string]any
	}{
		{qDeleteRelations, map[string]any{"relations": deleteRelations}},
		{qLinkMergedIDs, map[string]any{"entities": mergedIDs}},
		{qDeleteEntities, map[string]any{"ids": deleteEntities}},
		{qDropMentions, map[string]any{"articleId": articleID}},
		{qMergeEntities, map[string]any{"entities": mergeEntities}},
		{qCreateMentions, map[string]any{"articleId": articleID, "mentions": mentions}},
		{qMergeRelations, map[string]any{"relations": mergeRelations}},
	}
	for _, step := range steps {
		if _, err := t.run(ctx, step.st, step.params); err != nil {
			return graph.WriteStats{}, err
		}
	}
	return stats, nil
}
