package model

import "time"

// OngoingUntil is how far an ongoing event is known to run: to the day
// its sources were published, the latest of them when it rests on
// several (its status holds as of the dataset's sources). A publication
// date is often a range (the text rarely prints its own date); the event
// was still going on its first day whichever day it was, so that day is
// the one given. ok is false when e is not ongoing or none of its
// sources has a publication date.
func (d *Dataset) OngoingUntil(e *Event) (until time.Time, ok bool) {
	if e.Status != StatusOngoing {
		return time.Time{}, false
	}
	see := func(x Excerpt) {
		s := d.Source(x.SourceID)
		if s == nil || !s.Published.Dated() {
			return
		}
		if first, _ := s.Published.Span(); first.After(until) {
			until = first
		}
	}
	for _, x := range e.Excerpts {
		see(x)
	}
	for _, q := range e.Quotes {
		see(q.Excerpt)
	}
	return until, !until.IsZero()
}
