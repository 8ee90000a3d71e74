package wire

// Limits on every input of the module, checked before any expensive work: a
// dossier may come from an untrusted source. The public packages re-export
// those their users meet under the same names.
const (
	// MaxJSON is the largest JSON text, in bytes, any decoder reads.
	MaxJSON = 1 << 20
	// MaxDepth is the deepest nesting of objects and arrays a decoder reads.
	// No format of the module nests deeper than 6.
	MaxDepth = 32
	// MaxText is the longest name, identifier or key, in bytes.
	MaxText = 256
	// MaxProse is the longest free text (a reason, a note, a path of
	// evaluation), in bytes.
	MaxProse = 4096
	// MaxNumberText is the longest text of one number, in bytes, before it
	// is parsed.
	MaxNumberText = 64
	// MaxDigits is the most significant digits of a decimal.
	MaxDigits = 30
	// MaxIntegerDigits is the most digits before the decimal point:
	// amounts are below 10^18.
	MaxIntegerDigits = 18
	// MaxScale is the most digits after the decimal point.
	MaxScale = 12
	// MaxProblems is the most problems one decoding reports, besides the
	// malformed JSON that stops it (always listed, with its line and
	// column); past it, one last error counts the problems left out.
	MaxProblems = 100
	// MaxEcho is the most bytes of an input echoed back in a message.
	MaxEcho = 64
	// MaxPerValue bounds a list or a map of names of an enumeration (the
	// modes of a partnership, a partner's objectives, the evaluators of a
	// report, the stakeholders and dimensions of a dossier): at most
	// MaxPerValue names per value of the enumeration. Each value may be
	// named once; the bound only bounds the work, with room to report
	// every mistake a person makes (a value named twice, a misspelling).
	MaxPerValue = 4
)
