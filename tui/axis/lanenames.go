package axis

import (
	"strings"

	"github.com/charmbracelet/lipgloss"

	"parley/tui/internal/cells"
)

// laneLabels are the lanes' names cut to w cells and told apart. Names
// that cut to the same words ("South Korean …" twice) are cut in the
// middle instead, keeping their last word, or up to half the room of it
// ("South K…envoys", "South K…rnment"), and longer ends where that is not
// enough. Actors with the same name are told apart by their ids.
func laneLabels(lanes []lane, w int) []string {
	out := make([]string, len(lanes))
	for i, l := range lanes {
		out[i] = cells.Cut(l.name, w)
	}
	for _, group := range clashes(out) {
		names := make([]string, len(group))
		for j, i := range group {
			names[j] = lanes[i].name
		}
		if len(clashes(names)) > 0 { // the whole names are the same
			for j, i := range group {
				names[j] += " (" + lanes[i].actorID + ")"
			}
		}
		for least := 0; least < w; least++ {
			cut := make([]string, len(names))
			for j, n := range names {
				cut[j] = cells.CutMiddle(n, w, max(least, min(lastWordWidth(n), (w-1)/2)))
			}
			for j, i := range group {
				out[i] = cut[j]
			}
			if len(clashes(cut)) == 0 {
				break
			}
		}
	}
	return out
}

// lastWordWidth is the cells of s's last word: "envoys" in "South Korean
// envoys".
func lastWordWidth(s string) int {
	return lipgloss.Width(s[strings.LastIndexByte(strings.TrimRight(s, " "), ' ')+1:])
}

// clashes groups the indexes of labels that are the same, groups of two
// or more only, in the order of their first label.
func clashes(labels []string) [][]int {
	at := map[string]int{}
	var groups [][]int
	for i, l := range labels {
		g, ok := at[l]
		if !ok {
			g = len(groups)
			at[l] = g
			groups = append(groups, nil)
		}
		groups[g] = append(groups[g], i)
	}
	var out [][]int
	for _, g := range groups {
		if len(g) > 1 {
			out = append(out, g)
		}
	}
	return out
}
