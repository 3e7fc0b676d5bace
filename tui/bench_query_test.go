package tui

import (
	"testing"

	"parley/model"
)

// BenchmarkGenSearchQuery is the work a search letter hands to a
// goroutine from backgroundFrom events (Query and the actor counts),
// for each prefix of "summit" as it is typed; ns/op is per letter. With
// BenchmarkGenSearchLetter, the key's own cost, it splits a letter into
// what the key waits for and what it does not.
func BenchmarkGenSearchQuery(b *testing.B) {
	const word = "summit"
	for _, n := range []int{1, 2, 3, len(word)} {
		b.Run("prefix="+word[:n], func(b *testing.B) {
			eachGenSize(b, func(b *testing.B, m Model) {
				f := model.Filter{Search: word[:n]}
				for b.Loop() {
					_ = queryCmd(m.ctx.ds, f, 0)()
				}
			})
		})
	}
}
