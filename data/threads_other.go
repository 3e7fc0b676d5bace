//go:build !linux

package data

// canLowerThreads: elsewhere a priority is the whole process's, so the
// load stays on the program's threads and yields instead.
const canLowerThreads = false

func lowerThread() bool { return false }
