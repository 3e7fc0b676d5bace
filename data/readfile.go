package data

import "bytes"

// ReadFile reads a file the user named, refusing a directory and a file
// over maxBytes, with errors that do not repeat the path.
func ReadFile(path string, maxBytes int64) ([]byte, error) {
	var b bytes.Buffer
	err := readCapped(path, maxBytes, &b, nil)
	return b.Bytes(), err
}
