package data

import (
	"strings"

	"parley/model"
)

// excerptPlaces remembers where an excerpt's text stands in its source
// and how often: datasets quote the same sentence in many events (a
// rich generated one, 295k excerpts of 25k sentences), and finding
// it again means reading the source up to it and, to warn of a repeat,
// on to its end.
type excerptPlaces struct {
	known map[excerptKey]excerptPlace
}

type excerptKey struct{ source, text string }

// excerptPlace is where a text first stands in a source (-1: nowhere),
// and how often it stands there, up to 10.
type excerptPlace struct{ at, times int }

// maxExcerptPlaces bounds what is remembered: a dataset whose excerpts
// never repeat would otherwise hold one entry for each.
const maxExcerptPlaces = 1 << 15

// find sets x's span to the first place its text stands in its source's
// text and says how often it stands there (0: nowhere, 10: ten times or
// more), as locate and countOccurrences would.
func (p *excerptPlaces) find(x *model.Excerpt, text string) (times int) {
	k := excerptKey{x.SourceID, x.Text}
	pl, ok := p.known[k]
	if !ok {
		pl = excerptPlace{at: strings.Index(text, x.Text), times: 0}
		switch {
		case pl.at < 0:
		case !strings.Contains(text[pl.at+1:], x.Text):
			pl.times = 1
		default:
			pl.times = countOccurrences(text, x.Text, 10)
		}
		if p.known == nil {
			p.known = map[excerptKey]excerptPlace{}
		}
		if len(p.known) < maxExcerptPlaces {
			// The key's text is the source's, not the excerpt's: that may
			// stand in a window of the file, which it would keep.
			if pl.at >= 0 {
				k.text = text[pl.at : pl.at+len(x.Text)]
			} else {
				k.text = strings.Clone(k.text)
			}
			p.known[k] = pl
		}
	}
	if pl.at < 0 {
		x.Start, x.End = -1, -1
	} else {
		x.Start, x.End = pl.at, pl.at+len(x.Text)
	}
	return pl.times
}
