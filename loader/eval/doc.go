// Package eval scores extraction results against gold annotations with the
// matching rules of the evaluation contract (../shared/eval/README.md). It
// is a faithful port of ../shared/eval/score.py: the same counts, the same
// table (Report.Format) and the same --json output (Report.JSON), byte for
// byte; the tests run both side by side where python3 is available.
//
// The rules, in short: names are compared after Norm (NFKC, full case
// folding, diacritics removed, non-alphanumeric runs made one space); an
// entity matches a gold entity of the same kind by a common name, an
// Official also by the same words in another order, an Event also by its
// date (XXXX-MM-DD in the gold matches any year); alignment is one-to-one,
// required gold entities first, then optional ones, in gold order; a
// relation matches a gold relation of its type whose endpoints the
// relation's endpoints were aligned to; repeats, other acceptable
// alternatives of a matched gold relation and relations touching an optional
// gold entity are ignored; optional gold items neither reward nor punish.
//
// Typical use, as `bilateral eval --gold DIR PATH...` does:
//
//	gold, err := eval.LoadGold(dir)
//	...
//	report := eval.ScoreResults(gold, results) // or Score(gold, preds) with ReadPredictionsFile
//	report.Format(os.Stdout, verbose)
//
// Deliberate differences from score.py, on input score.py would mishandle:
// LoadGold refuses two gold files for one article and gold relations naming
// unknown entities, and a prediction line that is not an extract.Result
// object is an error naming its line; an entity id given as JSON null counts
// as no id.
//
// Norm, not graph.FoldName, is used for names: the two agree on every code
// point except the Cherokee letters, which Python folds to upper case and
// golang.org/x/text/cases.Fold to lower case (see TestFoldNameAgrees).
package eval
