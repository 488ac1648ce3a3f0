package resolve

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/bilateral/bilateral/graph"
)

// JudgementsFile is the name of the judgement file in the data directory.
const JudgementsFile = "judgements.jsonl"

// Op is what a judgement decides.
type Op string

// The judgement operations.
const (
	// OpMerge: every claim that the rules give id Merge gets id Keep, and
	// the entity Keep lists Merge in its MergedIDs.
	OpMerge Op = "merge"
	// OpDistinct: the claims of Article that the rules give id ID get
	// DistinctID(ID, Article) instead.
	OpDistinct Op = "distinct"
	// OpUnmerge takes back earlier judgements about ID (see Judgements.Add).
	OpUnmerge Op = "unmerge"
)

// Judgement is one decision a person made about identity: one line of the
// judgement file.
type Judgement struct {
	Op      Op     `json:"op"`
	Keep    string `json:"keep,omitempty"`    // merge
	Merge   string `json:"merge,omitempty"`   // merge
	ID      string `json:"id,omitempty"`      // distinct, unmerge
	Article string `json:"article,omitempty"` // distinct
	At      string `json:"at,omitempty"`      // when it was made (RFC 3339), for people
	Note    string `json:"note,omitempty"`    // why, for people
}

func (j Judgement) String() string {
	switch j.Op {
	case OpMerge:
		return fmt.Sprintf("merge %s into %s", j.Merge, j.Keep)
	case OpDistinct:
		return fmt.Sprintf("distinct %s in %s", j.ID, j.Article)
	case OpUnmerge:
		return fmt.Sprintf("unmerge %s", j.ID)
	}
	return fmt.Sprintf("judgement %q", j.Op)
}

// Judgements is the state that a sequence of judgements leaves: which ids
// are merged into which, and which claims are kept distinct. The zero value
// has no judgements. A Judgements is not safe for concurrent modification;
// Resolver and File hand out copies.
type Judgements struct {
	merges   map[string]string // merged-away id → id it went into
	distinct map[distinctKey]string
}

type distinctKey struct{ id, article string }

// Clone returns an independent copy.
func (js *Judgements) Clone() *Judgements {
	if js == nil {
		return &Judgements{}
	}
	return &Judgements{merges: maps.Clone(js.merges), distinct: maps.Clone(js.distinct)}
}

// Add applies one judgement:
//
//   - merge: Merge goes into Keep. Both must be ids of the same kind, and
//     Keep must not (through earlier merges) go into Merge. A later merge of
//     the same id replaces the earlier one.
//   - distinct: the claims of Article with id ID get DistinctID(ID, Article).
//   - unmerge: if ID was merged away, that merge is undone; otherwise, if
//     other ids were merged into ID, all those merges are undone; otherwise,
//     if ID is a distinct id, that distinct judgement is undone.
//
// It returns an error wrapping graph.ErrInvalid for a malformed or
// contradictory judgement and graph.ErrNotFound for an unmerge that matches
// nothing; the state is unchanged then.
func (js *Judgements) Add(j Judgement) error {
	if js.merges == nil {
		js.merges = map[string]string{}
		js.distinct = map[distinctKey]string{}
	}
	switch j.Op {
	case OpMerge:
		if j.Keep == "" || j.Merge == "" || j.Keep == j.Merge {
			return fmt.Errorf("%v: keep and merge must be two ids: %w", j, graph.ErrInvalid)
		}
		if k, m := kindOf(j.Keep), kindOf(j.Merge); k != m {
			return fmt.Errorf("%v: cannot merge a %s into a %s: %w", j, kindName(m), kindName(k), graph.ErrInvalid)
		}
		if final, via := js.Resolve(j.Keep, ""); final == j.Merge || slices.Contains(via, j.Merge) {
			return fmt.Errorf("%v: %s is already merged into %s: %w", j, j.Keep, j.Merge, graph.ErrInvalid)
		}
		js.merges[j.Merge] = j.Keep
	case OpDistinct:
		if j.ID == "" || j.Article == "" {
			return fmt.Errorf("%v: id and article are required: %w", j, graph.ErrInvalid)
		}
		js.distinct[distinctKey{j.ID, j.Article}] = DistinctID(j.ID, j.Article)
	case OpUnmerge:
		if j.ID == "" {
			return fmt.Errorf("%v: id is required: %w", j, graph.ErrInvalid)
		}
		if _, ok := js.merges[j.ID]; ok {
			delete(js.merges, j.ID)
			return nil
		}
		n := len(js.merges)
		maps.DeleteFunc(js.merges, func(_, keep string) bool { return keep == j.ID })
		if len(js.merges) < n {
			return nil
		}
		n = len(js.distinct)
		maps.DeleteFunc(js.distinct, func(_ distinctKey, id string) bool { return id == j.ID })
		if len(js.distinct) < n {
			return nil
		}
		return fmt.Errorf("%v: no judgement about it: %w", j, graph.ErrNotFound)
	default:
		return fmt.Errorf("%v: op must be merge, distinct or unmerge: %w", j, graph.ErrInvalid)
	}
	return nil
}

func kindName(k graph.Kind) string {
	if k == "" {
		return "foreign id"
	}
	return string(k)
}

// Resolve returns the id that a claim of the article with rule-made id gets
// after the judgements, and the ids it was merged away from on the way (its
// MergedIDs). Distinct judgements apply before merges, so a distinct id can
// itself be merged into another.
func (js *Judgements) Resolve(id, articleID string) (final string, mergedFrom []string) {
	if js == nil {
		return id, nil
	}
	var merged []string
	seen := map[string]bool{id: true}
	for {
		if d, ok := js.distinct[distinctKey{id, articleID}]; ok && !seen[d] {
			id = d
			seen[d] = true
			continue
		}
		if k, ok := js.merges[id]; ok && !seen[k] {
			merged = append(merged, id)
			id = k
			seen[k] = true
			continue
		}
		return id, merged
	}
}

// Len is the number of merges and distinct judgements in force.
func (js *Judgements) Len() int {
	if js == nil {
		return 0
	}
	return len(js.merges) + len(js.distinct)
}

// ParseJudgements reads judgements in the file format: JSON Lines, one
// Judgement a line, applied in order; blank lines and lines starting with #
// or // are comments. An unmerge that matches nothing is ignored there (a
// person may have deleted the line it took back). Errors name the line.
func ParseJudgements(r io.Reader) (*Judgements, error) {
	js := &Judgements{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for line := 1; sc.Scan(); line++ {
		text := bytes.TrimSpace(sc.Bytes())
		if len(text) == 0 || text[0] == '#' || bytes.HasPrefix(text, []byte("//")) {
			continue
		}
		var j Judgement
		dec := json.NewDecoder(bytes.NewReader(text))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&j); err != nil {
			return nil, fmt.Errorf("line %d: %w: %w", line, err, graph.ErrInvalid)
		}
		if err := js.Add(j); err != nil && !(j.Op == OpUnmerge && errors.Is(err, graph.ErrNotFound)) {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read judgements: %w", err)
	}
	return js, nil
}

// File is the judgement file of a data directory: an append-only log that
// people may also edit by hand (see the package doc). It is safe for
// concurrent use.
type File struct {
	path string
	mu   sync.Mutex
	js   *Judgements
}

// OpenFile reads the judgement file dir/judgements.jsonl; a missing file
// (or an empty dir, meaning no data directory) has no judgements. Errors
// name the file and line.
func OpenFile(dir string) (*File, error) {
	f := &File{js: &Judgements{}}
	if dir == "" {
		return f, nil
	}
	f.path = filepath.Join(dir, JudgementsFile)
	r, err := os.Open(f.path)
	if errors.Is(err, os.ErrNotExist) {
		return f, nil
	}
	if err != nil {
		return nil, fmt.Errorf("open judgements: %w", err)
	}
	defer r.Close()
	js, err := ParseJudgements(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", f.path, err)
	}
	f.js = js
	return f, nil
}

// Path is the file's path; "" when judgements are kept in memory only.
func (f *File) Path() string { return f.path }

// Judgements returns a copy of the judgements in force.
func (f *File) Judgements() *Judgements {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.js.Clone()
}

// Record applies j and appends it to the file (synced before Record
// returns). If j is refused (see Judgements.Add) or cannot be written,
// nothing changes.
func (f *File) Record(j Judgement) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	next := f.js.Clone()
	if err := next.Add(j); err != nil {
		return err
	}
	if f.path != "" {
		if err := appendLine(f.path, j); err != nil {
			return fmt.Errorf("record %v: %w", j, err)
		}
	}
	f.js = next
	return nil
}

func appendLine(path string, j Judgement) error {
	b, err := json.Marshal(j)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	w, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	// Start on a new line even if a person left the last one unterminated.
	if st, err := w.Stat(); err == nil && st.Size() > 0 && !endsWithNewline(path, st.Size()) {
		b = append([]byte("\n"), b...)
	}
	if _, err := w.Write(append(b, '\n')); err != nil {
		w.Close()
		return err
	}
	if err := w.Sync(); err != nil {
		w.Close()
		return err
	}
	return w.Close()
}

func endsWithNewline(path string, size int64) bool {
	r, err := os.Open(path)
	if err != nil {
		return true
	}
	defer r.Close()
	b := make([]byte, 1)
	if _, err := r.ReadAt(b, size-1); err != nil {
		return true
	}
	return strings.HasSuffix(string(b), "\n")
}
