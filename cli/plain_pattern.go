package cli

import (
	"errors"
	"fmt"
	"io"

	"parley/internal/words"
	"parley/model"
)

// errNoPattern is --pattern on a dataset with nothing to compare.
var errNoPattern = errors.New("--pattern needs two phases joined by parallels links, and this dataset has none")

// WritePattern prints the dataset's two phases side by side, step by step
// (see model.Dataset.Pattern): each step the earlier phase's event, the
// later phase's event, the link's note and the article's words for each;
// a step with one side only is an event without a counterpart.
func WritePattern(w io.Writer, ds *model.Dataset) error {
	earlier, later, ok := ds.PatternPhases()
	if !ok {
		return errNoPattern
	}
	pat := ds.Pattern(earlier, later)
	p := &printer{w: w}
	p.line(fmt.Sprintf("%s, then %s: %s aligned, %s without a counterpart",
		oneLine(earlier.Title), oneLine(later.Title),
		words.Count(pat.Aligned(), "step", "steps"), words.Count(len(pat.Steps)-pat.Aligned(), "event", "events")))
	for _, ph := range []*model.Phase{earlier, later} {
		p.line("")
		p.field("phase", fmt.Sprintf("%s (%s), %s", ph.Title, ph.Display(), ph.ID))
		p.field("summary", ph.Summary)
		for i, x := range ph.Excerpts {
			if i == 0 {
				p.field("words", x.Text)
			} else {
				p.more(x.Text)
			}
		}
	}
	n := 0
	for _, s := range pat.Steps {
		p.line("")
		switch {
		case s.Earlier == nil:
			p.line("only in " + oneLine(later.Title))
		case s.Later == nil:
			p.line("only in " + oneLine(earlier.Title))
		default:
			n++
			p.line(fmt.Sprintf("step %d", n))
		}
		p.side("earlier", s.Earlier)
		p.side("later", s.Later)
		if s.Note != "" {
			p.field("link", s.Note)
		}
	}
	return p.err
}

// side prints one side of a step: the event's date, title and id, then
// the first of the source's words it rests on, verbatim.
func (p *printer) side(label string, e *model.Event) {
	if e == nil {
		return
	}
	p.field(label, fmt.Sprintf("%s · %s (%s)", e.Date.Display(), e.Title, e.ID))
	if xs := e.AllExcerpts(); len(xs) > 0 {
		p.field("words", xs[0].Text)
	}
}
