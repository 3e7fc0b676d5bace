package data

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"parley/model"
)

// DateJSON is d as a dataset file writes a date, on one line:
// {"precision": "day", "start": "2024-10-15", ...}.
func DateJSON(d model.Date) string {
	f := toFileDate(d)
	var parts []string
	for _, m := range [][2]string{{"precision", f.Precision}, {"start", f.Start}, {"end", f.End}, {"part", f.Part},
		{"basis", f.Basis}, {"words", f.Words}, {"note", f.Note}} {
		if m[1] != "" {
			parts = append(parts, fmt.Sprintf("%s: %s", quoteJSON(m[0]), quoteJSON(m[1])))
		}
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

func toFileDate(d model.Date) FileDate {
	f := FileDate{Precision: string(d.Precision), Part: string(d.Part), Basis: string(d.Basis), Words: d.Words, Note: d.Note}
	if d.Dated() {
		f.Start = d.Start.Format(model.DayLayout)
	}
	if d.Precision == model.PrecisionRange {
		f.End = d.End.Format(model.DayLayout)
	}
	return f
}

func marshal(v any, indent string) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", indent)
	err := enc.Encode(v)
	return b.Bytes(), err
}

// Starter is a dataset to begin from for the source text in the file
// textPath: the source, one example actor and one example event whose
// excerpt is the text's first sentence. It validates as it is; title is
// the source's title (empty: the text's first line); published, when not
// nil, its publication date.
func Starter(textPath, text, title string, published *model.Date) ([]byte, error) {
	if strings.TrimSpace(text) == "" {
		return nil, fmt.Errorf("%s has no text to take excerpts from", textPath)
	}
	if !utf8.ValidString(text) {
		return nil, fmt.Errorf("%s is not UTF-8 text", textPath)
	}
	text = strings.TrimPrefix(text, "\ufeff") // a byte-order mark is not the text's
	id := slug(strings.TrimSuffix(filepath.Base(textPath), filepath.Ext(textPath)), "source")
	if strings.TrimSpace(title) == "" {
		title = firstLine(text, 100)
	}
	excerpt := FileExcerpt{Source: id, Text: firstSentence(text)}
	if strings.Count(text, excerpt.Text) > 1 {
		excerpt.Occurrence = 1
	}
	src := FileSource{ID: id, Title: title, TextFile: filepath.Base(textPath)}
	if published != nil {
		d := toFileDate(*published)
		src.Published = &d
	}
	doc := FileDataset{
		Schema:  SchemaVersion,
		Sources: []FileSource{src},
		Actors: []FileActor{{ID: "example-actor", Name: "Example actor", Kind: string(model.KindPerson),
			Role: "an example: replace it with someone the text names", Side: string(model.SideNone)}},
		Events: []FileEvent{{
			ID:       "example-event",
			Title:    "Example event",
			Summary:  "An example: replace its title, summary, date, status and actors with those of an event the text tells, and its excerpt with the text's words for it.",
			Date:     FileDate{Precision: string(model.PrecisionNone)},
			Status:   string(model.StatusOccurred),
			Actors:   []FileParticipant{{Actor: "example-actor", Part: "an example part"}},
			Excerpts: []FileExcerpt{excerpt},
		}},
	}
	out, err := marshal(doc, "  ")
	if err != nil {
		return nil, err
	}
	// It must load as written: check it against the text it was made from.
	if _, err := Load(filepath.Base(textPath), out, func(string) ([]byte, error) { return []byte(text), nil }); err != nil {
		return nil, fmt.Errorf("the starter dataset does not validate (a defect in parley): %v", err)
	}
	return out, nil
}

// firstLine is the text's first line that is not blank, cut at a word
// to at most max bytes.
func firstLine(text string, max int) string {
	for _, line := range strings.Split(text, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			return cutAtWord(line, max)
		}
	}
	return ""
}

// firstSentence is the text's first sentence, as it stands in the text:
// the start of the first line that has a sentence end (a full stop,
// question or exclamation mark, then a space or the line's end) within
// its first 300 bytes, after 20 or more; a heading has none. With no such
// line, the first line that is not blank, cut at a word.
func firstSentence(text string) string {
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		for i := 20; i < min(len(line), 300); i++ {
			if strings.IndexByte(".?!", line[i]) >= 0 && (i+1 == len(line) || line[i+1] == ' ') {
				return line[:i+1]
			}
		}
	}
	return firstLine(text, 200)
}

// cutAtWord cuts s to at most max bytes, at a space when there is one.
func cutAtWord(s string, max int) string {
	if len(s) <= max {
		return s
	}
	cut := strings.LastIndexByte(s[:max], ' ')
	if cut <= 0 {
		cut = max
		for !utf8.RuneStart(s[cut]) {
			cut--
		}
	}
	return strings.TrimSpace(s[:cut])
}
