package data

import (
	"os"
	"path/filepath"
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
		if q.SpeakerID != "sarah-sanders" || q.Kind != model.QuoteDirect || q.ReportedByID != "reuters" || q.Occasion != "Monday press briefing" {
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

// The embedded source text is the seed article cleaned of scraping debris:
// every line of it stands in the seed, the caption once, the comment
// furniture gone.
func TestEmbeddedSourceIsTheCleanedSeed(t *testing.T) {
	seedPath := filepath.Join("..", "..", "shared", "seed", "000_6de863887cdbb75a.txt")
	seed, err := os.ReadFile(seedPath)
	if err != nil {
		t.Skipf("seed article not beside the checkout (%v)", err)
	}
	text, err := embedded.ReadFile("dataset/sources/white-house-agrees-to-second-summit.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(text), "\n") {
		if !strings.Contains(string(seed), line) {
			t.Errorf("line not in the seed article: %q", line)
		}
	}
	caption := "Kim Jong Un and Donald Trump on June 12, 2018 at the Capella Hotel"
	if n := strings.Count(string(text), caption); n != 1 {
		t.Errorf("the caption appears %d times, want once", n)
	}
	for _, debris := range []string{"8 replies on", "Comments are closed."} {
		if strings.Contains(string(text), debris) {
			t.Errorf("page furniture %q is still in the source text", debris)
		}
	}
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

// An event's date quotes the article when it names its words, so the
// provenance a reader sees can be checked against the source.
func TestEmbeddedDateWordsAreTheArticles(t *testing.T) {
	loaded, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	text := loaded.Safe.Sources[0].Text
	for _, e := range loaded.Safe.Events {
		if w := e.Date.Words; w != "" && !strings.Contains(text, w) {
			t.Errorf("%s: date words %q are not in the article", e.ID, w)
		}
	}
}
