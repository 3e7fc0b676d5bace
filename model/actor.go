package model

// ActorKind says what sort of participant an actor is.
type ActorKind string

const (
	KindPerson      ActorKind = "person"
	KindGroup       ActorKind = "group"
	KindInstitution ActorKind = "institution"
	KindMedia       ActorKind = "media"
)

// ActorKinds lists every valid kind, for validation messages.
var ActorKinds = []ActorKind{KindPerson, KindGroup, KindInstitution, KindMedia}

// Side is the id of a party to the story, as the dataset declares it;
// SideNone for outsiders such as a news agency.
type Side string

// SideNone is the side of an actor that belongs to no party.
const SideNone Side = "none"

// SideDef is a party to the story as a dataset declares it.
type SideDef struct {
	ID     Side
	Label  string // as a reader would write it: "United States"
	Colour string // "#rrggbb", or empty for the explorer's own choice
}

// Actor is a person, group, institution or outlet that takes part in events.
type Actor struct {
	ID   string // slug, stable across versions of the dataset
	Name string
	Kind ActorKind
	Role string // as the source describes it
	Side Side   // SideNone or one the dataset declares
}
