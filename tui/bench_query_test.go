package tui

import (
	"testing"

	"parley/model"
)

// BenchmarkGenSearchQuery is the work a search letter hands to a
// goroutine from backgroundFrom events (Query and the actor counts),
// for each prefix of "summit" as it is typed, and for needles with
// punctuation, which are read in the text; ns/op is per letter. With
// BenchmarkGenSearchLetter, the key's own cost, it splits a letter into
// what the key waits for and what it does not.
func BenchmarkGenSearchQuery(b *testing.B) {
	for _, needle := range []string{"s", "su", "sum", "summit", "summit.", "pe.", "it's"} {
		b.Run("needle="+needle, func(b *testing.B) {
			eachGenSize(b, func(b *testing.B, m Model) {
				f := model.Filter{Search: needle}
				for b.Loop() {
					_ = queryCmd(m.ctx.ds, f, 0)()
				}
			})
		})
	}
}
