package embedded

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/bilateral/bilateral/graph"
)

// FileName is the name of the database file inside the data directory.
const FileName = "graph.db"

// formatVersion is stored in the meta bucket; Open refuses other versions.
const formatVersion = "1"

var (
	bucketArticles = []byte("articles")
	bucketMeta     = []byte("meta")
	keyVersion     = []byte("version")
)

// errClosed is returned by every method after Close.
var errClosed = fmt.Errorf("embedded store is closed: %w", graph.ErrUnavailable)

// Store is the embedded graph.Store. Create it with Open.
type Store struct {
	mu     sync.RWMutex
	db     *bolt.DB
	x      *index
	closed bool
}

var _ graph.Store = (*Store)(nil)

// Open opens the store in dir, creating the directory and the database if
// they do not exist, and loads what is stored. Only one process may hold a
// store open: if another does, Open fails with graph.ErrUnavailable after a
// second.
func Open(dir string) (*Store, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("open embedded store: %w", err)
	}
	path := filepath.Join(dir, FileName)
	db, err := bolt.Open(path, 0o644, &bolt.Options{Timeout: time.Second})
	if err != nil {
		if errors.Is(err, bolt.ErrTimeout) {
			err = fmt.Errorf("%w (another process holds it open): %w", graph.ErrUnavailable, err)
		}
		return nil, fmt.Errorf("open embedded store %s: %w", path, err)
	}
	s := &Store{db: db, x: newIndex()}
	if err := s.load(); err != nil {
		db.Close()
		return nil, fmt.Errorf("open embedded store %s: %w", path, err)
	}
	return s, nil
}

// load creates the buckets if needed, checks the format and replays every
// stored article into the index, folding once at the end.
func (s *Store) load() error {
	if err := s.db.Update(func(tx *bolt.Tx) error {
		meta, err := tx.CreateBucketIfNotExists(bucketMeta)
		if err != nil {
			return err
		}
		if _, err := tx.CreateBucketIfNotExists(bucketArticles); err != nil {
			return err
		}
		switch v := meta.Get(keyVersion); {
		case v == nil:
			return meta.Put(keyVersion, []byte(formatVersion))
		case string(v) != formatVersion:
			return fmt.Errorf("data format %q, want %q", v, formatVersion)
		}
		return nil
	}); err != nil {
		return err
	}
	t := newTouched()
	err := s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketArticles).ForEach(func(k, v []byte) error {
			g, err := decode(v)
			if err != nil {
				return fmt.Errorf("article %s: %w", k, err)
			}
			s.x.replace(string(k), &g, t)
			return nil
		})
	})
	if err != nil {
		return err
	}
	s.x.refold(t)
	return nil
}

// Close releases the database file. Later calls return graph.ErrUnavailable;
// closing twice is not an error.
func (s *Store) Close(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil
	}
	s.closed = true
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("close embedded store: %w", err)
	}
	return nil
}

// WriteArticle implements graph.Store. The claims are committed in one
// bbolt transaction before the in-memory view changes; a cancelled ctx
// before the commit leaves everything as it was.
func (s *Store) WriteArticle(ctx context.Context, g graph.ArticleGraph) (graph.WriteStats, error) {
	id := g.Article.ID
	if err := ctx.Err(); err != nil {
		return graph.WriteStats{}, fmt.Errorf("write article %s: %w", id, err)
	}
	if err := graph.Validate(g); err != nil {
		return graph.WriteStats{}, fmt.Errorf("write article %s: %w", id, err)
	}
	g.Article.LoadedAt = g.Article.LoadedAt.UTC()
	data, err := json.Marshal(g)
	if err != nil {
		return graph.WriteStats{}, fmt.Errorf("write article %s: %w", id, err)
	}
	// Keep in memory exactly what a reopened store reads back.
	stored, err := decode(data)
	if err != nil {
		return graph.WriteStats{}, fmt.Errorf("write article %s: %w", id, err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return graph.WriteStats{}, fmt.Errorf("write article %s: %w", id, errClosed)
	}
	err = s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketArticles)
		if bytes.Equal(b.Get([]byte(id)), data) {
			return errUnchanged
		}
		if err := b.Put([]byte(id), data); err != nil {
			return err
		}
		return ctx.Err() // the last moment to give up: nothing is committed yet
	})
	switch {
	case errors.Is(err, errUnchanged):
		return graph.WriteStats{}, nil
	case err != nil:
		return graph.WriteStats{}, fmt.Errorf("write article %s: %w", id, err)
	}
	t := newTouched()
	s.x.replace(id, &stored, t)
	return s.x.refold(t), nil
}

// errUnchanged rolls back a write that would store the same bytes again.
var errUnchanged = errors.New("unchanged")

// Retract implements graph.Store.
func (s *Store) Retract(ctx context.Context, articleID string) (graph.WriteStats, error) {
	if err := ctx.Err(); err != nil {
		return graph.WriteStats{}, fmt.Errorf("retract article %s: %w", articleID, err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return graph.WriteStats{}, fmt.Errorf("retract article %s: %w", articleID, errClosed)
	}
	if _, ok := s.x.graphs[articleID]; !ok {
		return graph.WriteStats{}, fmt.Errorf("retract article %s: %w", articleID, graph.ErrNotFound)
	}
	err := s.db.Update(func(tx *bolt.Tx) error {
		if err := tx.Bucket(bucketArticles).Delete([]byte(articleID)); err != nil {
			return err
		}
		return ctx.Err()
	})
	if err != nil {
		return graph.WriteStats{}, fmt.Errorf("retract article %s: %w", articleID, err)
	}
	t := newTouched()
	s.x.replace(articleID, nil, t)
	return s.x.refold(t), nil
}

func decode(data []byte) (graph.ArticleGraph, error) {
	var g graph.ArticleGraph
	if err := json.Unmarshal(data, &g); err != nil {
		return graph.ArticleGraph{}, fmt.Errorf("decode article graph: %w", err)
	}
	return g, nil
}

// read runs fn under the read lock, after checking ctx and that the store
// is open.
func (s *Store) read(ctx context.Context, fn func(x *index) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return errClosed
	}
	return fn(s.x)
}
