package loader

import (
	"fmt"
	"io"
	"time"
)

// progress prints a line to w every ProgressEvery documents or every
// second, whichever comes first.
type progress struct {
	w     io.Writer
	now   func() time.Time
	start time.Time
	last  time.Time
	lastN int
}

func newProgress(w io.Writer, now func() time.Time) *progress {
	t := now()
	return &progress{w: w, now: now, start: t, last: t}
}

// tick is called after each document with the running summary.
func (p *progress) tick(s Summary) {
	if p.w == nil {
		return
	}
	n := s.Read
	t := p.now()
	if n-p.lastN < ProgressEvery && t.Sub(p.last) < time.Second {
		return
	}
	p.last, p.lastN = t, n
	rate := ""
	if secs := t.Sub(p.start).Seconds(); secs > 0 {
		rate = fmt.Sprintf(" (%.0f/s)", float64(n)/secs)
	}
	// A progress line that cannot be written is not worth failing a load.
	fmt.Fprintf(p.w, "loading: %d done%s: %d loaded, %d duplicates, %d failed\n",
		n, rate, s.Loaded, s.Duplicates, s.Failed)
}
