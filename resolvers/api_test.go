package resolvers_test

import (
	"context"
	"testing"

	"github.com/bilateral/bilateral/graph"
	"github.com/bilateral/bilateral/graph/embedded"
	"github.com/bilateral/bilateral/resolvers/apitest"
)

func TestAPIOnEmbeddedStore(t *testing.T) {
	apitest.Run(t, func(t *testing.T) graph.Store {
		s, err := embedded.Open(t.TempDir())
		if err != nil {
			t.Fatalf("open embedded store: %v", err)
		}
		t.Cleanup(func() { _ = s.Close(context.Background()) })
		return s
	})
}
