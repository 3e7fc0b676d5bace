package model

import (
	"strings"
	"unicode"
)

// FindActors resolves a user's word for an actor the way the explorer's
// actor filter narrows its list, spaces, hyphens and case ignored, taking
// the closest kind of match there is: an id or a whole name ("Moon
// Jae-in"; both actors, should two share a name); else names holding the
// word ("kim jong"); else names, roles or ids holding it ("washington").
// A name is what a user means first: "trump" is Donald Trump, not the
// outlet whose role mentions him.
func (d *Dataset) FindActors(word string) []*Actor {
	word = strings.TrimSpace(word)
	if a := d.actorByID[word]; a != nil {
		return []*Actor{a}
	}
	var whole, inName, inKey []*Actor
	q := SquashForMatch(word)
	for _, a := range d.Actors {
		switch {
		case strings.EqualFold(a.ID, word) || strings.EqualFold(a.Name, word):
			whole = append(whole, a)
		case q == "":
		case strings.Contains(SquashForMatch(a.Name), q):
			inName = append(inName, a)
		case strings.Contains(ActorMatchKey(a), q):
			inKey = append(inKey, a)
		}
	}
	switch {
	case len(whole) > 0:
		return whole
	case len(inName) > 0:
		return inName
	}
	return inKey
}

// ActorMatchKey is the text a typed word for an actor is looked for in:
// its name, role and id, squashed. The separator cannot be typed (typed
// text is cleaned of control characters), so no match spans two fields.
func ActorMatchKey(a *Actor) string {
	return SquashForMatch(a.Name) + "\x00" + SquashForMatch(a.Role) + "\x00" + SquashForMatch(a.ID)
}

// SquashForMatch lower-cases s and drops spaces and hyphens, so that
// "Kim Jong", "kimjong" and "kim-jong" match alike.
func SquashForMatch(s string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '-' {
			return -1
		}
		return unicode.ToLower(r)
	}, s)
}
