package notes

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"

	"parley/model"
)

// Format and Version name the file's shape; Version goes up only when a
// field is removed or changes meaning, and a file of a later version is
// never written over.
const (
	Format  = "parley-notes"
	Version = 1
)

type fileJSON struct {
	Format  string     `json:"format"`
	Version int        `json:"version"`
	Dataset string     `json:"dataset"` // the dataset's identity, for people reading the file
	Marks   []markJSON `json:"marks"`
	Notes   []noteJSON `json:"notes"`
}

type markJSON struct {
	Event  string    `json:"event"`
	Marked time.Time `json:"marked"`
}

type noteJSON struct {
	ID      string       `json:"id"`
	Event   string       `json:"event"`
	Passage *passageJSON `json:"passage,omitempty"`
	Text    string       `json:"text"`
	Created time.Time    `json:"created"`
	Updated time.Time    `json:"updated"`
}

type passageJSON struct {
	Source string `json:"source"`
	Text   string `json:"text"`
	Before string `json:"before"`
	After  string `json:"after"`
	Offset int    `json:"offset"`
}

// newerError is a file written by a later parley: readable by it, not by
// us, so it is neither used nor written over.
type newerError struct{ version int }

func (e newerError) Error() string {
	return fmt.Sprintf("it is version %d of the notes format; this parley reads version %d", e.version, Version)
}

// encode is the file's text for a notebook.
func encode(dataset string, b model.Notebook) []byte {
	doc := fileJSON{Format: Format, Version: Version, Dataset: dataset, Marks: []markJSON{}, Notes: []noteJSON{}}
	for _, m := range b.Marks {
		doc.Marks = append(doc.Marks, markJSON{Event: m.EventID, Marked: m.At})
	}
	for _, n := range b.Notes {
		j := noteJSON{ID: n.ID, Event: n.EventID, Text: n.Text, Created: n.Created, Updated: n.Updated}
		if p := n.Passage; p != nil {
			j.Passage = &passageJSON{Source: p.SourceID, Text: p.Text, Before: p.Before, After: p.After, Offset: p.Offset}
		}
		doc.Notes = append(doc.Notes, j)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		panic("notes: encoding a notebook: " + err.Error()) // only strings, ints and times: cannot fail
	}
	return buf.Bytes()
}

// decode reads a file's text. The error is a newerError for a later
// version; any other error means the text is not a notes file we can read.
func decode(raw []byte) (dataset string, b model.Notebook, err error) {
	var head struct {
		Format  string `json:"format"`
		Version int    `json:"version"`
	}
	if err := json.Unmarshal(raw, &head); err != nil {
		return "", b, describeSyntax(raw, err)
	}
	switch {
	case head.Format != Format:
		return "", b, fmt.Errorf("its format is %q, not %q", head.Format, Format)
	case head.Version > Version:
		return "", b, newerError{head.Version}
	case head.Version < 1:
		return "", b, fmt.Errorf("version %d is not a notes format version", head.Version)
	}
	var doc fileJSON
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields() // a field we do not know would be lost on the next save
	if err := dec.Decode(&doc); err != nil {
		return "", b, describeSyntax(raw, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return "", b, errors.New("unexpected data after the JSON document")
	}
	b, err = toNotebook(doc)
	return doc.Dataset, b, err
}

// describeSyntax says where a JSON error sits, as a line number.
func describeSyntax(raw []byte, err error) error {
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	offset := int64(-1)
	switch {
	case errors.As(err, &syntax):
		offset = syntax.Offset
	case errors.As(err, &typ):
		offset = typ.Offset
	}
	if offset < 0 {
		return err
	}
	offset = min(offset, int64(len(raw)))
	return fmt.Errorf("line %d: %v", bytes.Count(raw[:offset], []byte{'\n'})+1, err)
}

// toNotebook checks what JSON cannot: every mark and note names an event,
// note ids are unique, a passage has words to find.
func toNotebook(doc fileJSON) (model.Notebook, error) {
	var b model.Notebook
	marked := map[string]bool{}
	for i, m := range doc.Marks {
		switch {
		case m.Event == "":
			return b, fmt.Errorf("marks[%d]: no event", i)
		case marked[m.Event]:
			return b, fmt.Errorf("marks[%d]: event %q is marked twice", i, m.Event)
		}
		marked[m.Event] = true
		b.Marks = append(b.Marks, model.Mark{EventID: m.Event, At: m.Marked})
	}
	ids := map[string]bool{}
	for i, n := range doc.Notes {
		switch {
		case n.ID == "":
			return b, fmt.Errorf("notes[%d]: no id", i)
		case ids[n.ID]:
			return b, fmt.Errorf("notes[%d]: id %q is used twice", i, n.ID)
		case n.Event == "":
			return b, fmt.Errorf("notes[%d]: no event", i)
		case n.Text == "":
			return b, fmt.Errorf("notes[%d]: no text", i)
		case n.Passage != nil && (n.Passage.Source == "" || n.Passage.Text == ""):
			return b, fmt.Errorf("notes[%d]: a passage needs its source and its text", i)
		case n.Passage != nil && n.Passage.Offset < 0:
			return b, fmt.Errorf("notes[%d]: passage offset %d is negative", i, n.Passage.Offset)
		}
		ids[n.ID] = true
		note := model.Note{ID: n.ID, EventID: n.Event, Text: n.Text, Created: n.Created, Updated: n.Updated}
		if p := n.Passage; p != nil {
			note.Passage = &model.Passage{SourceID: p.Source, Text: p.Text, Before: p.Before, After: p.After, Offset: p.Offset}
		}
		b.Notes = append(b.Notes, note)
	}
	return b, nil
}
