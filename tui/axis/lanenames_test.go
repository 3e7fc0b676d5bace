package axis

import (
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
)

// Property over label widths: lane names that share a long start (or all
// of it) stay told apart when cut, and none is wider than its room.
func TestCutLaneNamesStayDistinct(t *testing.T) {
	lanes := []lane{
		{actorID: "nk-gov", name: "North Korean government"},
		{actorID: "nk-media", name: "North Korean state media"},
		{actorID: "sk-gov", name: "South Korean government"},
		{actorID: "sk-envoys", name: "South Korean envoys"},
		{actorID: "sk-ministry", name: "South Korean government ministry"},
		{actorID: "kim-1", name: "Kim"},
		{actorID: "kim-2", name: "Kim"},
		{actorID: "", name: otherName},
	}
	for w := 4; w <= 30; w++ {
		got := laneLabels(lanes, w)
		seen := map[string]string{}
		for i, l := range got {
			if lipgloss.Width(l) > w {
				t.Errorf("at %d cells %q is %d wide", w, l, lipgloss.Width(l))
			}
			if other, ok := seen[l]; ok {
				t.Errorf("at %d cells %q and %q both read %q", w, other, lanes[i].name, l)
			}
			seen[l] = lanes[i].name
		}
	}
	if got := laneLabels(lanes, 14); got[3] != "South K…envoys" || got[0] != "North K…rnment" {
		t.Errorf("at 14 cells: %q", got)
	}
	if got := laneLabels(lanes, 30); got[0] != "North Korean government" {
		t.Errorf("a name that fits is cut: %q", got[0])
	}
}

// On screen: the built-in dataset's two South Korean lanes, cut to the
// label column at 50 columns, read differently.
func TestAxisLaneLabelsDiffer(t *testing.T) {
	m := newAxis(t, 50, 16)
	var labels []string
	for _, l := range lines(m.View()) {
		if i := strings.Index(l, "│"); i > 0 && strings.HasPrefix(strings.TrimLeft(l[:i], " ▶"), "Sout") {
			labels = append(labels, strings.TrimSpace(strings.TrimPrefix(l[:i], "▶")))
		}
	}
	if len(labels) != 2 || labels[0] == labels[1] {
		t.Fatalf("South Korean lanes read %q:\n%s", labels, m.View())
	}
}
