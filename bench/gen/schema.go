package gen

// The parley/1 file format as the generator writes it. Field order is
// fixed by the struct order, so the output is byte-stable.

type fileSource struct {
	ID        string   `json:"id"`
	Title     string   `json:"title"`
	Published fileDate `json:"published"`
	TextFile  string   `json:"text_file"`
}

type fileSide struct {
	ID    string `json:"id"`
	Label string `json:"label"`
}

type fileActor struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Kind string `json:"kind"`
	Role string `json:"role,omitempty"`
	Side string `json:"side"`
}

type fileDate struct {
	Precision string `json:"precision"`
	Start     string `json:"start,omitempty"`
	End       string `json:"end,omitempty"`
	Part      string `json:"part,omitempty"`
	Basis     string `json:"basis,omitempty"`
	Words     string `json:"words,omitempty"`
	Note      string `json:"note,omitempty"`
}

type fileEvent struct {
	ID       string            `json:"id"`
	Title    string            `json:"title"`
	Summary  string            `json:"summary"`
	Date     fileDate          `json:"date"`
	Status   string            `json:"status"`
	Location string            `json:"location,omitempty"`
	Actors   []fileParticipant `json:"actors"`
	Excerpts []fileExcerpt     `json:"excerpts"`
	Quotes   []fileQuote       `json:"quotes,omitempty"`
	Related  []fileLink        `json:"related,omitempty"`
}

type fileParticipant struct {
	Actor string `json:"actor"`
	Part  string `json:"part"`
}

type fileExcerpt struct {
	Source string `json:"source"`
	Text   string `json:"text"`
}

type fileQuote struct {
	Speaker    string      `json:"speaker"`
	Text       string      `json:"text"`
	Kind       string      `json:"kind"`
	Occasion   string      `json:"occasion,omitempty"`
	ReportedBy string      `json:"reported_by,omitempty"`
	Excerpt    fileExcerpt `json:"excerpt"`
}

type fileLink struct {
	Event string `json:"event"`
	Kind  string `json:"kind"`
	Note  string `json:"note,omitempty"`
}
