package neo4jstore

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// sent is one statement a fake transaction received.
type sent struct {
	st     statement
	params map[string]any
}

// fakeTx is one unit of work the fake ran.
type fakeTx struct {
	write      bool
	statements []sent
}

// fakeRunner records every unit of work and statement instead of talking
// to Neo4j, and answers each statement with respond (nil: no rows).
type fakeRunner struct {
	txs     []*fakeTx
	respond func(st statement, params map[string]any) []*neo4j.Record
	closed  bool
}

func (f *fakeRunner) do(ctx context.Context, write bool, work func(tx) error) error {
	t := &fakeTx{write: write}
	f.txs = append(f.txs, t)
	return work(fakeTxRunner{f, t})
}

func (f *fakeRunner) executeWrite(ctx context.Context, work func(tx) error) error {
	return f.do(ctx, true, work)
}

func (f *fakeRunner) executeRead(ctx context.Context, work func(tx) error) error {
	return f.do(ctx, false, work)
}

func (f *fakeRunner) close(context.Context) error { f.closed = true; return nil }

type fakeTxRunner struct {
	f *fakeRunner
	t *fakeTx
}

func (r fakeTxRunner) run(ctx context.Context, st statement, params map[string]any) ([]*neo4j.Record, error) {
	r.t.statements = append(r.t.statements, sent{st, params})
	if r.f.respond == nil {
		return nil, nil
	}
	return r.f.respond(st, params), nil
}

// reset forgets what was recorded so far.
func (f *fakeRunner) reset() { f.txs = nil }

// statements lists every statement sent, in order.
func (f *fakeRunner) statements() []sent {
	var out []sent
	for _, t := range f.txs {
		out = append(out, t.statements...)
	}
	return out
}

// newFakeStore returns a store on a fake runner, its schema applied.
func newFakeStore(t testing.TB, respond func(statement, map[string]any) []*neo4j.Record) (*Store, *fakeRunner) {
	t.Helper()
	f := &fakeRunner{respond: respond}
	s, err := newStore(context.Background(), f)
	if err != nil {
		t.Fatal(err)
	}
	f.reset()
	return s, f
}

// record builds a driver record from alternating keys and values.
func record(kv ...any) *neo4j.Record {
	r := &neo4j.Record{}
	for i := 0; i+1 < len(kv); i += 2 {
		r.Keys = append(r.Keys, kv[i].(string))
		r.Values = append(r.Values, kv[i+1])
	}
	return r
}

// checkSerialisable reports a value the driver would not send as is: only
// plain strings, integers, floats, booleans, times, and lists and maps of
// those (no structs, no named string types) may reach it.
func checkSerialisable(path string, v any) error {
	switch x := v.(type) {
	case nil, string, int64, float64, bool, time.Time, []string, []float64:
		return nil
	case []any:
		for i, e := range x {
			if err := checkSerialisable(fmt.Sprintf("%s[%d]", path, i), e); err != nil {
				return err
			}
		}
		return nil
	case []map[string]any:
		for i, e := range x {
			if err := checkSerialisable(fmt.Sprintf("%s[%d]", path, i), e); err != nil {
				return err
			}
		}
		return nil
	case map[string]any:
		for k, e := range x {
			if err := checkSerialisable(path+"."+k, e); err != nil {
				return err
			}
		}
		return nil
	default:
		return fmt.Errorf("%s is %T, not a plain driver value", path, v)
	}
}
