package embedded_test

import (
	"context"
	"testing"

	"github.com/bilateral/bilateral/graph"
	"github.com/bilateral/bilateral/graph/embedded"
	"github.com/bilateral/bilateral/graph/storetest"
)

func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) graph.Store {
		return open(t, t.TempDir())
	})
}

// open opens a store in dir and closes it when the test ends.
func open(t testing.TB, dir string) *embedded.Store {
	t.Helper()
	s, err := embedded.Open(dir)
	if err != nil {
		t.Fatalf("Open(%s) = %v", dir, err)
	}
	t.Cleanup(func() { s.Close(context.Background()) })
	return s
}
