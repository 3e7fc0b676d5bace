package data

import (
	"strings"
	"unsafe"

	"parley/model"
)

// From a file read window by window, every string an event keeps must be
// copied out of the window, or the window (megabytes) would live as long
// as the dataset. Ids are not copied but shared: an actor's or source's
// id is the one its definition has, an event's or link's the one the
// numbering of event ids holds (see eventIDs). An excerpt's text is
// shared with its source, where it was found, whichever way it was read.

// keep copies what e keeps out of the window it was parsed from.
func (r *reader) keep(e *model.Event) {
	s := &r.strings
	e.Title, e.Summary, e.Location = s.copy(e.Title), s.copy(e.Summary), s.copy(e.Location)
	e.Date.Words, e.Date.Note, e.Date.Part = s.copy(e.Date.Words), s.copy(e.Date.Note), knownPart(e.Date.Part)
	for i := range e.Participants {
		e.Participants[i].Part = s.copy(e.Participants[i].Part)
	}
	for i := range e.Quotes {
		q := &e.Quotes[i]
		q.Text, q.Occasion = r.quoteText(q), s.copy(q.Occasion)
	}
	for i := range e.Links {
		e.Links[i].Note = s.copy(e.Links[i].Note)
	}
}

// quoteText is a quote's text, shared with its excerpt when it stands
// there, as a direct quote does.
func (r *reader) quoteText(q *model.Quote) string {
	if at := strings.Index(q.Excerpt.Text, q.Text); at >= 0 && q.Excerpt.Start >= 0 {
		return q.Excerpt.Text[at : at+len(q.Text)]
	}
	return r.strings.copy(q.Text)
}

// knownPart is the model's own Part equal to p; p is one of them in a
// dataset that loads, so only a refused one is copied.
func knownPart(p model.Part) model.Part {
	for _, k := range model.Parts {
		if k == p {
			return k
		}
	}
	return model.Part(strings.Clone(string(p)))
}

// stringSlab copies strings into large blocks, carved as the loader's
// other slabs are (slab.go).
type stringSlab struct{ bytes slab[byte] }

// stringBlock is the bytes a full block holds: the strings live as long as
// the dataset, so a block's unused tail is the only waste.
const stringBlock = 64 << 10

// copy returns a copy of s that shares no memory with it.
func (sl *stringSlab) copy(s string) string {
	if s == "" {
		return ""
	}
	if len(s) > stringBlock/8 {
		return strings.Clone(s) // a long one would waste the block's tail
	}
	sl.bytes.block = stringBlock // growing to full blocks of this many bytes
	b := append(sl.bytes.take(len(s)), s...)
	// b is written once, here, and never again: a string may stand on it.
	return unsafe.String(&b[0], len(b))
}
