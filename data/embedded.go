package data

import (
	"embed"
	"path"
)

// EmbeddedName labels the built-in dataset in messages and output.
const EmbeddedName = "dataset/summit-2018.json"

//go:embed dataset
var embedded embed.FS

// EmbeddedJSON is the built-in dataset file as shipped, for fuzz seeds and
// for users who want a copy to start their own from.
func EmbeddedJSON() []byte {
	b, err := embedded.ReadFile(EmbeddedName)
	if err != nil {
		panic("parley was built without its dataset: " + err.Error()) // a build defect, not user input
	}
	return b
}

// Embedded loads the built-in dataset: the 2018 summit sequence.
func Embedded() (*Loaded, error) {
	return Load(EmbeddedName, EmbeddedJSON(), func(name string) ([]byte, error) {
		return embedded.ReadFile(path.Join(path.Dir(EmbeddedName), name))
	})
}
