package read

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strings"
)

// The reasons a file or line gives no document, wrapped in an *Error.
var (
	// ErrSkipped marks a file that is not read because its extension is not
	// one of .txt, .md, .html, .htm and .jsonl; it is not a failure.
	ErrSkipped = errors.New("skipped: not a .txt, .md, .html, .htm or .jsonl file")
	// ErrEmpty marks a file or line without text.
	ErrEmpty = errors.New("no text")
	// ErrBinary marks a file that is not text.
	ErrBinary = errors.New("binary file")
	// ErrInvalidUTF8 marks text that is not valid UTF-8.
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
)

// Error is why a file, or a line of a .jsonl file, gave no document.
type Error struct {
	Path string
	Line int // 0 when the error is about the whole file
	Err  error
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// Skipped reports whether err says a file was skipped rather than failed.
func Skipped(err error) bool { return errors.Is(err, ErrSkipped) }

// All reads the articles in paths: files, and directories walked
// recursively in lexical order (entries whose names start with a dot are
// left out). Paths are read in the order given. It yields each document
// with a nil error, and each file or line that gives no document with an
// *Error, then goes on; when ctx is done it yields ctx's error and stops.
func All(ctx context.Context, paths []string) iter.Seq2[Document, error] {
	return func(yield func(Document, error) bool) {
		for _, root := range paths {
			if err := ctx.Err(); err != nil {
				yield(Document{}, err)
				return
			}
			if !walk(ctx, root, yield) {
				return
			}
		}
	}
}

// walk yields the documents under root; false means stop.
func walk(ctx context.Context, root string, yield func(Document, error) bool) bool {
	stopped := false
	err := filepath.WalkDir(root, func(path string, de fs.DirEntry, err error) error {
		if err != nil {
			if !yield(Document{}, &Error{Path: path, Err: unwrapPathError(err)}) {
				stopped = true
				return filepath.SkipAll
			}
			return nil // WalkDir skips what it could not read
		}
		if path != root && strings.HasPrefix(de.Name(), ".") {
			if de.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if de.IsDir() {
			return nil
		}
		if err := ctx.Err(); err != nil {
			yield(Document{}, err)
			stopped = true
			return filepath.SkipAll
		}
		for doc, err := range File(path) {
			if !yield(doc, err) {
				stopped = true
				return filepath.SkipAll
			}
		}
		return nil
	})
	if err != nil && !stopped { // not expected: the callback returns no other error
		return yield(Document{}, &Error{Path: root, Err: err})
	}
	return !stopped
}

// unwrapPathError drops the *fs.PathError's path, which *Error repeats.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}

// File reads the articles of one file (see All); the format follows its
// extension.
func File(path string) iter.Seq2[Document, error] {
	return func(yield func(Document, error) bool) {
		if !supported(path) {
			yield(Document{}, &Error{Path: path, Err: ErrSkipped})
			return
		}
		data, err := os.ReadFile(path)
		if err != nil {
			yield(Document{}, &Error{Path: path, Err: unwrapPathError(err)})
			return
		}
		for doc, err := range Parse(path, data) {
			if !yield(doc, err) {
				return
			}
		}
	}
}

// supported reports whether All reads files with path's extension.
func supported(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".md", ".html", ".htm", ".jsonl":
		return true
	}
	return false
}

// Parse reads data as the content of a file at path (which is only used
// for its extension and in Source and errors), yielding as All does.
func Parse(path string, data []byte) iter.Seq2[Document, error] {
	return func(yield func(Document, error) bool) {
		fail := func(line int, err error) bool {
			return yield(Document{}, &Error{Path: path, Line: line, Err: err})
		}
		ext := strings.ToLower(filepath.Ext(path))
		if ext == ".jsonl" {
			parseJSONL(path, data, yield)
			return
		}
		if !supported(path) {
			fail(0, ErrSkipped)
			return
		}
		text, line, err := decodeText(data)
		if err != nil {
			fail(line, err)
			return
		}
		base := Document{Source: filepath.Base(path), Path: path}
		var doc Document
		switch ext {
		case ".html", ".htm":
			doc, err = parseHTML(base, text)
		default:
			doc, line, err = parsePlain(base, text, ext == ".md")
		}
		if err != nil {
			fail(line, err)
			return
		}
		yield(doc, nil)
	}
}
