package data

import (
	"slices"
	"strings"
	"testing"

	"parley/model"
)

// These tests hold the built-in dataset to what the article says, one
// claim at a time, each after an audit that found it claimed more.

func embeddedSafe(t *testing.T) *model.Dataset {
	t.Helper()
	loaded, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	return loaded.Safe
}

// link finds the link between two events, in either direction.
func link(ds *model.Dataset, from, to string) (model.Related, bool) {
	for _, r := range ds.Related(ds.Event(from)) {
		if r.Event.ID == to {
			return r, true
		}
	}
	return model.Related{}, false
}

// excerpted reports whether some excerpt of the dataset holds words.
func excerpted(ds *model.Dataset, words string) bool {
	for _, e := range ds.Events {
		for _, x := range e.AllExcerpts() {
			if strings.Contains(x.Text, words) {
				return true
			}
		}
	}
	return false
}

// "The flattery of the American leader, together with the positive letter
// … looks to have done the trick": the flattery is Kim's praise, not
// Trump's tweet.
func TestTheFlatteryAndTheLetterLeadToTheSummit(t *testing.T) {
	ds := embeddedSafe(t)
	for _, from := range []string{"kim-praises-trump", "kim-letter"} {
		r, ok := link(ds, from, "second-summit-agreed")
		if !ok || r.Kind != model.LinkLeadsTo || r.Inverse || !strings.Contains(r.Note, "The flattery of the American leader") {
			t.Errorf("%s → second-summit-agreed = %+v, want leads-to citing the flattery sentence", from, r)
		}
	}
	if r, ok := link(ds, "trump-tweets-thanks", "second-summit-agreed"); ok {
		t.Errorf("the tweet is linked to the summit (%s; %q), which the article does not support", r.Kind, r.Note)
	}
}

// The article says only that the letter came before the Monday briefing;
// its date comes from the public record, says so, and does not put the
// letter before the envoys' visit.
func TestTheLettersDateClaimsNoMoreThanItsRecord(t *testing.T) {
	ds := embeddedSafe(t)
	letter, visit := ds.Event("kim-letter"), ds.Event("envoys-visit-pyongyang")
	if letter.Date.Basis != model.BasisRecord || !strings.Contains(letter.Date.Note, "Reuters") {
		t.Errorf("letter date: %s", letter.Date.Provenance())
	}
	if got := letter.Date.WithBasis(); got != "Thu 6 Sep 2018 (public record)" {
		t.Errorf("--plain shows the letter's date as %q", got)
	}
	if ds.Index(letter) < ds.Index(visit) {
		t.Errorf("the letter sorts before the envoys' visit")
	}
}

// The publication week is fixed by "next week, from Sept 18-20"; the
// briefing's Monday is worked out from that, not from the window that
// was worked out from the briefing.
func TestThePublicationWindowCitesTheWordsThatFixIt(t *testing.T) {
	ds := embeddedSafe(t)
	pub := ds.Sources[0].Published
	if !slices.Contains(pub.Phrases(), "next week, from Sept 18-20") {
		t.Errorf("publication words %q leave out the words that fix the week", pub.Words)
	}
	briefing := ds.Event("sanders-briefing").Date
	if strings.Contains(briefing.Note, "publication window") || !slices.Contains(briefing.Phrases(), "next week, from Sept 18-20") {
		t.Errorf("the briefing's date is circular: %s", briefing.Provenance())
	}
}

// "Upon their return, the envoys said …": the praise is the envoys'
// report after the visit, dated as such; both of the envoys' reported
// quotes say when they were given.
func TestTheEnvoysReportIsDatedAtTheirReturn(t *testing.T) {
	ds := embeddedSafe(t)
	report, visit := ds.Event("kim-praises-trump"), ds.Event("envoys-visit-pyongyang")
	if !visit.Date.Before(report.Date) || strings.HasSuffix(report.Title, "the envoys report") {
		t.Errorf("report %q on %s, visit on %s", report.Title, report.Date.Display(), visit.Date.Display())
	}
	for _, e := range ds.Events {
		for _, q := range e.Quotes {
			if slices.Contains(q.Speakers, "south-korean-envoys") && q.Occasion == "" {
				t.Errorf("%s: the envoys' quote %q has no occasion", e.ID, q.Text)
			}
		}
	}
}

// Trump cited "vitriolic statements in North Korean state media"; "as the
// reason for his displeasure" is the article's narration.
func TestReportedSpeechHoldsOnlyWhatWasReported(t *testing.T) {
	q := embeddedSafe(t).Event("trump-cancels-singapore").Quotes[0]
	if q.Text != "vitriolic statements in North Korean state media" {
		t.Errorf("Trump's reported words = %q", q.Text)
	}
}

// "Pyongyang and Washington are currently deeply divided": the stalemate
// had not ended at publication.
func TestTheStalemateIsOngoing(t *testing.T) {
	e := embeddedSafe(t).Event("denuclearization-stalls")
	if e.Status != model.StatusOngoing || e.Date.Precision == model.PrecisionRange {
		t.Errorf("stalemate: %s, %s", e.Status, e.Date.Display())
	}
}

// Where the article gives order, not cause, a link says precedes.
func TestSequenceIsNotCalledCause(t *testing.T) {
	ds := embeddedSafe(t)
	for _, pair := range [][2]string{
		{"panmunjom-summit", "pyongyang-summit"},            // "the third such meeting"
		{"singapore-summit", "second-summit-agreed"},        // a sequel, not a parallel
		{"pompeo-trip-cancelled", "envoys-visit-pyongyang"}, // "Following that development"
		{"panmunjom-summit", "kim-moon-second-summit"},      // "their second"
	} {
		if r, ok := link(ds, pair[0], pair[1]); !ok || r.Kind != model.LinkPrecedes || r.Inverse {
			t.Errorf("%s → %s = %+v, want precedes", pair[0], pair[1], r)
		}
	}
}

// The sentences that links and notes rest on are excerpted, so a reader
// can find them; the envoys' likely role in the breakthrough is a link.
func TestTheSupportForLinksIsExcerpted(t *testing.T) {
	ds := embeddedSafe(t)
	for _, words := range []string{
		"It seems likely that South Korean envoys played a role in the latest breakthrough",
		"a pattern is emerging in North Korean-South Korean-US relations, with the South Koreans playing the role of brokers",
		"We have seen this before…",
		"Critical relations, and South Korean brokering",
	} {
		if !excerpted(ds, words) {
			t.Errorf("no excerpt holds %q", words)
		}
	}
	if r, ok := link(ds, "envoys-visit-pyongyang", "second-summit-agreed"); !ok || !strings.Contains(r.Note, "It seems likely") {
		t.Errorf("envoys → second summit = %+v", r)
	}
}

// What was still ahead at publication reads as planned, not as done:
// each such event has the title reviewed against the article, and its
// summary says the plan in so many words. A bare mark such as "to " or
// "plan" would pass almost any title, and "explain".
func TestEventsStillAheadReadAsPlanned(t *testing.T) {
	want := map[string]struct{ title, says string }{
		"second-summit-agreed":   {"A second Kim–Trump summit is agreed", "No place or date has yet been set"},
		"kaesong-liaison-office": {"Joint liaison office to open in Kaesong", "plan to open"},
		"pyongyang-summit":       {"Third inter-Korean summit set for Pyongyang", "Moon is to travel"},
		"moon-briefs-trump-un":   {"Moon expected to brief Trump at the UN", "Moon is expected to meet"},
	}
	ahead := 0
	for _, e := range embeddedSafe(t).Events {
		switch e.Status {
		case model.StatusScheduled, model.StatusExpected, model.StatusPlanned:
		default:
			continue
		}
		ahead++
		w, ok := want[e.ID]
		if !ok {
			t.Errorf("%s (%s) is still ahead but its wording is unreviewed: %q", e.ID, e.Status, e.Title)
			continue
		}
		if e.Title != w.title || !strings.Contains(e.Summary, w.says) {
			t.Errorf("%s (%s) reads %q / %q, want %q and a summary saying %q", e.ID, e.Status, e.Title, e.Summary, w.title, w.says)
		}
	}
	if ahead != len(want) {
		t.Errorf("%d events still ahead, want %d", ahead, len(want))
	}
}

// quoted lists the words a note puts in double quotes, each piece of an
// elided quote ("…") on its own.
func quoted(note string) []string {
	var out []string
	parts := strings.Split(note, "\"")
	for i := 1; i < len(parts); i += 2 {
		for _, piece := range strings.Split(parts[i], "…") {
			if piece = strings.TrimSpace(piece); piece != "" {
				out = append(out, piece)
			}
		}
	}
	return out
}

// A link note quotes the article word for word; its own words are few.
func TestLinkNotesQuoteTheArticle(t *testing.T) {
	ds := embeddedSafe(t)
	text := ds.Sources[0].Text
	for _, e := range ds.Events {
		for _, l := range e.Links {
			for _, q := range quoted(l.Note) {
				if !strings.Contains(text, q) {
					t.Errorf("%s → %s: note quotes %q, which the article does not say", e.ID, l.EventID, q)
				}
			}
		}
	}
}

// Where May and September are paralleled, the note quotes each side's own
// words rather than one label for both: "conciliatory stance" is said of
// May only, and in September the summit only "appears to have got the go
// ahead", with "no place or date" set.
func TestParallelsQuoteBothSides(t *testing.T) {
	ds := embeddedSafe(t)
	for _, c := range []struct {
		from, to string
		words    []string
	}{
		{"kim-moon-second-summit", "kim-praises-trump", []string{"good will and hopes for a meeting", "Kim had praised Trump", "flattery"}},
		{"singapore-back-on-track", "second-summit-agreed", []string{"put back on track", "appears to have got the go ahead", "no place or date has yet been set"}},
		{"trump-cancels-singapore", "pompeo-trip-cancelled", []string{"Trump abruptly canceled the planned meet", "Trump canceled Secretary of State", "intermediary role", "role of brokers"}},
	} {
		r, ok := link(ds, c.from, c.to)
		if !ok || r.Kind != model.LinkParallels {
			t.Errorf("%s → %s = %+v, want parallels", c.from, c.to, r)
			continue
		}
		quotes := strings.Join(quoted(r.Note), " | ")
		for _, w := range c.words {
			if !strings.Contains(quotes, w) {
				t.Errorf("%s → %s: note %q does not quote %q", c.from, c.to, r.Note, w)
			}
		}
	}
}
