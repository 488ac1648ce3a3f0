package graph

import "errors"

// Sentinel errors returned by every Store, to be tested with errors.Is.
var (
	// ErrNotFound: no entity, article or path answers the request.
	ErrNotFound = errors.New("not found")
	// ErrInvalid: the input breaks the ontology or a query's rules.
	ErrInvalid = errors.New("invalid")
	// ErrUnavailable: the backend cannot be reached or refused the credentials.
	ErrUnavailable = errors.New("store unavailable")
)
