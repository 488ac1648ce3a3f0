package apitest

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bilateral/bilateral/graph"
	"github.com/bilateral/bilateral/resolvers/httpapi"
)

// runLimits checks that costly or malformed requests are refused with the
// right code, and the costly ones before they reach the store.
func runLimits(t *testing.T, newStore func(t *testing.T) graph.Store) {
	deep := `{ entity(id: "` + IDJiangxia + `") { ... on Region { ` + strings.Repeat("parent { ", 13) + "id" + strings.Repeat(" }", 13) + ` } } }`
	wide := `{ entities(first: 200) { edges { node { relations(first: 200) { edges { other {
		relations(first: 200) { edges { node { id } } } } } } } } } }`
	for _, tc := range []struct {
		name, query, code, says string
		mod                     func(*httpapi.Config)
		// reads is true when the refused field sits below one that
		// must read the store first.
		reads bool
	}{
		{"a deeply nested query is refused", deep, "LIMIT_EXCEEDED", "depth limit of 12", nil, false},
		{"a too wide query is refused", wide, "LIMIT_EXCEEDED", "exceeds the limit of 20000", nil, false},
		{"a lower complexity limit holds", `{ entities(first: 50) { edges { node { id } } } }`, "LIMIT_EXCEEDED", "exceeds the limit of 10",
			func(c *httpapi.Config) { c.MaxComplexity = 10 }, false},
		{"a page above the maximum is refused", `{ entities(first: 500) { totalCount } }`, "BAD_USER_INPUT", "maximum page size 200", nil, false},
		{"a nested page above the maximum is refused", `{ entity(id: "` + IDOpora + `") { relations(first: 201) { totalCount } } }`, "BAD_USER_INPUT", "200", nil, true},
		{"a body above the limit is refused", `{ stats { articles } } # ` + strings.Repeat("x", 2048), "LIMIT_EXCEEDED", "limit of 1024 bytes",
			func(c *httpapi.Config) { c.MaxBodyBytes = 1024 }, false},
		{"a query that does not parse is refused", `{ entities(first: ) }`, "BAD_USER_INPUT", "", nil, false},
		{"an unknown field is refused", `{ nothing }`, "BAD_USER_INPUT", "nothing", nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var mods []func(*httpapi.Config)
			if tc.mod != nil {
				mods = append(mods, tc.mod)
			}
			env := NewEnv(t, newStore, mods...)
			env.Store.Reset()
			e := env.ExpectError(Request{Query: tc.query}, tc.code)
			if !strings.Contains(e.Message, tc.says) {
				t.Errorf("message %q does not say %q", e.Message, tc.says)
			}
			if n := env.Store.Total(); n != 0 && !tc.reads {
				t.Errorf("the refused request made %d store calls (%v), want 0", n, env.Store.Counts())
			}
		})
	}

	for _, tc := range []struct{ name, query string }{
		{"an invalid date", `{ events(filter: {date: {gte: "March 2024"}}) { totalCount } }`},
		{"an unknown country", `{ search(text: "x", countries: ["Russia"]) { id } }`},
		{"a forged cursor", `{ entities(after: "not-a-cursor") { totalCount } }`},
		{"too many hops", `{ path(from: "` + IDKalinin + `", to: "` + IDJiangxia + `", maxHops: 9) { hops } }`},
		{"an empty search", `{ search(text: "  ") { id } }`},
		{"a top above the maximum", `{ bilateralActivity(countryA: "CN", countryB: "RU", top: 500) { countryA } }`},
	} {
		t.Run("bad input: "+tc.name, func(t *testing.T) {
			env := NewEnv(t, newStore)
			env.Store.Reset()
			env.ExpectError(Request{Query: tc.query}, "BAD_USER_INPUT")
			if n := env.Store.Total(); n != 0 {
				t.Errorf("the refused request made %d store calls, want 0", n)
			}
		})
	}

	t.Run("an unknown id is NOT_FOUND and null", func(t *testing.T) {
		env := NewEnv(t, newStore)
		res := env.Post(Request{Query: `{ entity(id: "region:XX-nowhere") { id } path(from: "` + IDKalinin + `", to: "` + IDMoscow + `", maxHops: 1) { hops } }`})
		if len(res.Errors) != 2 || res.Errors[0].Code() != "NOT_FOUND" || res.Errors[1].Code() != "NOT_FOUND" {
			t.Errorf("errors = %+v, want two NOT_FOUND", res.Errors)
		}
		if string(res.Data) != `{"entity":null,"path":null}` {
			t.Errorf("data = %s, want both null", res.Data)
		}
	})

	t.Run("a slow request stops at the time limit", func(t *testing.T) {
		env := NewEnv(t, func(t *testing.T) graph.Store { return stallingStore{newStore(t)} },
			func(c *httpapi.Config) { c.Timeout = 20 * time.Millisecond })
		e := env.ExpectError(Request{Query: `{ entities { totalCount } }`}, "LIMIT_EXCEEDED")
		if !strings.Contains(e.Message, "time limit of 20ms") {
			t.Errorf("message %q does not name the time limit", e.Message)
		}
	})

	t.Run("an internal error is logged, not shown", func(t *testing.T) {
		var logs lockedBuffer
		logger := slog.New(slog.NewJSONHandler(&logs, nil))
		env := NewEnv(t, func(t *testing.T) graph.Store { return failingStore{newStore(t)} },
			func(c *httpapi.Config) { c.Logger = logger })
		e := env.ExpectError(Request{Query: `{ search(text: "Wuhan") { id } }`}, "INTERNAL")
		if e.Message != "internal error" {
			t.Errorf("message = %q, want %q", e.Message, "internal error")
		}
		if !strings.Contains(logs.String(), errSecret.Error()) {
			t.Errorf("log %q lacks the error", logs.String())
		}
	})
}

var errSecret = errors.New("disk /var/secret is on fire")

// failingStore fails Search with an error that is not a graph sentinel.
type failingStore struct{ graph.Store }

func (failingStore) Search(context.Context, graph.SearchQuery) ([]graph.Entity, error) {
	return nil, errSecret
}

// stallingStore answers Entities only when the context ends.
type stallingStore struct{ graph.Store }

func (stallingStore) Entities(ctx context.Context, _ graph.EntityQuery) (graph.EntityPage, error) {
	<-ctx.Done()
	return graph.EntityPage{}, ctx.Err()
}

type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}
