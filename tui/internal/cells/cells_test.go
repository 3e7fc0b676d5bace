package cells

import "testing"

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
