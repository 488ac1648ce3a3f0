package httpapi

import (
	"log/slog"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/bilateral/bilateral/graph"
	"github.com/bilateral/bilateral/resolvers"
)

// The defaults of the limits; a zero field in Config takes them.
const (
	DefaultMaxDepth       = 12
	DefaultMaxComplexity  = 20000
	DefaultTimeout        = 10 * time.Second
	DefaultMaxBodyBytes   = 1 << 20 // 1 MiB
	DefaultQueryCacheSize = 1000
	DefaultAPQCacheSize   = 1000
)

// Config is what NewHandler serves and how.
type Config struct {
	// Store is the graph the API reads. Required.
	Store graph.Store
	// Ingester performs mutations; nil refuses them.
	Ingester resolvers.Ingester
	// Token is the bearer token mutations must present (from
	// BILATERAL_TOKEN). Empty refuses every mutation.
	Token string

	// Introspection allows schema introspection (turn off in production
	// if the schema should not be browsable).
	Introspection bool
	// Playground serves GraphiQL with example queries at /.
	Playground bool
	// AllowedOrigins lists the origins browsers may call /graphql from
	// (CORS); "*" allows any. Empty sends no CORS headers.
	AllowedOrigins []string

	// MaxDepth is the deepest field nesting an operation may have.
	MaxDepth int
	// MaxComplexity is the highest cost an operation may have (see
	// package resolvers for the cost model).
	MaxComplexity int
	// Timeout bounds each request's work.
	Timeout time.Duration
	// MaxBodyBytes bounds a request's body.
	MaxBodyBytes int64
	// QueryCacheSize is how many parsed queries to keep.
	QueryCacheSize int
	// APQCacheSize is how many automatic persisted queries to keep.
	APQCacheSize int
	// DataloaderWait is how long dataloaders collect keys (0: the default
	// of package dataload).
	DataloaderWait time.Duration

	// Logger receives internal errors and panics; nil means slog.Default().
	Logger *slog.Logger
	// Registry receives the metrics served at /metrics; nil means a new
	// registry with the Go and process collectors.
	Registry *prometheus.Registry
}

// withDefaults fills zero fields with the defaults.
func (c Config) withDefaults() Config {
	def := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&c.MaxDepth, DefaultMaxDepth)
	def(&c.MaxComplexity, DefaultMaxComplexity)
	def(&c.QueryCacheSize, DefaultQueryCacheSize)
	def(&c.APQCacheSize, DefaultAPQCacheSize)
	if c.Timeout <= 0 {
		c.Timeout = DefaultTimeout
	}
	if c.MaxBodyBytes <= 0 {
		c.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	return c
}
