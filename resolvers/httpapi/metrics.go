package httpapi

import (
	"context"
	"net/http"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/bilateral/bilateral/graph"
)

// metrics are the Prometheus series the API exports:
//
//	bilateral_graphql_requests_total{operation,type,outcome}
//	bilateral_graphql_request_duration_seconds{operation,type}
//	bilateral_store_call_duration_seconds{method,outcome}
type metrics struct {
	reg       *prometheus.Registry
	requests  *prometheus.CounterVec
	latency   *prometheus.HistogramVec
	storeTime *prometheus.HistogramVec
}

func newMetrics(reg *prometheus.Registry) *metrics {
	if reg == nil {
		reg = prometheus.NewRegistry()
		reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	}
	m := &metrics{
		reg: reg,
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "bilateral_graphql_requests_total",
			Help: "GraphQL operations served, by operation name, type and outcome (ok or error).",
		}, []string{"operation", "type", "outcome"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "bilateral_graphql_request_duration_seconds",
			Help:    "Time to answer a GraphQL operation, by operation name and type.",
			Buckets: prometheus.DefBuckets,
		}, []string{"operation", "type"}),
		storeTime: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "bilateral_store_call_duration_seconds",
			Help:    "Time of graph store calls, by method and outcome.",
			Buckets: prometheus.DefBuckets,
		}, []string{"method", "outcome"}),
	}
	reg.MustRegister(m.requests, m.latency, m.storeTime)
	return m
}

func (m *metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg})
}

var _ interface {
	graphql.HandlerExtension
	graphql.ResponseInterceptor
} = (*metrics)(nil)

func (*metrics) ExtensionName() string { return "Metrics" }

func (*metrics) Validate(graphql.ExecutableSchema) error { return nil }

// InterceptResponse counts and times each operation, including those
// refused before they ran.
func (m *metrics) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	resp := next(ctx)
	name, typ, start := "", "", time.Time{}
	if graphql.HasOperationContext(ctx) {
		op := graphql.GetOperationContext(ctx)
		name, start = op.OperationName, op.Stats.OperationStart
		if op.Operation != nil {
			typ = string(op.Operation.Operation)
			if name == "" {
				name = op.Operation.Name
			}
		}
	}
	name = label(name)
	if typ == "" {
		typ = "unknown"
	}
	outcome := "ok"
	if resp == nil || len(resp.Errors) > 0 {
		outcome = "error"
	}
	m.requests.WithLabelValues(name, typ, outcome).Inc()
	if !start.IsZero() {
		m.latency.WithLabelValues(name, typ).Observe(time.Since(start).Seconds())
	}
	return resp
}

// label bounds the cardinality of client-chosen operation names.
func label(name string) string {
	if name == "" {
		return "anonymous"
	}
	if len(name) > 64 {
		return "other"
	}
	for _, r := range name {
		if !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return "other"
		}
	}
	return name
}

// instrument wraps s so that every call is timed.
func (m *metrics) instrument(s graph.Store) graph.Store {
	return &timedStore{s: s, h: m.storeTime}
}

// timedStore is a graph.Store that times its calls.
type timedStore struct {
	s graph.Store
	h *prometheus.HistogramVec
}

var _ graph.Store = (*timedStore)(nil)

func (t *timedStore) observe(method string, start time.Time, err error) {
	outcome := "ok"
	if err != nil {
		outcome = "error"
	}
	t.h.WithLabelValues(method, outcome).Observe(time.Since(start).Seconds())
}

// timed calls f and observes how long it took.
func timed[T any](t *timedStore, method string, f func() (T, error)) (T, error) {
	start := time.Now()
	v, err := f()
	t.observe(method, start, err)
	return v, err
}

// WriteArticle implements graph.Store.
func (t *timedStore) WriteArticle(ctx context.Context, g graph.ArticleGraph) (graph.WriteStats, error) {
	return timed(t, "WriteArticle", func() (graph.WriteStats, error) { return t.s.WriteArticle(ctx, g) })
}

// Retract implements graph.Store.
func (t *timedStore) Retract(ctx context.Context, articleID string) (graph.WriteStats, error) {
	return timed(t, "Retract", func() (graph.WriteStats, error) { return t.s.Retract(ctx, articleID) })
}

// Article implements graph.Store.
func (t *timedStore) Article(ctx context.Context, id string) (graph.Article, error) {
	return timed(t, "Article", func() (graph.Article, error) { return t.s.Article(ctx, id) })
}

// Articles implements graph.Store.
func (t *timedStore) Articles(ctx context.Context, ids []string) ([]graph.Article, error) {
	return timed(t, "Articles", func() ([]graph.Article, error) { return t.s.Articles(ctx, ids) })
}

// Entity implements graph.Store.
func (t *timedStore) Entity(ctx context.Context, id string) (graph.Entity, error) {
	return timed(t, "Entity", func() (graph.Entity, error) { return t.s.Entity(ctx, id) })
}

// Entities implements graph.Store.
func (t *timedStore) Entities(ctx context.Context, q graph.EntityQuery) (graph.EntityPage, error) {
	return timed(t, "Entities", func() (graph.EntityPage, error) { return t.s.Entities(ctx, q) })
}

// Search implements graph.Store.
func (t *timedStore) Search(ctx context.Context, q graph.SearchQuery) ([]graph.Entity, error) {
	return timed(t, "Search", func() ([]graph.Entity, error) { return t.s.Search(ctx, q) })
}

// Relations implements graph.Store.
func (t *timedStore) Relations(ctx context.Context, q graph.RelationQuery) ([]graph.Relation, error) {
	return timed(t, "Relations", func() ([]graph.Relation, error) { return t.s.Relations(ctx, q) })
}

// Meetings implements graph.Store.
func (t *timedStore) Meetings(ctx context.Context, q graph.MeetingQuery) (graph.MeetingPage, error) {
	return timed(t, "Meetings", func() (graph.MeetingPage, error) { return t.s.Meetings(ctx, q) })
}

// Path implements graph.Store.
func (t *timedStore) Path(ctx context.Context, q graph.PathQuery) (graph.Path, error) {
	return timed(t, "Path", func() (graph.Path, error) { return t.s.Path(ctx, q) })
}

// Activity implements graph.Store.
func (t *timedStore) Activity(ctx context.Context, q graph.ActivityQuery) (graph.Activity, error) {
	return timed(t, "Activity", func() (graph.Activity, error) { return t.s.Activity(ctx, q) })
}

// Stats implements graph.Store.
func (t *timedStore) Stats(ctx context.Context) (graph.Stats, error) {
	return timed(t, "Stats", func() (graph.Stats, error) { return t.s.Stats(ctx) })
}

// Dump implements graph.Store.
func (t *timedStore) Dump(ctx context.Context) (graph.Dump, error) {
	return timed(t, "Dump", func() (graph.Dump, error) { return t.s.Dump(ctx) })
}

// Close implements graph.Store.
func (t *timedStore) Close(ctx context.Context) error {
	_, err := timed(t, "Close", func() (struct{}, error) { return struct{}{}, t.s.Close(ctx) })
	return err
}
