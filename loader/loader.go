package loader

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/bilateral/bilateral/graph"
	"github.com/bilateral/bilateral/loader/extract"
	"github.com/bilateral/bilateral/loader/resolve"
)

// Store is what the loader needs of a graph.Store; every graph.Store has it.
type Store interface {
	WriteArticle(ctx context.Context, g graph.ArticleGraph) (graph.WriteStats, error)
	Retract(ctx context.Context, articleID string) (graph.WriteStats, error)
	Article(ctx context.Context, id string) (graph.Article, error)
	Articles(ctx context.Context, ids []string) ([]graph.Article, error)
	Entity(ctx context.Context, id string) (graph.Entity, error)
	Stats(ctx context.Context) (graph.Stats, error)
}

var _ Store = graph.Store(nil)

// Extractor reads the entities and relations of one article;
// *extract.Extractor has it.
type Extractor interface {
	Extract(a graph.Article) extract.Result
}

// Options configure a Loader. The zero value works: no judgement file, no
// progress, the wall clock, one worker per CPU, the embedded gazetteer and
// extractor.
type Options struct {
	// DataDir holds the judgement file (resolve.JudgementsFile); "" keeps
	// judgements in memory only.
	DataDir string
	// Progress receives a line every ProgressEvery articles or every second
	// during long loads; nil is quiet.
	Progress io.Writer
	// Now is the clock that stamps Article.LoadedAt and paces progress;
	// nil is time.Now. LoadPaths calls it from one goroutine; Ingest and
	// the corrections from their callers'.
	Now func() time.Time
	// Workers is how many articles are extracted at once; <= 0 means
	// runtime.GOMAXPROCS. Writes happen one at a time in input order
	// whatever the number.
	Workers int
	// Extractor replaces the default extractor (tests).
	Extractor Extractor
	// Gazetteer replaces the default gazetteer of the resolver (tests).
	Gazetteer resolve.Gazetteer
}

// ProgressEvery is how many articles pass between progress lines at most.
const ProgressEvery = 100

// Loader reads articles, extracts, resolves and writes them to a store, and
// makes the corrections people ask for. It is safe for concurrent use;
// corrections (Merge, Unmerge, Distinguish, Rebuild) run one at a time.
type Loader struct {
	store      Store
	opts       Options
	extractor  Extractor
	resolver   *resolve.Resolver
	judgements *resolve.File
	read       readFunc

	correct sync.Mutex // serialises judgements and the rebuilds they cause
}

// New returns a loader writing to store. It reads the judgement file of
// opts.DataDir and fails if it is malformed (the error names the line).
// A nil store makes a loader for Extract only: whatever needs a store
// returns ErrNoStore.
func New(store Store, opts Options) (*Loader, error) {
	if store == nil {
		store = noStore{}
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Workers <= 0 {
		opts.Workers = defaultWorkers()
	}
	judge, err := resolve.OpenFile(opts.DataDir)
	if err != nil {
		return nil, fmt.Errorf("new loader: %w", err)
	}
	gaz := opts.Gazetteer
	if gaz == nil {
		gaz = defaultGazetteer()
	}
	ex := opts.Extractor
	if ex == nil {
		ex = defaultExtractor()
	}
	return &Loader{
		store:      store,
		opts:       opts,
		extractor:  ex,
		resolver:   resolve.New(gaz, judge.Judgements()),
		judgements: judge,
		read:       readPaths,
	}, nil
}

// Failure is one document that could not be loaded.
type Failure struct {
	Path string // file it came from
	Line int    // line in the file (JSON Lines, or where a fault was found); 0 if none
	Err  error
}

func (f Failure) String() string {
	loc := f.Path
	if f.Line > 0 {
		loc = fmt.Sprintf("%s:%d", f.Path, f.Line)
	}
	return fmt.Sprintf("%s: %v", loc, f.Err)
}

// Problem is a fact the resolver rejected (it broke the ontology) in a
// loaded article; the rest of the article was written.
type Problem struct {
	Path      string // file the article came from; "" for ingested ones
	ArticleID string
	graph.Problem
}

func (p Problem) String() string {
	where := p.ArticleID
	if p.Path != "" {
		where = p.Path
	}
	return fmt.Sprintf("%s: %s", where, p.Problem)
}

// Summary says what a load did.
type Summary struct {
	Read       int // documents read (including duplicates and failures)
	Loaded     int // articles written
	Duplicates int // content-identical to one already stored or read before
	Failed     int
	Failures   []Failure // in input order
	// Skipped are files of types the loader does not read, met while
	// walking (they are neither read nor failed).
	Skipped  []string
	Problems []Problem // rejected facts, in input order
	Written  graph.WriteStats
	// Entities and Relations are the store's totals after the load.
	Entities, Relations int
}

// Err is non-nil when a document failed to load: it lists the failures.
func (s Summary) Err() error {
	if s.Failed == 0 {
		return nil
	}
	errs := make([]error, len(s.Failures))
	for i, f := range s.Failures {
		errs[i] = errors.New(f.String())
	}
	return fmt.Errorf("%d of %d documents failed to load: %w", s.Failed, s.Read, errors.Join(errs...))
}

// Format prints the summary for people: counts, what was written, every
// failure with its reason and every rejected fact.
func (s Summary) Format(w io.Writer) error {
	ew := &errWriter{w: w}
	ew.printf("read %d %s: %d loaded, %d %s, %d failed\n", s.Read, plural(s.Read, "document", "documents"),
		s.Loaded, s.Duplicates, plural(s.Duplicates, "duplicate", "duplicates"), s.Failed)
	ew.printf("written: %d nodes and %d edges created, %d nodes and %d edges deleted\n",
		s.Written.EntitiesCreated, s.Written.RelationsCreated, s.Written.EntitiesDeleted, s.Written.RelationsDeleted)
	ew.printf("store: %d nodes, %d edges\n", s.Entities, s.Relations)
	if len(s.Problems) > 0 {
		ew.printf("rejected %d %s:\n", len(s.Problems), plural(len(s.Problems), "fact", "facts"))
		for _, p := range s.Problems {
			ew.printf("  %s\n", p)
		}
	}
	if len(s.Skipped) > 0 {
		ew.printf("skipped %d %s of other types: %s\n", len(s.Skipped), plural(len(s.Skipped), "file", "files"),
			strings.Join(s.Skipped, ", "))
	}
	if len(s.Failures) > 0 {
		ew.printf("failed:\n")
		for _, f := range s.Failures {
			ew.printf("  %s\n", f)
		}
	}
	return ew.err
}

type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// LoadPaths loads the files and directories at paths: read, skip articles
// whose content is already stored or was read before in this run, extract
// (Options.Workers at a time), resolve and write, in input order. A
// document that cannot be read or written is a Failure and the others go
// on; the returned error is only for what stops the whole load (the
// context, or the store failing to report its totals). Summary.Err says
// whether anything failed.
func (l *Loader) LoadPaths(ctx context.Context, paths ...string) (Summary, error) {
	var sum Summary
	prog := newProgress(l.opts.Progress, l.opts.Now)
	seen := map[string]bool{}

	// Reading and the duplicate checks run in input order in the producer;
	// extraction in the workers; writing and every count here, in order.
	produce := func(yield func(doc) bool) error {
		return l.read(ctx, paths, func(d doc) bool {
			if d.err == nil {
				d.duplicate, d.err = l.duplicate(ctx, seen, d.article.ID)
			}
			return yield(d)
		})
	}
	work := func(d doc) built {
		if d.err != nil || d.duplicate {
			return built{doc: d}
		}
		g, problems := l.build(d.article)
		return built{doc: d, graph: g, problems: problems}
	}
	consume := func(b built) error {
		if b.doc.skipped {
			sum.Skipped = append(sum.Skipped, b.doc.path)
			return nil
		}
		defer func() { prog.tick(sum) }()
		sum.Read++
		err := b.doc.err
		switch {
		case err != nil:
		case b.doc.duplicate:
			sum.Duplicates++
			return nil
		default:
			var st graph.WriteStats
			b.graph.Article.LoadedAt = l.opts.Now().UTC()
			if st, err = l.store.WriteArticle(ctx, b.graph); err == nil {
				sum.Loaded++
				sum.Written.Add(st)
				for _, p := range b.problems {
					sum.Problems = append(sum.Problems, Problem{Path: b.doc.path, ArticleID: b.graph.Article.ID, Problem: p})
				}
				return nil
			}
			if ctx.Err() != nil {
				return ctx.Err()
			}
			err = fmt.Errorf("write article %s: %w", b.graph.Article.ID, err)
		}
		sum.Failed++
		sum.Failures = append(sum.Failures, Failure{Path: b.doc.path, Line: b.doc.line, Err: err})
		return nil
	}
	if err := ordered(ctx, l.opts.Workers, produce, work, consume); err != nil {
		return sum, fmt.Errorf("load: %w", err)
	}
	st, err := l.store.Stats(ctx)
	if err != nil {
		return sum, fmt.Errorf("load: store totals: %w", err)
	}
	sum.Entities, sum.Relations = totals(st)
	return sum, nil
}

// duplicate reports whether an article with the id (so the same content)
// was read before in this run or is stored already.
func (l *Loader) duplicate(ctx context.Context, seen map[string]bool, id string) (bool, error) {
	if seen[id] {
		return true, nil
	}
	seen[id] = true
	_, err := l.store.Article(ctx, id)
	switch {
	case err == nil:
		return true, nil
	case errors.Is(err, graph.ErrNotFound):
		return false, nil
	}
	return false, fmt.Errorf("look up article %s: %w", id, err)
}

// built is one article ready to write.
type built struct {
	doc      doc
	graph    graph.ArticleGraph
	problems []graph.Problem
}

// build extracts and resolves one article.
func (l *Loader) build(a graph.Article) (graph.ArticleGraph, []graph.Problem) {
	res := l.extractor.Extract(a)
	return l.resolver.Resolve(a, res)
}

func totals(st graph.Stats) (entities, relations int) {
	for _, n := range st.Entities {
		entities += n
	}
	for _, n := range st.Relations {
		relations += n
	}
	return entities, relations
}

// Extract reads the documents at paths and calls fn with what the
// extractor finds in each, in input order, without touching the store: the
// `bilateral extract --json` view. Each Result's Source is the base name of
// the file the document came from. Documents that cannot be read are
// skipped; the returned error lists them (each naming file and line) after
// the others were passed to fn. An error from fn stops the run and is
// returned.
func (l *Loader) Extract(ctx context.Context, paths []string, fn func(extract.Result) error) error {
	var failures []error
	produce := func(yield func(doc) bool) error {
		return l.read(ctx, paths, func(d doc) bool {
			if d.skipped {
				return true
			}
			if d.err != nil {
				failures = append(failures, errors.New(Failure{Path: d.path, Line: d.line, Err: d.err}.String()))
				return true
			}
			return yield(d)
		})
	}
	work := func(d doc) extract.Result {
		res := l.extractor.Extract(d.article)
		res.Source = filepath.Base(d.path)
		return res
	}
	if err := ordered(ctx, l.opts.Workers, produce, work, fn); err != nil {
		return err
	}
	if len(failures) > 0 {
		return fmt.Errorf("%d %s failed: %w", len(failures), plural(len(failures), "document", "documents"), errors.Join(failures...))
	}
	return nil
}
