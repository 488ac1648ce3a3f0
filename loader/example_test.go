package loader_test

import (
	"context"
	"fmt"
	"log"
	"os"

	"github.com/bilateral/bilateral/graph/embedded"
	"github.com/bilateral/bilateral/loader"
)

// Loading the sample articles into an embedded store and printing the
// summary, as `bilateral load` does.
func Example() {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "bilateral-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	store, err := embedded.Open(dir)
	if err != nil {
		log.Fatal(err)
	}
	defer store.Close(ctx)

	l, err := loader.New(store, loader.Options{DataDir: dir, Progress: os.Stderr})
	if err != nil {
		log.Fatal(err)
	}
	sum, err := l.LoadPaths(ctx, "../testdata/articles")
	if err != nil {
		log.Fatal(err)
	}
	if err := sum.Format(os.Stdout); err != nil {
		log.Fatal(err)
	}
	if err := sum.Err(); err != nil {
		fmt.Println("some articles failed:", err)
	}
	// Output:
	// read 5 documents: 5 loaded, 0 duplicates, 0 failed
	// written: 42 nodes and 52 edges created, 0 nodes and 0 edges deleted
	// store: 42 nodes, 52 edges
}
