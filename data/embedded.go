package data

import (
	"embed"
	"path"
)

// EmbeddedName labels the built-in dataset in messages and output.
const EmbeddedName = "dataset/summit-2018.json"

// The dataset file is embedded as a string, which the loader reads in
// place: the strings of the model point into the binary's own copy, with
// none made at start-up. The files it names are read from embedded.
var (
	//go:embed dataset/summit-2018.json
	embeddedText string
	//go:embed dataset/sources
	embedded embed.FS
)

// EmbeddedJSON is the built-in dataset file as shipped, for fuzz seeds and
// for users who want a copy to start their own from.
func EmbeddedJSON() []byte { return []byte(embeddedText) }

// Embedded loads the built-in dataset: the 2018 summit sequence.
func Embedded() (*Loaded, error) {
	return load(EmbeddedName, embeddedText, embeddedOpen, LoadOptions{})
}

// embeddedOpen reads a file the built-in dataset names (its sources).
func embeddedOpen(name string) ([]byte, error) {
	return embedded.ReadFile(path.Join(path.Dir(EmbeddedName), name))
}
