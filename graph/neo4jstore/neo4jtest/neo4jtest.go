// Package neo4jtest runs tests against a real Neo4j: one container per test
// binary, started with testcontainers-go from a pinned image, shared by
// every test, each test on an emptied database. Where no Docker engine is
// reachable, every helper skips the test with one line saying so, quickly.
//
// Use it from a package's tests:
//
//	func TestStore(t *testing.T) { storetest.Run(t, neo4jtest.Factory) }
//
//	func TestMain(m *testing.M) {
//		code := m.Run()
//		neo4jtest.Terminate()
//		os.Exit(code)
//	}
package neo4jtest

import (
	"context"
	_ "embed"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/testcontainers/testcontainers-go"
	tcneo4j "github.com/testcontainers/testcontainers-go/modules/neo4j"

	"github.com/bilateral/bilateral/graph"
	"github.com/bilateral/bilateral/graph/neo4jstore"
)

// Image is the pinned Neo4j image the tests run on (Neo4j 5, Cypher 5, as
// tools/cypherlint lints for).
const Image = "neo4j:5.26.16"

// Password is the container's admin password (Neo4j wants at least 8
// characters).
const Password = "bilateral-test"

//go:embed clear.cypher
var clearCypher string

var (
	once     sync.Once
	server   *tcneo4j.Neo4jContainer
	uri      string
	startErr error
	skip     string // why tests skip, if they do
)

// dockerHealthy reports whether a Docker engine answers, quickly.
func dockerHealthy() (reason string) {
	defer func() {
		if r := recover(); r != nil {
			reason = fmt.Sprint(r)
		}
	}()
	provider, err := testcontainers.ProviderDocker.GetProvider()
	if err != nil {
		return err.Error()
	}
	defer provider.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := provider.Health(ctx); err != nil {
		return err.Error()
	}
	return ""
}

func start() {
	if reason := dockerHealthy(); reason != "" {
		skip = "neo4j integration: no Docker engine reachable: " + reason
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	c, err := tcneo4j.Run(ctx, Image, tcneo4j.WithAdminPassword(Password))
	if err != nil {
		startErr = fmt.Errorf("start %s: %w", Image, err)
		if c != nil {
			c.Terminate(context.Background())
		}
		return
	}
	server = c
	if uri, err = c.BoltUrl(ctx); err != nil {
		startErr = fmt.Errorf("bolt url of %s: %w", Image, err)
	}
}

// Config returns the configuration of the shared container, starting it
// on first use; it skips t where no Docker engine is reachable and fails t
// if the container does not start.
func Config(t testing.TB) neo4jstore.Config {
	t.Helper()
	once.Do(start)
	if skip != "" {
		t.Skip(skip)
	}
	if startErr != nil {
		t.Fatal(startErr)
	}
	return neo4jstore.Config{URI: uri, Username: "neo4j", Password: Password, Database: "neo4j", MaxWait: time.Minute}
}

// NewStore returns a store on the shared container's emptied database (its
// own driver, closed when t ends). It skips t where no Docker engine is
// reachable.
func NewStore(t testing.TB) *neo4jstore.Store {
	t.Helper()
	cfg := Config(t)
	ctx := context.Background()
	driver, err := neo4jstore.Connect(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	_, err = neo4j.ExecuteQuery(ctx, driver, clearCypher, nil, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(cfg.Database))
	if err != nil {
		driver.Close(ctx)
		t.Fatalf("clear neo4j test database: %v", err)
	}
	s, err := neo4jstore.New(ctx, driver, cfg.Database)
	if err != nil {
		driver.Close(ctx)
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close(context.Background()) })
	return s
}

// Factory is NewStore as a storetest factory.
func Factory(t *testing.T) graph.Store { return NewStore(t) }

// Terminate stops the shared container, if one was started. Call it from
// TestMain after m.Run.
func Terminate() {
	if server != nil {
		server.Terminate(context.Background())
		server = nil
	}
}
