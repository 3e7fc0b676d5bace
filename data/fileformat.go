package data

// The parley/1 file format as parley's own tools write it (parley new,
// parley date, the benchmark generator): the fields in the order the docs
// give them, optional ones left out when empty. Field order is fixed by
// the struct order, so what is written is byte-stable.

type FileDataset struct {
	Schema  string       `json:"schema"`
	Sources []FileSource `json:"sources"`
	Sides   []FileSide   `json:"sides,omitempty"`
	Actors  []FileActor  `json:"actors"`
	Events  []FileEvent  `json:"events"`
}

type FileSource struct {
	ID        string    `json:"id"`
	Title     string    `json:"title"`
	Published *FileDate `json:"published,omitempty"`
	TextFile  string    `json:"text_file"`
}

type FileSide struct {
	ID     string `json:"id"`
	Label  string `json:"label"`
	Colour string `json:"colour,omitempty"`
}

type FileActor struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Kind string `json:"kind"`
	Role string `json:"role,omitempty"`
	Side string `json:"side,omitempty"`
}

type FileDate struct {
	Precision string `json:"precision"`
	Start     string `json:"start,omitempty"`
	End       string `json:"end,omitempty"`
	Part      string `json:"part,omitempty"`
	Basis     string `json:"basis,omitempty"`
	Words     string `json:"words,omitempty"`
	Note      string `json:"note,omitempty"`
}

type FileEvent struct {
	ID       string            `json:"id"`
	Title    string            `json:"title"`
	Summary  string            `json:"summary"`
	Date     FileDate          `json:"date"`
	Status   string            `json:"status"`
	Location string            `json:"location,omitempty"`
	Actors   []FileParticipant `json:"actors"`
	Excerpts []FileExcerpt     `json:"excerpts"`
	Quotes   []FileQuote       `json:"quotes,omitempty"`
	Related  []FileLink        `json:"related,omitempty"`
}

type FileParticipant struct {
	Actor string `json:"actor"`
	Part  string `json:"part"`
}

type FileExcerpt struct {
	Source     string `json:"source"`
	Text       string `json:"text"`
	Occurrence int    `json:"occurrence,omitempty"`
}

type FileQuote struct {
	Speaker    string      `json:"speaker,omitempty"`
	Speakers   []string    `json:"speakers,omitempty"`
	Text       string      `json:"text"`
	Kind       string      `json:"kind"`
	Occasion   string      `json:"occasion,omitempty"`
	ReportedBy string      `json:"reported_by,omitempty"`
	Excerpt    FileExcerpt `json:"excerpt"`
}

type FileLink struct {
	Event string `json:"event"`
	Kind  string `json:"kind"`
	Note  string `json:"note,omitempty"`
}
