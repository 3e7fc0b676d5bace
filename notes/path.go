package notes

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"path"
	"path/filepath"
	"strings"
)

// EmbeddedIdentity names the built-in dataset, by its name in the build.
func EmbeddedIdentity(name string) string { return "builtin:" + name }

// FileIdentity names a user's dataset file by its absolute path, links
// resolved, so that two spellings of one file share their notes.
func FileIdentity(file string) (string, error) {
	abs, err := filepath.Abs(file)
	if err != nil {
		return "", err
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		abs = real
	}
	return abs, nil
}

// DefaultPath is where the notes for a dataset live:
// $XDG_STATE_HOME/parley/NAME, or ~/.local/state/parley/NAME when
// XDG_STATE_HOME is unset or not absolute (as the XDG spec asks).
func DefaultPath(getenv func(string) string, identity string) (string, error) {
	state := getenv("XDG_STATE_HOME")
	if !filepath.IsAbs(state) {
		home := getenv("HOME")
		if !filepath.IsAbs(home) {
			return "", errors.New("neither XDG_STATE_HOME nor HOME is set to an absolute path; use --notes FILE")
		}
		state = filepath.Join(home, ".local", "state")
	}
	return filepath.Join(state, "parley", FileName(identity)), nil
}

// FileName is the notes file's name for a dataset: readable, from the
// dataset's own name, and unique, from a hash of its identity.
func FileName(identity string) string {
	if name, ok := strings.CutPrefix(identity, "builtin:"); ok {
		return "builtin-" + safeName(strings.TrimSuffix(path.Base(name), ".json")) + ".notes.json"
	}
	sum := sha256.Sum256([]byte(identity))
	return fmt.Sprintf("%s-%x.notes.json", safeName(strings.TrimSuffix(filepath.Base(identity), ".json")), sum[:6])
}

// safeName keeps letters, digits, '.', '-' and '_' of a name, up to 40 of
// them; anything else becomes '_'.
func safeName(s string) string {
	var b strings.Builder
	for _, r := range s {
		if b.Len() >= 40 {
			break
		}
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '.', r == '-', r == '_':
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
	}
	if b.Len() == 0 {
		return "dataset"
	}
	return b.String()
}
