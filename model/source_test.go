package model

import (
	"strings"
	"testing"
)

func TestParagraphCountsBlocksSetOffByBlankLines(t *testing.T) {
	s := &Source{Text: "\n \nCaption.\n\nFirst para\nstill first.\n\n\n  \nSecond.\n\nThird."}
	for _, tc := range []struct {
		at   string
		want int
	}{{" ", 1}, {"Caption", 1}, {"First", 2}, {"still", 2}, {"Second", 3}, {"Third", 4}} {
		if got := s.Paragraph(strings.Index(s.Text, tc.at)); got != tc.want {
			t.Errorf("Paragraph at %q = %d, want %d", tc.at, got, tc.want)
		}
	}
	for _, off := range []int{-1, len(s.Text)} {
		if got := s.Paragraph(off); got != 0 {
			t.Errorf("Paragraph(%d) = %d, want 0 outside the text", off, got)
		}
	}
}
