// Package eval scores extraction results against gold annotations with the
// matching rules of the evaluation contract (../shared/eval/README.md); its
// numbers and its table are those of ../shared/eval/score.py, which the
// tests run side by side where python3 is available.
package eval
