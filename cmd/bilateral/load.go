package main

import (
	"context"
	"fmt"

	"github.com/bilateral/bilateral/loader"
)

func runLoad(ctx context.Context, e *env, args []string) error {
	return withLoader(ctx, e, "load", "PATH...", -1, args, func(l *loader.Loader, paths []string) error {
		return load(ctx, e, l, paths)
	})
}

// load loads paths and prints the summary. It returns errFailed when a
// document failed (after loading all the others; each failure is named in
// the summary), and an error when the store did.
func load(ctx context.Context, e *env, l *loader.Loader, paths []string) error {
	sum, err := l.LoadPaths(ctx, paths...)
	if ferr := sum.Format(e.stderr); ferr != nil {
		return ferr
	}
	if err != nil {
		return fmt.Errorf("load: %w", err)
	}
	if sum.Err() != nil {
		return errFailed
	}
	return nil
}
