package cli

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"parley/data"
	"parley/export"
	"parley/model"
)

func TestExportCSVReadsBackOneRowPerEvent(t *testing.T) {
	r := run(t, "--export", "csv", "--search", "summit")
	if r.code != ExitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	rows, err := csv.NewReader(strings.NewReader(r.stdout)).ReadAll()
	if err != nil {
		t.Fatalf("encoding/csv cannot read it: %v", err)
	}
	loaded, err := data.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	events := loaded.Safe.Query(model.Filter{Search: "summit"})
	if len(rows) != len(events)+1 || !slices.Equal(rows[0], export.CSVHeader) {
		t.Fatalf("%d rows, header %q; want %d events after %q", len(rows), rows[0], len(events), export.CSVHeader)
	}
	for i, e := range events {
		if row := rows[i+1]; row[0] != e.ID || row[7] != e.Title || row[10] != e.Summary {
			t.Errorf("row %d = %q, want event %s", i+1, row, e.ID)
		}
	}
	if strings.Count(r.stdout, "\r\n") < len(rows) {
		t.Errorf("rows do not end in CRLF as RFC 4180 has it")
	}
	if _, err := exec.LookPath("python3"); err != nil {
		return
	}
	cmd := exec.Command("python3", "-c", "import csv,sys; print(sum(1 for _ in csv.reader(sys.stdin)))")
	cmd.Stdin = strings.NewReader(r.stdout)
	out, err := cmd.Output()
	if got := strings.TrimSpace(string(out)); err != nil || got != strconv.Itoa(len(rows)) {
		t.Errorf("python's csv module read %q rows (%v), want %d", got, err, len(rows))
	}
}

func TestExportOfNoEventsSaysSo(t *testing.T) {
	r := run(t, "--export", "csv", "--search", "no such words")
	if r.code != ExitOK || r.stdout != strings.Join(export.CSVHeader, ",")+"\r\n" || !strings.Contains(r.stderr, "no event matches") {
		t.Errorf("exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
}

func TestExportUnknownFormatIsAUsageErrorListingTheFormats(t *testing.T) {
	r := run(t, "--export", "pdf")
	if r.code != ExitUsage || !strings.Contains(r.stderr, "markdown, csv, timelinejs, csl-json") || r.stdout != "" {
		t.Errorf("exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	for _, args := range [][]string{{"--output", "x.md"}, {"--export", "csv", "--json"}, {"--data-format", "timelinejs"}, {"--data", "x", "--data-format", "excel"}} {
		if r := run(t, args...); r.code != ExitUsage {
			t.Errorf("%q: exit %d, want %d; stderr %q", args, r.code, ExitUsage, r.stderr)
		}
	}
}

func TestExportOutputWritesTheFileWhole(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.md")
	if err := os.WriteFile(path, []byte("old"), 0o640); err != nil {
		t.Fatal(err)
	}
	r := run(t, "--export", "markdown", "--output", path)
	if r.code != ExitOK || r.stdout != "" || !strings.Contains(r.stderr, "wrote 16 events as markdown to") {
		t.Fatalf("exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// CSL-JSON holds the sources, and the line says so.
	if r := run(t, "--export", "csl-json", "--output", filepath.Join(t.TempDir(), "refs.json")); r.code != ExitOK || !strings.Contains(r.stderr, "wrote 1 source cited by 16 events as csl-json to") {
		t.Errorf("csl-json: exit %d, stderr %q", r.code, r.stderr)
	}
	if want := run(t, "--export", "markdown").stdout; string(got) != want {
		t.Errorf("the file differs from what stdout gets")
	}
	if info, _ := os.Stat(path); info.Mode().Perm() != 0o640 {
		t.Errorf("mode %v, want the replaced file's 0640", info.Mode().Perm())
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("left behind: %v", entries)
	}
	fresh := filepath.Join(dir, "new.csv")
	old := syscall.Umask(0o002)
	r = run(t, "--export", "csv", "--output", fresh)
	syscall.Umask(old)
	if info, err := os.Stat(fresh); r.code != ExitOK || err != nil || info.Mode().Perm() != 0o664 {
		t.Errorf("a new file under umask 002: exit %d, %v, want mode 0664", r.code, err)
	}
	os.Remove(fresh)

	link := filepath.Join(dir, "link.md")
	if err := os.Symlink("out.md", link); err != nil {
		t.Fatal(err)
	}
	if r := run(t, "--export", "csv", "--output", link); r.code != ExitOK {
		t.Fatalf("through a link: exit %d, %s", r.code, r.stderr)
	}
	if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced rather than the file it names")
	}
	if got, _ := os.ReadFile(path); !strings.HasPrefix(string(got), "id,date_start") {
		t.Errorf("the linked file was not written: %.40q", got)
	}
}

func TestExportOutputRefusesWhatItMustNotOverwrite(t *testing.T) {
	dir := t.TempDir()
	locked := filepath.Join(dir, "locked.md")
	if err := os.WriteFile(locked, []byte("keep me"), 0o200); err != nil {
		t.Fatal(err)
	}
	cases := map[string]string{dir: "not a regular file", filepath.Join(dir, "missing", "x.md"): "no such file"}
	if f, err := os.Open(locked); err == nil { // root reads anything: no unreadable file to test with
		f.Close()
	} else {
		cases[locked] = "cannot be read"
	}
	for path, want := range cases {
		r := run(t, "--export", "csv", "--output", path)
		if r.code != ExitData || !strings.Contains(r.stderr, want) {
			t.Errorf("%s: exit %d, stderr %q, want %q", path, r.code, r.stderr, want)
		}
	}
	if err := os.Chmod(locked, 0o600); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(locked); string(got) != "keep me" {
		t.Errorf("the unreadable file was overwritten: %q", got)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("left behind: %v", entries)
	}
}

// Hostile text leaves every format escaped: no byte of it can drive the
// terminal the export is printed on, and the JSON and CSV read back.
func TestExportOfHostileTextIsEscapedInEveryFormat(t *testing.T) {
	for _, format := range export.Formats {
		t.Run(format, func(t *testing.T) {
			r := run(t, "--data", hostile, "--export", format)
			if r.code != ExitOK {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			out := r.stdout
			if format == "csv" {
				out = strings.ReplaceAll(out, "\r\n", "\n") // RFC 4180's line end, not a control
			}
			assertTerminalSafe(t, format, []byte(out))
			for _, raw := range []string{"\u202e", "\u2066"} {
				if strings.Contains(out, raw) {
					t.Errorf("bidirectional control %q is raw in the output", raw)
				}
			}
			switch format {
			case "csv":
				rows, err := csv.NewReader(strings.NewReader(r.stdout)).ReadAll()
				if err != nil || len(rows) != 3 {
					t.Errorf("%d rows, %v", len(rows), err)
				}
			case "timelinejs", "csl-json":
				if !json.Valid([]byte(r.stdout)) {
					t.Errorf("not valid JSON")
				}
			case "markdown":
				for _, line := range strings.Split(r.stdout, "\n") {
					if strings.HasPrefix(line, "with a line break") {
						t.Errorf("a line break in a title started a line of its own: %q", line)
					}
				}
			}
		})
	}
}

// A TimelineJS file is read by its shape; --validate passes it with a note.
func TestTimelineJSFileIsReadAndValidatedWithANote(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tl.json")
	if err := os.WriteFile(path, []byte(run(t, "--export", "timelinejs").stdout), 0o644); err != nil {
		t.Fatal(err)
	}
	r := run(t, "--validate", path)
	if r.code != ExitOK || !strings.Contains(r.stdout, "ok (read as timelinejs): 16 events") || !strings.Contains(r.stderr, "note: 16 of 16 events have no source excerpts") {
		t.Errorf("exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	r = run(t, "--data", path, "--event", "kim-letter")
	if r.code != ExitOK || !strings.Contains(r.stdout, "excerpts:\n  no source excerpts") {
		t.Errorf("exit %d, stdout %s", r.code, r.stdout)
	}
	if !strings.Contains(r.stdout, "actors:\n  Kim Jong Un (a group of the TimelineJS timeline; no side)") {
		t.Errorf("the group did not become the event's actor:\n%s", r.stdout)
	}
	r = run(t, "--data", path, "--search", "letter")
	if !strings.Contains(r.stdout, "note:     no source excerpts") {
		t.Errorf("the timeline does not say the events have no source excerpts:\n%s", r.stdout)
	}
	if r := run(t, "--data", path, "--data-format", "parley"); r.code != ExitData {
		t.Errorf("--data-format parley read a TimelineJS file: exit %d", r.code)
	}
}

// --data-format names how --data or --validate reads FILE; --from stays
// parley date's, and is no flag of parley itself.
func TestDataFormatIsNotDatesFrom(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tl.json")
	if err := os.WriteFile(path, []byte(run(t, "--export", "timelinejs").stdout), 0o644); err != nil {
		t.Fatal(err)
	}
	if r := run(t, "--validate", path, "--data-format", "timelinejs"); r.code != ExitOK || !strings.Contains(r.stdout, "ok (read as timelinejs)") {
		t.Errorf("--validate --data-format timelinejs: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	if r := run(t, "--data", path, "--from", "timelinejs"); r.code != ExitUsage {
		t.Errorf("--from on parley itself: exit %d, stderr %q", r.code, r.stderr)
	}
	if r := run(t, "date", "Monday", "--from", "2018-09-13"); r.code != ExitOK || !strings.Contains(r.stdout, "Mon 10 Sep 2018") {
		t.Errorf("parley date --from: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
}
