package data

import (
	"errors"
	"fmt"
	"path"
	"path/filepath"
	"strings"
)

// readTextFile reads a source's text_file, which names a file inside the
// dataset's own directory: a dataset must not make parley read anything
// else on the machine. A byte-order mark at its start is dropped, as it
// is from the dataset file.
func (r *reader) readTextFile(name string) (string, error) {
	if why := escapes(name); why != "" {
		return "", fmt.Errorf("%q %s; text_file names a file in the dataset's directory or below it", name, why)
	}
	text, err := r.open(name)
	if err != nil {
		return "", fmt.Errorf("cannot read %q: %v", name, err)
	}
	return withoutBOM(string(text)), nil
}

// escapes says why a text_file path leads out of the dataset's directory
// as written, or "" when it does not. Symbolic links are the opener's to
// check: only it knows the directory on disk.
func escapes(name string) string {
	slashed := filepath.ToSlash(name)
	switch {
	case path.IsAbs(slashed) || filepath.IsAbs(name) || filepath.VolumeName(name) != "":
		return "is an absolute path"
	case strings.ContainsRune(name, 0):
		return "holds a NUL byte"
	}
	if clean := path.Clean(slashed); clean == ".." || strings.HasPrefix(clean, "../") {
		return "climbs out of the dataset's directory"
	}
	return ""
}

// bom is the UTF-8 byte-order mark some editors write at a file's start.
const bom = "\uFEFF"

func withoutBOM(s string) string { return strings.TrimPrefix(s, bom) }

// errOutside is the opener's word for a path that a symbolic link takes
// out of the dataset's directory.
var errOutside = errors.New("a symbolic link leads out of the dataset's directory")

// openInside returns an opener for text files under dir that refuses a
// file reached through a symbolic link pointing out of dir. read does the
// reading once the path is known to stay inside.
func openInside(dir string, read func(string) ([]byte, error)) func(string) ([]byte, error) {
	return func(rel string) ([]byte, error) {
		full := filepath.Join(dir, rel)
		root, err := filepath.EvalSymlinks(dir)
		if err != nil {
			return nil, err
		}
		target, err := filepath.EvalSymlinks(full)
		if err != nil {
			return read(full) // a missing file: let the read word it
		}
		if within, err := filepath.Rel(root, target); err != nil || within == ".." || strings.HasPrefix(within, ".."+string(filepath.Separator)) {
			return nil, fmt.Errorf("%w (to %s)", errOutside, target)
		}
		return read(target)
	}
}
