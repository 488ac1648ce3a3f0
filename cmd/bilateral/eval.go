package main

import (
	"context"
	"fmt"

	"github.com/bilateral/bilateral/loader"
	"github.com/bilateral/bilateral/loader/eval"
	"github.com/bilateral/bilateral/loader/extract"
)

func runEval(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "eval", "--gold DIR (PATH... | --predictions FILE)")
	gold := fs.String("gold", "", "directory of gold annotation files (required)")
	preds := fs.String("predictions", "", "score this JSON Lines file of extractions instead of extracting PATHs")
	verbose := fs.Bool("verbose", false, "list every false positive and miss per article")
	asJSON := fs.Bool("json", false, "print the scores as JSON, as score.py --json does")
	if err := parse(e, fs, args); err != nil {
		return err
	}
	if *gold == "" || (fs.NArg() == 0) == (*preds == "") {
		fmt.Fprintln(e.stderr, "eval needs --gold and either article paths or --predictions")
		fs.Usage()
		return errUsage
	}
	golds, err := eval.LoadGold(*gold)
	if err != nil {
		return err
	}
	var predictions []eval.Prediction
	if *preds != "" {
		if predictions, err = eval.ReadPredictionsFile(*preds); err != nil {
			return err
		}
	} else {
		l, err := loader.New(nil, loader.Options{})
		if err != nil {
			return err
		}
		var results []extract.Result
		if err := l.Extract(ctx, fs.Args(), func(r extract.Result) error {
			results = append(results, r)
			return nil
		}); err != nil {
			return err
		}
		predictions = eval.FromResults(results)
	}
	report := eval.Score(golds, predictions)
	if *asJSON {
		_, err = e.stdout.Write(append(report.JSON(), '\n'))
		return err
	}
	return report.Format(e.stdout, *verbose)
}
