package main

import (
	"context"
	"fmt"

	"github.com/bilateral/bilateral/loader"
)

func runRetract(ctx context.Context, e *env, args []string) error {
	return withLoader(ctx, e, "retract", "ARTICLE_ID...", -1, args, func(l *loader.Loader, ids []string) error {
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
	return withLoader(ctx, e, "merge", "KEEP MERGE", 2, args, func(l *loader.Loader, a []string) error {
		if err := l.Merge(ctx, a[0], a[1]); err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "merged %s into %s\n", a[1], a[0])
		return nil
	})
}

func runUnmerge(ctx context.Context, e *env, args []string) error {
	return withLoader(ctx, e, "unmerge", "ID", 1, args, func(l *loader.Loader, a []string) error {
		if err := l.Unmerge(ctx, a[0]); err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "unmerged %s\n", a[0])
		return nil
	})
}

func runDistinguish(ctx context.Context, e *env, args []string) error {
	return withLoader(ctx, e, "distinguish", "ID ARTICLE_ID", 2, args, func(l *loader.Loader, a []string) error {
		id, err := l.Distinguish(ctx, a[0], a[1])
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "the claim of %s on %s is now entity %s\n", a[1], a[0], id)
		return nil
	})
}
