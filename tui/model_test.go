package tui

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"parley/model"
)

func TestTimelineRowsShowDatePrecisionAndStatus(t *testing.T) {
	m := sized(t, 80, 24, Options{})
	v := m.View()
	mustContain(t, v,
		"━━ Timeline · 2018 ", // every event is in 2018: the rows leave the year out
		"▶ Fri 27 Apr ", "✓ occurred", "First Kim–Moon summit at Panmunjom",
		"18–20 Sep ", "◷ scheduled", "late Sep ", "◇ expected",
		"◐ ongoing", "no date set", "○ planned",
		"All actors · 16 of 16 events", "1/16")
}

func TestNavigation(t *testing.T) {
	ds := dataset(t)
	m := sized(t, 80, 24, Options{})
	steps := []struct {
		keys []string
		pos  int
	}{
		{[]string{"j"}, 1},
		{[]string{"down", "down"}, 3},
		{[]string{"k"}, 2},
		{[]string{"up"}, 1},
		{[]string{"G"}, 15},
		{[]string{"j"}, 15}, // stays on the last
		{[]string{"g"}, 0},
		{[]string{"k"}, 0}, // stays on the first
		{[]string{"end"}, 15},
		{[]string{"home"}, 0},
		{[]string{"pgdown"}, 16 - 1}, // a page is taller than the 16 events at 24 rows
		{[]string{"pgup"}, 0},
		{[]string{"jjj"}, 3}, // runes that arrive together are separate keys
	}
	for _, s := range steps {
		m = press(t, m, s.keys...)
		if m.timeline.cursor != s.pos {
			t.Fatalf("after %v: cursor %d, want %d", s.keys, m.timeline.cursor, s.pos)
		}
		v := m.View()
		want := ds.Events[s.pos]
		if row := selectedRow(v); !strings.Contains(row, want.Title) {
			t.Fatalf("after %v: selected row %q, want %q", s.keys, row, want.Title)
		}
		mustContain(t, v, fmt.Sprintf("%d/16", s.pos+1))
	}
}

func TestTimelineScrollsWithSelection(t *testing.T) {
	m := sized(t, 60, 10, Options{}) // 6 rows of timeline
	m = press(t, m, "G")
	v := m.View()
	mustContain(t, v, "▶ no date set", "16/16")
	mustNotContain(t, v, "Fri 27 Apr 2018")
	m = press(t, m, "g")
	mustContain(t, m.View(), "▶ Fri 27 Apr ")
}

func TestNarrowDetailOpensFullScreenAndEscGoesBack(t *testing.T) {
	m := sized(t, 80, 24, Options{})
	m = selectEvent(t, m, "sanders-briefing")
	m = press(t, m, "enter")
	v := m.View()
	mustContain(t, v, "━━ Event", "Sanders describes Kim's letter at the press briefing",
		"✓ occurred · Mon 10 Sep 2018", "inferred from \"a Monday press briefing\"",
		"Sarah Sanders (White House Spokesperson)", "Quotes (2)")
	mustNotContain(t, v, "Timeline")
	m = press(t, m, "esc")
	v = m.View()
	mustContain(t, v, "━━ Timeline", "▶ Mon 10 Sep ")
}

func TestDetailShowsEverything(t *testing.T) {
	// Tall enough for the whole detail of the briefing.
	m := sized(t, 90, 80, Options{EventID: "sanders-briefing"})
	v := m.View()
	mustContain(t, v,
		"Date   inferred from \"a Monday press briefing\" and \"next week, from Sept 18-20\": the",
		"Where  not stated in the source",
		"● Sarah Sanders (White House Spokesperson)",
		"● Reuters (news agency that reported the press briefing)",
		"Summary",
		"“It was a very warm, very positive letter,”",
		"— Sarah Sanders · direct quotation · Monday press briefing · as reported by",
		"Source excerpts (1)",
		"Related events (2)",
		"→ leads to: A second Kim–Trump summit is agreed",
		"→ follows from: Kim sends Trump a personal letter",
	)
}

func TestWideShowsBothPanesAndDetailFollowsSelection(t *testing.T) {
	m := sized(t, 120, 40, Options{})
	v := m.View()
	mustContain(t, v, "━━ Timeline", "── Event", "│ First Kim–Moon summit at Panmunjom")
	m = press(t, m, "j")
	mustContain(t, m.View(), "│ Trump cancels the planned Singapore summit")
	// tab moves focus to the detail and back; focus shows as a heavy rule.
	m = press(t, m, "tab")
	v = m.View()
	mustContain(t, v, "── Timeline", "━━ Event", "▶ vitriolic statements in North Korean")
	m = press(t, m, "tab")
	mustContain(t, m.View(), "━━ Timeline", "── Event")
	// enter focuses the detail; esc returns to the timeline.
	m = press(t, m, "enter")
	mustContain(t, m.View(), "━━ Event")
	m = press(t, m, "esc")
	mustContain(t, m.View(), "━━ Timeline")
}

func TestDetailScrollsWhenLonger(t *testing.T) {
	m := sized(t, 50, 16, Options{EventID: "envoys-visit-pyongyang"})
	if m.detail.sc.total <= m.detail.sc.height {
		t.Fatalf("detail fits (%d lines in %d): pick a longer event", m.detail.sc.total, m.detail.sc.height)
	}
	v := m.View()
	mustContain(t, v, "South Korean envoys meet Kim in")
	m = press(t, m, "pgdown")
	if m.detail.sc.off == 0 {
		t.Fatal("pgdown did not scroll the detail")
	}
	m = press(t, m, "G")
	if !m.detail.sc.atBottom() {
		t.Fatal("G did not reach the end of the detail")
	}
	mustContain(t, m.View(), "Trump cancels Pompeo's trip")
	m = press(t, m, "g")
	if m.detail.sc.off != 0 {
		t.Fatal("g did not return to the top")
	}
}

// chooseActor types part of a name in the open filter and toggles the
// first match, then clears the typed text.
func chooseActor(t *testing.T, m Model, part string) Model {
	t.Helper()
	m = typeText(t, m, part)
	m = press(t, m, "space", "esc")
	return m
}

func TestActorFilterAnyAndAll(t *testing.T) {
	ds := dataset(t)
	m := sized(t, 120, 40, Options{})
	m = press(t, m, "a")
	v := m.View()
	mustContain(t, v, "━━ Actors", "[ ] ● Kim Jong Un", "(•) any of", "( ) all of")
	counts := ds.ActorCounts(ds.Events)
	mustContain(t, v, fmt.Sprintf("Kim Jong Un%s", strings.Repeat(" ", 1)))

	m = chooseActor(t, m, "kimjong")
	kim := ds.Query(model.Filter{Actors: []string{"kim-jong-un"}})
	mustContain(t, m.View(), "[x] ● Kim Jong Un", fmt.Sprintf("Actors: Kim Jong Un (any) · %d of 16 events", len(kim)))
	if m.result.Len() != len(kim) || len(kim) != counts["kim-jong-un"] {
		t.Fatalf("timeline has %d events, query %d, count %d", m.result.Len(), len(kim), counts["kim-jong-un"])
	}

	m = chooseActor(t, m, "moon")
	both := []string{"kim-jong-un", "moon-jae-in"}
	anyOf := ds.Query(model.Filter{Actors: both, Mode: model.MatchAny})
	allOf := ds.Query(model.Filter{Actors: both, Mode: model.MatchAll})
	mustContain(t, m.View(), fmt.Sprintf("Actors: Kim Jong Un or Moon Jae-in (any) · %d of 16 events", len(anyOf)))
	if m.result.Len() != len(anyOf) {
		t.Fatalf("any-of: %d events, want %d", m.result.Len(), len(anyOf))
	}

	m = press(t, m, "ctrl+a")
	v = m.View()
	mustContain(t, v, fmt.Sprintf("Actors: Kim Jong Un + Moon Jae-in (all) · %d of 16 events", len(allOf)), "(•) all of")
	if m.result.Len() != len(allOf) || len(allOf) >= len(anyOf) {
		t.Fatalf("all-of: %d events, want %d (< %d)", m.result.Len(), len(allOf), len(anyOf))
	}
	// Counts follow the filter: Moon's count is now the all-of result.
	if got := m.actors.counts["moon-jae-in"]; got != len(allOf) {
		t.Fatalf("Moon's count %d, want %d", got, len(allOf))
	}
	for _, e := range allOf {
		mustContain(t, v, string([]rune(e.Title)[:15]))
	}

	m = press(t, m, "ctrl+x")
	mustContain(t, m.View(), "All actors · 16 of 16 events", "[ ] ● Kim Jong Un")
	// esc closes the filter (the typed text is already clear).
	m = press(t, m, "esc")
	mustContain(t, m.View(), "━━ Timeline", "── Event")
}

func TestActorFilterTypingNarrowsTheList(t *testing.T) {
	m := sized(t, 80, 24, Options{})
	m = press(t, m, "a")
	m = typeText(t, m, "pom")
	v := m.View()
	mustContain(t, v, "Find  pom", "▶ [ ] ● Mike Pompeo")
	mustNotContain(t, v, "Kim Jong Un", "q quit")
	// q is text here, not quit.
	next, cmd := m.Update(keyMsg("q"))
	if cmd != nil {
		t.Fatal("q quit while typing in the actor filter")
	}
	m = next.(Model)
	mustContain(t, m.View(), "No actor matches \"pomq\"")
	m = press(t, m, "backspace", "backspace", "backspace", "backspace")
	mustContain(t, m.View(), "Kim Jong Un", "Mike Pompeo")
	m = typeText(t, m, "reu")
	m = press(t, m, "esc") // clears the text first
	mustContain(t, m.View(), "━━ Actors", "Kim Jong Un")
	m = press(t, m, "esc") // then closes
	mustContain(t, m.View(), "━━ Timeline")
}

// Typing finds an actor by role as well as name, and ignores spaces and
// hyphens (space chooses, so a query cannot hold one).
func TestActorFilterFindsRolesAndSquashedNames(t *testing.T) {
	m := sized(t, 120, 40, Options{})
	m = press(t, m, "a")
	mustContain(t, m.View(), "[ ] ● Donald Trump · US President")
	for _, c := range []struct {
		typed string
		finds []string
		not   []string
	}{
		{"pres", []string{"● Donald Trump", "● Moon Jae-in", "● White House"}, []string{"● Kim Jong Un"}},
		{"washington", []string{"● US government"}, []string{"● Donald Trump"}},
		{"southkor", []string{"● South Korean envoys", "● South Korean government", "● Moon Jae-in"}, []string{"● Kim Jong Un"}},
		{"chungeuiyong", []string{"● Chung Eui-yong"}, []string{"● Kim Jong Un"}},
	} {
		m = typeText(t, m, c.typed)
		v := m.View()
		mustContain(t, v, c.finds...)
		mustNotContain(t, v, c.not...)
		m = press(t, m, "esc") // clears the text
	}
	m = typeText(t, m, "kimjong")
	m = press(t, m, "space")
	mustContain(t, m.View(), "[x] ● Kim Jong Un", "1 chosen")
}

func TestActorFilterListMovesWithArrows(t *testing.T) {
	m := sized(t, 80, 24, Options{})
	m = press(t, m, "a", "down", "down", "space")
	mustContain(t, m.View(), "▶ [x] ● Moon Jae-in", "Actors: Moon Jae-in (any)")
	m = press(t, m, "up", "space", "enter")
	v := m.View()
	mustContain(t, v, "━━ Timeline", "Actors: Moon Jae-in or Donald Trump (any)")
}

func TestStartingFilterFromOptions(t *testing.T) {
	m := sized(t, 100, 30, Options{Filter: model.Filter{Actors: []string{"moon-jae-in", "kim-jong-un", "nobody"}, Mode: model.MatchAll}})
	mustContain(t, m.View(), "Actors: Moon Jae-in + Kim Jong Un (all)")
}

func TestSearch(t *testing.T) {
	ds := dataset(t)
	m := sized(t, 100, 30, Options{})
	m = press(t, m, "/")
	mustContain(t, m.View(), "/ ")
	m = typeText(t, m, "letter")
	want := ds.Query(model.Filter{Search: "letter"})
	v := m.View()
	mustContain(t, v, fmt.Sprintf("%d of 16 events", len(want)))
	if m.result.Len() != len(want) {
		t.Fatalf("search narrowed to %d, want %d", m.result.Len(), len(want))
	}
	// q is text while typing.
	m = typeText(t, m, "q")
	mustContain(t, m.View(), "No events match.")
	m = press(t, m, "backspace", "enter")
	v = m.View()
	mustContain(t, v, fmt.Sprintf("All actors · Search “letter” · %d of 16 events", len(want)), "━━ Timeline")
	// esc in the timeline clears the search.
	m = press(t, m, "esc")
	mustContain(t, m.View(), "All actors · 16 of 16 events")
	mustNotContain(t, m.View(), "Search “")
}

// The cursor is a glyph, so it shows without colour; a query longer than
// the status line keeps its end and the cursor in view.
func TestSearchCursorShowsWithoutColour(t *testing.T) {
	m := sized(t, 60, 20, Options{})
	m = press(t, m, "/")
	mustContain(t, m.View(), "/ ▏search titles")
	m = typeText(t, m, "summit")
	m = press(t, m, "left", "left")
	mustContain(t, m.View(), "/ summ▏it ")
	m = press(t, m, "end")
	m = typeText(t, m, " envoys from Seoul brought Trump a personal letter")
	line := statusRow(m.View())
	mustContain(t, line, "/ …", "personal letter▏", "0 of 16 events")
	if width(line) > 60 {
		t.Fatalf("status line is %d wide: %q", width(line), line)
	}
}

func TestSearchEscWhileTypingClears(t *testing.T) {
	m := sized(t, 100, 30, Options{})
	m = press(t, m, "/")
	m = typeText(t, m, "singapore")
	if m.result.Len() == 16 {
		t.Fatal("search did not narrow")
	}
	m = press(t, m, "esc")
	if m.layout.has(paneSearch) || m.filter.Search != "" || m.result.Len() != 16 {
		t.Fatalf("esc left searching=%v search=%q events=%d", m.layout.has(paneSearch), m.filter.Search, m.result.Len())
	}
}

func TestNoMatchesSaysHowToClear(t *testing.T) {
	m := sized(t, 80, 24, Options{})
	m = press(t, m, "/")
	m = typeText(t, m, "zzzz")
	m = press(t, m, "enter")
	v := m.View()
	mustContain(t, v, "No events match.", "Search “zzzz”", "Press x to clear the filter and search, esc",
		"0 of 16 events", "0/0")
	m = press(t, m, "x")
	mustContain(t, m.View(), "All actors · 16 of 16 events", "▶ Fri 27 Apr ")
}

func TestReader(t *testing.T) {
	m := sized(t, 100, 30, Options{EventID: "sanders-briefing"})
	if !m.wide() || m.layout.focus() != paneDetail {
		t.Fatal("EventID should open the detail with focus")
	}
	m = press(t, m, "enter", "enter") // the quote, below the fold, shown, then read
	if !m.layout.has(paneReader) {
		t.Fatal("enter on a quote did not open the reader")
	}
	v := m.View()
	mustContain(t, v, "━━ Source · White House agrees to second summit with Kim",
		"Published 10–13 Sep 2018 (inferred) · outlet unknown · author unknown · photo: AFP/KCNA VIA KNS",
		"quote 1 of 2 for Sanders describes Kim's letter",
		"┃ “It was a very warm, very positive letter,”")
	// n and N step through the event's excerpts and quotes in article order,
	// wrapping; each is named as the detail lists it.
	m = press(t, m, "n")
	mustContain(t, m.View(), "excerpt 1 of 1", "┃ the process of coordinating that.”")
	m = press(t, m, "n")
	v = m.View()
	mustContain(t, v, "quote 2 of 2", "┃ Monday press briefing, as reported by Reuters. “The primary purpose")
	m = press(t, m, "n")
	mustContain(t, m.View(), "quote 1 of 2")
	m = press(t, m, "N", "N")
	mustContain(t, m.View(), "excerpt 1 of 1")
	m = press(t, m, "n", "n")
	// j/k scroll the article.
	off := m.reader.sc.off
	m = press(t, m, "j")
	if m.reader.sc.off != off+1 {
		t.Fatalf("j scrolled from %d to %d", off, m.reader.sc.off)
	}
	// esc goes back to the event with the item just read selected.
	m = press(t, m, "esc")
	if m.layout.has(paneReader) || m.layout.focus() != paneDetail {
		t.Fatal("esc did not return to the detail")
	}
	mustContain(t, m.View(), "▶ “It was a very warm")
}

func TestReaderMarksOtherExcerpts(t *testing.T) {
	m := sized(t, 100, 40, Options{EventID: "singapore-summit"})
	m = press(t, m, "enter")
	v := m.View()
	mustContain(t, v, "excerpt 1 of 3")
	if n := strings.Count(v, "\n┃ "); n == 0 {
		t.Errorf("no heavy bar on the current excerpt:\n%s", v)
	}
	if n := strings.Count(v, "\n│ "); n == 0 {
		t.Errorf("no light bar on the other excerpts:\n%s", v)
	}
}

func TestRelatedJumpAndBack(t *testing.T) {
	m := sized(t, 80, 30, Options{EventID: "panmunjom-summit"})
	// Items: the excerpt, then the related events: the May summit, then Pyongyang.
	m = press(t, m, "j", "j")
	mustContain(t, m.View(), "▶ → precedes: Third inter-Korean summit set for Pyongyang", "enter: go to this event")
	m = press(t, m, "enter")
	v := m.View()
	mustContain(t, v, "Third inter-Korean summit set for Pyongyang", "◷ scheduled · 18–20 Sep 2018", "backspace: back (1)")
	if m.current.ID != "pyongyang-summit" || m.timeline.selected().ID != "pyongyang-summit" {
		t.Fatal("the timeline did not follow the jump")
	}
	// And on, from the Pyongyang summit to Moon's UN briefing.
	m = selectRelated(t, m, "moon-briefs-trump-un")
	m = press(t, m, "enter")
	if m.current.ID != "moon-briefs-trump-un" {
		t.Fatalf("second jump landed on %s", m.current.ID)
	}
	mustContain(t, m.View(), "backspace: back (2)")
	m = press(t, m, "backspace")
	if m.current.ID != "pyongyang-summit" {
		t.Fatalf("back landed on %s", m.current.ID)
	}
	m = press(t, m, "backspace")
	if m.current.ID != "panmunjom-summit" {
		t.Fatalf("back landed on %s", m.current.ID)
	}
	mustNotContain(t, m.View(), "backspace: back")
	m = press(t, m, "backspace") // nothing left: no change
	if m.current.ID != "panmunjom-summit" {
		t.Fatal("back with no history moved")
	}
}

func TestRelatedJumpOutsideFilter(t *testing.T) {
	m := sized(t, 120, 40, Options{Filter: model.Filter{Actors: []string{"moon-jae-in"}}, EventID: "panmunjom-summit"})
	// Move to the related item (after the one excerpt) and follow it to the
	// Pyongyang summit, which Moon attends: it is listed.
	m = press(t, m, "j", "enter")
	if m.outside {
		t.Fatal("Pyongyang summit involves Moon and should be listed")
	}
	// The Pyongyang summit leads to Moon briefing Trump (listed), and is led to by
	// the envoys' visit, which Moon does not attend.
	m = selectRelated(t, m, "envoys-visit-pyongyang")
	m = press(t, m, "enter")
	mustContain(t, m.View(), "! Not in the filtered timeline", "South Korean envoys meet Kim in Pyongyang")
	m = press(t, m, "backspace")
	mustNotContain(t, m.View(), "Not in the filtered timeline")
}

// An event the filter hides, reached by a link or --event, gives way to the
// timeline's selection once the timeline has the keys again: enter then
// opens the row ▶ marks, not the hidden event.
func TestHiddenEventGivesWayToTheSelection(t *testing.T) {
	for _, size := range [][2]int{{120, 40}, {80, 24}} {
		m := sized(t, size[0], size[1], Options{Filter: model.Filter{Actors: []string{"mike-pompeo"}}, EventID: "kaesong-liaison-office"})
		mustContain(t, m.View(), "Joint liaison office to open in Kaesong", "! Not in the filtered timeline")
		m = press(t, m, "esc")
		if m.outside || m.current.ID != "pompeo-trip-cancelled" {
			t.Fatalf("%v: after esc the detail shows %s (outside=%v), want the selected row", size, eventID(m.current), m.outside)
		}
		m = press(t, m, "enter")
		mustContain(t, m.View(), "Trump cancels Pompeo's trip to Pyongyang")
		mustNotContain(t, m.View(), "Not in the filtered timeline", "Joint liaison office")
	}
}

// Going back from the timeline to an event the filter hides gives the keys
// to the detail, where that event shows; the timeline's ▶ row never hides
// another event behind it.
func TestBackToAHiddenEventFocusesTheDetail(t *testing.T) {
	m := sized(t, 120, 40, Options{Filter: model.Filter{Actors: []string{"moon-jae-in"}}, EventID: "panmunjom-summit"})
	m = press(t, m, "j", "enter") // to the Pyongyang summit
	m = selectRelated(t, m, "envoys-visit-pyongyang")
	m = press(t, m, "enter") // hidden by the filter
	m = selectRelated(t, m, "kim-praises-trump")
	m = press(t, m, "enter", "esc", "backspace")
	if m.current.ID != "envoys-visit-pyongyang" || !m.outside || m.layout.focus() != paneDetail {
		t.Fatalf("back: %s outside=%v focus=%v, want the hidden envoys' visit in a focused detail", eventID(m.current), m.outside, m.layout.focus())
	}
	m = press(t, m, "esc", "enter")
	if m.current != m.timeline.selected() {
		t.Fatalf("enter opened %s, the ▶ row is %s", eventID(m.current), eventID(m.timeline.selected()))
	}
}

// back lands on the link that was followed, so the next link is one key away.
func TestBackReturnsToTheLinkFollowed(t *testing.T) {
	m := sized(t, 120, 40, Options{EventID: "pyongyang-summit"})
	m = selectRelated(t, m, "envoys-visit-pyongyang")
	at := m.detail.item
	m = press(t, m, "enter", "backspace")
	if m.current.ID != "pyongyang-summit" || m.detail.item != at {
		t.Fatalf("back to %s item %d, want pyongyang-summit item %d", eventID(m.current), m.detail.item, at)
	}
}

// selectRelated moves the detail's item cursor to the link to id.
func selectRelated(t *testing.T, m Model, id string) Model {
	t.Helper()
	for {
		if it := m.detail.selectedItem(); it != nil && it.related != nil && it.related.ID == id {
			return m
		}
		before := m.detail.item
		m = press(t, m, "j")
		if m.detail.item == before {
			t.Fatalf("no link to %s", id)
		}
	}
}

func TestHelpIsGeneratedFromTheKeymap(t *testing.T) {
	m := sized(t, 120, 60, Options{}) // tall enough for the whole help
	mustContain(t, m.View(), "? help", "q quit", "/ search", "a actors")
	m = press(t, m, "?")
	v := m.View()
	mustContain(t, v, "━━ Help")
	mustContain(t, press(t, m, "G").View(), "Status marks", "✓ occurred") // below the keys: the help scrolls
	// Every key that works is named, not only the main ones.
	mustContain(t, v, "pgdn/f/ctrl+d/space", "pgup/b/ctrl+u", "↑/ctrl+p", "↓/ctrl+n", "tab/shift+tab",
		"clear text, then close")
	for _, g := range m.helpGroups() {
		mustContain(t, v, g.title)
		for _, b := range g.bindings {
			b = everyKey(b)
			re := regexp.MustCompile(regexp.QuoteMeta(b.Help().Key) + ` +` + regexp.QuoteMeta(b.Help().Desc))
			if !re.MatchString(v) {
				t.Errorf("help lacks %q %q", b.Help().Key, b.Help().Desc)
			}
		}
	}
	m = press(t, m, "?")
	mustNotContain(t, m.View(), "━━ Help")
	m = press(t, m, "?", "esc")
	mustNotContain(t, m.View(), "━━ Help")
}

func TestHelpScrollsWhenTallerThanWindow(t *testing.T) {
	m := sized(t, 40, 10, Options{})
	m = press(t, m, "?")
	if m.help.sc.total <= m.help.sc.height {
		t.Skip("help fits")
	}
	first := m.View()
	m = press(t, m, "G")
	if m.View() == first {
		t.Fatal("G did not scroll the help")
	}
	mustContain(t, m.View(), "wheel scrolls the pane under the")

	// Where the title rule has room, it says how much is out of view, as
	// every scrolling pane does: at 100×30 the Anywhere keys are below.
	m = press(t, sized(t, 100, 30, Options{}), "?")
	mustContain(t, m.View(), fmt.Sprintf("━━ ↓ %d more · ? or esc closes ━━", m.help.sc.total-m.help.sc.height))
	m = press(t, m, "G")
	mustContain(t, m.View(), fmt.Sprintf("━━ ↑ %d more · ? or esc closes ━━", m.help.sc.total-m.help.sc.height))
}

func TestTooSmall(t *testing.T) {
	m := sized(t, 30, 8, Options{})
	v := m.View()
	mustContain(t, v, "Terminal too small: 30×8.", "needs at least 40×10")
	m = resized(m, 40, 10)
	mustContain(t, m.View(), "━━ Timeline")
	// Keys still work while too small: q quits.
	m = resized(m, 10, 3)
	if _, cmd := m.Update(keyMsg("q")); cmd == nil {
		t.Fatal("q did not quit on a tiny window")
	}
}

func TestQuitKeys(t *testing.T) {
	m := sized(t, 80, 24, Options{})
	next, cmd := m.Update(keyMsg("q"))
	if cmd == nil || cmd() != tea.Quit() {
		t.Fatal("q did not quit")
	}
	if next.View() != "" {
		t.Fatal("the last frame after quit should be empty")
	}
	// ctrl+c quits even while typing a search.
	m = press(t, m, "/")
	if _, cmd := m.Update(keyMsg("ctrl+c")); cmd == nil || cmd() != tea.Quit() {
		t.Fatal("ctrl+c did not quit while searching")
	}
}

func TestMouseWheel(t *testing.T) {
	m := sized(t, 120, 40, Options{Mouse: true})
	next, _ := m.Update(tea.MouseMsg{X: 5, Y: 5, Action: tea.MouseActionPress, Button: tea.MouseButtonWheelDown})
	m = next.(Model)
	if m.timeline.cursor != 1 {
		t.Fatalf("wheel down over the timeline: cursor %d", m.timeline.cursor)
	}
	m = sized(t, 120, 20, Options{EventID: "envoys-visit-pyongyang"})
	next, _ = m.Update(tea.MouseMsg{X: 90, Y: 5, Action: tea.MouseActionPress, Button: tea.MouseButtonWheelDown})
	if next.(Model).detail.sc.off != 1 {
		t.Fatal("wheel over the detail did not scroll it")
	}
}

func TestUnknownEventIDIsIgnored(t *testing.T) {
	m := sized(t, 80, 24, Options{EventID: "no-such-event"})
	mustContain(t, m.View(), "━━ Timeline", "▶ Fri 27 Apr ")
}

func TestThemeIsChecked(t *testing.T) {
	if err := Run(dataset(t), Options{Theme: "sepia"}); err == nil || !strings.Contains(err.Error(), "sepia") {
		t.Fatalf("bad theme: %v", err)
	}
	for _, theme := range []string{"dark", "light"} {
		if err := settleTheme(theme); err != nil {
			t.Fatal(err)
		}
	}
	if err := settleTheme("dark"); err != nil {
		t.Fatal(err)
	}
}

// However narrow the window, the short help keeps "? help", which leads to
// every other key, and from 50 columns "q quit" too, in every pane; it never
// runs past the edge.
func TestShortHelpKeepsHelpKey(t *testing.T) {
	for _, w := range []int{40, 50, 64, 80, 99, 120} {
		for _, keys := range [][]string{nil, {"enter"}, {"a"}, {"enter", "j", "enter"}, {"t"}, {"p"}} {
			m := press(t, sized(t, w, 24, Options{EventID: ""}), keys...)
			lines := strings.Split(m.View(), "\n")
			last := lines[len(lines)-1]
			typing := slices.Equal(keys, []string{"a"}) // q is a letter there
			quitShown := w < 50 || typing || strings.Contains(last, "q quit")
			if !strings.Contains(last, "? help") || !quitShown || width(last) > w {
				t.Errorf("%d wide after %v: short help %q", w, keys, last)
			}
		}
		// Where the help key comes first it keeps its place when cut.
		lines := strings.Split(press(t, sized(t, w, 24, Options{}), "?").View(), "\n")
		if help := lines[len(lines)-1]; !strings.HasPrefix(help, "? close help") {
			t.Errorf("%d wide, help open: short help %q", w, help)
		}
	}
}

// On a short window the reader cuts its credit to one line so the article
// keeps most of the pane; on a tall one the credit is whole.
func TestReaderHeaderShrinksOnShortWindows(t *testing.T) {
	m := press(t, sized(t, 40, 10, Options{EventID: "kim-letter"}), "enter", "enter") // show the quote, open it
	if !m.layout.has(paneReader) || m.reader.sc.height < 4 {
		t.Fatalf("40×10 reader: reading=%v, %d lines of article", m.layout.has(paneReader), m.reader.sc.height)
	}
	mustContain(t, m.View(), "Published 10–13 Sep 2018 (inferred) · o…")
	m = resized(m, 40, 30)
	mustContain(t, m.View(), "outlet unknown · author unknown · photo:", "AFP/KCNA VIA KNS")
}

// On a narrow window the status line cuts the actors' names first: the
// match mode, the search and the count stay readable.
func TestStatusLineKeepsSearchAndCountWhenNarrow(t *testing.T) {
	m := sized(t, 60, 12, Options{Filter: model.Filter{Actors: []string{"kim-jong-un", "donald-trump"}, Search: "summit"}})
	line := statusRow(m.View())
	mustContain(t, line, "2 actors (any)", "Search “summit”", fmt.Sprintf("%d of 16 events", m.result.Len()))
	if width(line) > 60 {
		t.Fatalf("status line is %d wide: %q", width(line), line)
	}
}

// Pasted text keeps its words apart: line breaks and tabs become spaces.
// While the search is typed, the no-match hint does not offer x, which
// would be typed.
func TestPastedSearchKeepsWordsApart(t *testing.T) {
	m := press(t, sized(t, 100, 30, Options{}), "/")
	next, _ := m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("second\nsummit\tzz"), Paste: true})
	m = next.(Model)
	if got := m.search.value(); got != "second summit zz" {
		t.Fatalf("pasted search is %q", got)
	}
	v := m.View()
	mustContain(t, v, "No events match.", "Keep typing, backspace, or esc to clear the")
	mustNotContain(t, v, "Press x")
}

// Closing the actor filter with enter clears its typed text: it opens again
// on the whole list, not on "No actor matches".
func TestActorFilterOpensAgainOnTheWholeList(t *testing.T) {
	m := press(t, sized(t, 100, 30, Options{}), "a")
	m = typeText(t, m, "zzz")
	mustContain(t, m.View(), "No actor matches")
	m = press(t, m, "enter", "a")
	mustContain(t, m.View(), "● Kim Jong Un", "type to narrow")
	mustNotContain(t, m.View(), "No actor matches")
}

// An event opened with --event under a search that matches nothing stays
// the current one through esc, so clearing the search lands on it.
func TestClearingTheSearchFindsTheOpenedEvent(t *testing.T) {
	m := sized(t, 100, 30, Options{Filter: model.Filter{Search: "zzz"}, EventID: "kim-letter"})
	m = press(t, m, "esc", "esc")
	if m.filter.Search != "" || m.current == nil || m.current.ID != "kim-letter" || m.timeline.selected() != m.current {
		t.Fatalf("after esc, esc: search %q, current %s, selected %s; want the letter selected", m.filter.Search, eventID(m.current), eventID(m.timeline.selected()))
	}
}

// A passage that is both an excerpt and a quote is one mark in the reader,
// named both ways.
func TestReaderNamesASharedPassageBothWays(t *testing.T) {
	ds := dataset(t)
	e := *ds.Event("sanders-briefing")
	e.Excerpts = []model.Excerpt{e.Quotes[0].Excerpt}
	r := reader{ctx: newContext(ds, false)}
	r.setSize(100, 30)
	r.open(&e, e.Quotes[0].Excerpt, "")
	if len(r.marks) != 2 || r.cur < 0 || r.marks[r.cur].label != "excerpt 1 of 1, quote 1 of 2" {
		t.Fatalf("%d marks, current %d: %+v", len(r.marks), r.cur, r.marks)
	}
}

// The help, laid out only when first opened, is the same whenever and
// however often it is opened: after a resize with it closed, after a
// resize with it open.
func TestHelpLaidOutWhenOpenedMatchesAFreshOne(t *testing.T) {
	fresh := press(t, sized(t, 120, 40, Options{}), "?").View()
	m := press(t, sized(t, 80, 24, Options{}), "?", "?")
	if got := press(t, resized(m, 120, 40), "?").View(); got != fresh {
		t.Errorf("opened after a resize:\n%s\nwant:\n%s", got, fresh)
	}
	m = press(t, sized(t, 80, 24, Options{}), "?")
	if got := resized(m, 120, 40).View(); got != fresh {
		t.Errorf("resized while open:\n%s\nwant:\n%s", got, fresh)
	}
}
