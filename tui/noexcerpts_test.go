package tui

import (
	"strings"
	"testing"

	"parley/model"
)

// An event imported from a TimelineJS timeline rests on no passage: its
// detail says so rather than showing an empty evidence section.
func TestDetailSaysWhenAnEventHasNoSourceExcerpts(t *testing.T) {
	e := &model.Event{ID: "imported", Title: "Imported slide", Summary: "From a timeline.",
		Status: model.StatusUnstated, Date: model.Date{Precision: model.PrecisionNone}}
	m := resized(New(model.NewDataset(nil, nil, []*model.Event{e}), Options{EventID: "imported"}), 100, 30)
	if v := m.View(); !strings.Contains(v, "No source excerpts.") {
		t.Errorf("the detail does not say the event has no source excerpts:\n%s", v)
	}
}
