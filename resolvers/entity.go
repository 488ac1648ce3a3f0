package resolvers

import (
	"cmp"
	"context"
	"slices"

	"github.com/bilateral/bilateral/graph"
	"github.com/bilateral/bilateral/resolvers/dataload"
	"github.com/bilateral/bilateral/resolvers/model"
)

// The fields every entity kind shares (sources, relations) and the
// traversals behind the kind-specific ones, all through the request's
// dataloaders.

// articlesOf loads the distinct articles behind srcs, sorted by id.
func articlesOf(ctx context.Context, srcs []graph.Source) ([]graph.Article, error) {
	return dataload.For(ctx).Articles(ctx, graph.ArticleIDs(srcs))
}

// relationConnection pages the relations of the entity id.
func relationConnection(ctx context.Context, id string, types []graph.RelType, dir *graph.Direction, first *int, after *string) (model.RelationConnection, error) {
	p, err := page(first, after)
	if err != nil {
		return model.RelationConnection{}, err
	}
	rels, err := dataload.For(ctx).Relations(ctx, dataload.NewRelationKey(id, types, deref(dir)))
	if err != nil {
		return model.RelationConnection{}, err
	}
	start, end, info, err := p.Window(len(rels))
	if err != nil {
		return model.RelationConnection{}, err
	}
	conn := model.RelationConnection{PageInfo: model.PageInfoOf(info, p.After), TotalCount: info.TotalCount}
	conn.Edges = make([]model.RelationEdge, 0, end-start)
	for i := start; i < end; i++ {
		conn.Edges = append(conn.Edges, model.EdgeFrom(rels[i], id, graph.EncodeCursor(i)))
	}
	return conn, nil
}

// relationsOf returns the relations of the entity id of the types, in one
// direction.
func relationsOf(ctx context.Context, id string, dir graph.Direction, types ...graph.RelType) ([]graph.Relation, error) {
	return dataload.For(ctx).Relations(ctx, dataload.NewRelationKey(id, types, dir))
}

// neighbours returns the entities at the other end of the relations of id
// of the types in one direction, of the given kinds (all when none), each
// once, sorted by name then id.
func neighbours(ctx context.Context, id string, dir graph.Direction, types []graph.RelType, kinds ...graph.Kind) ([]graph.Entity, error) {
	rels, err := relationsOf(ctx, id, dir, types...)
	if err != nil {
		return nil, err
	}
	var ids []string
	for _, r := range rels {
		other := r.To
		if r.To == id {
			other = r.From
		}
		if !slices.Contains(ids, other) {
			ids = append(ids, other)
		}
	}
	es, err := dataload.For(ctx).Entities(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := es[:0:0]
	for _, e := range es {
		if len(kinds) == 0 || slices.Contains(kinds, e.Kind) {
			out = append(out, e)
		}
	}
	slices.SortFunc(out, byName)
	return out, nil
}

// region returns the first region id is LOCATED_IN, or nil.
func region(ctx context.Context, id string) (*model.Region, error) {
	rs, err := neighbours(ctx, id, graph.DirectionOut, []graph.RelType{graph.RelLocatedIn}, graph.KindRegion)
	if err != nil || len(rs) == 0 {
		return nil, err
	}
	return model.NewRegion(rs[0]), nil
}

// participations are the relations that put an actor at an event.
var participations = []graph.RelType{graph.RelAttended, graph.RelHosted, graph.RelSigned}

// actorEvents pages the events the actor id took part in, oldest first.
func actorEvents(ctx context.Context, id string, first *int, after *string) (model.EventConnection, error) {
	p, err := page(first, after)
	if err != nil {
		return model.EventConnection{}, err
	}
	events, err := neighbours(ctx, id, graph.DirectionOut, participations, graph.KindEvent)
	if err != nil {
		return model.EventConnection{}, err
	}
	return pageEvents(events, p)
}

// regionEvents pages the events held in the region id or any region inside
// it, oldest first. It walks LOCATED_IN down one level at a time, so
// sibling regions asked in one query share each level's batch.
func regionEvents(ctx context.Context, id string, first *int, after *string) (model.EventConnection, error) {
	p, err := page(first, after)
	if err != nil {
		return model.EventConnection{}, err
	}
	ld := dataload.For(ctx)
	seen := map[string]bool{id: true}
	frontier := []string{id}
	var events []graph.Entity
	for len(frontier) > 0 {
		lists, err := ld.RelationsOf(ctx, frontier, []graph.RelType{graph.RelLocatedIn}, graph.DirectionIn)
		if err != nil {
			return model.EventConnection{}, err
		}
		var ids []string
		for _, rels := range lists {
			for _, r := range rels {
				if !seen[r.From] {
					seen[r.From] = true
					ids = append(ids, r.From)
				}
			}
		}
		es, err := ld.Entities(ctx, ids)
		if err != nil {
			return model.EventConnection{}, err
		}
		frontier = frontier[:0]
		for _, e := range es {
			switch e.Kind {
			case graph.KindRegion:
				frontier = append(frontier, e.ID)
			case graph.KindEvent:
				events = append(events, e)
			}
		}
	}
	return pageEvents(events, p)
}

func pageEvents(events []graph.Entity, p graph.Page) (model.EventConnection, error) {
	slices.SortFunc(events, byDate)
	start, end, info, err := p.Window(len(events))
	if err != nil {
		return model.EventConnection{}, err
	}
	return eventConnection(events[start:end], info, p.After), nil
}

// byName orders entities by folded name, then id.
func byName(a, b graph.Entity) int {
	return cmp.Or(cmp.Compare(graph.FoldName(a.Name), graph.FoldName(b.Name)), cmp.Compare(a.ID, b.ID))
}

// byDate orders events oldest first, undated last, then by id.
func byDate(a, b graph.Entity) int {
	if (a.Date == "") != (b.Date == "") {
		if a.Date == "" {
			return 1
		}
		return -1
	}
	return cmp.Or(cmp.Compare(a.Date, b.Date), cmp.Compare(a.ID, b.ID))
}

type regionResolver struct{ *Resolver }

func (regionResolver) Sources(ctx context.Context, obj *model.Region) ([]graph.Article, error) {
	return articlesOf(ctx, obj.Sources)
}

func (regionResolver) Relations(ctx context.Context, obj *model.Region, types []graph.RelType, dir *graph.Direction, first *int, after *string) (model.RelationConnection, error) {
	return relationConnection(ctx, obj.ID, types, dir, first, after)
}

func (regionResolver) Parent(ctx context.Context, obj *model.Region) (*model.Region, error) {
	return region(ctx, obj.ID)
}

func (regionResolver) Children(ctx context.Context, obj *model.Region) ([]model.Region, error) {
	es, err := neighbours(ctx, obj.ID, graph.DirectionIn, []graph.RelType{graph.RelLocatedIn}, graph.KindRegion)
	if err != nil {
		return nil, err
	}
	out := make([]model.Region, len(es))
	for i, e := range es {
		out[i] = *model.NewRegion(e)
	}
	return out, nil
}

func (regionResolver) Events(ctx context.Context, obj *model.Region, first *int, after *string) (model.EventConnection, error) {
	return regionEvents(ctx, obj.ID, first, after)
}

type organisationResolver struct{ *Resolver }

func (organisationResolver) Sources(ctx context.Context, obj *model.Organisation) ([]graph.Article, error) {
	return articlesOf(ctx, obj.Sources)
}

func (organisationResolver) Relations(ctx context.Context, obj *model.Organisation, types []graph.RelType, dir *graph.Direction, first *int, after *string) (model.RelationConnection, error) {
	return relationConnection(ctx, obj.ID, types, dir, first, after)
}

func (organisationResolver) Officials(ctx context.Context, obj *model.Organisation) ([]graph.Relation, error) {
	return relationsOf(ctx, obj.ID, graph.DirectionIn, graph.RelRepresents)
}

func (organisationResolver) Location(ctx context.Context, obj *model.Organisation) (*model.Region, error) {
	return region(ctx, obj.ID)
}

func (organisationResolver) Events(ctx context.Context, obj *model.Organisation, first *int, after *string) (model.EventConnection, error) {
	return actorEvents(ctx, obj.ID, first, after)
}

type officialResolver struct{ *Resolver }

func (officialResolver) Sources(ctx context.Context, obj *model.Official) ([]graph.Article, error) {
	return articlesOf(ctx, obj.Sources)
}

func (officialResolver) Relations(ctx context.Context, obj *model.Official, types []graph.RelType, dir *graph.Direction, first *int, after *string) (model.RelationConnection, error) {
	return relationConnection(ctx, obj.ID, types, dir, first, after)
}

func (officialResolver) Represents(ctx context.Context, obj *model.Official) ([]graph.Relation, error) {
	return relationsOf(ctx, obj.ID, graph.DirectionOut, graph.RelRepresents)
}

func (officialResolver) Events(ctx context.Context, obj *model.Official, first *int, after *string) (model.EventConnection, error) {
	return actorEvents(ctx, obj.ID, first, after)
}

type eventResolver struct{ *Resolver }

func (eventResolver) Sources(ctx context.Context, obj *model.Event) ([]graph.Article, error) {
	return articlesOf(ctx, obj.Sources)
}

func (eventResolver) Relations(ctx context.Context, obj *model.Event, types []graph.RelType, dir *graph.Direction, first *int, after *string) (model.RelationConnection, error) {
	return relationConnection(ctx, obj.ID, types, dir, first, after)
}

func (eventResolver) Place(ctx context.Context, obj *model.Event) (*model.Region, error) {
	return region(ctx, obj.ID)
}

func (eventResolver) Hosts(ctx context.Context, obj *model.Event) ([]model.Entity, error) {
	es, err := neighbours(ctx, obj.ID, graph.DirectionIn, []graph.RelType{graph.RelHosted})
	return model.WrapAll(es), err
}

func (eventResolver) Attendees(ctx context.Context, obj *model.Event) ([]model.Entity, error) {
	es, err := neighbours(ctx, obj.ID, graph.DirectionIn, []graph.RelType{graph.RelAttended})
	return model.WrapAll(es), err
}

func (eventResolver) Signatories(ctx context.Context, obj *model.Event) ([]graph.Relation, error) {
	return relationsOf(ctx, obj.ID, graph.DirectionIn, graph.RelSigned)
}
