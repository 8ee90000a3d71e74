package innovationtest

import (
	"pgregory.net/rapid"

	"github.com/seed424036fd/societal/innovation"
)

// Each enumeration generator draws an integer in the valid range, so that
// rapid shrinks toward the first value (Conception, Financement, None, …).

// Phase generates a valid phase, Conception to Industrialisation.
func Phase() *rapid.Generator[innovation.Phase] {
	return rapid.Map(rapid.IntRange(1, innovation.NumPhases), func(i int) innovation.Phase { return innovation.Phase(i) })
}

// Lever generates a valid lever of support.
func Lever() *rapid.Generator[innovation.Lever] {
	return rapid.Map(rapid.IntRange(1, innovation.NumLevers), func(i int) innovation.Lever { return innovation.Lever(i) })
}

// Intensity generates one of the four intensities, None to High.
func Intensity() *rapid.Generator[innovation.Intensity] {
	return rapid.Map(rapid.IntRange(int(innovation.None), int(innovation.High)), func(i int) innovation.Intensity { return innovation.Intensity(i) })
}

// Kind generates a valid transition kind: Advance, Return or Abandon.
func Kind() *rapid.Generator[innovation.TransitionKind] {
	return rapid.Map(rapid.IntRange(int(innovation.Advance), int(innovation.Abandon)), func(i int) innovation.TransitionKind { return innovation.TransitionKind(i) })
}

// MacroPhase generates a valid macro-phase.
func MacroPhase() *rapid.Generator[innovation.MacroPhase] {
	return rapid.Map(rapid.IntRange(1, innovation.NumMacroPhases), func(i int) innovation.MacroPhase { return innovation.MacroPhase(i) })
}
