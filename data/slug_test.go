package data

import (
	"regexp"
	"strings"
	"testing"
)

var slugRegexp = regexp.MustCompile(slugPattern) // the schema's own pattern

func FuzzIsSlugIsThePattern(f *testing.F) {
	for _, s := range []string{"", "a", "a-b", "-a", "a-", "a--b", "A", "kim-jong-un", "x9-2", "é", "a_b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isSlug(s), slugRegexp.MatchString(s); got != want {
			t.Fatalf("isSlug(%q) = %v, the pattern says %v", s, got, want)
		}
	})
}

func TestSlugMakesAnIDOrTheFallback(t *testing.T) {
	cases := []struct{ in, fallback, want string }{
		{"Kim Jong Un's letter", "x", "kim-jong-un-s-letter"},
		{"--Moon, 2018!--", "x", "moon-2018"},
		{"문재인", "source", "source"},
		{"", "group", "group"},
		{strings.Repeat("ab ", 40), "x", strings.TrimRight(strings.Repeat("ab-", 20), "-")},
	}
	for _, c := range cases {
		if got := slug(c.in, c.fallback); got != c.want || !isSlug(got) {
			t.Errorf("slug(%q, %q) = %q, want %q (a valid id)", c.in, c.fallback, got, c.want)
		}
	}
}
