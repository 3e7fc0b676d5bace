package data

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"parley/model"
)

// sideTable is what the reader knows of sides: those the dataset
// declares, and the built-in ones its actors used because it declared none.
type sideTable struct {
	declared []string            // ids, in order
	legacy   map[model.Side]bool // built-in sides used, when none are declared
}

// legacySides are the sides schema parley/1 had built in before datasets
// declared their own. A dataset that declares none may still use them,
// with a warning, so that files written then keep loading.
var legacySides = []*model.SideDef{
	{ID: "united-states", Label: "United States"},
	{ID: "north-korea", Label: "North Korea"},
	{ID: "south-korea", Label: "South Korea"},
}

var colourRE = regexp.MustCompile(colourPattern)

// readSides reads the optional top-level sides list.
func (r *reader) readSides(doc *document, top object) {
	for i, v := range r.array("", top, "sides", false) {
		path := index("sides", i)
		r.ids.add("sides", i, v)
		obj := r.object(path, v, sideSpec.names()...)
		if obj == nil {
			continue
		}
		s := &model.SideDef{ID: model.Side(r.id(path, obj)), Label: r.str(path, obj, "label", true), Colour: r.str(path, obj, "colour", false)}
		if s.Colour != "" && !colourRE.MatchString(s.Colour) {
			r.fail(field(path, "colour"), "%q is not a colour of the form #rrggbb (e.g. #1f77b4)", s.Colour)
		}
		if s.ID == model.SideNone {
			r.fail(field(path, "id"), "none is the side of actors that belong to no side; it is not declared")
			continue
		}
		if r.unique(path, "side", string(s.ID)) {
			r.sides.declared = append(r.sides.declared, string(s.ID))
			doc.sides = append(doc.sides, s)
		}
	}
}

// side reads an actor's side: none when not given, else none or a
// declared side.
func (r *reader) side(path string, obj object) model.Side {
	if _, ok := obj.get("side"); !ok {
		return model.SideNone
	}
	id := model.Side(r.str(path, obj, "side", true))
	switch {
	case id == "" || id == model.SideNone || contains(r.sides.declared, string(id)):
		return id
	case len(r.sides.declared) == 0 && legacySide(id) != nil:
		if r.sides.legacy == nil {
			r.sides.legacy = map[model.Side]bool{}
		}
		r.sides.legacy[id] = true
		return id
	case len(r.sides.declared) == 0:
		r.fail(field(path, "side"), "%q is not a declared side: declare it in a top-level sides list, e.g. {\"id\": %q, \"label\": \"…\"}", id, id)
	default:
		r.fail(field(path, "side"), "%q is not a declared side (declared: %s; or none)%s", id,
			strings.Join(r.sides.declared, ", "), r.suggest.didYouMean(string(id), slices.Concat(r.sides.declared, []string{string(model.SideNone)})))
	}
	return ""
}

func legacySide(id model.Side) *model.SideDef {
	for _, s := range legacySides {
		if s.ID == id {
			return s
		}
	}
	return nil
}

// addLegacySides adds the built-in sides the actors used to the document,
// with one warning saying how to declare them.
func (r *reader) addLegacySides(doc *document) {
	if len(r.sides.legacy) == 0 {
		return
	}
	var used []string
	for _, s := range legacySides {
		if r.sides.legacy[s.ID] {
			doc.sides = append(doc.sides, s)
			used = append(used, fmt.Sprintf(`{"id": %q, "label": %q}`, s.ID, s.Label))
		}
	}
	r.warn("actors", "the actors use sides the dataset does not declare, as files written before sides were declared did; declare them in a top-level sides list: %s", strings.Join(used, ", "))
}
