// Package notes keeps a reader's marks and notes in a file next to
// parley's state, one file per dataset, and is the only code that reads or
// writes it.
//
// Every change is saved at once, atomically (a temporary file in the same
// directory, fsync, rename, fsync of the directory), so a crash at any
// moment leaves the old file or the new one, never a torn one. A save holds
// an exclusive lock on FILE.lock, reads the file as it is on disk, replays
// this process's unsaved changes on it and writes the result, so two
// parley windows on one dataset keep each other's work. A file that does
// not parse is moved aside to FILE.corrupt-TIME and never overwritten.
// When a save fails (a read-only directory, a full disk) the changes stay
// in memory and the next save tries them again.
//
// docs/notes.md describes the file for users.
package notes
