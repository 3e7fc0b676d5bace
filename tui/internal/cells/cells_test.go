package cells

import (
	"testing"

	"github.com/charmbracelet/lipgloss"
)

func TestFit(t *testing.T) {
	for _, c := range []struct {
		s    string
		w    int
		want string
	}{
		{"Kim Jong Un", 20, "Kim Jong Un         "},
		{"Kim Jong Un", 5, "Kim …"},
		{"김정은 위원장", 5, "김정…"},
		{"x", 0, ""},
	} {
		if got := Fit(c.s, c.w); got != c.want {
			t.Errorf("Fit(%q, %d) = %q, want %q", c.s, c.w, got, c.want)
		}
	}
}

// A view short of room says by how much, not a size the window may already
// have (a newcomer at 40×10 read "needs 40×7").
func TestNeedsRoom(t *testing.T) {
	for _, c := range []struct {
		w, h int
		want string
	}{
		{40, 6, "The pattern view needs 1 more row."},
		{37, 7, "The pattern view needs 3 more columns."},
		{39, 4, "The pattern view needs 1 more column and 3 more rows."},
	} {
		if got := NeedsRoom("The pattern view", c.w, c.h, 40, 7); got != c.want {
			t.Errorf("%d×%d: got %q, want %q", c.w, c.h, got, c.want)
		}
	}
}

func TestCutMiddleKeepsTheEnd(t *testing.T) {
	for _, c := range []struct {
		s       string
		w, tail int
		want    string
	}{
		{"South Korean envoys", 14, 6, "South K…envoys"},
		{"South Korean envoys", 30, 6, "South Korean envoys"},
		{"South Korean government", 8, 3, "Sout…ent"},
		{"김정은 위원장 동지", 7, 2, "김정…지"},
		{"abcdef", 3, 9, "…ef"}, // the tail takes at most w-1
	} {
		got := CutMiddle(c.s, c.w, c.tail)
		if got != c.want {
			t.Errorf("CutMiddle(%q, %d, %d) = %q, want %q", c.s, c.w, c.tail, got, c.want)
		}
		if lipgloss.Width(got) > c.w {
			t.Errorf("CutMiddle(%q, %d, %d) = %q is wider than %d", c.s, c.w, c.tail, got, c.w)
		}
	}
}
