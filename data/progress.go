package data

import "io"

// Progress is how far loading a dataset file has got, for a progress
// display: Stage "reading" counts bytes read from disk, Stage "checking"
// bytes of the file parsed and the events among them, Stage "indexing"
// comes once, when all are checked. Total is the file's size in bytes.
type Progress struct {
	Stage  string
	Done   int64
	Total  int64
	Events int
}

const (
	StageReading  = "reading"
	StageChecking = "checking"
	StageIndexing = "indexing" // every event checked; the timeline is being built
)

// reportEvery is how many bytes read or events parsed pass between two
// reports: often enough for a display, rare enough to cost nothing.
const (
	reportEveryBytes  = 4 << 20
	reportEveryEvents = 1024
)

// countingReader reports the bytes read through it every reportEveryBytes.
type countingReader struct {
	r      io.Reader
	total  int64
	done   int64
	last   int64
	report func(Progress)
}

func (c *countingReader) Read(b []byte) (int, error) {
	n, err := c.r.Read(b)
	c.done += int64(n)
	if c.done-c.last >= reportEveryBytes {
		c.last = c.done
		c.report(Progress{Stage: StageReading, Done: c.done, Total: c.total})
	}
	return n, err
}
