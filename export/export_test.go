package export_test

import (
	"bytes"
	"encoding/json"
	"io"
	"slices"
	"strings"
	"testing"
	"time"

	"parley/data"
	"parley/export"
	"parley/model"
)

func embedded(t *testing.T) *data.Loaded {
	t.Helper()
	loaded, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	return loaded
}

// The embedded article names no outlet or author: the citation says so
// and gives the inferred publication window and the paragraph.
func TestCitationOfTheEmbeddedArticle(t *testing.T) {
	ds := embedded(t).Safe
	q := ds.Event("sanders-briefing").Quotes[0]
	want := "“White House agrees to second summit with Kim,” outlet unknown, author unknown, 10–13 Sep 2018 (inferred), par. 4."
	if got := export.ExcerptCitation(ds, q.Excerpt); got != want {
		t.Errorf("citation\n got %s\nwant %s", got, want)
	}
}

func TestCitationOfAKnownArticle(t *testing.T) {
	s := &model.Source{Title: "Talks resume", Outlet: "The Daily", Author: "A. Writer",
		Published: model.Date{Precision: model.PrecisionDay, Start: time.Date(2018, 9, 11, 0, 0, 0, 0, time.UTC), Basis: model.BasisStated}}
	want := "A. Writer, “Talks resume,” The Daily, 11 Sep 2018, par. 2."
	if got := export.Citation(s, 2); got != want {
		t.Errorf("citation\n got %s\nwant %s", got, want)
	}
}

// timelineJSReads is every field TimelineJS3 reads, per object, as its
// TimelineConfig, TLDate and Slide read them (NUKnightLab/TimelineJS3,
// src/js/core/TimelineConfig.js, src/js/date/TLDate.js, src/js/slider/Slide.js).
var timelineJSReads = map[string][]string{
	"top":   {"title", "events", "eras", "scale"},
	"slide": {"start_date", "end_date", "display_date", "text", "media", "group", "background", "autolink", "unique_id"},
	"date":  {"year", "month", "day", "hour", "minute", "second", "millisecond", "display_date", "format"},
	"text":  {"headline", "text"},
	"media": {"url", "caption", "credit", "thumbnail", "alt", "title", "link"},
	"era":   {"start_date", "end_date", "text"},
}

// decoded is what write makes of v, read back as JSON.
func decoded[T any](t *testing.T, write func(io.Writer, export.View) error, v export.View) T {
	t.Helper()
	var out bytes.Buffer
	if err := write(&out, v); err != nil {
		t.Fatal(err)
	}
	var doc T
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	return doc
}

// Each phase with an event in the view is an era over its span, headed by
// its title; a view of events in no phase has none.
func TestTimelineJSErasAreThePhases(t *testing.T) {
	ds := embedded(t).Raw
	eras := func(events []*model.Event) []any {
		doc := decoded[map[string]any](t, export.TimelineJS, export.View{Dataset: ds, Events: events})
		list, _ := doc["eras"].([]any)
		return list
	}
	all := eras(ds.Events)
	if len(all) != len(ds.Phases) || len(all) == 0 {
		t.Fatalf("%d eras for %d phases", len(all), len(ds.Phases))
	}
	for i, v := range all {
		era, p := v.(map[string]any), ds.Phases[i]
		checkKeys(t, "era", p.ID, era)
		start, end := era["start_date"].(map[string]any), era["end_date"].(map[string]any)
		checkKeys(t, "date", p.ID, start)
		if int(start["year"].(float64)) != p.Start.Year() || int(start["month"].(float64)) != int(p.Start.Month()) ||
			int(start["day"].(float64)) != p.Start.Day() || int(end["day"].(float64)) != p.End.Day() {
			t.Errorf("%s: era %v–%v, phase %s", p.ID, start, end, p.Display())
		}
		if h := era["text"].(map[string]any)["headline"]; h != p.Title {
			t.Errorf("%s: headline %v", p.ID, h)
		}
	}
	if got := eras([]*model.Event{ds.Event("panmunjom-summit")}); len(got) != 0 {
		t.Errorf("an event in no phase brought eras: %v", got)
	}
}

func TestTimelineJSWritesOnlyWhatTimelineJS3Reads(t *testing.T) {
	ds := embedded(t).Raw
	doc := decoded[map[string]any](t, export.TimelineJS, export.View{Dataset: ds, Events: ds.Events})
	checkKeys(t, "top", "", doc)
	checkKeys(t, "slide", "title", doc["title"].(map[string]any))
	events := doc["events"].([]any)
	if len(events) != len(ds.Events) {
		t.Fatalf("%d slides for %d events", len(events), len(ds.Events))
	}
	for i, v := range events {
		slide := v.(map[string]any)
		e := ds.Events[i]
		checkKeys(t, "slide", e.ID, slide)
		if slide["unique_id"] != e.ID {
			t.Errorf("slide %d unique_id %v, want %s", i, slide["unique_id"], e.ID)
		}
		if slide["display_date"] != e.Date.Display() {
			t.Errorf("%s: display_date %v, want %q", e.ID, slide["display_date"], e.Date.Display())
		}
		checkKeys(t, "text", e.ID, slide["text"].(map[string]any))
		start, dated := slide["start_date"].(map[string]any)
		if dated != e.Date.Dated() {
			t.Errorf("%s: start_date given %v, dated %v", e.ID, dated, e.Date.Dated())
			continue
		}
		if !dated {
			continue
		}
		checkKeys(t, "date", e.ID, start)
		_, hasDay := start["day"]
		if wantDay := e.Date.Precision != model.PrecisionMonth; hasDay != wantDay {
			t.Errorf("%s (%s precision): day given %v", e.ID, e.Date.Precision, hasDay)
		}
		if year := start["year"].(float64); int(year) != e.Date.Start.Year() {
			t.Errorf("%s: year %v", e.ID, year)
		}
		_, hasEnd := slide["end_date"]
		if hasEnd != (e.Date.Precision == model.PrecisionRange) {
			t.Errorf("%s (%s precision): end_date given %v", e.ID, e.Date.Precision, hasEnd)
		}
	}
}

func checkKeys(t *testing.T, kind, where string, obj map[string]any) {
	t.Helper()
	for k := range obj {
		if !slices.Contains(timelineJSReads[kind], k) {
			t.Errorf("%s %s: field %q is not one TimelineJS3 reads (%v)", kind, where, k, timelineJSReads[kind])
		}
	}
}

// hostileDataset has text with HTML, Markdown, CSV and terminal
// specials in an event's title, summary and excerpt.
func hostileDataset() *model.Dataset {
	text := "Caption.\n\n<b>\"Bold\", said he</b>\n2) not a list\n# not a heading | *x*\x1b[2J\u009b31m\u202e"
	src := &model.Source{ID: "s", Title: "T", Text: text, Published: model.Date{Precision: model.PrecisionNone}}
	x := model.Excerpt{SourceID: "s", Text: text[10:], Start: 10, End: len(text)}
	e := &model.Event{ID: "e", Title: "<script>alert(1)</script>\n# Heading, \"quoted\"", Summary: "- =1+1, a\r\nb",
		Status: model.StatusOccurred, Date: model.Date{Precision: model.PrecisionNone}, Excerpts: []model.Excerpt{x}}
	return model.NewDataset([]*model.Source{src}, nil, []*model.Event{e})
}

func TestTimelineJSEscapesHTMLAndControls(t *testing.T) {
	ds := hostileDataset()
	var out bytes.Buffer
	if err := export.TimelineJS(&out, export.View{Dataset: ds, Events: ds.Events}); err != nil {
		t.Fatal(err)
	}
	s := out.String()
	for _, raw := range []string{"<script>", "<b>", "\x1b", "\u009b", "\u202e"} {
		if strings.Contains(s, raw) {
			t.Errorf("TimelineJS output holds %q raw:\n%s", raw, s)
		}
	}
	var doc export.TimelineDoc
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if got := doc.Events[0].Text.Headline; got != "&lt;script&gt;alert(1)&lt;/script&gt;\n# Heading, &#34;quoted&#34;" {
		t.Errorf("headline %q", got)
	}
	if !strings.Contains(doc.Events[0].Text.Text, "\x1b[2J\u009b31m\u202e") {
		t.Errorf("the excerpt's characters do not come back from the JSON: %q", doc.Events[0].Text.Text)
	}
}

func TestMarkdownKeepsDatasetTextLiteral(t *testing.T) {
	ds := hostileDataset()
	md, _ := export.TimelineClip(export.View{Dataset: ds, Events: ds.Events}, 0)
	for _, line := range strings.Split(md, "\n") {
		if strings.HasPrefix(line, "# not") || strings.HasPrefix(line, "# Heading") || strings.Contains(line, "<script>") || strings.Contains(line, "<b>") {
			t.Errorf("dataset text became markup: %q\n%s", line, md)
		}
	}
	for _, want := range []string{`### \<script\>alert(1)\</script\> \# Heading, "quoted"`, `> \# not a heading \| \*x\*`, "\n\\- =1+1, a b\n", "> 2\\) not a list"} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}
}

func TestQuoteClipHasWordsSpeakerKindAndCitation(t *testing.T) {
	ds := embedded(t).Safe
	got := export.QuoteClip(ds, ds.Event("sanders-briefing").Quotes[0])
	want := "“It was a very warm, very positive letter”\n" +
		"— Sarah Sanders, direct quotation, Monday press briefing, reported by Reuters\n" +
		"“White House agrees to second summit with Kim,” outlet unknown, author unknown, 10–13 Sep 2018 (inferred), par. 4.\n"
	if got != want {
		t.Errorf("quote clip\n got %q\nwant %q", got, want)
	}
	// Reported speech is the article's paraphrase: the clip quotes the
	// article's sentence and credits it to the article, not to the speaker
	// it reports.
	reported := export.QuoteClip(ds, ds.Event("kim-praises-trump").Quotes[0])
	if want := "“Upon their return, the envoys said that Kim had praised Trump”\n— the article's words, reporting South Korean envoys (reported speech, on their return from Pyongyang)\n"; !strings.HasPrefix(reported, want) {
		t.Errorf("reported quote clip\n got %q\nwant it to start %q", reported, want)
	}
}

func TestEventWithoutExcerptsSaysSo(t *testing.T) {
	e := &model.Event{ID: "x", Title: "Imported", Summary: "One.\n\n- Two.", Status: model.StatusPlanned, Date: model.Date{Precision: model.PrecisionNone}}
	ds := model.NewDataset(nil, nil, []*model.Event{e})
	got := export.EventClip(ds, e)
	if !strings.Contains(got, "_No source excerpts._") {
		t.Errorf("event clip does not say it has no source excerpts:\n%s", got)
	}
	if !strings.Contains(got, "\nOne.\n\n\\- Two.\n") {
		t.Errorf("the summary's paragraphs are not kept apart:\n%s", got)
	}
}

func TestCSLJSONLeavesUnknownFieldsOut(t *testing.T) {
	ds := embedded(t).Raw
	items := decoded[[]map[string]any](t, export.CSLJSON, export.View{Dataset: ds, Events: ds.Events})
	if len(items) != 1 {
		t.Fatalf("%d items, want the one source", len(items))
	}
	it := items[0]
	for _, k := range []string{"container-title", "author", "URL"} {
		if _, ok := it[k]; ok {
			t.Errorf("%s is given (%v) though the source does not name it", k, it[k])
		}
	}
	if it["type"] != "article-newspaper" || it["title"] != "White House agrees to second summit with Kim" {
		t.Errorf("item %v", it)
	}
	parts, _ := json.Marshal(it["issued"])
	if string(parts) != `{"date-parts":[[2018,9]]}` {
		t.Errorf("issued %s, want only the certain month (the window is a guess)", parts)
	}
	if note, _ := it["note"].(string); !strings.Contains(note, "10–13 Sep 2018") {
		t.Errorf("note %q does not keep the inferred window", note)
	}
}

func TestUnknownFormatNamesTheFormats(t *testing.T) {
	err := export.Write(&bytes.Buffer{}, "pdf", export.View{})
	if err == nil || !strings.Contains(err.Error(), "markdown, csv, timelinejs, csl-json") {
		t.Errorf("error %v", err)
	}
}

// An event's links are read from it in Markdown and TimelineJS, the new
// kinds too: the earlier event precedes, the later one follows.
func TestLinksAreReadFromTheEvent(t *testing.T) {
	ds := embedded(t).Safe
	for id, want := range map[string]string{
		"panmunjom-summit": "- Related: precedes Kim holds a surprise second summit with Moon (kim-moon-second-summit)",
		"pyongyang-summit": "follows First Kim–Moon summit at Panmunjom (panmunjom-summit)",
	} {
		if md := export.EventClip(ds, ds.Event(id)); !strings.Contains(md, want) {
			t.Errorf("%s: no %q in\n%s", id, want, md)
		}
	}
	var out bytes.Buffer
	if err := export.TimelineJS(&out, export.View{Dataset: ds, Events: []*model.Event{ds.Event("panmunjom-summit")}}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "Related: precedes Kim holds a surprise second summit with Moon (kim-moon-second-summit)") {
		t.Errorf("the TimelineJS slide does not read the link:\n%s", out.String())
	}
}
