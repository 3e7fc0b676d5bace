package data

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"unsafe"

	"parley/model"
)

// A file read window by window loads exactly what the whole text loads,
// with the same problems at the same lines and columns, wherever the
// windows end: inside a string, an escape, a number, between events.

// windowLoad loads raw as a file read chunk bytes at a time.
func windowLoad(raw []byte, chunk int, open func(string) ([]byte, error), o LoadOptions) (*Loaded, error) {
	f := windowed(bytes.NewReader(raw), int64(len(raw)), chunk, DefaultMaxBytes)
	readAll := func() (string, error) { return withoutBOM(string(raw)), nil }
	return loadFrom("f.json", f, readAll, open, o)
}

func smallOpen(string) ([]byte, error) { return []byte(smallText), nil }

// manyOpen reads the source manyEvents quotes.
func manyOpen(string) ([]byte, error) { return []byte("Some Words."), nil }

func sameWindowedLoad(t *testing.T, label string, raw []byte, open func(string) ([]byte, error), chunks ...int) {
	t.Helper()
	want, wantErr := load("f.json", string(raw), open, LoadOptions{})
	wantStreamed := streams(whole(withoutBOM(string(raw))), open)
	for _, chunk := range chunks {
		// Falling back to the whole text would load the same: the windows
		// must stream whatever the whole text streams.
		if got := streams(windowed(bytes.NewReader(raw), int64(len(raw)), chunk, DefaultMaxBytes), open); got != wantStreamed {
			t.Fatalf("%s, windows of %d bytes: streamed %v, the whole text %v", label, chunk, got, wantStreamed)
		}
		got, gotErr := windowLoad(raw, chunk, open, LoadOptions{})
		if !reflect.DeepEqual(gotErr, wantErr) {
			t.Fatalf("%s, windows of %d bytes: error\n%v\nwant\n%v", label, chunk, gotErr, wantErr)
		}
		if wantErr != nil {
			continue
		}
		if !reflect.DeepEqual(got.Warnings, want.Warnings) {
			t.Fatalf("%s, windows of %d bytes: warnings\n%v\nwant\n%v", label, chunk, got.Warnings, want.Warnings)
		}
		for _, pair := range [][2]*model.Dataset{{got.Raw, want.Raw}, {got.Safe, want.Safe}} {
			g, w := pair[0], pair[1]
			if !sameList(g.Sources, w.Sources) || !sameList(g.Actors, w.Actors) || !sameList(g.Events, w.Events) || !sameList(g.Phases, w.Phases) || !sameList(g.Sides, w.Sides) {
				t.Fatalf("%s, windows of %d bytes: loaded dataset differs from the whole text's", label, chunk)
			}
		}
	}
}

// streams reports whether the document f holds streams to its end.
func streams(f *feed, open func(string) ([]byte, error)) bool {
	r := &reader{walker: walker{file: "f.json"}, open: open, keeps: f.windows()}
	_, ok := r.stream(f)
	return ok
}

func TestWindowsLoadWhatTheWholeTextLoads(t *testing.T) {
	embeddedJSON := EmbeddedJSON()
	sameWindowedLoad(t, "embedded", embeddedJSON, embeddedOpen, 1, 13, 500, 4096, windowBytes)
	sameWindowedLoad(t, "embedded after a byte-order mark", append([]byte(bom), embeddedJSON...), embeddedOpen, 7, 4096)
	for _, cut := range []int{1, len(embeddedJSON) / 3, len(embeddedJSON) - 2} {
		sameWindowedLoad(t, fmt.Sprintf("embedded cut at byte %d", cut), embeddedJSON[:cut], embeddedOpen, 64, 4096)
	}
	small, _ := json.Marshal(smallDoc())
	sameWindowedLoad(t, "many", []byte(manyEvents(300)), manyOpen, 1, 29, 1000)
	// Escapes and numbers, with a window ending at every byte of them.
	escaped := strings.Replace(manyEvents(3), `"title":"T"`, `"title":"T\u00e9 \"q\" \ud83d\ude00 \\ \/"`, -1)
	escaped = strings.Replace(escaped, `"text":"Words."}`, `"text":"Words.","occurrence":1}`, -1)
	for pad := range 300 { // a window's size is rounded up to an allocation's: move the text instead
		raw := `{"$schema":"` + strings.Repeat("x", pad) + `",` + escaped[1:]
		sameWindowedLoad(t, fmt.Sprintf("escapes and numbers %d bytes on", pad), []byte(raw), manyOpen, 64)
	}
	// A number given as an event, with a window ending at each of its
	// digits: the digits after a window's end belong to it.
	numbered := strings.Replace(manyEvents(3), `"events":[`, `"events":[12345678,`, 1)
	for pad := range 130 {
		raw := `{"$schema":"` + strings.Repeat("x", pad) + `",` + numbered[1:]
		sameWindowedLoad(t, fmt.Sprintf("a number as an event %d bytes on", pad), []byte(raw), manyOpen, 64, 67, 128)
	}
	// A head longer than a window is found by a scan, not a parse: keys
	// written with escapes, brackets and quotes in its strings.
	tricky := strings.Replace(manyEvents(3), `"events":[`, `"x":["]\\\"{",{"events":1}],"\u0065vents":[`, 1)
	sameWindowedLoad(t, "a tricky head", []byte(tricky), manyOpen, 1, 7, 64)
	inputs := map[string][]byte{"small": small}
	files, _ := filepath.Glob("testdata/hostile/*.json")
	for _, f := range files {
		b, err := os.ReadFile(f)
		must(t, err)
		inputs[filepath.Base(f)] = b
	}
	for name, raw := range inputs {
		for v, b := range variants(t, raw) {
			sameWindowedLoad(t, name+", "+v, b, smallOpen, 1, 29, 1000)
		}
	}
	for _, bad := range []string{"", " ", "{", `{"events":[}`, `{"events":[]} x`, `{"events":[],}`, `[1,2]`, `{"schema":"parley/1"}`,
		`{"events":[{"id":"a","related":[{"event":"b"}]},{"id":"b"}]}`, "{\"events\":[\"\xff\"]}", `{"events":[1e400,-0.5E-2]}`,
		`{"events":[{"title":"\u00e9\ud83d\ude00 tr\u00fce"}], "phases": [], "x": 1}`} {
		sameWindowedLoad(t, strings.ToValidUTF8(bad, "?"), []byte(bad), smallOpen, 1, 5)
	}
}

// A key given twice in an event far into the file is reported at the
// lines and columns where it stands, counted across the windows before.
func TestWindowsPlaceAKeyGivenTwiceLate(t *testing.T) {
	raw := strings.Replace(manyEvents(300), `},{`, "},\n  {", -1)
	late := `{"id":"e-250","title":"T"`
	raw = strings.Replace(raw, late, late+`,`+"\n    "+`"title":"U"`, 1)
	first := strings.Index(raw, late) + len(`{"id":"e-250",`)
	second := strings.Index(raw, `"title":"U"`)
	l1, c1 := lineCol(raw, int64(first))
	l2, c2 := lineCol(raw, int64(second))
	want := fmt.Sprintf("key given twice in one object (line %d, column %d and line %d, column %d); keep one", l1, c1, l2, c2)
	if l1 != 251 || c1 != 17 || l2 != 252 || c2 != 5 {
		t.Fatalf("the test's own places are off: %s", want)
	}
	for _, chunk := range []int{3, 64, 1000, 4096} {
		_, err := windowLoad([]byte(raw), chunk, manyOpen, LoadOptions{})
		probs, _ := err.(Problems)
		if len(probs) != 1 || probs[0].Msg != want || probs[0].Path != "events[250].title" {
			t.Fatalf("windows of %d bytes: problems %v, want one at events[250].title: %s", chunk, err, want)
		}
	}
	sameWindowedLoad(t, "a key given twice late", []byte(raw), manyOpen, 3, 64, 1000, 4096)
}

// Nothing a dataset keeps stands in a window of the file: a window would
// otherwise live, megabytes of it, as long as the dataset.
func TestNothingKeptStandsInAWindow(t *testing.T) {
	var windows []string
	windowRead = func(text string) { windows = append(windows, text) }
	defer func() { windowRead = nil }()
	loaded, err := windowLoad(EmbeddedJSON(), 256, embeddedOpen, LoadOptions{})
	must(t, err)
	if len(windows) < 10 {
		t.Fatalf("%d windows of 256 bytes read for the embedded dataset", len(windows))
	}
	inWindow := func(s string) bool {
		p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
		for _, w := range windows {
			start := uintptr(unsafe.Pointer(unsafe.StringData(w)))
			if p >= start && p < start+uintptr(len(w)) {
				return true
			}
		}
		return false
	}
	for _, ds := range []*model.Dataset{loaded.Raw, loaded.Safe} {
		for _, v := range []any{ds.Sources, ds.Sides, ds.Actors, ds.Events, ds.Phases} {
			eachString(reflect.ValueOf(v), "", func(at, s string) {
				if s != "" && inWindow(s) {
					t.Errorf("%s %q stands in a window of the file", at, s)
				}
			})
		}
	}
}

// eachString calls f with every string reachable from v and where it is.
func eachString(v reflect.Value, at string, f func(at, s string)) {
	switch v.Kind() {
	case reflect.String:
		f(at, v.String())
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			eachString(v.Elem(), at, f)
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			eachString(v.Index(i), fmt.Sprintf("%s[%d]", at, i), f)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			eachString(v.Field(i), at+"."+v.Type().Field(i).Name, f)
		}
	}
}

// A load read window by window reports its progress in order, up to the
// whole file, and hands out previews of the events checked so far.
func TestWindowsReportProgressAndPreviews(t *testing.T) {
	raw := []byte(manyEvents(6000))
	var got []Progress
	var previews []int
	loaded, err := windowLoad(raw, 4096, manyOpen, LoadOptions{
		Report:  func(p Progress) { got = append(got, p) },
		Preview: func(l *Loaded) { previews = append(previews, len(l.Raw.Events)) },
	})
	must(t, err)
	if len(got) < 6 {
		t.Fatalf("%d reports for 6000 events, want one per 1024 parsed and a last one", len(got))
	}
	for i := 1; i < len(got); i++ {
		if got[i].Done < got[i-1].Done || got[i].Events < got[i-1].Events || got[i].Done > int64(len(raw)) {
			t.Fatalf("report %d went backwards or past the end: %+v after %+v", i, got[i], got[i-1])
		}
	}
	if last := got[len(got)-1]; last.Stage != StageIndexing || last.Done != int64(len(raw)) || last.Events != len(loaded.Raw.Events) {
		t.Fatalf("last report %+v, want indexing %d events, %d bytes", last, len(loaded.Raw.Events), len(raw))
	}
	if len(previews) == 0 || previews[0] < firstPreview {
		t.Fatalf("previews of %v events, want one from %d", previews, firstPreview)
	}
}

// A syntax error early in a large file stops the windows there: the file
// is read whole once more, for encoding/json to word the error, not twice.
func TestWindowsStopAtASyntaxError(t *testing.T) {
	raw := []byte(strings.Replace(manyEvents(3000), `"id":"e-5",`, `"id":"e-5",,`, 1))
	windows := 0
	windowRead = func(string) { windows++ }
	defer func() { windowRead = nil }()
	_, err := windowLoad(raw, 4096, manyOpen, LoadOptions{})
	if err == nil || !strings.Contains(err.Error(), "invalid JSON") {
		t.Fatalf("error %v, want invalid JSON", err)
	}
	if windows > 2 {
		t.Fatalf("%d windows of 4 KiB read before the error in the first; the file is %d KiB", windows, len(raw)>>10)
	}
}

func FuzzWindowsLoadWhatTheWholeTextLoads(f *testing.F) {
	f.Add(EmbeddedJSON(), uint16(64))
	f.Add([]byte(manyEvents(4)), uint16(1))
	f.Fuzz(func(t *testing.T, raw []byte, chunk uint16) {
		sameWindowedLoad(t, "fuzz", raw, embeddedOpen, int(chunk)+1)
	})
}

// A head longer than a window (a source's text given inline) is read
// once, at its own size: loading it allocates little more than the file,
// as reading the file whole did, not the ever larger windows parsed
// again each time and a copy of the head on top (2.85x the file's
// memory for 96 MiB of text).
func TestALongHeadIsReadOnce(t *testing.T) {
	text := "Some Words. " + strings.Repeat("lorem ipsum dolor sit amet ", 8<<20/27)
	raw := []byte(strings.Replace(manyEvents(3), `"text_file":"s.txt"`, `"text":"`+text+`"`, 1))
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	loaded, err := windowLoad(raw, 64<<10, manyOpen, LoadOptions{})
	runtime.ReadMemStats(&after)
	must(t, err)
	if got := loaded.Raw.Sources[0].Text; len(got) != len(text) {
		t.Fatalf("the source's text is %d bytes, want %d", len(got), len(text))
	}
	if allocated := after.TotalAlloc - before.TotalAlloc; allocated > uint64(len(raw))*3/2 {
		t.Errorf("loading a %d KiB file whose head is almost all of it allocated %d KiB; want at most 1.5 times the file", len(raw)>>10, allocated>>10)
	}
}
