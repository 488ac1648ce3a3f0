// Package neo4jtest runs tests against a real Neo4j, started with
// testcontainers-go from a pinned image. Containers are shared by every
// test of the binary, each store on an emptied database; a test that holds
// two stores at once (a store and a fresh one to compare it with) gets a
// second container, because Neo4j Community has one user database and
// emptying it for the second store would empty the first. Where no Docker
// engine is reachable, every helper skips the test with one line saying so,
// quickly.
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

// server is one running container and whether a live store uses it.
type server struct {
	container *tcneo4j.Neo4jContainer
	uri       string
	busy      bool
}

var (
	mu      sync.Mutex
	servers []*server
	checked sync.Once
	skip    string // why tests skip, if they do
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

// start runs one more container.
func start() (*server, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	c, err := tcneo4j.Run(ctx, Image, tcneo4j.WithAdminPassword(Password))
	if err != nil {
		if c != nil {
			c.Terminate(context.Background())
		}
		return nil, fmt.Errorf("start %s: %w", Image, err)
	}
	uri, err := c.BoltUrl(ctx)
	if err != nil {
		c.Terminate(context.Background())
		return nil, fmt.Errorf("bolt url of %s: %w", Image, err)
	}
	return &server{container: c, uri: uri}, nil
}

// skipWithoutDocker skips t where no Docker engine is reachable.
func skipWithoutDocker(t testing.TB) {
	t.Helper()
	checked.Do(func() {
		if reason := dockerHealthy(); reason != "" {
			skip = "neo4j integration: no Docker engine reachable: " + reason
		}
	})
	if skip != "" {
		t.Skip(skip)
	}
}

// acquire returns a server no live store uses, starting one if need be,
// and gives it back when t ends.
func acquire(t testing.TB) *server {
	t.Helper()
	skipWithoutDocker(t)
	mu.Lock()
	defer mu.Unlock()
	var srv *server
	for _, s := range servers {
		if !s.busy {
			srv = s
			break
		}
	}
	if srv == nil {
		s, err := start()
		if err != nil {
			t.Fatal(err)
		}
		servers = append(servers, s)
		srv = s
	}
	srv.busy = true
	t.Cleanup(func() {
		mu.Lock()
		defer mu.Unlock()
		srv.busy = false
	})
	return srv
}

func config(srv *server) neo4jstore.Config {
	return neo4jstore.Config{URI: srv.uri, Username: "neo4j", Password: Password, Database: "neo4j", MaxWait: time.Minute}
}

// Config returns the configuration of a container (starting the first on
// first use); it skips t where no Docker engine is reachable and fails t
// if the container does not start. The container may hold another test's
// store later: use NewStore for a database of one's own.
func Config(t testing.TB) neo4jstore.Config {
	t.Helper()
	skipWithoutDocker(t)
	mu.Lock()
	defer mu.Unlock()
	if len(servers) == 0 {
		s, err := start()
		if err != nil {
			t.Fatal(err)
		}
		servers = append(servers, s)
	}
	return config(servers[0])
}

// NewStore returns a store on an emptied database that no other live store
// uses (its own driver, closed when t ends). It skips t where no Docker
// engine is reachable.
func NewStore(t testing.TB) *neo4jstore.Store {
	t.Helper()
	cfg := config(acquire(t))
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

// Terminate stops every container started. Call it from TestMain after
// m.Run.
func Terminate() {
	mu.Lock()
	defer mu.Unlock()
	for _, s := range servers {
		s.container.Terminate(context.Background())
	}
	servers = nil
}
