package apitest

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/bilateral/bilateral/graph"
	"github.com/bilateral/bilateral/resolvers/httpapi"
)

func jsonUnmarshal(b []byte, out any) error { return json.Unmarshal(b, out) }

// runProtocol checks GraphQL-over-HTTP and the server's other endpoints.
func runProtocol(t *testing.T, newStore func(t *testing.T) graph.Store) {
	t.Run("queries over GET", func(t *testing.T) {
		env := NewEnv(t, newStore)
		res := env.Get(Request{Query: `query($id: ID!) { entity(id: $id) { name } }`, Variables: map[string]any{"id": IDWuhan}})
		if len(res.Errors) > 0 || !strings.Contains(string(res.Data), "Wuhan") {
			t.Errorf("GET = %+v %s", res.Errors, res.Data)
		}
		if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
			t.Errorf("Content-Type = %q, want application/json by default", ct)
		}
	})

	t.Run("application/graphql-response+json when accepted", func(t *testing.T) {
		env := NewEnv(t, newStore)
		for _, send := range []func(Request) Response{env.Get, env.Post} {
			res := send(Request{Query: `{ stats { articles } }`, Accept: "application/graphql-response+json"})
			if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/graphql-response+json") || len(res.Errors) > 0 {
				t.Errorf("Content-Type = %q, errors %+v", ct, res.Errors)
			}
		}
	})

	t.Run("a mutation over GET is refused even with the token", func(t *testing.T) {
		env := NewEnv(t, newStore)
		before := dump(t, env.Store.Store)
		res := env.Get(Request{Query: `mutation { retractArticle(id: "` + ArticleJiangxiaEN + `") { entitiesDeleted } }`, Token: Token})
		if res.Status == http.StatusOK && len(res.Errors) == 0 {
			t.Errorf("GET mutation answered %d without errors", res.Status)
		}
		if env.Ingester.CallCount() != 0 || len(dump(t, env.Store.Store).Articles) != len(before.Articles) {
			t.Errorf("the GET mutation changed the graph")
		}
	})

	t.Run("automatic persisted queries", func(t *testing.T) {
		env := NewEnv(t, newStore)
		q := `{ entity(id: "` + IDHubei + `") { name } }`
		sum := sha256.Sum256([]byte(q))
		ext := map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": hex.EncodeToString(sum[:])}}
		env.ExpectError(Request{Extensions: ext}, "PERSISTED_QUERY_NOT_FOUND")
		if res := env.Post(Request{Query: q, Extensions: ext}); len(res.Errors) > 0 {
			t.Fatalf("registering the query: %+v", res.Errors)
		}
		res := env.Get(Request{Extensions: ext})
		if len(res.Errors) > 0 || !strings.Contains(string(res.Data), "Hubei") {
			t.Errorf("the persisted query by hash = %+v %s", res.Errors, res.Data)
		}
	})

	t.Run("introspection can be switched off", func(t *testing.T) {
		q := Request{Query: `{ __schema { queryType { name } } }`}
		on := NewEnv(t, newStore)
		if res := on.Post(q); len(res.Errors) > 0 {
			t.Errorf("introspection on: %+v", res.Errors)
		}
		off := NewEnv(t, newStore, func(c *httpapi.Config) { c.Introspection = false })
		if res := off.Post(q); len(res.Errors) == 0 {
			t.Errorf("introspection off answered %s", res.Data)
		}
	})

	t.Run("the playground opens with the example queries and can be switched off", func(t *testing.T) {
		on := NewEnv(t, newStore)
		status, header, body := on.Raw(http.MethodGet, "/", nil, "")
		if status != http.StatusOK || !strings.HasPrefix(header.Get("Content-Type"), "text/html") || !strings.Contains(body, "graphiql") ||
			!strings.Contains(body, "RussianBodiesMetChineseDistricts") {
			t.Errorf("GET / = %d %q", status, header.Get("Content-Type"))
		}
		off := NewEnv(t, newStore, func(c *httpapi.Config) { c.Playground = false })
		if status, _, _ := off.Raw(http.MethodGet, "/", nil, ""); status != http.StatusNotFound {
			t.Errorf("GET / with the playground off = %d, want 404", status)
		}
	})

	t.Run("health", func(t *testing.T) {
		env := NewEnv(t, newStore)
		if status, _, body := env.Raw(http.MethodGet, "/healthz", nil, ""); status != http.StatusOK || !strings.Contains(body, `"ok"`) {
			t.Errorf("GET /healthz = %d %s", status, body)
		}
	})

	t.Run("metrics by operation and store method", func(t *testing.T) {
		env := NewEnv(t, newStore)
		env.Post(Request{Query: `query EventsInHubei { events(filter: {within: "` + IDHubei + `"}) { totalCount } }`})
		env.Post(Request{Query: `query Broken { nothing }`, OperationName: "Broken"})
		_, _, body := env.Raw(http.MethodGet, "/metrics", nil, "")
		for _, want := range []string{
			`bilateral_graphql_requests_total{operation="EventsInHubei",outcome="ok",type="query"} 1`,
			`bilateral_graphql_requests_total{operation="Broken",outcome="error",type="unknown"} 1`,
			`bilateral_graphql_request_duration_seconds_count{operation="EventsInHubei",type="query"} 1`,
			`bilateral_store_call_duration_seconds_count{method="Entities",outcome="ok"}`,
		} {
			if !strings.Contains(body, want) {
				t.Errorf("/metrics lacks %s", want)
			}
		}
	})

	t.Run("CORS for allowed origins only", func(t *testing.T) {
		env := NewEnv(t, newStore, func(c *httpapi.Config) { c.AllowedOrigins = []string{"https://dash.example"} })
		pre := http.Header{"Origin": {"https://dash.example"}, "Access-Control-Request-Method": {"POST"}}
		status, header, _ := env.Raw(http.MethodOptions, "/graphql", pre, "")
		if status != http.StatusNoContent || header.Get("Access-Control-Allow-Origin") != "https://dash.example" ||
			!strings.Contains(header.Get("Access-Control-Allow-Headers"), "Authorization") {
			t.Errorf("preflight = %d %v", status, header)
		}
		_, header, _ = env.Raw(http.MethodOptions, "/graphql", http.Header{"Origin": {"https://evil.example"}}, "")
		if header.Get("Access-Control-Allow-Origin") != "" {
			t.Errorf("a foreign origin got Access-Control-Allow-Origin %q", header.Get("Access-Control-Allow-Origin"))
		}
	})
}
