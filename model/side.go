package model

// SideLabel is a side as a reader sees it: the label the dataset declares
// for it, "no side" for none.
func (d *Dataset) SideLabel(id Side) string {
	for _, s := range d.Sides {
		if s.ID == id {
			return s.Label
		}
	}
	if id == SideNone || id == "" {
		return "no side"
	}
	return string(id) // not declared: a dataset built without validation
}

// Side is the declaration of a side; nil for none or one not declared.
func (d *Dataset) Side(id Side) *SideDef {
	for _, s := range d.Sides {
		if s.ID == id {
			return s
		}
	}
	return nil
}
