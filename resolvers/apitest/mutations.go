package apitest

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/bilateral/bilateral/graph"
	"github.com/bilateral/bilateral/resolvers/httpapi"
)

const ingest = `mutation Ingest($input: ArticleInput!) {
  ingestArticle(input: $input) {
    duplicate
    article { id title language published }
    entities { id name kind }
    relations { id }
    problems { item reason }
    stats { entitiesCreated relationsCreated }
  }
}`

var ingestInput = map[string]any{"input": map[string]any{
	"text":      "The Kaluga Export Support Centre opened an office in Ningbo on 3 April 2024.",
	"title":     "Kaluga Export Support Centre",
	"published": "2024-04-04",
}}

// runMutations checks that mutations need the token, change nothing
// without it, and do their work with it.
func runMutations(t *testing.T, newStore func(t *testing.T) graph.Store) {
	refused := []struct {
		name  string
		token string
		mod   func(*httpapi.Config)
		get   bool
	}{
		{"a mutation without a token changes nothing", "", nil, false},
		{"a mutation with a wrong token changes nothing", "wrong-token", nil, false},
		{"a mutation over GET without a token changes nothing", "", nil, true},
		{"no mutation passes when the server has no token", Token, func(c *httpapi.Config) { c.Token = "" }, false},
	}
	for _, tc := range refused {
		t.Run(tc.name, func(t *testing.T) {
			var mods []func(*httpapi.Config)
			if tc.mod != nil {
				mods = append(mods, tc.mod)
			}
			env := NewEnv(t, newStore, mods...)
			before := dump(t, env.Store.Store)
			for _, q := range []Request{
				{Query: ingest, Variables: ingestInput, Token: tc.token},
				{Query: `mutation { retractArticle(id: "` + ArticleJiangxiaEN + `") { entitiesDeleted } }`, Token: tc.token},
				{Query: `mutation { mergeEntities(keep: "` + IDOpora + `", merge: "` + IDNskChamber + `") { id } }`, Token: tc.token},
			} {
				send := env.Post
				if tc.get {
					send = env.Get
				}
				res := send(q)
				if len(res.Errors) != 1 || res.Errors[0].Code() != "UNAUTHENTICATED" || string(res.Data) != "null" && len(res.Data) != 0 {
					t.Errorf("errors %+v, data %s; want only UNAUTHENTICATED and no data", res.Errors, res.Data)
				}
			}
			if n := env.Ingester.CallCount(); n != 0 {
				t.Errorf("%d mutations reached the ingester, want 0", n)
			}
			if diff := cmp.Diff(before, dump(t, env.Store.Store)); diff != "" {
				t.Errorf("the graph changed (-before +after):\n%s", diff)
			}
		})
	}

	t.Run("ingest an article with the token", func(t *testing.T) {
		env := NewEnv(t, newStore)
		var got struct {
			IngestArticle struct {
				Duplicate bool `json:"duplicate"`
				Article   struct {
					ID        string `json:"id"`
					Title     string `json:"title"`
					Published string `json:"published"`
				} `json:"article"`
				Entities []node `json:"entities"`
				Stats    struct {
					EntitiesCreated int `json:"entitiesCreated"`
				} `json:"stats"`
			} `json:"ingestArticle"`
		}
		res := env.Post(Request{Query: ingest, Variables: ingestInput, Token: Token})
		decode(t, res, &got)
		r := got.IngestArticle
		if r.Duplicate || r.Article.ID == "" || r.Article.Published != "2024-04-04" || r.Stats.EntitiesCreated != 1 ||
			len(r.Entities) != 1 || r.Entities[0].Name != "Kaluga Export Support Centre" {
			t.Fatalf("ingestArticle = %+v", r)
		}
		var after struct {
			Entity node `json:"entity"`
		}
		env.Query(`query($id: ID!) { entity(id: $id) { id name } }`, map[string]any{"id": r.Entities[0].ID}, &after)
		if after.Entity.Name != "Kaluga Export Support Centre" {
			t.Errorf("the ingested entity reads %+v", after.Entity)
		}
		decode(t, env.Post(Request{Query: ingest, Variables: ingestInput, Token: Token}), &got)
		if !got.IngestArticle.Duplicate {
			t.Errorf("ingesting the same text again is not a duplicate")
		}
	})

	t.Run("retract an article with the token", func(t *testing.T) {
		env := NewEnv(t, newStore)
		var got struct {
			RetractArticle struct {
				EntitiesDeleted int `json:"entitiesDeleted"`
			} `json:"retractArticle"`
		}
		decode(t, env.Post(Request{Query: `mutation { retractArticle(id: "` + ArticleJiangxiaDE + `") { entitiesDeleted } }`, Token: Token}), &got)
		if got.RetractArticle.EntitiesDeleted != 0 {
			t.Errorf("retracting the German report deleted %d entities, want 0 (the English one supports them all)", got.RetractArticle.EntitiesDeleted)
		}
		var e struct {
			Entity struct {
				NumSources int `json:"numSources"`
			} `json:"entity"`
		}
		env.Query(`{ entity(id: "`+IDJiangxiaExchange+`") { numSources } }`, nil, &e)
		if e.Entity.NumSources != 1 {
			t.Errorf("after the retraction the exchange has %d sources, want 1", e.Entity.NumSources)
		}
		env.ExpectError(Request{Query: `mutation { retractArticle(id: "article:none") { entitiesDeleted } }`, Token: Token}, "NOT_FOUND")
	})

	t.Run("merge two entities with the token", func(t *testing.T) {
		env := NewEnv(t, newStore)
		var got struct {
			MergeEntities node `json:"mergeEntities"`
		}
		decode(t, env.Post(Request{Query: `mutation { mergeEntities(keep: "` + IDOpora + `", merge: "` + IDNskChamber + `") { id name } }`, Token: Token}), &got)
		if got.MergeEntities.ID != IDOpora {
			t.Errorf("mergeEntities returned %+v, want the kept entity", got.MergeEntities)
		}
		env.ExpectError(Request{Query: `mutation { mergeEntities(keep: "` + IDOpora + `", merge: "` + IDOpora + `") { id } }`, Token: Token}, "BAD_USER_INPUT")
		env.ExpectError(Request{Query: `mutation { mergeEntities(keep: "` + IDOpora + `", merge: "org:xx:none") { id } }`, Token: Token}, "NOT_FOUND")
	})
}

func dump(t *testing.T, s graph.Store) graph.Dump {
	t.Helper()
	d, err := s.Dump(context.Background())
	if err != nil {
		t.Fatalf("dump: %v", err)
	}
	return d
}

func decode(t *testing.T, res Response, out any) {
	t.Helper()
	if len(res.Errors) > 0 {
		t.Fatalf("errors: %+v", res.Errors)
	}
	if err := jsonUnmarshal(res.Data, out); err != nil {
		t.Fatalf("decode %s: %v", res.Data, err)
	}
}
