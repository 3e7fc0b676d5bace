package data

import (
	"strconv"
	"strings"
)

// suggestBudget caps the distance computations one load spends on
// suggestions, so that a large dataset full of bad ids still loads fast:
// past it, problems simply go without a suggestion.
const suggestBudget = 2_000_000

// maxSuggestLen is the longest word or candidate compared: ids and
// enum values are short, and the distance costs the product of lengths.
const maxSuggestLen = 64

// Closest is the candidates closest to a word the user typed (see
// closest), for Suggestion; none when none is close.
func Closest(word string, candidates []string) []string {
	var s suggester
	return s.closest(word, candidates)
}

// Suggestion is `; did you mean "cancelled"?` for the closest values (up
// to three of them), or "" when there are none.
func Suggestion(closest []string) string {
	if len(closest) == 0 {
		return ""
	}
	return "; did you mean " + orList(closest, 3) + "?"
}

// suggester finds the valid values closest to a mistyped one.
type suggester struct{ spent int }

// didYouMean is Suggestion for the candidates closest to word.
func (s *suggester) didYouMean(word string, candidates []string) string {
	return Suggestion(s.closest(word, candidates))
}

// closest is the candidates nearest to word. A candidate is close when a
// few letters (a third of the word's, at least two) would turn one into
// the other, or when word is a whole hyphen-separated part of it ("trump"
// for "donald-trump").
func (s *suggester) closest(word string, candidates []string) []string {
	if word == "" || len(word) > maxSuggestLen || s.spent > suggestBudget {
		return nil
	}
	s.spent += len(candidates)
	limit := max(2, len(word)/3)
	best, bestD := []string(nil), limit+1
	var parts []string
	for _, c := range candidates {
		if c == "" || len(c) > maxSuggestLen || abs(len(c)-len(word)) > limit && !hasPart(c, word) {
			continue
		}
		if hasPart(c, word) && !contains(parts, c) {
			parts = append(parts, c)
		}
		switch d := distance(word, c); {
		case d < bestD:
			best, bestD = []string{c}, d
		case d == bestD && !contains(best, c):
			best = append(best, c)
		}
	}
	if len(best) == 0 {
		return parts
	}
	return best
}

func hasPart(candidate, word string) bool {
	return strings.Contains("-"+candidate+"-", "-"+word+"-")
}

// orList quotes up to n values: "a", "b" or "c".
func orList(vs []string, n int) string {
	vs = vs[:min(n, len(vs))]
	q := make([]string, len(vs))
	for i, v := range vs {
		q[i] = strconv.Quote(v)
	}
	if len(q) == 1 {
		return q[0]
	}
	return strings.Join(q[:len(q)-1], ", ") + " or " + q[len(q)-1]
}

// distance is the optimal string alignment distance: insertions,
// deletions, substitutions and swaps of neighbours cost one each.
func distance(a, b string) int {
	x, y := []rune(a), []rune(b)
	prev2 := make([]int, len(y)+1)
	prev := make([]int, len(y)+1)
	cur := make([]int, len(y)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(x); i++ {
		cur[0] = i
		for j := 1; j <= len(y); j++ {
			cost := 1
			if x[i-1] == y[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && x[i-1] == y[j-2] && x[i-2] == y[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(y)]
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
