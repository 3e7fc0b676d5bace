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

// Side is the party an actor belongs to; SideNone for outsiders such as a
// news agency.
type Side string

const (
	SideUS         Side = "united-states"
	SideNorthKorea Side = "north-korea"
	SideSouthKorea Side = "south-korea"
	SideNone       Side = "none"
)

// Sides lists every valid side, for validation messages.
var Sides = []Side{SideUS, SideNorthKorea, SideSouthKorea, SideNone}

// Label is the side as a reader would write it.
func (s Side) Label() string {
	switch s {
	case SideUS:
		return "United States"
	case SideNorthKorea:
		return "North Korea"
	case SideSouthKorea:
		return "South Korea"
	}
	return "no side"
}

// Actor is a person, group, institution or outlet that takes part in events.
type Actor struct {
	ID   string // slug, stable across versions of the dataset
	Name string
	Kind ActorKind
	Role string // as the source describes it
	Side Side
}
