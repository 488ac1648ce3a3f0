package apitest

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/bilateral/bilateral/graph"
)

type page struct {
	TotalCount int `json:"totalCount"`
	PageInfo   struct {
		HasNextPage     bool    `json:"hasNextPage"`
		HasPreviousPage bool    `json:"hasPreviousPage"`
		EndCursor       *string `json:"endCursor"`
	} `json:"pageInfo"`
	Edges []struct {
		Cursor string `json:"cursor"`
		Node   node   `json:"node"`
	} `json:"edges"`
}

// runBrowsing checks listing, filtering and paging.
func runBrowsing(t *testing.T, newStore func(t *testing.T) graph.Store) {
	t.Run("page through every Chinese region", func(t *testing.T) {
		env := NewEnv(t, newStore)
		var seen []string
		var after any
		for i := 0; ; i++ {
			var got struct {
				Entities page `json:"entities"`
			}
			env.Query(`query($after: String) { entities(filter: {kinds: [REGION], countries: ["CN"]}, first: 2, after: $after) {
				totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id name } } } }`,
				map[string]any{"after": after}, &got)
			p := got.Entities
			if p.TotalCount != 8 {
				t.Fatalf("totalCount = %d, want 8 Chinese regions", p.TotalCount)
			}
			if p.PageInfo.HasPreviousPage != (i > 0) {
				t.Errorf("page %d: hasPreviousPage = %v", i, p.PageInfo.HasPreviousPage)
			}
			for _, e := range p.Edges {
				seen = append(seen, e.Node.Name)
			}
			if !p.PageInfo.HasNextPage {
				break
			}
			if i > 10 || p.PageInfo.EndCursor == nil {
				t.Fatal("paging does not end")
			}
			after = *p.PageInfo.EndCursor
		}
		want := []string{"China", "Hangzhou", "Harbin", "Heilongjiang", "Hubei", "Jiangxia District", "Wuhan", "Zhejiang"}
		if diff := cmp.Diff(want, seen); diff != "" {
			t.Errorf("pages, in order (-want +got):\n%s", diff)
		}
	})

	for _, tc := range []struct {
		name   string
		filter string
		want   []string
	}{
		{"Russian associations", `{kinds: [ORGANISATION], countries: ["RU"], orgTypes: [ASSOCIATION]}`, []string{IDNskChamber, IDOpora}},
		{"Chinese districts", `{countries: ["CN"], levels: [DISTRICT]}`, []string{IDJiangxia}},
		{"events in 2023", `{kinds: [EVENT], date: {gte: "2023-01-01", lte: "2023-12-31"}}`, []string{IDHangzhouSigning, IDHarbinForum}},
		{"names starting with Har", `{name: {startsWith: "har"}}`, []string{IDHarbinInvest, IDHarbin}},
		{"names containing export", `{name: {contains: "EXPORT"}}`, []string{IDExportCenter}},
		{"bodies located in Zhejiang", `{kinds: [ORGANISATION], within: "` + IDZhejiang + `"}`, []string{IDZjCommerce}},
		{"by ids", `{ids: ["` + IDShu + `", "` + IDLiu + `"]}`, []string{IDShu, IDLiu}},
	} {
		t.Run("entities: "+tc.name, func(t *testing.T) {
			env := NewEnv(t, newStore)
			var got struct {
				Entities page `json:"entities"`
			}
			env.Query(`{ entities(filter: `+tc.filter+`, first: 200) { totalCount edges { node { id } } } }`, nil, &got)
			var ids []string
			for _, e := range got.Entities.Edges {
				ids = append(ids, e.Node.ID)
			}
			slices.Sort(ids)
			if diff := cmp.Diff(tc.want, ids); diff != "" {
				t.Errorf("entities(filter: %s) (-want +got):\n%s", tc.filter, diff)
			}
		})
	}

	t.Run("events of a type, oldest first", func(t *testing.T) {
		env := NewEnv(t, newStore)
		var got struct {
			Events page `json:"events"`
		}
		env.Query(`{ events(filter: {eventTypes: [FORUM, SIGNING, EXCHANGE]}) { totalCount edges { node { id date } } } }`, nil, &got)
		var ids []string
		for _, e := range got.Events.Edges {
			ids = append(ids, e.Node.ID)
		}
		want := []string{IDHangzhouSigning, IDHarbinForum, IDJiangxiaExchange}
		if diff := cmp.Diff(want, ids); diff != "" {
			t.Errorf("events (-want +got):\n%s", diff)
		}
	})

	t.Run("entities by number of sources", func(t *testing.T) {
		env := NewEnv(t, newStore)
		var got struct {
			Entities page `json:"entities"`
		}
		env.Query(`{ entities(filter: {kinds: [EVENT]}, orderBy: SOURCES, first: 1) { edges { node { id } } } }`, nil, &got)
		if len(got.Entities.Edges) != 1 || got.Entities.Edges[0].Node.ID != IDJiangxiaExchange {
			t.Errorf("most reported event = %+v, want the Jiangxia exchange", got.Entities.Edges)
		}
	})

	t.Run("articles and stats", func(t *testing.T) {
		env := NewEnv(t, newStore)
		var got struct {
			Articles page `json:"articles"`
			Stats    struct {
				Articles int `json:"articles"`
				Entities []struct {
					Kind  string `json:"kind"`
					Count int    `json:"count"`
				} `json:"entities"`
			} `json:"stats"`
			Article struct {
				Title       string `json:"title"`
				ContentHash string `json:"contentHash"`
				LoadedAt    string `json:"loadedAt"`
				Published   string `json:"published"`
			} `json:"article"`
		}
		env.Query(`{ articles(first: 3) { totalCount edges { node { id } } }
			stats { articles entities { kind count } }
			article(id: "`+ArticleHangzhouZH+`") { title contentHash loadedAt published } }`, nil, &got)
		if got.Articles.TotalCount != 5 || len(got.Articles.Edges) != 3 || got.Stats.Articles != 5 {
			t.Errorf("articles: totalCount %d, page of %d, stats %d; want 5, 3, 5", got.Articles.TotalCount, len(got.Articles.Edges), got.Stats.Articles)
		}
		if len(got.Stats.Entities) != 4 {
			t.Errorf("stats.entities = %+v, want one count per kind", got.Stats.Entities)
		}
		a := got.Article
		if a.Published != "2023-06-16" || a.LoadedAt != "2025-01-02T03:04:05Z" || a.ContentHash == "" || a.Title == "" {
			t.Errorf("article = %+v", a)
		}
	})
}
