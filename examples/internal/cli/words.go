package cli

import (
	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/problem"
)

// words are the command line's own words [D].
var words = struct {
	usage, anyOrder, flags, help, byDefault lang.Text
	langValue, langUsage                    lang.Text
	formatValue, formatUsage                lang.Text
	noArgument, tooMany                     lang.Text
}{
	usage:       lang.Text{"usage\u00a0: {1} [options]{2}", "usage: {1} [flags]{2}"},
	anyOrder:    lang.Text{"Les options peuvent précéder ou suivre les arguments\u00a0; «\u00a0-\u00a0» lit l'entrée standard.", `Flags may come before or after the arguments; "-" reads standard input.`},
	flags:       lang.Text{"Options\u00a0:", "Flags:"},
	help:        lang.Text{"affiche cet usage et s'arrête", "print this usage and exit"},
	byDefault:   lang.Text{"(par défaut {1})", "(default {1})"},
	langValue:   lang.Text{"langue", "language"},
	langUsage:   lang.Text{"langue de la sortie et des messages\u00a0: {1}, en majuscules ou minuscules", "language of the output and the messages: {1}, in any case"},
	formatValue: lang.Text{"format", "format"},
	formatUsage: lang.Text{"forme de la sortie\u00a0: {1}, en majuscules ou minuscules", "output format: {1}, in any case"},
	noArgument:  lang.Text{"argument inattendu {1}\u00a0: {2} n'en prend aucun", "unexpected argument {1}: {2} takes no argument"},
	tooMany:     lang.Text{"argument inattendu {1}\u00a0: {2} en prend au plus {3} ({4})", "unexpected argument {1}: {2} takes at most {3} ({4})"},
}

// problems are the command line's problems.
var problems = struct {
	unknownFlag, badValue, needsArgument, badSyntax, noStdin, unknownFormat problem.Kind
	notInteger, notDuration                                                 problem.Kind
}{
	notInteger:    problem.Kind{Code: "not-an-integer", Err: problem.ErrInvalid, Message: lang.Text{"un nombre entier est attendu", "want a whole number"}},
	notDuration:   problem.Kind{Code: "not-a-duration", Err: problem.ErrInvalid, Message: lang.Text{"une durée est attendue (par exemple 500ms, 2s, 1m)", "want a duration (e.g. 500ms, 2s, 1m)"}},
	unknownFlag:   problem.Kind{Code: "unknown-flag", Err: problem.ErrUnknown, Message: lang.Text{"option inconnue -{1}", "flag provided but not defined: -{1}"}},
	badValue:      problem.Kind{Code: "bad-value", Err: problem.ErrInvalid, Message: lang.Text{"valeur {1} refusée pour l'option -{2}\u00a0: {3}", "invalid value {1} for flag -{2}: {3}"}},
	needsArgument: problem.Kind{Code: "needs-argument", Err: problem.ErrInvalid, Message: lang.Text{"l'option -{1} attend une valeur", "flag needs an argument: -{1}"}},
	badSyntax:     problem.Kind{Code: "bad-syntax", Err: problem.ErrInvalid, Message: lang.Text{"option mal écrite {1}", "bad flag syntax: {1}"}},
	noStdin:       problem.Kind{Code: "no-stdin", Err: problem.ErrInvalid, Message: lang.Text{"pas d'entrée standard", "no standard input"}},
	unknownFormat: problem.Kind{Code: "unknown-format", Err: problem.ErrUnknown, Message: lang.Text{"format inconnu {1} (valeurs possibles\u00a0: {2})", "unknown format {1} (want {2})"}},
}
