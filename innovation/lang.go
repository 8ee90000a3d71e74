package innovation

// Lang selects the language of a Label. The zero value is French, the
// model's own language; English gives the gloss. Lang is a plain value, safe
// for concurrent use.
type Lang uint8

const (
	French  Lang = iota // labels as the sources write them, with accents
	English             // English glosses
)

func (l Lang) english() bool { return l == English }

// String returns "fr" or "en" (any other value prints as "fr", the default).
func (l Lang) String() string {
	if l == English {
		return "en"
	}
	return "fr"
}
