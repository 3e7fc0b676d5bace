package cli

import (
	"fmt"
	"io"
	"path/filepath"
	"time"

	"parley/data"
	"parley/internal/words"
	"parley/termsafe"
)

// loadMeter shows how far loading a big dataset has got, on one line of
// stderr that it rewrites and clears when done. It stays silent for a
// load that ends within delay, so small files print nothing, and it is
// only made for a terminal: piped stderr gets nothing extra.
type loadMeter struct {
	w            io.Writer
	name         string
	start, last  time.Time
	delay, every time.Duration
	now          func() time.Time
	shown        bool
}

const (
	meterDelay = 100 * time.Millisecond // a load this short needs no display
	meterEvery = 100 * time.Millisecond // ten updates a second
)

// newLoadMeter returns a meter for the dataset at path, or nil (which
// reports nothing) when stderr is not a terminal that can rewrite a line
// or a screen reader is in use.
func newLoadMeter(env Env, path string) *loadMeter {
	if !env.StderrIsTerminal || accessible(env.Getenv) || env.Getenv != nil && env.Getenv("TERM") == "dumb" {
		return nil
	}
	now := time.Now
	return &loadMeter{w: env.Stderr, name: shortName(path), start: now(), delay: meterDelay, every: meterEvery, now: now}
}

// shortName is the file's base name, cut to keep the line within 80
// columns: a line that wraps could not be rewritten in place.
func shortName(path string) string {
	name := []rune(termsafe.Text(filepath.Base(path)))
	if len(name) > 24 {
		name = append(name[:23], '…')
	}
	return string(name)
}

// report is the data.Progress callback; nil when there is no meter.
func (m *loadMeter) report() func(data.Progress) {
	if m == nil {
		return nil
	}
	return m.show
}

func (m *loadMeter) show(p data.Progress) {
	now := m.now()
	if now.Sub(m.start) < m.delay || m.shown && now.Sub(m.last) < m.every {
		return
	}
	m.last, m.shown = now, true
	line := fmt.Sprintf("parley: %s %s %3d%%  %s of %s MiB", p.Stage, m.name, percent(p.Done, p.Total), mib(p.Done), mib(p.Total))
	if p.Stage == data.StageIndexing {
		line = fmt.Sprintf("parley: %s %s  %s events", p.Stage, m.name, words.Thousands(p.Events))
	} else if p.Stage == data.StageChecking {
		line += ", " + words.Thousands(p.Events) + " events"
	}
	fmt.Fprint(m.w, "\r\x1b[K"+line)
}

// done clears the line, if anything was shown, before the output or an
// error message takes its place.
func (m *loadMeter) done() {
	if m != nil && m.shown {
		fmt.Fprint(m.w, "\r\x1b[K")
	}
}

func percent(done, total int64) int64 {
	if total <= 0 {
		return 0
	}
	return min(100, done*100/total)
}

func mib(n int64) string { return fmt.Sprintf("%d", (n+(1<<19))>>20) }
