package innovation

import (
	"strings"

	"github.com/seed424036fd/societal/lang"
)

// Mermaid returns a Mermaid state diagram of the lifecycle, ready for a
// ```mermaid block in Markdown, in l: the five phases in order, each
// forward crossing labelled with its risk zone (MODEL §1.4), and the
// status s highlighted (or, if the project was abandoned, an "abandoned"
// state after its phase); an invalid s highlights nothing. Returns to
// earlier phases are allowed from every phase and are left out of the
// drawing to keep it readable. For a lifecycle lc, Mermaid(lc.Status(), l).
func Mermaid(s Status, l lang.Lang) string {
	var b strings.Builder
	b.WriteString("stateDiagram-v2\n    direction LR\n")
	for p := range Phases() {
		b.WriteString("    state \"")
		b.WriteString(p.Label(l))
		b.WriteString("\" as ")
		b.WriteString(p.String())
		b.WriteByte('\n')
	}
	b.WriteString("    [*] --> conception\n")
	for p := range Phases() {
		n, ok := p.Next()
		if !ok {
			break
		}
		r, _ := p.Crossing()
		b.WriteString("    ")
		b.WriteString(p.String())
		b.WriteString(" --> ")
		b.WriteString(n.String())
		b.WriteString(" : ")
		b.WriteString(r.Label(l))
		b.WriteByte('\n')
	}
	b.WriteString("    industrialisation --> [*]\n")
	if s.Abandoned && s.Phase.IsValid() {
		b.WriteString("    state \"" + abandonedLabel.In(l) + "\" as abandoned\n")
		b.WriteString("    " + s.Phase.String() + " --> abandoned\n")
		b.WriteString("    abandoned --> [*]\n")
	}
	b.WriteString("    classDef current fill:#f4a261,stroke:#264653,stroke-width:3px,font-weight:bold\n")
	switch {
	case s.Abandoned && s.Phase.IsValid():
		b.WriteString("    class abandoned current\n")
	case s.Phase.IsValid():
		b.WriteString("    class " + s.Phase.String() + " current\n")
	}
	return b.String()
}

// abandonedLabel names the state after an abandonment.
var abandonedLabel = lang.Text{"Abandonné", "Abandoned"}
