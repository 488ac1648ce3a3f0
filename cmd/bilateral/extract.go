package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"

	"github.com/bilateral/bilateral/loader"
	"github.com/bilateral/bilateral/loader/extract"
)

func runExtract(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "extract", "--json PATH...")
	asJSON := fs.Bool("json", false, "print one JSON object per article per line (the contract of the eval README)")
	if err := parse(e, fs, args); err != nil {
		return err
	}
	if !*asJSON || fs.NArg() == 0 {
		fmt.Fprintln(e.stderr, "extract prints JSON Lines only: pass --json and at least one path")
		fs.Usage()
		return errUsage
	}
	l, err := loader.New(nil, loader.Options{})
	if err != nil {
		return err
	}
	w := bufio.NewWriter(e.stdout)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	err = l.Extract(ctx, fs.Args(), func(r extract.Result) error { return enc.Encode(r) })
	if ferr := w.Flush(); ferr != nil && err == nil {
		err = ferr
	}
	return err
}
