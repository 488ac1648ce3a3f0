package loader

import (
	"context"
	"runtime"
	"sync"
)

func defaultWorkers() int { return runtime.GOMAXPROCS(0) }

// ordered runs work on the items produce yields, workers at a time, and
// hands the outputs to consume in the order the items were produced.
// produce runs in its own goroutine, consume in the caller's; ordered
// returns after both have finished. It returns produce's error, else
// consume's first error (which stops the run), else the context's.
func ordered[In, Out any](ctx context.Context, workers int,
	produce func(yield func(In) bool) error, work func(In) Out, consume func(Out) error) error {
	workers = max(workers, 1)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type job struct {
		seq int
		in  In
	}
	type result struct {
		seq int
		out Out
	}
	jobs := make(chan job, workers)
	results := make(chan result, workers)

	var produceErr error
	produced := make(chan struct{})
	go func() {
		defer close(produced)
		defer close(jobs)
		seq := 0
		produceErr = produce(func(in In) bool {
			select {
			case jobs <- job{seq, in}:
				seq++
				return true
			case <-ctx.Done():
				return false
			}
		})
	}()

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				r := result{j.seq, work(j.in)}
				select {
				case results <- r:
				case <-ctx.Done():
					// Keep draining jobs so the producer is never stuck.
				}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	var consumeErr error
	pending := map[int]Out{}
	next := 0
	for r := range results {
		if consumeErr != nil {
			continue
		}
		pending[r.seq] = r.out
		for {
			out, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if err := consume(out); err != nil {
				consumeErr = err
				cancel()
				break
			}
		}
	}
	<-produced
	switch {
	case produceErr != nil:
		return produceErr
	case consumeErr != nil:
		return consumeErr
	}
	return context.Cause(ctx)
}
