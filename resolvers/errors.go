package resolvers

import (
	"context"
	"errors"
	"fmt"

	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/bilateral/bilateral/graph"
)

// The machine-readable error codes the API puts in extensions.code.
const (
	CodeNotFound        = "NOT_FOUND"
	CodeBadUserInput    = "BAD_USER_INPUT"
	CodeUnauthenticated = "UNAUTHENTICATED"
	CodeLimitExceeded   = "LIMIT_EXCEEDED"
	CodeInternal        = "INTERNAL"
)

// CodedError is an error to show the client as it is, with its code.
type CodedError struct {
	Code    string
	Message string
}

func (e *CodedError) Error() string { return e.Message }

// Errorf returns a *CodedError with the code and a formatted message.
func Errorf(code, format string, args ...any) error {
	return &CodedError{Code: code, Message: fmt.Sprintf(format, args...)}
}

// Code classifies err for the client: the code of a *CodedError,
// NOT_FOUND for graph.ErrNotFound, BAD_USER_INPUT for graph.ErrInvalid,
// LIMIT_EXCEEDED for a context deadline, and "" for anything else (an
// internal error, whose text the client must not see).
func Code(err error) string {
	var c *CodedError
	switch {
	case errors.As(err, &c):
		return c.Code
	case errors.Is(err, graph.ErrNotFound):
		return CodeNotFound
	case errors.Is(err, graph.ErrInvalid):
		return CodeBadUserInput
	case errors.Is(err, context.DeadlineExceeded):
		return CodeLimitExceeded
	}
	return ""
}

// Present turns a resolver's error into the error the client sees, or
// reports false for an internal error (which the caller logs and replaces
// with "internal error").
func Present(err error) (*gqlerror.Error, bool) {
	code := Code(err)
	if code == "" {
		return nil, false
	}
	msg := err.Error()
	if code == CodeLimitExceeded && errors.Is(err, context.DeadlineExceeded) {
		msg = "the request took longer than its time limit"
	}
	return &gqlerror.Error{Message: msg, Extensions: map[string]any{"code": code}}, true
}

type authKey struct{}

// WithAuthenticated marks ctx as carrying a valid bearer token; only then do
// mutation resolvers run.
func WithAuthenticated(ctx context.Context) context.Context {
	return context.WithValue(ctx, authKey{}, true)
}

// Authenticated reports whether ctx carries a valid bearer token.
func Authenticated(ctx context.Context) bool {
	ok, _ := ctx.Value(authKey{}).(bool)
	return ok
}
