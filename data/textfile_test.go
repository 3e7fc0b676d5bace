package data

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeDataset writes smallDoc, its source's text given as textFile, to
// dir/mine.json, with the article at dir/article.txt.
func writeDataset(t *testing.T, dir, textFile string) string {
	t.Helper()
	doc := smallDoc()
	s := doc["sources"].([]any)[0].(map[string]any)
	delete(s, "text")
	s["text_file"] = textFile
	raw, _ := json.Marshal(doc)
	must(t, os.WriteFile(filepath.Join(dir, "article.txt"), []byte(smallText), 0o644))
	path := filepath.Join(dir, "mine.json")
	must(t, os.WriteFile(path, raw, 0o644))
	return path
}

// A dataset must not make parley read a file outside its own directory:
// not by an absolute path, not by climbing with "..", not through a
// symbolic link. Each is refused at text_file, with the path and why.
func TestTextFileStaysInTheDatasetsDirectory(t *testing.T) {
	outside := t.TempDir()
	secret := filepath.Join(outside, "secret.txt")
	must(t, os.WriteFile(secret, []byte(smallText), 0o644)) // would validate, were it read
	dir := filepath.Join(t.TempDir(), "set")
	must(t, os.MkdirAll(filepath.Join(dir, "texts"), 0o755))
	must(t, os.Symlink(secret, filepath.Join(dir, "texts", "link.txt")))
	must(t, os.Symlink(outside, filepath.Join(dir, "away")))
	rel, err := filepath.Rel(dir, secret)
	must(t, err)

	cases := map[string]string{
		secret:                 `is an absolute path`,
		rel:                    `climbs out of the dataset's directory`,
		"texts/../../x.txt":    `climbs out of the dataset's directory`,
		"texts/link.txt":       `a symbolic link leads out of the dataset's directory (to ` + secret,
		"away/secret.txt":      `a symbolic link leads out of the dataset's directory (to ` + secret,
		"texts/../article.txt": "",
	}
	for textFile, want := range cases {
		path := writeDataset(t, dir, textFile)
		loaded, err := LoadFile(path, DefaultMaxBytes)
		if want == "" {
			if err != nil {
				t.Errorf("text_file %q stays inside, yet: %v", textFile, err)
			}
			continue
		}
		if loaded != nil || err == nil {
			t.Errorf("text_file %q was read", textFile)
			continue
		}
		probs := err.(Problems)
		if len(probs) != 1 || probs[0].Path != "sources[0].text_file" || !strings.Contains(probs[0].Msg, want) || !strings.Contains(probs[0].Msg, textFile) {
			t.Errorf("text_file %q: got\n%v\nwant one problem at sources[0].text_file naming it and %q", textFile, err, want)
		}
	}
}

// A source text that cannot be read is one problem, at text_file, not
// also one "not found verbatim" for every excerpt that quotes it.
func TestAMissingSourceTextIsOneProblem(t *testing.T) {
	path := writeDataset(t, t.TempDir(), "nowhere.txt")
	_, err := LoadFile(path, DefaultMaxBytes)
	probs, _ := err.(Problems)
	if len(probs) != 1 || probs[0].Path != "sources[0].text_file" || !strings.Contains(probs[0].Msg, `cannot read "nowhere.txt"`) {
		t.Errorf("got %d problems:\n%v", len(probs), err)
	}
}

// Editors on Windows start a UTF-8 file with a byte-order mark.
func TestAByteOrderMarkIsAccepted(t *testing.T) {
	dir := t.TempDir()
	path := writeDataset(t, dir, "article.txt")
	raw, _ := os.ReadFile(path)
	must(t, os.WriteFile(path, append([]byte(bom), raw...), 0o644))
	must(t, os.WriteFile(filepath.Join(dir, "article.txt"), []byte(bom+smallText), 0o644))
	loaded, err := LoadFile(path, DefaultMaxBytes)
	if err != nil {
		t.Fatalf("a dataset and text starting with a byte-order mark: %v", err)
	}
	if text := loaded.Raw.Sources[0].Text; strings.HasPrefix(text, bom) {
		t.Errorf("the source text keeps the byte-order mark, so every offset is off by 3")
	}
}
