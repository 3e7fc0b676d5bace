package pattern

import (
	"flag"
	"fmt"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"parley/tui/internal/testkit"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current frames")

// TestGoldenFrames keeps frames of the view at three sizes, drawn with the
// ASCII profile (what NO_COLOR and TERM=dumb show). -update rewrites them.
func TestGoldenFrames(t *testing.T) {
	lipgloss.SetColorProfile(termenv.Ascii)
	states := []struct {
		name string
		keys []string
	}{
		{"first-step", nil},
		{"gap-later-side", []string{"j", "j", "j", "l"}}, // the tweet, without a May counterpart
		{"last-step", []string{"G"}},
	}
	for _, s := range states {
		for _, size := range [][2]int{{120, 40}, {80, 24}, {50, 16}} {
			name := fmt.Sprintf("pattern-%s-%dx%d", s.name, size[0], size[1])
			t.Run(name, func(t *testing.T) {
				m := New(testkit.Embedded(t), DefaultKeyMap(), DefaultStyles())
				m.SetSize(size[0], size[1])
				m, _ = press(m, s.keys...)
				testkit.Golden(t, name, m.View()+"\n", *update)
			})
		}
	}
}
