package data

import (
	"sync"
	"sync/atomic"
)

// Preview schedule: the first dataset of the events checked so far comes
// after firstPreview of them, then one each time the count has grown
// previewGrowth times, at most maxPreviews in all. Each costs a dataset
// build of its events on a spare goroutine, so later ones are rarer: for a
// million events, 2,048, 16,384 and 131,072, about a sixth of the final
// build's work.
const (
	firstPreview  = 2048
	previewGrowth = 8
	maxPreviews   = 3
)

// previewer hands a dataset of the events checked so far to hear while
// the rest of a large file is checked, so the explorer can show events
// long before the whole file is in. It only previews a file that has
// shown no error yet: a preview of a file that will be refused would show
// what cannot be opened.
type previewer struct {
	name  string
	hear  func(*Loaded)
	next  int // the event count that makes the next preview
	left  int // previews still to make
	built sync.WaitGroup
	// parsed is how far the parser has got, in bytes of size: past half
	// the file a preview would come shortly before the whole dataset and
	// hold it up, so none is made.
	parsed atomic.Int64
	size   int64
}

func newPreviewer(name string, size int, hear func(*Loaded)) *previewer {
	if hear == nil {
		return nil
	}
	return &previewer{name: name, hear: hear, next: firstPreview, left: maxPreviews, size: int64(size)}
}

// parsedTo is told, on the parser's goroutine, how far it has got.
func (pv *previewer) parsedTo(offset int) {
	if pv != nil {
		pv.parsed.Store(int64(offset))
	}
}

// checked is told, on the goroutine that checks events, that doc holds
// the events checked so far. A preview is built from a copy of that list:
// events are complete when they join it and never change after.
func (pv *previewer) checked(r *reader, doc *document) {
	if pv == nil || pv.left == 0 || len(doc.events) < pv.next || r.probs.Errors() > 0 {
		return
	}
	if 2*pv.parsed.Load() > pv.size {
		pv.left = 0
		return
	}
	pv.left--
	pv.next = len(doc.events) * previewGrowth
	part := *doc
	part.events = doc.events[:len(doc.events):len(doc.events)]
	part.phases = nil // phases come after the events
	pv.built.Wait()   // one at a time: the next is only news once the last is heard
	pv.built.Add(1)
	go func() {
		defer pv.built.Done()
		pv.hear(datasets(pv.name, &part))
	}()
}

// wait returns once the last preview has been heard: none comes after
// the load returns.
func (pv *previewer) wait() {
	if pv != nil {
		pv.built.Wait()
	}
}
