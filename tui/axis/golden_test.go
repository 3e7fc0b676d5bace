package axis

import (
	"flag"
	"fmt"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"parley/model"
	"parley/tui/internal/testkit"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current frames")

// TestGoldenFrames keeps frames of the axis at three sizes in testdata/,
// drawn with the ASCII profile: what NO_COLOR and TERM=dumb show, glyphs
// only. Run with -update to rewrite them, then read them.
func TestGoldenFrames(t *testing.T) {
	lipgloss.SetColorProfile(termenv.Ascii)
	states := []struct {
		name string
		keys []string
	}{
		{"fitted", nil},                                  // the whole sequence, gaps cut
		{"full-scale", []string{"c"}},                    // the quiet summer at its length
		{"zoomed", []string{"G", "h", "h", "+", "+"}},    // mid-September, a range and a month span
		{"lane-down", []string{"l", "l", "l", "j", "j"}}, // a lane below, its nearest event
	}
	for _, s := range states {
		for _, size := range [][2]int{{120, 40}, {80, 24}, {50, 16}} {
			name := fmt.Sprintf("axis-%s-%dx%d", s.name, size[0], size[1])
			t.Run(name, func(t *testing.T) {
				m := New(embedded(t), DefaultKeyMap(), DefaultStyles())
				m.SetSize(size[0], size[1])
				m.SetEvents(m.ds.Query(model.Filter{}), nil)
				m, _ = press(m, s.keys...)
				testkit.Golden(t, name, m.View()+"\n", *update)
			})
		}
	}
}
