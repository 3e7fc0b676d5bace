package tui

import (
	"reflect"
	"strings"
	"testing"

	"github.com/rivo/uniseg"
)

func TestWrap(t *testing.T) {
	cases := []struct {
		in    string
		width int
		want  []string
	}{
		{"", 10, []string{""}},
		{"one two three", 7, []string{"one two", "three"}},
		{"one  two", 4, []string{"one", "two"}},
		{"a\n\nb", 5, []string{"a", "", "b"}},
		{"abcdefghij", 4, []string{"abcd", "efgh", "ij"}},
		{"  indented text", 10, []string{"  indented", "text"}},
		{"日本語のテキスト", 5, []string{"日本", "語の", "テキ", "スト"}},
		{"x", 0, []string{"x"}},
	}
	for _, c := range cases {
		if got := wrap(c.in, c.width); !reflect.DeepEqual(got, c.want) {
			t.Errorf("wrap(%q, %d) = %q, want %q", c.in, c.width, got, c.want)
		}
	}
}

func TestWrapSpansCoverTheText(t *testing.T) {
	s := "The summit – for which no place or date has yet been set – comes at a critical time.\n\nNext 🇰🇷 paragraph."
	for w := 1; w < 40; w++ {
		var rebuilt []string
		for _, sp := range wrapSpans(s, w) {
			line := s[sp.start:sp.end]
			if width(line) > w && uniseg.GraphemeClusterCount(line) > 1 {
				t.Fatalf("width %d: line %q is %d wide", w, line, width(line))
			}
			rebuilt = append(rebuilt, line)
		}
		if got, want := strings.Join(strings.Fields(strings.Join(rebuilt, " ")), ""), strings.Join(strings.Fields(s), ""); got != want {
			t.Fatalf("width %d lost text:\n%q\n%q", w, got, want)
		}
	}
}

func TestTruncateAndPad(t *testing.T) {
	if got := truncate("abcdef", 4); got != "abc…" {
		t.Errorf("truncate = %q", got)
	}
	if got := truncate("abcdef", 0); got != "" {
		t.Errorf("truncate 0 = %q", got)
	}
	if got := truncate("abcdef", -3); got != "" {
		t.Errorf("truncate -3 = %q", got)
	}
	if got := pad("ab", 4); got != "ab  " {
		t.Errorf("pad = %q", got)
	}
	if got := pad("日本語", 5); width(got) != 5 {
		t.Errorf("pad wide = %q (%d)", got, width(got))
	}
	if got := repeat("x", -2); got != "" {
		t.Errorf("repeat negative = %q", got)
	}
	if got := flatten("a\nb  c"); got != "a b c" {
		t.Errorf("flatten = %q", got)
	}
}

func TestClampFrame(t *testing.T) {
	got := clampFrame("abcdef\nxyz\n123", 3, 2)
	if got != "abc\nxyz" {
		t.Errorf("clampFrame = %q", got)
	}
	if clampFrame("abc", 0, 5) != "" || clampFrame("abc", 5, 0) != "" {
		t.Error("clampFrame of an empty window should be empty")
	}
}

func TestScroller(t *testing.T) {
	s := scroller{}
	s.setHeight(5)
	s.setTotal(20)
	s.show(10, 1)
	if from, to := s.window(); from != 6 || to != 11 {
		t.Errorf("window %d..%d", from, to)
	}
	s.scroll(move{1, toEnd})
	if s.off != 15 || !s.atBottom() {
		t.Errorf("bottom off %d", s.off)
	}
	s.setTotal(3)
	if s.off != 0 {
		t.Errorf("off %d after shrinking", s.off)
	}
	s.setHeight(-4)
	if from, to := s.window(); from != 0 || to != 0 {
		t.Errorf("negative height window %d..%d", from, to)
	}
}

func TestEditLineKeepsTheCursorInView(t *testing.T) {
	cases := []struct {
		text string
		pos  int
		w    int
		want string
	}{
		{"summit", 6, 10, "summit|"},
		{"summit", 0, 10, "|summit"},
		{"summit", 4, 7, "summ|it"},
		{"kim jong un letter", 18, 10, "…n letter|"},
		{"kim jong un letter", 4, 10, "kim |jong…"},
		{"kim jong un letter", 12, 10, "…ong un |…"},
		{"김정은 위원장", 7, 8, "…위원장|"},
		{"abc", 3, 1, "|"},
		{"abc", 1, 2, "|"},
		{"abc", 0, 3, "|a…"},
		{"abc", 3, 0, ""},
	}
	for _, c := range cases {
		got := editLine(c.text, c.pos, c.w, "|")
		if got != c.want {
			t.Errorf("editLine(%q, %d, %d) = %q, want %q", c.text, c.pos, c.w, got, c.want)
		}
	}
	for w := 1; w < 25; w++ {
		for pos := 0; pos <= 7; pos++ {
			if got := editLine("김정은 위원장", pos, w, "|"); width(got) > w || !strings.Contains(got, "|") {
				t.Fatalf("w=%d pos=%d: %q is %d wide or lacks the cursor", w, pos, got, width(got))
			}
		}
	}
}
