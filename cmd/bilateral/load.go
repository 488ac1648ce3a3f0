package main

import (
	"context"
	"fmt"
)

func runLoad(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "load", "PATH...")
	var sf storeFlags
	if err := sf.register(fs, e); err != nil {
		return err
	}
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return errUsage
	}
	store, err := sf.open(ctx, e)
	if err != nil {
		return err
	}
	defer closeStore(e, store)
	return load(ctx, e, &sf, store, fs.Args())
}

// load loads paths into store and prints the summary; it fails when any
// document failed, after loading all the others.
func load(ctx context.Context, e *env, sf *storeFlags, store graphStore, paths []string) error {
	l, err := sf.newLoader(store, e.stderr)
	if err != nil {
		return err
	}
	sum, err := l.LoadPaths(ctx, paths...)
	if ferr := sum.Format(e.stderr); ferr != nil {
		return ferr
	}
	if err != nil {
		return fmt.Errorf("load: %w", err)
	}
	if sum.Err() != nil {
		return errFailed // each failure is in the summary above
	}
	return nil
}
