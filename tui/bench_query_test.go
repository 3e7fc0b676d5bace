package tui

import (
	"testing"

	"parley/model"
)

// BenchmarkGenSearchQuery is the work a search letter hands to a
// goroutine from backgroundFrom events (Query and the actor counts),
// for some prefixes of "summit" from the whole timeline, for needles
// with punctuation, which are read in the text, and for "summit" typed
// letter by letter and erased again, each query from the result before
// it, with the actor counts and (-uncounted) without them, as when the
// actor filter is not on screen; ns/op is per letter. With
// BenchmarkGenSearchLetter, the key's own cost, it splits a letter into
// what the key waits for and what it does not.
func BenchmarkGenSearchQuery(b *testing.B) {
	for _, needle := range []string{"s", "su", "sum", "summit", "summit.", "pe.", "it's"} {
		b.Run("needle="+needle, func(b *testing.B) {
			eachGenSize(b, func(b *testing.B, m Model) {
				f := model.Filter{Search: needle}
				for b.Loop() {
					_ = resultFor(m.ctx.ds, m.result, f, true)
				}
			})
		})
	}
	for _, counted := range []bool{true, false} {
		name := "needle=summit-typed"
		if !counted {
			name += "-uncounted" // the actor filter not on screen
		}
		b.Run(name, func(b *testing.B) {
			eachGenSize(b, func(b *testing.B, m Model) {
				const word = "summit"
				prev := m.result
				i := 0
				for b.Loop() {
					n := i % (2 * len(word)) // s, su, ... summit, summi, ... ""
					n = min(n+1, 2*len(word)-1-n)
					prev = resultFor(m.ctx.ds, prev, model.Filter{Search: word[:n]}, counted)
					i++
				}
			})
		})
	}
}

// BenchmarkGenSearchResult is what a search letter's result costs once it
// lands from its goroutine: taking it in (the list, the phase headings,
// the detail's highlights, the actor counts) and the frame that shows it,
// for each prefix of "summit" in turn; ns/op is per letter. The queries
// are run before the timer starts.
func BenchmarkGenSearchResult(b *testing.B) {
	const word = "summit"
	eachGenSize(b, func(b *testing.B, m Model) {
		m = press(b, m, "/")
		var results []queriedMsg
		for i := range word {
			m = press(b, m, word[i:i+1])
			results = append(results, queriedMsg{ds: m.ctx.ds, gen: m.query.gen, result: resultFor(m.ctx.ds, m.result, m.filter, true)})
		}
		i := 0
		for b.Loop() {
			m.query.gen = results[i%len(word)].gen
			m.queried(results[i%len(word)])
			_ = m.View()
			i++
		}
	})
}
