package pattern

import (
	"testing"

	"parley/internal/testkit"
)

// TestGoldenFrames keeps frames of the view in testdata/, as NO_COLOR and
// TERM=dumb draw them. Run with -update to rewrite them, then read them.
func TestGoldenFrames(t *testing.T) {
	testkit.GoldenFrames(t, "pattern", []testkit.State{
		{Name: "first-step"},
		{Name: "gap-later-side", Keys: []string{"j", "j", "j", "l"}}, // the tweet, without a May counterpart
		{Name: "last-step", Keys: []string{"G"}},
	}, func(t *testing.T, w, h int, keys []string) string {
		m := New(testkit.Embedded(t), DefaultKeyMap(), DefaultStyles())
		m.SetSize(w, h)
		m, _ = press(m, keys...)
		return m.View()
	})
}
