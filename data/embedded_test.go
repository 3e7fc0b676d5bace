package data

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"parley/model"
)

func TestEmbeddedDatasetIsValid(t *testing.T) {
	loaded, err := Embedded()
	if err != nil {
		t.Fatalf("the embedded dataset does not validate:\n%v", err)
	}
	ds := loaded.Safe
	if len(ds.Events) != 16 || len(ds.Actors) != 14 || len(ds.Sources) != 1 {
		t.Errorf("got %d events, %d actors, %d sources; want 16, 14, 1", len(ds.Events), len(ds.Actors), len(ds.Sources))
	}
	for _, e := range ds.Events {
		for _, x := range e.AllExcerpts() {
			src := ds.Source(x.SourceID)
			if x.Start < 0 || src.Text[x.Start:x.End] != x.Text {
				t.Errorf("%s: excerpt %q is not at its recorded span", e.ID, x.Text)
			}
		}
	}
}

func TestEmbeddedDatasetTellsTheSequence(t *testing.T) {
	loaded, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	ds := loaded.Safe
	first, last := ds.Events[0], ds.Events[len(ds.Events)-1]
	if first.ID != "panmunjom-summit" || first.Date.Display() != "Fri 27 Apr 2018" {
		t.Errorf("first event = %s on %s, want the Panmunjom summit on Fri 27 Apr 2018", first.ID, first.Date.Display())
	}
	if last.ID != "second-summit-agreed" || last.Date.Display() != "no date set" || last.Status != model.StatusPlanned {
		t.Errorf("last event = %s (%s, %s), want the undated planned second summit", last.ID, last.Date.Display(), last.Status)
	}
	kaesong := ds.Event("kaesong-liaison-office")
	if got := kaesong.Date.Provenance(); !strings.HasPrefix(got, `inferred from "This Friday"`) || kaesong.Date.Display() != "Fri 14 Sep 2018" {
		t.Errorf("Kaesong date = %s, %s", kaesong.Date.Display(), got)
	}
	briefing := ds.Event("sanders-briefing")
	if len(briefing.Quotes) != 2 {
		t.Fatalf("the briefing has %d quotes, want the two halves of the quotation", len(briefing.Quotes))
	}
	if briefing.Location != "" {
		t.Errorf("briefing location = %q; the article says only \"a Monday press briefing\", no place", briefing.Location)
	}
	for _, q := range briefing.Quotes {
		if !slices.Equal(q.Speakers, []string{"sarah-sanders"}) || q.Kind != model.QuoteDirect || q.ReportedByID != "reuters" || q.Occasion != "Monday press briefing" {
			t.Errorf("briefing quote = %+v", q)
		}
	}
	src := ds.Sources[0]
	if src.Outlet != "" || src.Author != "" {
		t.Errorf("outlet and author are not in the text and must stay unknown, got %q, %q", src.Outlet, src.Author)
	}
	if got := src.Published.Display(); got != "10–13 Sep 2018" {
		t.Errorf("publication window = %s", got)
	}
}

// The embedded source text is the seed article (a copy is kept in
// testdata, so the test runs in any clone) cleaned of scraping debris and
// of nothing else: paragraph for paragraph, in order, the caption once,
// the comment furniture gone. Checking the paragraphs both ways catches a
// dropped or reordered paragraph as well as an edited one.
func TestEmbeddedSourceIsTheCleanedSeed(t *testing.T) {
	seed, err := os.ReadFile(filepath.Join("testdata", "seed", "000_6de863887cdbb75a.txt"))
	if err != nil {
		t.Fatal(err)
	}
	text, err := embedded.ReadFile("dataset/sources/white-house-agrees-to-second-summit.txt")
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, p := range paragraphs(string(seed)) {
		switch {
		case len(want) > 0 && p == want[0]: // the caption, scraped twice
		case strings.HasPrefix(p, "8 replies on"), p == "Comments are closed.":
		default:
			want = append(want, p)
		}
	}
	got := paragraphs(string(text))
	for i := range min(len(got), len(want)) {
		if got[i] != want[i] {
			t.Fatalf("paragraph %d of the source text is\n%q\nbut the seed's is\n%q", i+1, got[i], want[i])
		}
	}
	if len(got) != len(want) {
		t.Fatalf("the source text has %d paragraphs, the cleaned seed %d", len(got), len(want))
	}
	if !strings.HasPrefix(want[0], "Kim Jong Un and Donald Trump on June 12, 2018") || len(want) != 21 {
		t.Errorf("the cleaned seed has %d paragraphs starting %q; want 21, the caption first", len(want), want[0])
	}
}

// paragraphs is the text's non-blank lines, in order.
func paragraphs(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		if strings.TrimSpace(line) != "" {
			out = append(out, line)
		}
	}
	return out
}

// A quote shows only the words quoted or reported: they stand in its
// excerpt, without the source sentence's trailing comma or semicolon, and
// reported speech leaves out the article's narration around it (who "said
// that", "citing", "made clear"): the excerpt keeps that, the speaker line
// names who.
func TestEmbeddedQuotesAreTheirExcerptsWords(t *testing.T) {
	loaded, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	saying := []string{"said", "says", "citing", "cited", "revealed", "made clear", "according to", "told"}
	for _, e := range loaded.Safe.Events {
		for _, q := range e.Quotes {
			if !strings.Contains(q.Excerpt.Text, q.Text) {
				t.Errorf("%s: quote %q is not in its excerpt %q", e.ID, q.Text, q.Excerpt.Text)
			}
			if strings.HasSuffix(q.Text, ",") || strings.HasSuffix(q.Text, ";") {
				t.Errorf("%s: quote %q ends in the source sentence's punctuation", e.ID, q.Text)
			}
			if q.Kind != model.QuoteReported {
				continue
			}
			for _, verb := range saying {
				if strings.Contains(strings.ToLower(q.Text), verb) {
					t.Errorf("%s: reported quote %q holds the article's %q: keep only what was reported", e.ID, q.Text, verb)
				}
			}
		}
	}
}
