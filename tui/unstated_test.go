package tui

import (
	"testing"

	"parley/model"
)

// An imported event with no stated status is marked ◌ "not stated" in the
// list and the detail, as on the axis, and the help's legend names the mark.
func TestNotStatedHasItsOwnMarkAndLegend(t *testing.T) {
	date, err := model.ParseDate("day", "2018-06-12", "", "")
	if err != nil {
		t.Fatal(err)
	}
	e := &model.Event{ID: "imported", Title: "Imported slide", Status: model.StatusUnstated, Date: date}
	m := resized(New(model.NewDataset(nil, nil, []*model.Event{e}), Options{}), 160, 40)
	// The list's status column is 11 cells (timeline.go), one short of the word.
	mustContain(t, selectedRow(m.View()), "◌ not stat…")
	mustContain(t, press(t, m, "enter").View(), "◌ not stated · Tue 12 Jun 2018")
	mustContain(t, press(t, resized(m, 160, 120), "?").View(), "○ planned  ◌ not stated")
	mustNotContain(t, press(t, sized(t, 160, 120, Options{}), "?").View(), "not stated")
}
