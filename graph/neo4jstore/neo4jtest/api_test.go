package neo4jtest_test

import (
	"os"
	"testing"

	"github.com/bilateral/bilateral/graph/neo4jstore/neo4jtest"
	"github.com/bilateral/bilateral/resolvers/apitest"
)

func TestMain(m *testing.M) {
	code := m.Run()
	neo4jtest.Terminate()
	os.Exit(code)
}

// TestAPIOnNeo4j runs the API suite (the analysts' questions, limits,
// protocol and the sample corpus loaded by the real pipeline) through the
// real HTTP handler on the Neo4j store, as package resolvers runs it on
// the embedded one. It lives here, not in package neo4jstore, so that the
// store's own tests do not depend on the API (package resolvers) compiling.
// It skips where no Docker engine is reachable.
func TestAPIOnNeo4j(t *testing.T) {
	neo4jtest.Config(t) // skip once, here, rather than in every subtest
	apitest.Run(t, neo4jtest.Factory)
}
