package model

import (
	"strings"
	"testing"
)

func TestSentencesAround(t *testing.T) {
	const text = "Intro line\n\nFirst one. Second has the span in it. Third? On Aug. 24, the U.S. side left. Last!"
	tests := []struct {
		name, span, before, after string
	}{
		{"whole sentence", "Second has the span in it.", "First one. ", " Third?"},
		{"mid sentence takes the rest of its own", "the span", "First one. Second has ", " in it. Third?"},
		{"abbreviations do not end sentences", "Third?", "Second has the span in it. ", " On Aug. 24, the U.S. side left."},
		{"first sentence of a paragraph looks back over the blank line", "First one.", "Intro line\n\n", " Second has the span in it."},
		{"start and end of text", "Intro line", "", "\n\nFirst one."},
		{"last sentence", "Last!", "On Aug. 24, the U.S. side left. ", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			start := strings.Index(text, tc.span)
			before, after := SentencesAround(text, start, start+len(tc.span))
			if before != tc.before || after != tc.after {
				t.Errorf("got before %q after %q\nwant before %q after %q", before, after, tc.before, tc.after)
			}
		})
	}
}

func TestSentencesAroundCapsLongContext(t *testing.T) {
	filler := strings.Repeat("word ", 100_000) // half a megabyte with no sentence break
	text := filler + "SPAN" + filler
	start := len(filler)
	before, after := SentencesAround(text, start, start+4)
	if !strings.HasPrefix(before, Ellipsis) || !strings.HasSuffix(after, Ellipsis) {
		t.Errorf("cut context not marked: before starts %q, after ends %q", before[:10], after[len(after)-10:])
	}
	if len(before) > MaxContextBytes+len(Ellipsis) || len(after) > MaxContextBytes+len(Ellipsis) {
		t.Errorf("context longer than the cap: %d and %d bytes", len(before), len(after))
	}
}

func TestSentencesAroundRejectsBadSpans(t *testing.T) {
	for _, span := range [][2]int{{-1, 2}, {3, 2}, {0, 99}} {
		if b, a := SentencesAround("short text.", span[0], span[1]); b != "" || a != "" {
			t.Errorf("span %v: got %q, %q; want nothing", span, b, a)
		}
	}
}
