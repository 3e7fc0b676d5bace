package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/data"
	"parley/export"
	"parley/model"
)

// The docs document the schema with these examples; they must stay valid,
// without warnings.
func TestExampleDatasetsValidate(t *testing.T) {
	for example, counts := range map[string]string{
		"../examples/singapore-run-up.json": "3 events, 3 actors, 1 source",
		"../examples/vell-grain-talks.json": "7 events, 7 actors, 1 source",
	} {
		r := run(t, "--validate", example)
		if want := example + ": ok: " + counts + "\n"; r.code != ExitOK || r.stdout != want || r.stderr != "" {
			t.Errorf("exit %d, stdout %q, stderr %q; want exit 0 and %q", r.code, r.stdout, r.stderr, want)
		}
	}
}

// A dataset for a second, non-Korean text, made the way the walk-through
// in docs/dataset.md makes one: parley new on the text, excerpts typed
// with straight quotes and dashes, parley --fix-excerpts, parley --validate;
// then one more excerpt picked in the reader (its e key copies
// export.ExcerptJSON of the passage) and pasted in, which validates as it
// is.
func TestBuildADatasetForANewStory(t *testing.T) {
	dir := t.TempDir()
	text, err := os.ReadFile("../examples/sources/vell-grain-talks.txt")
	if err != nil {
		t.Fatal(err)
	}
	src := filepath.Join(dir, "vell-grain-talks.txt")
	if err := os.WriteFile(src, text, 0o644); err != nil {
		t.Fatal(err)
	}
	target := filepath.Join(dir, "vell-grain-talks.json")
	if r := run(t, "new", src, "--title", "Norland and Sudmark agree to resume grain talks"); r.code != ExitOK {
		t.Fatalf("parley new: exit %d: %s", r.code, r.stderr)
	}
	if r := run(t, "--validate", target); r.code != ExitOK {
		t.Fatalf("the starter does not validate: %s", r.stderr)
	}

	// The author writes the events, typing quotation marks and dashes
	// as a keyboard does. The finished example is what they mean.
	want, err := os.ReadFile("../examples/vell-grain-talks.json")
	if err != nil {
		t.Fatal(err)
	}
	typed := straightenExcerpts(t, string(want))
	if typed == string(want) {
		t.Fatal("the example has no typography to straighten: the test would prove nothing")
	}
	if err := os.WriteFile(target, []byte(strings.ReplaceAll(typed, "sources/vell-grain-talks.txt", "vell-grain-talks.txt")), 0o644); err != nil {
		t.Fatal(err)
	}
	r := run(t, "--validate", target)
	if r.code != ExitData || !strings.Contains(r.stderr, "only typography differs: parley --fix-excerpts FILE rewrites it to the source's text") {
		t.Fatalf("typed excerpts: exit %d, stderr:\n%s", r.code, r.stderr)
	}
	if r := run(t, "--fix-excerpts", target); r.code != ExitOK || !strings.Contains(r.stdout, ": rewrote 6 excerpts to the source's text\n") {
		t.Fatalf("--fix-excerpts: exit %d\n%s\n%s", r.code, r.stdout, r.stderr)
	}
	if r := run(t, "--validate", target); r.code != ExitOK || r.stderr != "" {
		t.Fatalf("after the fix: exit %d: %s", r.code, r.stderr)
	}
	got, _ := os.ReadFile(target)
	if string(got) != strings.ReplaceAll(string(want), "sources/vell-grain-talks.txt", "vell-grain-talks.txt") {
		t.Errorf("the fixed file is not the example:\n%s", got)
	}

	// A passage with curly marks, picked in the reader and pasted into the
	// first event's excerpts.
	loaded, err := data.LoadFile(target, data.DefaultMaxBytes)
	if err != nil {
		t.Fatal(err)
	}
	article := loaded.Raw.Sources[0]
	passage := "Norland’s minister, Tomas Brekke, suspended the barley tariff last week – a step Marrow called “the gesture we asked for”."
	at := strings.Index(article.Text, passage)
	if at < 0 {
		t.Fatal("the passage is not in the text")
	}
	picked, ok := export.ExcerptJSON(article, model.Excerpt{SourceID: article.ID, Start: at, End: at + len(passage)})
	if !ok {
		t.Fatal("no excerpt JSON for the passage")
	}
	var doc map[string]any
	if err := json.Unmarshal(got, &doc); err != nil {
		t.Fatal(err)
	}
	first := doc["events"].([]any)[0].(map[string]any)
	first["excerpts"] = append(first["excerpts"].([]any), json.RawMessage(picked))
	pasted, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(target, pasted, 0o644); err != nil {
		t.Fatal(err)
	}
	if r := run(t, "--validate", target); r.code != ExitOK || r.stderr != "" {
		t.Fatalf("with the picked excerpt %s: exit %d: %s", picked, r.code, r.stderr)
	}
}

// straightenExcerpts turns the curly quotation marks, apostrophes and en
// dashes inside every excerpt's text into the keyboard's.
func straightenExcerpts(t *testing.T, doc string) string {
	t.Helper()
	typewriter := strings.NewReplacer("“", `\"`, "”", `\"`, "’", "'", "–", "--")
	var b strings.Builder
	for {
		i := strings.Index(doc, `"excerpt`)
		if i < 0 {
			break
		}
		j := strings.Index(doc[i:], `"text": "`)
		end := strings.Index(doc[i+j+9:], `" }`)
		if j < 0 || end < 0 {
			t.Fatal("unexpected example layout")
		}
		start := i + j + 9
		b.WriteString(doc[:start])
		b.WriteString(typewriter.Replace(doc[start : start+end]))
		doc = doc[start+end:]
	}
	b.WriteString(doc)
	return b.String()
}
