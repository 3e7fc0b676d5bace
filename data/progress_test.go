package data

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// A load reports its progress in order, ending with every event counted,
// so a display can show bytes and events read and then that it is
// building the timeline.
func TestLoadFileReportsProgressInOrder(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "many.json")
	if err := os.WriteFile(path, []byte(manyEvents(3000)), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "s.txt"), []byte("Some Words."), 0o644); err != nil {
		t.Fatal(err)
	}
	var got []Progress
	loaded, err := LoadFileAs(path, DefaultMaxBytes, FormatAuto, func(p Progress) { got = append(got, p) })
	if err != nil {
		t.Fatal(err)
	}
	info, _ := os.Stat(path)
	if len(got) < 3 {
		t.Fatalf("%d reports for 3000 events, want one per 1024 parsed and a last one: %+v", len(got), got)
	}
	for i := 1; i < len(got); i++ {
		if got[i].Done < got[i-1].Done || got[i].Events < got[i-1].Events {
			t.Fatalf("report %d went backwards: %+v after %+v", i, got[i], got[i-1])
		}
	}
	last := got[len(got)-1]
	want := Progress{Stage: StageIndexing, Done: info.Size(), Total: info.Size(), Events: len(loaded.Raw.Events)}
	if last != want || want.Events != 3000 {
		t.Fatalf("last report %+v, want %+v", last, want)
	}
}

// manyEvents is a valid dataset of n minimal events quoting one source.
func manyEvents(n int) string {
	var b strings.Builder
	b.WriteString(`{"schema":"parley/1","sources":[{"id":"s","title":"S","text_file":"s.txt"}],` +
		`"actors":[{"id":"a","name":"A","kind":"person"}],"events":[`)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`{"id":"e-` + strconv.Itoa(i) + `","title":"T","summary":"S","date":{"precision":"none"},"status":"occurred",` +
			`"actors":[{"actor":"a","part":"p"}],"excerpts":[{"source":"s","text":"Words."}]}`)
	}
	b.WriteString("]}")
	return b.String()
}
