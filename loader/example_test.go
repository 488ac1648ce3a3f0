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
}
