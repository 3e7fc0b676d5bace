package model

import "sync/atomic"

// newSearchIndex indexes the events' searchable text; sources are those
// their excerpts are taken from. It adds to done as it goes, so that
// another goroutine can tell how far it is: two steps per event, one for
// placing its excerpts, one for recording its pairs and words.
func newSearchIndex(events []*Event, sources []*Source, done *atomic.Int64) *searchIndex {
	x := &searchIndex{events: events, slot: make([]int32, 1<<16), done: done}
	x.placeExcerpts(events, sources)
	n := len(events)
	last := make([]int32, 1<<16) // per pair, the last event holding it, plus one
	var own []byte
	for pos := range events {
		own = x.ownText(own[:0], pos)
		x.eachPiece(pos, own, func(t []byte) {
			if len(t) == 1 && (len(x.short) == 0 || x.short[len(x.short)-1] != int32(pos)) {
				x.short = append(x.short, int32(pos))
			}
			for j := 0; j+1 < len(t); j++ {
				if key := int(t[j])<<8 | int(t[j+1]); last[key] != int32(pos+1) {
					last[key] = int32(pos + 1)
					x.addPair(key, pos, n)
				}
			}
			eachWord(t, func(w []byte) { x.words.add(w, pos, n) })
		})
		x.visited(pos, 1)
	}
	for i := range x.sets {
		x.sets[i].fit()
	}
	x.words.built()
	return x
}

// addPair records that the event at pos holds the pair key.
func (x *searchIndex) addPair(key, pos, n int) {
	if x.slot[key] == 0 {
		x.sets = append(x.sets, eventSet{})
		x.slot[key] = int32(len(x.sets))
	}
	x.sets[x.slot[key]-1].add(pos, n)
}

// placeExcerpts finds every excerpt of every event in its folded source:
// each event's excerpts, then its quotes' excerpts (eachExcerpt).
// An excerpt that cannot be placed (its source unknown, its place not
// holding its text) gets a zero span here and is folded into the
// event's own text instead.
func (x *searchIndex) placeExcerpts(events []*Event, sources []*Source) {
	number := make(map[string]int32, len(sources))
	folded := make([]*foldedSource, len(sources))
	for i, s := range sources {
		if _, dup := number[s.ID]; !dup {
			number[s.ID] = int32(i)
		}
	}
	x.quoted.start = make([]int32, len(events)+1)
	for i, e := range events {
		eachExcerpt(e, func(ex Excerpt) {
			span := quotedSpan{source: -1}
			if k, ok := number[ex.SourceID]; ok {
				if folded[k] == nil {
					folded[k] = foldSource(sources[k].Text)
				}
				if start, end, ok := folded[k].span(ex); ok {
					span = quotedSpan{k, int32(start), int32(end)}
					x.spanBytes += end - start
				}
			}
			x.quoted.items = append(x.quoted.items, span)
		})
		x.quoted.start[i+1] = int32(len(x.quoted.items))
		x.visited(i, 1)
	}
	x.sources = folded
	for _, f := range folded {
		if f != nil {
			x.sourceBytes += len(f.text)
		}
	}
}

// progressStep is how many events a build visits between two reports: an
// atomic add per event would be a shared write in the hottest loop.
const progressStep = 1024

// visited adds weight steps for each event of a run when the one at pos
// ends it, or ends the pass.
func (x *searchIndex) visited(pos, weight int) {
	if x.done == nil {
		return
	}
	switch n := pos + 1; {
	case n%progressStep == 0:
		x.done.Add(int64(progressStep * weight))
	case n == len(x.events):
		x.done.Add(int64(n % progressStep * weight))
	}
}
