package axis

import (
	"testing"

	"parley/internal/testkit"
	"parley/model"
)

// TestGoldenFrames keeps frames of the axis in testdata/, as NO_COLOR and
// TERM=dumb draw them: glyphs only. Run with -update to rewrite them, then
// read them.
func TestGoldenFrames(t *testing.T) {
	testkit.GoldenFrames(t, "axis", []testkit.State{
		{Name: "fitted"}, // the whole sequence, gaps cut
		{Name: "full-scale", Keys: []string{"c"}},                    // the quiet summer at its length
		{Name: "zoomed", Keys: []string{"G", "h", "h", "+", "+"}},    // mid-September, a range and a month span
		{Name: "lane-down", Keys: []string{"l", "l", "l", "j", "j"}}, // a lane below, its nearest event
	}, func(t *testing.T, w, h int, keys []string) string {
		m := New(embedded(t), DefaultKeyMap(), DefaultStyles())
		m.SetSize(w, h)
		m.SetEvents(m.ds.Query(model.Filter{}), nil)
		m, _ = press(m, keys...)
		return m.View()
	})
}
