// Package httpapi serves the GraphQL API over HTTP: /graphql (GET and POST,
// GraphQL-over-HTTP, application/graphql-response+json when the client
// accepts it), / (GraphiQL with example queries, when enabled), /healthz
// and /metrics (Prometheus).
//
// Every request is bounded before it reaches the store: the body size, the
// operation's depth and complexity (refused with LIMIT_EXCEEDED, naming the
// limit), page sizes (BAD_USER_INPUT) and a timeout. Mutations need the
// configured bearer token (UNAUTHENTICATED otherwise) and are refused
// before any resolver runs. Errors carry extensions.code; internal errors
// are logged with log/slog and shown as "internal error".
package httpapi

import (
	"bytes"
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/bilateral/bilateral/resolvers"
	"github.com/bilateral/bilateral/resolvers/dataload"
)

// NewHandler returns the API's HTTP handler. It panics if cfg.Store is nil.
func NewHandler(cfg Config) http.Handler {
	if cfg.Store == nil {
		panic("httpapi: Config.Store is nil")
	}
	cfg = cfg.withDefaults()
	m := newMetrics(cfg.Registry)
	store := m.instrument(cfg.Store)

	r := &resolvers.Resolver{Store: store, Ingester: cfg.Ingester}
	srv := handler.New(r.NewExecutableSchema())
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{UseGrapQLResponseJsonByDefault: false})
	srv.AddTransport(transport.POST{UseGrapQLResponseJsonByDefault: false})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](cfg.QueryCacheSize))
	srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](cfg.APQCacheSize)})
	if cfg.Introspection {
		srv.Use(extension.Introspection{})
	}
	srv.Use(guard{maxDepth: cfg.MaxDepth, tokenSet: cfg.Token != "", introspection: cfg.Introspection})
	srv.Use(extension.FixedComplexityLimit(cfg.MaxComplexity))
	srv.Use(m)
	srv.SetErrorPresenter(presenter(cfg))
	srv.SetRecoverFunc(recoverer(cfg))

	gql := chain(srv,
		cors(cfg.AllowedOrigins),
		limitBody(cfg.MaxBodyBytes),
		timeout(cfg),
		authenticate(cfg.Token),
		dataload.Middleware(store, dataload.Options{Wait: cfg.DataloaderWait}),
	)

	mux := http.NewServeMux()
	mux.Handle("/graphql", gql)
	mux.HandleFunc("GET /healthz", health(cfg))
	mux.Handle("GET /metrics", m.handler())
	if cfg.Playground {
		mux.Handle("GET /{$}", playground("/graphql"))
	}
	return mux
}

// chain wraps h in the middlewares, the first outermost.
func chain(h http.Handler, mws ...func(http.Handler) http.Handler) http.Handler {
	for _, mw := range slices.Backward(mws) {
		h = mw(h)
	}
	return h
}

// cors answers preflight requests and sets Access-Control-Allow-Origin for
// the allowed origins.
func cors(origins []string) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		if len(origins) == 0 {
			return next
		}
		anyOrigin := slices.Contains(origins, "*")
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			origin := r.Header.Get("Origin")
			if origin != "" && (anyOrigin || slices.Contains(origins, origin)) {
				h := w.Header()
				h.Set("Access-Control-Allow-Origin", origin)
				h.Add("Vary", "Origin")
				if r.Method == http.MethodOptions {
					h.Set("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
					h.Set("Access-Control-Allow-Headers", "Authorization, Content-Type, Accept")
					h.Set("Access-Control-Max-Age", "600")
					w.WriteHeader(http.StatusNoContent)
					return
				}
			}
			next.ServeHTTP(w, r)
		})
	}
}

// limitBody refuses bodies (and GET query strings) larger than max.
func limitBody(max int64) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			tooLarge := func() {
				writeError(w, r, http.StatusRequestEntityTooLarge, resolvers.CodeLimitExceeded,
					fmt.Sprintf("the request is larger than the limit of %d bytes", max))
			}
			if int64(len(r.URL.RawQuery)) > max {
				tooLarge()
				return
			}
			if r.Body != nil && r.Body != http.NoBody {
				body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, max))
				var mbe *http.MaxBytesError
				switch {
				case errors.As(err, &mbe):
					tooLarge()
					return
				case err != nil:
					writeError(w, r, http.StatusBadRequest, resolvers.CodeBadUserInput, "the request body could not be read")
					return
				}
				r.Body = io.NopCloser(bytes.NewReader(body))
			}
			next.ServeHTTP(w, r)
		})
	}
}

// timeout bounds the request's context.
func timeout(cfg Config) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			ctx, cancel := context.WithTimeout(r.Context(), cfg.Timeout)
			defer cancel()
			next.ServeHTTP(w, r.WithContext(ctx))
		})
	}
}

// authenticate marks requests that carry the bearer token.
func authenticate(token string) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if token != "" {
				got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
				if ok && subtle.ConstantTimeCompare([]byte(strings.TrimSpace(got)), []byte(token)) == 1 {
					r = r.WithContext(resolvers.WithAuthenticated(r.Context()))
				}
			}
			next.ServeHTTP(w, r)
		})
	}
}

// health reports whether the store answers.
func health(cfg Config) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), cfg.Timeout)
		defer cancel()
		w.Header().Set("Content-Type", "application/json")
		if _, err := cfg.Store.Stats(ctx); err != nil {
			cfg.Logger.ErrorContext(ctx, "health check failed", "err", err)
			w.WriteHeader(http.StatusServiceUnavailable)
			_, _ = io.WriteString(w, `{"status":"unavailable"}`)
			return
		}
		_, _ = io.WriteString(w, `{"status":"ok"}`)
	}
}

// writeError writes a GraphQL error response outside gqlgen (for requests
// refused before they are parsed).
func writeError(w http.ResponseWriter, r *http.Request, status int, code, msg string) {
	ct := "application/json"
	if strings.Contains(r.Header.Get("Accept"), "application/graphql-response+json") {
		ct = "application/graphql-response+json"
	}
	w.Header().Set("Content-Type", ct)
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(graphql.Response{Errors: gqlerror.List{{
		Message: msg, Extensions: map[string]any{"code": code},
	}}})
}
