package httpapi

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/bilateral/bilateral/resolvers"
)

// guard refuses, before anything runs, mutations without the token,
// introspection when it is off, and operations nested deeper than maxDepth.
type guard struct {
	maxDepth      int
	tokenSet      bool
	introspection bool
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = guard{}

func (guard) ExtensionName() string { return "Guard" }

func (guard) Validate(graphql.ExecutableSchema) error { return nil }

func (g guard) MutateOperationContext(ctx context.Context, op *graphql.OperationContext) *gqlerror.Error {
	if op.Operation.Operation == ast.Mutation && !resolvers.Authenticated(ctx) {
		msg := "mutations need the header Authorization: Bearer <token> with a valid token"
		if !g.tokenSet {
			msg = "mutations are disabled: the server has no token configured"
		}
		return coded(resolvers.CodeUnauthenticated, msg)
	}
	if !g.introspection && introspects(op.Operation.SelectionSet) {
		return coded(resolvers.CodeBadUserInput, "introspection is disabled on this server")
	}
	if d := depth(op.Operation.SelectionSet); d > g.maxDepth {
		return coded(resolvers.CodeLimitExceeded, fmt.Sprintf("the query has depth %d, which exceeds the depth limit of %d", d, g.maxDepth))
	}
	return nil
}

// depth is the deepest nesting of fields in set; fragments add no level and
// introspection fields (__schema, __type) are not counted.
func depth(set ast.SelectionSet) int {
	d := 0
	for _, s := range set {
		switch s := s.(type) {
		case *ast.Field:
			if strings.HasPrefix(s.Name, "__") {
				continue
			}
			d = max(d, 1+depth(s.SelectionSet))
		case *ast.InlineFragment:
			d = max(d, depth(s.SelectionSet))
		case *ast.FragmentSpread:
			if s.Definition != nil {
				d = max(d, depth(s.Definition.SelectionSet))
			}
		}
	}
	return d
}

// introspects reports whether the root selection asks for __schema or
// __type.
func introspects(set ast.SelectionSet) bool {
	for _, s := range set {
		switch s := s.(type) {
		case *ast.Field:
			if s.Name == "__schema" || s.Name == "__type" {
				return true
			}
		case *ast.InlineFragment:
			if introspects(s.SelectionSet) {
				return true
			}
		case *ast.FragmentSpread:
			if s.Definition != nil && introspects(s.Definition.SelectionSet) {
				return true
			}
		}
	}
	return false
}

func coded(code, msg string) *gqlerror.Error {
	return &gqlerror.Error{Message: msg, Extensions: map[string]any{"code": code}}
}

// presenter gives every error a code. Errors from resolvers are classified
// by resolvers.Present; gqlgen's own errors (parse, validation, limits)
// keep their message; anything else is logged and shown as "internal
// error".
func presenter(cfg Config) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		gerr := graphql.DefaultErrorPresenter(ctx, err)
		if inner := gerr.Err; inner != nil {
			if errors.Is(inner, context.DeadlineExceeded) {
				return recode(gerr, resolvers.CodeLimitExceeded,
					fmt.Sprintf("the request took longer than the time limit of %s", cfg.Timeout))
			}
			if p, ok := resolvers.Present(inner); ok {
				return recode(gerr, p.Extensions["code"].(string), p.Message)
			}
			var nested *gqlerror.Error
			if !errors.As(inner, &nested) || nested.Extensions["code"] == nil {
				cfg.Logger.ErrorContext(ctx, "graphql: internal error",
					"err", inner, "path", gerr.Path.String(), "operation", operationName(ctx))
				return recode(gerr, resolvers.CodeInternal, "internal error")
			}
			gerr = nested
		}
		switch code, _ := gerr.Extensions["code"].(string); code {
		case resolvers.CodeNotFound, resolvers.CodeBadUserInput, resolvers.CodeUnauthenticated,
			resolvers.CodeLimitExceeded, resolvers.CodeInternal, "PERSISTED_QUERY_NOT_FOUND":
		case "COMPLEXITY_LIMIT_EXCEEDED":
			gerr.Message = "complexity limit: " + gerr.Message
			setCode(gerr, resolvers.CodeLimitExceeded)
		case errcode.ValidationFailed, errcode.ParseFailed:
			setCode(gerr, resolvers.CodeBadUserInput)
		default:
			if len(gerr.Path) > 0 {
				// An execution error gqlgen raised itself, such as a null
				// where the schema forbids one: a bug on our side.
				cfg.Logger.ErrorContext(ctx, "graphql: internal error",
					"err", gerr.Message, "path", gerr.Path.String(), "operation", operationName(ctx))
				return recode(gerr, resolvers.CodeInternal, "internal error")
			}
			setCode(gerr, resolvers.CodeBadUserInput)
		}
		return gerr
	}
}

// recode returns a copy of gerr (keeping its path and locations) with the
// message and code, and without the wrapped error.
func recode(gerr *gqlerror.Error, code, msg string) *gqlerror.Error {
	out := &gqlerror.Error{Message: msg, Path: gerr.Path, Locations: gerr.Locations}
	setCode(out, code)
	return out
}

func setCode(gerr *gqlerror.Error, code string) {
	if gerr.Extensions == nil {
		gerr.Extensions = map[string]any{}
	}
	gerr.Extensions["code"] = code
}

// recoverer logs a panic with its stack and returns an internal error.
func recoverer(cfg Config) graphql.RecoverFunc {
	return func(ctx context.Context, v any) error {
		cfg.Logger.ErrorContext(ctx, "graphql: panic", "panic", fmt.Sprint(v),
			"operation", operationName(ctx), "stack", string(debug.Stack()))
		return resolvers.Errorf(resolvers.CodeInternal, "internal error")
	}
}

func operationName(ctx context.Context) string {
	if !graphql.HasOperationContext(ctx) {
		return ""
	}
	return graphql.GetOperationContext(ctx).OperationName
}
