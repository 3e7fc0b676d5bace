package tui

import (
	"strings"
	"testing"

	"parley/model"
	"parley/termsafe"
)

// Defect 9: a title with a line break, a DEL or a tab was one row in the
// timeline but broken over lines in the event pane; both fold it now. The
// title is cleaned as the loader cleans dataset text.
func TestEventPaneFoldsTheTitleAsTheTimelineDoes(t *testing.T) {
	date, err := model.ParseDate("none", "", "", "")
	if err != nil {
		t.Fatal(err)
	}
	raw := "Kim\nmeets\x7f\tMoon\r\nagain"
	other := &model.Event{ID: "other", Title: "Another\nevent", Date: date}
	e := &model.Event{ID: "odd", Title: termsafe.Text(raw), Date: date,
		Links: []model.Link{{EventID: "other", Kind: model.LinkLeadsTo}}}
	ds := model.NewDataset(nil, nil, []*model.Event{e, other})
	m := press(t, resized(New(ds, Options{}), 80, 24), "enter")
	v := m.View()
	mustContain(t, v, "━━ Event", "Kim meets Moon again", "→ leads to: Another event")
	for _, l := range strings.Split(v, "\n") {
		if strings.TrimSpace(l) == "Kim" || strings.HasPrefix(l, "meets") {
			t.Fatalf("the title is broken over lines:\n%s", v)
		}
	}
}
