package axis

import (
	"strings"
	"testing"

	"parley/model"
)

// importedHistory is what a TimelineJS import gives: past events with no
// stated status.
func importedHistory(t *testing.T) *model.Dataset {
	t.Helper()
	var events []*model.Event
	for _, d := range []string{"2018-04-27", "2018-06-12", "2018-09-18"} {
		date, err := model.ParseDate("day", d, "", "")
		if err != nil {
			t.Fatal(err)
		}
		events = append(events, &model.Event{ID: "e" + d, Title: "Slide " + d, Status: model.StatusUnstated, Date: date})
	}
	return model.NewDataset(nil, nil, events)
}

// An imported history is not drawn as if it were all to come: its events
// get their own glyph, and the legend names it.
func TestUnstatedStatusHasItsOwnGlyph(t *testing.T) {
	ds := importedHistory(t)
	m := New(ds, DefaultKeyMap(), Styles{})
	m.SetSize(120, 20)
	m.SetEvents(ds.Query(model.Filter{}), nil)
	view := m.View()
	plot, legend, _ := strings.Cut(view, "c: ") // the legend row starts with what c does
	if strings.ContainsRune(plot, glyphToCome) {
		t.Errorf("events with no stated status drawn %c, to come:\n%s", glyphToCome, view)
	}
	if got := strings.Count(plot, string(glyphUnstated)); got < 3 {
		t.Errorf("%d of 3 events drawn %c:\n%s", got, glyphUnstated, view)
	}
	if !strings.Contains(legend, "◌ not stated") {
		t.Errorf("the legend does not name ◌ (not stated): %q", legend)
	}
}

// Only a dataset with unstated events spends legend room on them.
func TestLegendNamesNotStatedOnlyWhenShown(t *testing.T) {
	view := newAxis(t, 200, 40).View()
	if strings.Contains(view, "not stated") {
		t.Errorf("the embedded dataset's legend names not stated:\n%s", view)
	}
}
