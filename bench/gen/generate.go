package gen

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"

	"parley/data"
	"parley/model"
)

// Files is a generated dataset: the JSON document and the source texts it
// names by text_file, keyed by that relative path.
type Files struct {
	JSON  []byte
	Texts map[string][]byte
}

// Generate builds the dataset p describes. Events are written in random
// date order, as an unsorted file would be; the loader sorts them.
func Generate(p Params) *Files {
	p = p.normalised()
	r := rand.New(rand.NewPCG(p.Seed, 0x9a7e1e7))
	v := newVocabulary(r, 3000)
	actors := newActors(r, p.Actors)
	names := make([]string, len(actors))
	for i, a := range actors {
		names[i] = a.Name
	}
	c := newCorpus(r, v, names, p)
	f := &Files{Texts: make(map[string][]byte, p.Sources)}
	sources := make([]data.FileSource, p.Sources)
	for i, text := range c.texts {
		published := epoch.AddDate(0, 0, r.IntN(35*365))
		sources[i] = data.FileSource{
			ID:    sourceID(i),
			Title: capitalised(v.word()) + " " + v.word() + " " + v.word(),
			Published: &data.FileDate{Precision: string(model.PrecisionRange), Start: day(published),
				End: day(published.AddDate(0, 0, 3)), Basis: string(model.BasisInferred), Words: firstWords(text, 2)},
			TextFile: sourceFile(i),
		}
		f.Texts[sourceFile(i)] = []byte(text)
	}
	m := &eventMaker{r: r, v: v, cast: newCast(r, actors), corpus: c, n: p.Events, linked: map[[2]int]bool{}, rich: p.Rich}
	if p.Rich {
		m.phases = &phaseMaker{}
	}
	var b bytes.Buffer
	b.WriteString(`{"schema":"` + data.SchemaVersion + `",` + "\n")
	writeArray(&b, "sources", len(sources), func(i int) any { return sources[i] })
	b.WriteString(",\n")
	writeArray(&b, "sides", len(sides), func(i int) any { return sides[i] })
	b.WriteString(",\n")
	writeArray(&b, "actors", len(actors), func(i int) any { return actors[i] })
	b.WriteString(",\n")
	writeArray(&b, "events", p.Events, func(i int) any { return m.event(i) })
	if m.phases != nil {
		ps := m.phases.list(m)
		b.WriteString(",\n")
		writeArray(&b, "phases", len(ps), func(i int) any { return ps[i] })
	}
	b.WriteString("\n}\n")
	f.JSON = b.Bytes()
	return f
}

// writeArray writes "key":[...] with one element per line, so a problem's
// line number points at one element.
func writeArray(b *bytes.Buffer, key string, n int, elem func(int) any) {
	b.WriteString(`"` + key + `":[`)
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteByte('\n')
		if err := enc.Encode(elem(i)); err != nil {
			panic(err) // plain structs of strings always encode
		}
		b.Truncate(b.Len() - 1) // Encode's newline
	}
	b.WriteByte(']')
}

// Open reads a source text by the relative path the JSON names, the way
// data.Load wants it.
func (f *Files) Open(name string) ([]byte, error) {
	if t, ok := f.Texts[name]; ok {
		return t, nil
	}
	return nil, fs.ErrNotExist
}

// Load generates and loads a dataset in memory, as a test or benchmark
// would want it.
func Load(p Params) (*data.Loaded, error) {
	f := Generate(p)
	return data.Load(fmt.Sprintf("generated-%d.json", p.Events), f.JSON, f.Open)
}

// WriteEdited writes the dataset p describes under dir as name, its JSON
// first changed by edit when not nil (a test breaking one event, say),
// and returns the file's path and its JSON.
func WriteEdited(p Params, dir, name string, edit func([]byte) []byte) (string, []byte, error) {
	f := Generate(p)
	if edit != nil {
		f.JSON = edit(f.JSON)
	}
	path, err := f.Write(dir, name)
	return path, f.JSON, err
}

// Write puts the dataset under dir as name plus its sources/ directory and
// returns the JSON file's path.
func (f *Files) Write(dir, name string) (string, error) {
	for rel, text := range f.Texts {
		path := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return "", err
		}
		if err := os.WriteFile(path, text, 0o644); err != nil {
			return "", err
		}
	}
	path := filepath.Join(dir, name)
	return path, os.WriteFile(path, f.JSON, 0o644)
}
