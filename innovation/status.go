package innovation

import "github.com/seed424036fd/societal/lang"

// Status is where a project stands: its phase, and whether it was abandoned
// there. The zero value (no phase) is invalid. Status is a small comparable
// value, safe for concurrent use.
type Status struct {
	Phase     Phase // the phase the project is, or stopped, in
	Abandoned bool  // the project was abandoned in Phase
}

// IsValid reports whether s names a valid phase.
func (s Status) IsValid() bool { return s.Phase.IsValid() }

// String returns s as a person reads it: the phase's key
// ("experimentation"), or "abandoned in experimentation" once the project
// was abandoned there. An invalid phase prints as "%!Phase(n)".
func (s Status) String() string {
	if s.Abandoned {
		return "abandoned in " + s.Phase.String()
	}
	return s.Phase.String()
}

// Label returns s as a person reads it in l: the phase's label
// ("Expérimentation"), or "abandonné en Expérimentation" once the project
// was abandoned there.
func (s Status) Label(l lang.Lang) string {
	if s.Abandoned {
		return abandonedIn.Format(l, s.Phase)
	}
	return s.Phase.Label(l)
}

var abandonedIn = lang.Text{"abandonné en {1}", "abandoned in {1}"}
