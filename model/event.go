package model

import "strings"

// Status is where an event stood as of the source's publication.
type Status string

const (
	StatusOccurred  Status = "occurred"
	StatusOngoing   Status = "ongoing" // began before publication and had not ended by it
	StatusCancelled Status = "cancelled"
	StatusScheduled Status = "scheduled" // date fixed
	StatusExpected  Status = "expected"  // reported as likely, date loose
	StatusPlanned   Status = "planned"   // agreed, no date

	// StatusUnstated is for events imported from a format that has no
	// status (TimelineJS): it is not guessed. A parley/1 dataset cannot use it.
	StatusUnstated Status = "not stated"
)

// Statuses lists every valid status, for validation messages.
var Statuses = []Status{StatusOccurred, StatusOngoing, StatusCancelled, StatusScheduled, StatusExpected, StatusPlanned}

// Participant is an actor with the part it plays in one event.
type Participant struct {
	ActorID string
	Part    string // e.g. "host", "cancels the meeting"
}

// QuoteKind tells quoted words from paraphrase.
type QuoteKind string

const (
	QuoteDirect   QuoteKind = "direct"   // the speaker's own words, in quotation marks
	QuoteReported QuoteKind = "reported" // the source's account of what was said
)

// QuoteKinds lists every valid kind, for validation messages.
var QuoteKinds = []QuoteKind{QuoteDirect, QuoteReported}

// Label is the kind as a reader would say it.
func (k QuoteKind) Label() string {
	if k == QuoteReported {
		return "reported speech"
	}
	return "direct quotation"
}

// Quote is something an actor said, as the source gives it.
type Quote struct {
	Speakers     []string // actor ids, one or more: a joint statement has several
	Text         string
	Kind         QuoteKind
	Occasion     string // e.g. "Monday press briefing"; may be empty
	ReportedByID string // actor id of the outlet that carried it; may be empty
	Excerpt      Excerpt
}

// JoinNames lists names as a reader writes them: "A", "A and B",
// "A, B and C".
func JoinNames(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// LinkKind types a link from one event to another.
type LinkKind string

const (
	LinkRespondsTo LinkKind = "responds-to"
	LinkLeadsTo    LinkKind = "leads-to"
	LinkCancels    LinkKind = "cancels"
	LinkReinstates LinkKind = "reinstates"
	LinkParallels  LinkKind = "parallels"
	LinkPrecedes   LinkKind = "precedes" // comes first in a sequence the source gives, no cause claimed
)

// LinkKinds lists every valid link kind, for validation messages.
var LinkKinds = []LinkKind{LinkRespondsTo, LinkLeadsTo, LinkCancels, LinkReinstates, LinkParallels, LinkPrecedes}

// Phrase reads the link from its own end ("cancels"), or from the far end
// when inverse is true ("cancelled by").
func (k LinkKind) Phrase(inverse bool) string {
	forward := map[LinkKind][2]string{
		LinkRespondsTo: {"responds to", "prompted"},
		LinkLeadsTo:    {"leads to", "follows from"},
		LinkCancels:    {"cancels", "cancelled by"},
		LinkReinstates: {"reinstates", "reinstated by"},
		LinkParallels:  {"parallels", "parallels"},
		LinkPrecedes:   {"precedes", "follows"},
	}[k]
	if inverse {
		return forward[1]
	}
	return forward[0]
}

// Link is a typed link from the event that holds it to another.
type Link struct {
	EventID string
	Kind    LinkKind
	Note    string // why the link holds; may be empty
}

// Event is one step of the sequence.
type Event struct {
	ID           string
	Title        string
	Summary      string // written for the dataset, not quoted
	Date         Date
	Status       Status
	Location     string // empty when the source does not say
	Participants []Participant
	Excerpts     []Excerpt
	Quotes       []Quote
	Links        []Link
}

// AllExcerpts is every span of source the event rests on, its own excerpts
// first, then each quote's, in order: what a reader steps through.
func (e *Event) AllExcerpts() []Excerpt {
	all := make([]Excerpt, 0, len(e.Excerpts)+len(e.Quotes))
	all = append(all, e.Excerpts...)
	for _, q := range e.Quotes {
		all = append(all, q.Excerpt)
	}
	return all
}
