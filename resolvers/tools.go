//go:build tools

package resolvers

// The gqlgen command run by go generate: importing it here keeps its
// dependencies in go.mod and go.sum through `go mod tidy`.
import _ "github.com/99designs/gqlgen"
