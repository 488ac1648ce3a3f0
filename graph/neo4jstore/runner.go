package neo4jstore

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// runner runs units of work. In production it is the driver (driverRunner);
// tests inject a recording fake, so every statement and parameter the store
// sends can be checked without a server.
type runner interface {
	// executeWrite runs work in one managed write transaction, retried on
	// transient errors: work must be idempotent.
	executeWrite(ctx context.Context, work func(tx) error) error
	// executeRead runs work in one managed read transaction, routed to
	// readers, seeing every write this store made before.
	executeRead(ctx context.Context, work func(tx) error) error
	close(ctx context.Context) error
}

// tx runs statements inside a unit of work.
type tx interface {
	run(ctx context.Context, st statement, params map[string]any) ([]*neo4j.Record, error)
}

// driverRunner runs units of work on a Neo4j driver, naming the database on
// every session. Sessions share one bookmark manager, so a read sees the
// writes made before it (causal consistency) on a cluster too.
type driverRunner struct {
	driver    neo4j.DriverWithContext
	database  string
	bookmarks neo4j.BookmarkManager
}

func newDriverRunner(driver neo4j.DriverWithContext, database string) *driverRunner {
	return &driverRunner{
		driver:    driver,
		database:  database,
		bookmarks: neo4j.NewBookmarkManager(neo4j.BookmarkManagerConfig{}),
	}
}

func (d *driverRunner) session(ctx context.Context, mode neo4j.AccessMode) neo4j.SessionWithContext {
	return d.driver.NewSession(ctx, neo4j.SessionConfig{
		DatabaseName:    d.database,
		AccessMode:      mode,
		BookmarkManager: d.bookmarks,
	})
}

func (d *driverRunner) executeWrite(ctx context.Context, work func(tx) error) error {
	s := d.session(ctx, neo4j.AccessModeWrite)
	defer s.Close(ctx)
	_, err := s.ExecuteWrite(ctx, func(t neo4j.ManagedTransaction) (any, error) {
		return nil, work(managedTx{t})
	})
	return err
}

func (d *driverRunner) executeRead(ctx context.Context, work func(tx) error) error {
	s := d.session(ctx, neo4j.AccessModeRead)
	defer s.Close(ctx)
	_, err := s.ExecuteRead(ctx, func(t neo4j.ManagedTransaction) (any, error) {
		return nil, work(managedTx{t})
	})
	return err
}

func (d *driverRunner) close(ctx context.Context) error { return d.driver.Close(ctx) }

type managedTx struct{ t neo4j.ManagedTransaction }

func (m managedTx) run(ctx context.Context, st statement, params map[string]any) ([]*neo4j.Record, error) {
	res, err := m.t.Run(ctx, st.text, params)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", st.name, err)
	}
	recs, err := res.Collect(ctx)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", st.name, err)
	}
	return recs, nil
}

// value returns a record's column, or an error naming the statement.
func value(st statement, rec *neo4j.Record, key string) (any, error) {
	v, ok := rec.Get(key)
	if !ok {
		return nil, fmt.Errorf("%s: no column %q", st.name, key)
	}
	return v, nil
}

// intValue returns an integer column.
func intValue(st statement, rec *neo4j.Record, key string) (int, error) {
	v, isNil, err := neo4j.GetRecordValue[int64](rec, key)
	if err != nil || isNil {
		return 0, fmt.Errorf("%s: column %q: not an integer (%v)", st.name, key, err)
	}
	return int(v), nil
}

// stringValue returns a string column.
func stringValue(st statement, rec *neo4j.Record, key string) (string, error) {
	v, isNil, err := neo4j.GetRecordValue[string](rec, key)
	if err != nil || isNil {
		return "", fmt.Errorf("%s: column %q: not a string (%v)", st.name, key, err)
	}
	return v, nil
}
