package data

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLoadFileReadsSourceTextRelativeToTheDataset(t *testing.T) {
	dir := t.TempDir()
	writeDataset(t, dir, "texts/article.txt")
	must(t, os.MkdirAll(filepath.Join(dir, "texts"), 0o755))
	must(t, os.WriteFile(filepath.Join(dir, "texts", "article.txt"), []byte(smallText), 0o644))

	loaded, err := LoadFile(filepath.Join(dir, "mine.json"), DefaultMaxBytes)
	if err != nil {
		t.Fatal(err)
	}
	if len(loaded.Safe.Events) != 2 {
		t.Errorf("loaded %d events, want 2", len(loaded.Safe.Events))
	}
}

func TestLoadFileRefusesWhatItCannotUse(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.json")
	must(t, os.WriteFile(big, []byte(`{"schema": "`+strings.Repeat("x", 3<<20)+`"}`), 0o644))
	cases := map[string]string{
		big:                                big + ": larger than the 2 MiB limit",
		filepath.Join(dir, "missing.json"): filepath.Join(dir, "missing.json") + ": no such file or directory",
		dir:                                dir + ": is a directory, not a regular file",
	}
	for path, want := range cases {
		_, err := LoadFile(path, 2<<20)
		if err == nil || err.Error() != want {
			t.Errorf("LoadFile(%s) error = %v, want %q", path, err, want)
		}
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
