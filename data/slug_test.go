package data

import (
	"regexp"
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
