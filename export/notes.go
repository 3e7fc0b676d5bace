package export

import (
	"strings"

	"parley/model"
)

// Notes are the reader's marks and notes to take along with the events;
// the zero value has none. The Markdown chronology carries them.
type Notes struct {
	Marked map[string]bool
	Places model.NotePlaces
}

// readerNotes writes the reader's notes on e under its passages: what each is
// on and when it was written, then its text, one paragraph a line.
func (b *mdWriter) readerNotes(e *model.Event, n Notes) {
	placed := n.Places.Of(e.ID)
	if len(placed) == 0 {
		return
	}
	b.line("**Your notes**")
	b.line("")
	for _, p := range placed {
		on := "On the event"
		if p.Passage != nil {
			on = "On the passage “" + p.Passage.Text + "”"
		}
		b.line("- " + mdInline(on+", written "+p.Created.UTC().Format("2006-01-02 15:04 UTC")) + ":")
		for _, l := range strings.Split(strings.ReplaceAll(p.Text, "\r\n", "\n"), "\n") {
			if l = strings.TrimSpace(l); l != "" {
				b.line("")
				b.line("  " + mdLineStart(mdInline(l)))
			}
		}
		b.line("")
	}
}
