package cli

import (
	"fmt"
	"strings"
	"time"

	"parley/model"
	"parley/termsafe"
)

// Notes come from the notes file, not the terminal-safe dataset: every
// piece of them is made terminal-safe as it is printed.

// notesSection prints the notes placed on an event, each with what it is
// on and when it was written, its text line by line.
func (p *printer) notesSection(placed []model.PlacedNote) {
	if len(placed) == 0 {
		return
	}
	p.section("notes")
	for i, n := range placed {
		on := "on the event"
		if n.Passage != nil {
			on = fmt.Sprintf("on %s, bytes %d–%d", n.Passage.SourceID, n.Start, n.End)
		}
		p.item(termsafe.Text(fmt.Sprintf("[%d] %s; %s", i+1, on, written(n.Note))))
		p.noteBody(n)
	}
}

// orphansSection lists notes that no longer attach to the dataset, with
// what they were on and why, so that none is lost from view.
func (p *printer) orphansSection(orphans []model.PlacedNote, marks []model.Mark) {
	if len(orphans) == 0 && len(marks) == 0 {
		return
	}
	p.section("orphaned notes (kept in the notes file; the dataset no longer has what they were on)")
	for i, n := range orphans {
		p.item(termsafe.Text(fmt.Sprintf("[%d] %s; %s; %s", i+1, n.EventID, n.Orphaned, written(n.Note))))
		p.noteBody(n)
	}
	for _, m := range marks {
		p.item(termsafe.Text(fmt.Sprintf("mark on %s: event %q is no longer in the dataset", m.EventID, m.EventID)))
	}
}

// noteBody prints the passage a note is on, then the note's lines.
func (p *printer) noteBody(n model.PlacedNote) {
	if n.Passage != nil {
		p.sub("passage", termsafe.Text(n.Passage.Text))
	}
	label := "note:"
	for _, line := range strings.Split(termsafe.Text(n.Text), "\n") {
		p.line(fmt.Sprintf("      %-*s%s", subWidth, label, strings.TrimRight(line, " ")))
		label = ""
	}
}

// written is "written 2026-12-01 12:00 UTC", with the edit time when later.
func written(n model.Note) string {
	s := "written " + minute(n.Created)
	if n.Updated.After(n.Created.Add(time.Minute)) {
		s += ", edited " + minute(n.Updated)
	}
	return s
}

func minute(t time.Time) string { return t.UTC().Format("2006-01-02 15:04 UTC") }
