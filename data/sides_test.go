package data

import "testing"

func TestSidesAreTheDatasets(t *testing.T) {
	cases := []struct {
		name   string
		break_ func(d map[string]any)
		want   string
	}{
		{"a side not declared, with a suggestion", func(d map[string]any) {
			d["actors"].([]any)[0].(map[string]any)["side"] = "north-koreaa"
		}, `test.json: actors[0] "kim".side: "north-koreaa" is not a declared side (declared: north-korea, united-states; or none); did you mean "north-korea"?`},
		{"a side when none are declared", func(d map[string]any) {
			delete(d, "sides")
			d["actors"].([]any)[0].(map[string]any)["side"] = "norland"
			delete(d["actors"].([]any)[1].(map[string]any), "side")
		}, `test.json: actors[0] "kim".side: "norland" is not a declared side: declare it in a top-level sides list, e.g. {"id": "norland", "label": "…"}`},
		{"none declared as a side", func(d map[string]any) {
			d["sides"] = append(d["sides"].([]any), map[string]any{"id": "none", "label": "Nobody"})
		}, `test.json: sides[2].id: none is the side of actors that belong to no side; it is not declared`},
		{"a colour that is not one", func(d map[string]any) {
			d["sides"].([]any)[0].(map[string]any)["colour"] = "red"
		}, `test.json: sides[0] "north-korea".colour: "red" is not a colour of the form #rrggbb (e.g. #1f77b4)`},
		{"a side declared twice", func(d map[string]any) {
			d["sides"] = append(d["sides"].([]any), map[string]any{"id": "north-korea", "label": "DPRK"})
		}, `test.json: sides[2].id: duplicate side id "north-korea" (first defined at sides[0])`},
	}
	for _, c := range cases {
		doc := smallDoc()
		c.break_(doc)
		_, probs := loadDoc(t, doc)
		if len(probs) != 1 || probs[0].String() != c.want {
			t.Errorf("%s: got\n%v\nwant\n%s", c.name, probs, c.want)
		}
	}
}

func TestSidesDeclaredAreShown(t *testing.T) {
	doc := smallDoc()
	doc["sides"] = []any{map[string]any{"id": "north-korea", "label": "DPRK", "colour": "#aa0000"}, map[string]any{"id": "united-states", "label": "USA"}}
	delete(doc["actors"].([]any)[1].(map[string]any), "side")
	loaded, probs := loadDoc(t, doc)
	if probs != nil {
		t.Fatal(probs)
	}
	ds := loaded.Safe
	if got := ds.SideLabel(ds.Actor("kim").Side); got != "DPRK" {
		t.Errorf("kim's side shows as %q, want the declared label DPRK", got)
	}
	if got := ds.SideLabel(ds.Actor("trump").Side); got != "no side" {
		t.Errorf("an actor without a side shows %q, want no side", got)
	}
	if s := ds.Side("north-korea"); s == nil || s.Colour != "#aa0000" {
		t.Errorf("declared colour lost: %+v", s)
	}
}

// A file from before sides were declared still loads, with one warning
// that says what to declare.
func TestUndeclaredBuiltInSidesWarn(t *testing.T) {
	doc := smallDoc()
	delete(doc, "sides")
	loaded, probs := loadDoc(t, doc)
	if probs != nil {
		t.Fatal(probs)
	}
	want := `test.json: actors: warning: the actors use sides the dataset does not declare, as files written before sides were declared did; declare them in a top-level sides list: {"id": "united-states", "label": "United States"}, {"id": "north-korea", "label": "North Korea"}`
	if len(loaded.Warnings) != 1 || loaded.Warnings[0].String() != want {
		t.Errorf("warnings:\n%v\nwant:\n%s", loaded.Warnings, want)
	}
	if got := loaded.Safe.SideLabel("north-korea"); got != "North Korea" {
		t.Errorf("label %q", got)
	}
}
