package main

import (
	"context"
	"fmt"

	"github.com/bilateral/bilateral/graph"
)

// graphStore is the store as the commands hold it.
type graphStore = graph.Store

// withLoader opens the store and a loader on it for one correction.
func withLoader(ctx context.Context, e *env, name, argsUsage string, nargs int, args []string,
	fn func(l corrector, args []string) error) error {
	fs := newFlagSet(e, name, argsUsage)
	var sf storeFlags
	if err := sf.register(fs, e); err != nil {
		return err
	}
	if err := parse(fs, args); err != nil {
		return err
	}
	if (nargs > 0 && fs.NArg() != nargs) || (nargs < 0 && fs.NArg() == 0) {
		fs.Usage()
		return errUsage
	}
	store, err := sf.open(ctx, e)
	if err != nil {
		return err
	}
	defer closeStore(e, store)
	l, err := sf.newLoader(store, nil)
	if err != nil {
		return err
	}
	return fn(l, fs.Args())
}

// corrector is what the correction commands call of the loader.
type corrector interface {
	Retract(ctx context.Context, articleID string) (graph.WriteStats, error)
	Merge(ctx context.Context, keep, merge string) error
	Unmerge(ctx context.Context, id string) error
	Distinguish(ctx context.Context, id, articleID string) (string, error)
}

func runRetract(ctx context.Context, e *env, args []string) error {
	return withLoader(ctx, e, "retract", "ARTICLE_ID...", -1, args, func(l corrector, ids []string) error {
		failed := false
		for _, id := range ids {
			st, err := l.Retract(ctx, id)
			if err != nil {
				fmt.Fprintf(e.stderr, "retract %s: %v\n", id, err)
				failed = true
				continue
			}
			fmt.Fprintf(e.stdout, "retracted %s: %d nodes and %d edges deleted\n", id, st.EntitiesDeleted, st.RelationsDeleted)
		}
		if failed {
			return errFailed
		}
		return nil
	})
}

func runMerge(ctx context.Context, e *env, args []string) error {
	return withLoader(ctx, e, "merge", "KEEP MERGE", 2, args, func(l corrector, a []string) error {
		if err := l.Merge(ctx, a[0], a[1]); err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "merged %s into %s\n", a[1], a[0])
		return nil
	})
}

func runUnmerge(ctx context.Context, e *env, args []string) error {
	return withLoader(ctx, e, "unmerge", "ID", 1, args, func(l corrector, a []string) error {
		if err := l.Unmerge(ctx, a[0]); err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "unmerged %s\n", a[0])
		return nil
	})
}

func runDistinguish(ctx context.Context, e *env, args []string) error {
	return withLoader(ctx, e, "distinguish", "ID ARTICLE_ID", 2, args, func(l corrector, a []string) error {
		id, err := l.Distinguish(ctx, a[0], a[1])
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "the claim of %s on %s is now entity %s\n", a[1], a[0], id)
		return nil
	})
}
