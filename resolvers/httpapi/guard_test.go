package httpapi

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"testing"
	"time"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/parser"

	"github.com/bilateral/bilateral/graph"
	"github.com/bilateral/bilateral/resolvers"
)

func TestDepth(t *testing.T) {
	for _, tc := range []struct {
		query string
		want  int
	}{
		{`{ a }`, 1},
		{`{ a { b { c } } d }`, 3},
		{`{ a { ... on T { b { c } } } }`, 3},
		{`{ a { ...F } } fragment F on T { b { c { d } } }`, 4},
		{`{ __schema { types { fields { type { ofType { name } } } } } a }`, 1},
	} {
		doc, err := parser.ParseQuery(&ast.Source{Input: tc.query})
		if err != nil {
			t.Fatalf("parse %q: %v", tc.query, err)
		}
		// Resolve spreads as validation would.
		for _, op := range doc.Operations {
			link(op.SelectionSet, doc.Fragments)
		}
		if got := depth(doc.Operations[0].SelectionSet); got != tc.want {
			t.Errorf("depth(%q) = %d, want %d", tc.query, got, tc.want)
		}
	}
}

func link(set ast.SelectionSet, frags ast.FragmentDefinitionList) {
	for _, s := range set {
		switch s := s.(type) {
		case *ast.Field:
			link(s.SelectionSet, frags)
		case *ast.InlineFragment:
			link(s.SelectionSet, frags)
		case *ast.FragmentSpread:
			s.Definition = frags.ForName(s.Name)
			link(s.Definition.SelectionSet, frags)
		}
	}
}

func TestLabel(t *testing.T) {
	for in, want := range map[string]string{
		"":                       "anonymous",
		"EventsInHubei":          "EventsInHubei",
		"with space":             "other",
		"x" + fmt.Sprint(1):      "x1",
		string(make([]byte, 65)): "other",
	} {
		if got := label(in); got != want {
			t.Errorf("label(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPresenter(t *testing.T) {
	present := presenter(Config{Timeout: time.Second, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	for _, tc := range []struct {
		name    string
		err     error
		code    string
		message string
	}{
		{"not found", fmt.Errorf("entity x: %w", graph.ErrNotFound), "NOT_FOUND", "entity x: not found"},
		{"invalid", fmt.Errorf("date: %w", graph.ErrInvalid), "BAD_USER_INPUT", "date: invalid"},
		{"coded", resolvers.Errorf(resolvers.CodeUnauthenticated, "no"), "UNAUTHENTICATED", "no"},
		{"deadline", fmt.Errorf("entities: %w", context.DeadlineExceeded), "LIMIT_EXCEEDED", "the request took longer than the time limit of 1s"},
		{"internal", errors.New("disk on fire"), "INTERNAL", "internal error"},
		{"complexity", &gqlerror.Error{Message: "operation has complexity 9, which exceeds the limit of 5", Extensions: map[string]any{"code": "COMPLEXITY_LIMIT_EXCEEDED"}},
			"LIMIT_EXCEEDED", "complexity limit: operation has complexity 9, which exceeds the limit of 5"},
		{"validation", &gqlerror.Error{Message: "Cannot query field", Extensions: map[string]any{"code": "GRAPHQL_VALIDATION_FAILED"}}, "BAD_USER_INPUT", "Cannot query field"},
		{"apq", &gqlerror.Error{Message: "PersistedQueryNotFound", Extensions: map[string]any{"code": "PERSISTED_QUERY_NOT_FOUND"}}, "PERSISTED_QUERY_NOT_FOUND", "PersistedQueryNotFound"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := present(context.Background(), tc.err)
			if got.Extensions["code"] != tc.code || got.Message != tc.message {
				t.Errorf("present(%v) = %q %v, want %q %s", tc.err, got.Message, got.Extensions["code"], tc.message, tc.code)
			}
		})
	}
}
