package model

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"
)

// containsAt agrees with bytes.Contains whichever byte it looks for
// first: needles at the start and end of the text, overlapping, longer
// than the text, over a small alphabet so that false starts are many.
func TestContainsAtAgreesWithContains(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	word := func(n int) []byte {
		b := make([]byte, n)
		for i := range b {
			b[i] = "abm "[r.IntN(4)]
		}
		return b
	}
	found := 0
	for range 20000 {
		text, needle := word(r.IntN(40)), word(1+r.IntN(5))
		want := bytes.Contains(text, needle)
		for at := range needle {
			if got := containsAt(text, needle, at); got != want {
				t.Fatalf("containsAt(%q, %q, %d) = %v, want %v", text, needle, at, got, want)
			}
		}
		if want {
			found++
		}
	}
	if found < 1000 {
		t.Fatalf("only %d texts hold their needle: the test checks little", found)
	}
}

// containsFoldASCII agrees with a search in the lowered text, for needles
// of letters only and needles with a full stop or a digit to anchor on,
// in text of both cases.
func TestContainsFoldASCIIAgreesWithLowerContains(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	word := func(n int, alphabet string) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		return string(b)
	}
	found := 0
	for range 20000 {
		text := word(r.IntN(40), "aAbBm. 1")
		needle := []byte(word(1+r.IntN(5), "ab.1"))
		if r.IntN(2) == 0 {
			needle = []byte(word(1+r.IntN(5), "ab"))
		}
		want := strings.Contains(strings.ToLower(text), string(needle))
		if got := containsFoldASCII(text, needle, caseless(needle)); got != want {
			t.Fatalf("containsFoldASCII(%q, %q) = %v, want %v", text, needle, got, want)
		}
		if want {
			found++
		}
	}
	if found < 1000 {
		t.Fatalf("only %d texts hold their needle: the test checks little", found)
	}
}
