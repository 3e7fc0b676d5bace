package model

import (
	"bytes"
	"math/rand/v2"
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
