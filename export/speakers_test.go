package export_test

import (
	"bytes"
	"strings"
	"testing"

	"parley/data"
	"parley/export"
	"parley/model"
)

// A joint statement is credited to every speaker, joined as a sentence
// joins names, in the copied quote, the Markdown chronology and the CSV's
// actors column.
func TestAJointStatementNamesEverySpeaker(t *testing.T) {
	loaded, err := data.LoadFile("../examples/vell-grain-talks.json", data.DefaultMaxBytes)
	if err != nil {
		t.Fatal(err)
	}
	ds := loaded.Safe
	e := ds.Event("vell-talks")
	const both = "Tomas Brekke and Ilse Marrow, direct quotation, joint statement"
	if clip := export.QuoteClip(ds, e.Quotes[0]); !strings.Contains(clip, "— "+both+"\n") {
		t.Errorf("quote clip does not credit both speakers:\n%s", clip)
	}
	v := export.View{Dataset: ds, Events: []*model.Event{e}, About: "1 event"}
	var md, csv bytes.Buffer
	if err := export.Markdown(&md, v); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(md.String(), both) {
		t.Errorf("Markdown does not credit both speakers:\n%s", md.String())
	}
	if err := export.CSV(&csv, v); err != nil {
		t.Fatal(err)
	}
	if row := strings.Split(csv.String(), "\r\n")[1]; !strings.Contains(row, "Tomas Brekke; Ilse Marrow") {
		t.Errorf("CSV actors miss a speaker: %s", row)
	}
}
