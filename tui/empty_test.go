package tui

import (
	"strings"
	"testing"

	"parley/model"
)

// An empty dataset (a user's file can be one) says so plainly rather than
// offering to clear a filter that is not there.
func TestEmptyDatasetSaysSo(t *testing.T) {
	m := resized(New(model.NewDataset(nil, nil, nil), Options{}), 80, 24)
	v := m.View()
	mustContain(t, v, "This dataset has no events.", "0 of 0 events")
	if strings.Contains(v, "Press x") {
		t.Errorf("an empty dataset offers to clear a filter:\n%s", v)
	}
	v = press(t, m, "a").View()
	mustContain(t, v, "This dataset has no actors.")
	if strings.Contains(v, "No actor matches") {
		t.Errorf("an empty actor list reads as a failed search:\n%s", v)
	}
}
