package tui

import (
	"strings"
	"testing"
)

// n past the last passage and N before the first start over, as less and
// vim do at the end of a search, and the status line says so; an
// ordinary step says nothing.
func TestReaderSaysWhenPassagesStartOver(t *testing.T) {
	m := selectEvent(t, sized(t, 120, 40, Options{}), "kim-letter")
	m = press(t, m, "enter", "enter")
	if m.layout.focus() != paneReader {
		t.Fatalf("setting up: the reader is not open:\n%s", m.View())
	}
	n := len(m.reader.marks)
	if n < 2 || m.reader.cur != 0 {
		t.Fatalf("setting up: want the first of several passages, at %d of %d", m.reader.cur, n)
	}
	for i := 1; i < n; i++ {
		m = press(t, m, "n")
		mustNotContain(t, statusRow(m.View()), "continuing")
	}
	m = press(t, m, "n")
	mustContain(t, statusRow(m.View()), "Hit the last passage, continuing at the first")
	if m.reader.cur != 0 {
		t.Errorf("n after the last passage is on passage %d", m.reader.cur)
	}
	m = press(t, m, "j") // any key clears it
	mustNotContain(t, statusRow(m.View()), "continuing")
	m = press(t, m, "N")
	mustContain(t, statusRow(m.View()), "Hit the first passage, continuing at the last")
	if m.reader.cur != n-1 {
		t.Errorf("N before the first passage is on passage %d, want %d", m.reader.cur, n-1)
	}
	if strings.Contains(m.View(), "Hit the last") {
		t.Error("the other direction's words are still shown")
	}
}

// With one passage there is nowhere to step to: n says so.
func TestReaderSaysAnOnlyPassageIsTheOnlyOne(t *testing.T) {
	for _, e := range dataset(t).Events {
		if len(e.Excerpts) != 1 || len(e.Quotes) != 0 {
			continue
		}
		m := press(t, selectEvent(t, sized(t, 120, 40, Options{}), e.ID), "enter", "enter")
		if m.layout.focus() != paneReader || len(m.reader.marks) != 1 {
			t.Fatalf("setting up: the reader is not open on %s's one passage", e.ID)
		}
		m = press(t, m, "n")
		mustContain(t, statusRow(m.View()), "This is the event's only passage in the article")
		return
	}
	t.Skip("no event with a single passage in the built-in dataset")
}
