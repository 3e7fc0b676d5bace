package tui

import "parley/model"

// Update is news of a dataset file loading while the explorer is open
// (Options.Loading): how far the load has got and, now and then, a
// dataset to show. The sender closes the channel after the update that
// is Complete or carries Err.
type Update struct {
	Stage  string // what the load is doing: "reading", "checking", "indexing"
	Done   int64  // bytes of the file read (reading) or checked (checking)
	Total  int64  // the file's size in bytes
	Events int    // events checked so far
	// Dataset, when not nil, is a dataset to show: the events checked so
	// far while Complete is false, the whole file when it is true. Raw is
	// the same dataset as its file has it, nil when that is Dataset.
	Dataset  *model.Dataset
	Raw      *model.Dataset
	Complete bool
	// Err ends the load: the file cannot be opened. If no dataset has been
	// shown yet the explorer closes at once; otherwise it shows Err until
	// the user quits. Run returns Err either way, for the caller to report.
	Err error
}
