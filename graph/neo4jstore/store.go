package neo4jstore

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/bilateral/bilateral/graph"
)

// Store is the Neo4j graph.Store. Create it with New (or Open). It is safe
// for concurrent use.
type Store struct {
	r runner
}

var _ graph.Store = (*Store)(nil)

// indexWaitSeconds bounds how long New waits for the schema's indexes to
// come online (db.awaitIndexes takes seconds).
const indexWaitSeconds = 300

// New applies the schema (constraints, indexes, full-text index; every
// statement IF NOT EXISTS, so New is idempotent), waits for the indexes and
// returns the store on database. The store owns driver from then on: Close
// closes it.
func New(ctx context.Context, driver neo4j.DriverWithContext, database string) (*Store, error) {
	if database == "" {
		database = DefaultDatabase
	}
	return newStore(ctx, newDriverRunner(driver, database))
}

// Open connects (see Connect) and returns the store on cfg.Database.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	driver, err := Connect(ctx, cfg)
	if err != nil {
		return nil, err
	}
	s, err := New(ctx, driver, cfg.Database)
	if err != nil {
		driver.Close(context.Background())
		return nil, err
	}
	return s, nil
}

func newStore(ctx context.Context, r runner) (*Store, error) {
	s := &Store{r: r}
	// Schema statements cannot share a transaction with each other's
	// effects on Neo4j, so each runs in its own.
	for _, st := range schemaStatements {
		err := r.executeWrite(ctx, func(t tx) error {
			_, err := t.run(ctx, st, nil)
			return err
		})
		if err != nil {
			return nil, fmt.Errorf("neo4j schema %s: %w", st.name, storeError(err))
		}
	}
	err := r.executeRead(ctx, func(t tx) error {
		_, err := t.run(ctx, qAwaitIndexes, map[string]any{"seconds": int64(indexWaitSeconds)})
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("neo4j schema: await indexes: %w", storeError(err))
	}
	return s, nil
}

// Close closes the driver.
func (s *Store) Close(ctx context.Context) error {
	if err := s.r.close(ctx); err != nil {
		return fmt.Errorf("close neo4j store: %w", err)
	}
	return nil
}
