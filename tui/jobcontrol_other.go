//go:build !unix

package tui

// jobControl: elsewhere Bubble Tea's suspend does nothing, and never waits.
func jobControl() bool { return true }
