package data

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// BenchmarkLoadWithBadExcerpts loads a dataset whose source is about
// 1 MB and whose 1,000 events each have an excerpt typed with a straight
// apostrophe where the source has a curly one: every one is diagnosed.
func BenchmarkLoadWithBadExcerpts(b *testing.B) {
	var text strings.Builder
	for i := 0; text.Len() < 1<<20; i++ {
		fmt.Fprintf(&text, "Minister %d’s delegation arrived on day %d and met the other side. ", i, i)
		if i%5 == 4 {
			text.WriteString("\n\n")
		}
	}
	events := make([]any, 1000)
	for i := range events {
		n := i * 13
		events[i] = map[string]any{
			"id": fmt.Sprintf("e%d", i), "title": "T", "summary": "S", "status": "occurred",
			"date":     map[string]any{"precision": "none"},
			"actors":   []any{map[string]any{"actor": "a", "part": "p"}},
			"excerpts": []any{map[string]any{"source": "s", "text": fmt.Sprintf("Minister %d's delegation arrived on day %d", n, n)}},
		}
	}
	raw, _ := json.Marshal(map[string]any{
		"schema":  "parley/1",
		"sources": []any{map[string]any{"id": "s", "title": "S", "text": text.String()}},
		"actors":  []any{map[string]any{"id": "a", "name": "A", "kind": "person"}},
		"events":  events,
	})
	b.SetBytes(int64(len(raw)))
	for b.Loop() {
		_, err := Load("bench.json", raw, nil)
		if probs, _ := err.(Problems); len(probs) != 1000 || probs[0].Fix == nil {
			b.Fatalf("want 1000 fixable problems, got %d", len(probs))
		}
	}
}
