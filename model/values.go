package model

import "strings"

// ValueList is a list of valid values as every message writes one:
// "day, month, range, none".
func ValueList[T ~string](vs []T) string { return strings.Join(Strings(vs), ", ") }

// Strings is the values as plain strings.
func Strings[T ~string](vs []T) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = string(v)
	}
	return out
}
