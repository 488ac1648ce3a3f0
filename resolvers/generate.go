package resolvers

// The executable schema (generated.go) and the generated models
// (model/models_gen.go) come from ../schema.graphqls and ../gqlgen.yml; run
// `go generate ./resolvers/...` after changing either. The gqlgen version is
// the one go.mod requires.
//go:generate go run github.com/99designs/gqlgen generate
