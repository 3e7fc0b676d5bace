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
