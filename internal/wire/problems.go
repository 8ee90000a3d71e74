package wire

import (
	"strconv"

	"github.com/seed424036fd/societal/lang"
	"github.com/seed424036fd/societal/problem"
)

// The kinds of problem the JSON layer finds, one table: every problem a
// decoder, an encoder or a check of this package reports is made from one
// of them. Several kinds may share a code when they differ only in what
// they say (the codes are what a program branches on: "syntax",
// "over-limit"); each code is documented in the package documentation of
// every format. Never modified.
var (
	// Malformed JSON: reading stops there, with the line and column.

	kindNotUTF8 = problem.Kind{Code: "not-utf8", Err: problem.ErrSyntax, Message: lang.Text{
		"texte qui n'est pas de l'UTF-8 valide (l'entrée doit être du texte UTF-8)",
		"not valid UTF-8 (the input must be UTF-8 text)"}}
	kindTrailing = problem.Kind{Code: "trailing-data", Err: problem.ErrSyntax, Message: lang.Text{
		"données après la fin de la valeur JSON (une seule valeur par entrée)",
		"data after the end of the JSON value (one value per input)"}}
	kindTooDeep = problem.Kind{Code: "too-deep", Err: problem.ErrSyntax, Message: lang.Text{
		"imbrication de plus de {1} niveaux",
		"nesting deeper than {1} levels"}}
	kindEndInside = problem.Kind{Code: "syntax", Err: problem.ErrSyntax, Message: lang.Text{
		"fin inattendue de l'entrée dans {1}",
		"unexpected end of input inside {1}"}}
	kindEndWant = problem.Kind{Code: "syntax", Err: problem.ErrSyntax, Message: lang.Text{
		"fin inattendue de l'entrée ({1} attendu)",
		"unexpected end of input (want {1})"}}
	kindNoSeparator = problem.Kind{Code: "syntax", Err: problem.ErrSyntax, Message: lang.Text{
		"«\u00a0,\u00a0» ou «\u00a0{1}\u00a0» attendu après {2}",
		"want , or {1} after {2}"}}
	kindNoKey = problem.Kind{Code: "syntax", Err: problem.ErrSyntax, Message: lang.Text{
		"clé entre guillemets droits attendue",
		"want a key in double quotes"}}
	kindNoColon = problem.Kind{Code: "syntax", Err: problem.ErrSyntax, Message: lang.Text{
		"«\u00a0:\u00a0» attendu après la clé {1}",
		"want : after the key {1}"}}
	kindNoColonSkipped = problem.Kind{Code: "syntax", Err: problem.ErrSyntax, Message: lang.Text{
		"«\u00a0:\u00a0» attendu après la clé",
		"want : after the key"}}
	kindBadCharacter = problem.Kind{Code: "syntax", Err: problem.ErrSyntax, Message: lang.Text{
		"caractère invalide {1} (valeur attendue)",
		"invalid character {1} (want a value)"}}
	kindByteOrderMark = problem.Kind{Code: "syntax", Err: problem.ErrSyntax, Message: lang.Text{
		"marque d'ordre des octets U+FEFF à cet endroit (une seule est permise, au tout début de l'entrée\u00a0; valeur attendue)",
		"byte-order mark U+FEFF here (one is allowed only at the very start of the input; want a value)"}}
	kindRawControl = problem.Kind{Code: "control-character", Err: problem.ErrSyntax, Message: lang.Text{
		"caractère de contrôle dans une chaîne (à écrire comme un échappement tel que \\n)",
		"control character in a string (write it as an escape such as \\n)"}}
	kindBadUnicodeEscape = problem.Kind{Code: "syntax", Err: problem.ErrSyntax, Message: lang.Text{
		"échappement \\u invalide dans une chaîne (\\u et quatre chiffres hexadécimaux attendus)",
		"invalid \\u escape in a string (want \\u and four hex digits)"}}
	kindLoneSurrogate = problem.Kind{Code: "syntax", Err: problem.ErrSyntax, Message: lang.Text{
		"demi-paire UTF-16 isolée {1} dans une chaîne (une paire UTF-16 valide, ou le caractère lui-même, attendu)",
		"lone surrogate {1} in a string (want a valid UTF-16 pair, or the character itself)"}}
	kindBadEscape = problem.Kind{Code: "syntax", Err: problem.ErrSyntax, Message: lang.Text{
		"échappement invalide {1} dans une chaîne",
		"invalid escape {1} in a string"}}
	kindBadNumber = problem.Kind{Code: "syntax", Err: problem.ErrSyntax, Message: lang.Text{
		"nombre invalide ({1} attendus)",
		"invalid number (want {1})"}}

	// A value where another was expected, keys.

	kindWrongType = problem.Kind{Code: "wrong-type", Err: problem.ErrSyntax, Message: lang.Text{
		"valeur attendue\u00a0: {1}\u00a0; trouvée\u00a0: {2}",
		"want {1}, found {2}"}}
	kindUnknownKey = problem.Kind{Code: "unknown-key", Err: problem.ErrUnknown, Message: lang.Text{
		"clé inconnue (clés possibles\u00a0: {1}{2})",
		"unknown key (want one of {1}{2})"}}
	kindOtherVariantKey = problem.Kind{Code: "unknown-key", Err: problem.ErrUnknown, Message: lang.Text{
		"pas une clé {1} (clés possibles\u00a0: {2})",
		"not a key of {1} (want one of {2})"}}
	kindWrongVariant = problem.Kind{Code: "wrong-form", Err: problem.ErrInvalid, Message: lang.Text{
		"valeur attendue\u00a0: {1}",
		"want {1}"}}
	kindDuplicateKey = problem.Kind{Code: "duplicate-key", Err: problem.ErrInvalid, Message: lang.Text{
		"clé donnée deux fois dans un même objet (chaque clé une seule fois)",
		"key given twice in one object (each key once)"}}
	kindMissingKey = problem.Kind{Code: "missing-key", Err: problem.ErrInvalid, Message: lang.Text{
		"valeur manquante (clé requise)",
		"missing (a required key)"}}

	// Names of an enumeration.

	kindUnknownName = problem.Kind{Code: "unknown-name", Err: problem.ErrUnknown, Message: lang.Text{
		"{1}\u00a0: valeur inconnue {2} (valeurs possibles\u00a0: {3}{4})",
		"unknown {1} {2} (want one of {3}{4})"}}
	kindMissingName = problem.Kind{Code: "missing-name", Err: problem.ErrUnknown, Message: lang.Text{
		"{1}\u00a0: valeur manquante (valeurs possibles\u00a0: {2})",
		"missing {1} (want one of {2})"}}
	kindNotAMember = problem.Kind{Code: "invalid-value", Err: problem.ErrInvalid, Message: lang.Text{
		"pas une valeur de son énumération",
		"not a value of its enumeration"}}
	kindInvalidValue = problem.Kind{Code: "invalid-value", Err: problem.ErrInvalid, Message: lang.Text{
		"{1} invalide\u00a0: {2}",
		"invalid {1} {2}"}}

	// Numbers and times.

	kindNotANumber = problem.Kind{Code: "not-a-number", Err: problem.ErrInvalid, Message: lang.Text{
		"pas un nombre décimal\u00a0: {1}",
		"not a decimal: {1}"}}
	kindNumberTooLong = problem.Kind{Code: "over-limit", Err: problem.ErrLimit, Message: lang.Text{
		"un nombre de {1} caractères, au-delà de la limite de {2}",
		"a number of {1} characters, over the limit of {2}"}}
	kindScale = problem.Kind{Code: "over-limit", Err: problem.ErrLimit, Message: lang.Text{
		"plus de {1} chiffres après la virgule",
		"more than {1} digits after the decimal point"}}
	kindIntegerDigits = problem.Kind{Code: "over-limit", Err: problem.ErrLimit, Message: lang.Text{
		"plus de {1} chiffres avant la virgule",
		"more than {1} digits before the decimal point"}}
	kindDigits = problem.Kind{Code: "over-limit", Err: problem.ErrLimit, Message: lang.Text{
		"plus de {1} chiffres significatifs",
		"more than {1} significant digits"}}
	kindNotAWholeNumber = problem.Kind{Code: "out-of-range", Err: problem.ErrInvalid, Message: lang.Text{
		"nombre entier attendu, de {1} à {2}",
		"want a whole number from {1} to {2}"}}
	kindNotAYear = problem.Kind{Code: "out-of-range", Err: problem.ErrInvalid, Message: lang.Text{
		"0 ou un nombre entier de {1} à {2} attendu",
		"want 0 or a whole number from {1} to {2}"}}
	kindBelow = problem.Kind{Code: "out-of-range", Err: problem.ErrInvalid, Message: lang.Text{
		"valeur attendue d'au moins {1}",
		"want at least {1}"}}
	kindNotAbove = problem.Kind{Code: "out-of-range", Err: problem.ErrInvalid, Message: lang.Text{
		"valeur attendue supérieure à {1}",
		"want more than {1}"}}
	kindAbove = problem.Kind{Code: "out-of-range", Err: problem.ErrInvalid, Message: lang.Text{
		"valeur attendue d'au plus {1}",
		"want at most {1}"}}
	kindOutside = problem.Kind{Code: "out-of-range", Err: problem.ErrInvalid, Message: lang.Text{
		"nombre attendu de {1} à {2}",
		"want a number from {1} to {2}"}}
	kindNotATime = problem.Kind{Code: "not-a-time", Err: problem.ErrInvalid, Message: lang.Text{
		"pas une date\u00a0: format RFC\u00a03339 attendu, par exemple \"2021-05-01T10:00:00+02:00\"",
		`not a time: want RFC 3339, e.g. "2021-05-01T10:00:00+02:00"`}}

	// Texts.

	kindTextTooLong = problem.Kind{Code: "over-limit", Err: problem.ErrLimit, Message: lang.Text{
		"{1} octets, au-delà de la limite de {2}",
		"{1} bytes, over the limit of {2}"}}
	kindTextNotUTF8 = problem.Kind{Code: "not-utf8", Err: problem.ErrInvalid, Message: lang.Text{
		"pas de l'UTF-8 valide",
		"not valid UTF-8"}}
	kindControl = problem.Kind{Code: "control-character", Err: problem.ErrInvalid, Message: lang.Text{
		"caractère de contrôle {1} à l'octet {2} (à écrire sans caractère de contrôle)",
		"control character {1} at byte {2} (write it without control characters)"}}
	kindBlank = problem.Kind{Code: "blank", Err: problem.ErrInvalid, Message: lang.Text{
		"vide\u00a0: un nom d'au moins un caractère visible est attendu",
		"blank: want a name with at least one visible character"}}
	kindBidi = problem.Kind{Code: "bidi-control", Err: problem.ErrInvalid, Message: lang.Text{
		"contrôle bidirectionnel {1} à l'octet {2} (à écrire sans\u00a0: il change l'ordre dans lequel le nom se lit)",
		"bidirectional control {1} at byte {2} (write it without: it reorders how the name reads)"}}
	kindWrongFormat = problem.Kind{Code: "wrong-format", Err: problem.ErrInvalid, Message: lang.Text{
		"valeur attendue : {1}",
		"want {1}"}}
	kindEmpty = problem.Kind{Code: "empty", Err: problem.ErrInvalid, Message: lang.Text{
		"vide (au moins un caractère attendu)",
		"empty (want at least one character)"}}

	// Limits of an input and of its lists and maps.

	kindTooLarge = problem.Kind{Code: "over-limit", Err: problem.ErrLimit, Message: lang.Text{
		"plus de {1} octets, au-delà de la limite (1\u00a0Mio au plus par document)",
		"more than {1} bytes, over the limit (want at most 1 MiB per document)"}}
	kindTooManyItems = problem.Kind{Code: "over-limit", Err: problem.ErrLimit, Message: lang.Text{
		"plus de {1} éléments, au-delà de la limite",
		"more than {1} items, over the limit"}}
	kindTooManyKeys = problem.Kind{Code: "over-limit", Err: problem.ErrLimit, Message: lang.Text{
		"plus de {1} clés, au-delà de la limite",
		"more than {1} keys, over the limit"}}
	kindTooMany = problem.Kind{Code: "over-limit", Err: problem.ErrLimit, Message: lang.Text{
		"{1} {2}, au-delà de la limite de {3}",
		"{1} {2}, over the limit of {3}"}}
	kindTooFewItems = problem.Kind{Code: "too-few-items", Err: problem.ErrInvalid, Message: lang.Text{
		"{1} éléments, moins que les {2} requis",
		"{1} items, fewer than the {2} required"}}
	kindNamedTwice = problem.Kind{Code: "duplicate-name", Err: problem.ErrInvalid, Message: lang.Text{
		"{1} nommé deux fois, sous deux graphies (une seule fois chacun)",
		"{1} named twice, in two spellings (each once)"}}
	kindGivenTwice = problem.Kind{Code: "duplicate-name", Err: problem.ErrInvalid, Message: lang.Text{
		"{1} donné deux fois (une seule fois chacun)",
		"{1} given twice (each once)"}}
	kindTooManyProblems = problem.Kind{Code: "too-many-problems", Err: problem.ErrInvalid, Message: lang.Text{
		"et {1} autres problèmes, non listés",
		"and {1} more problems, not listed"}}
)

// kinds lists every kind of the table, for its test.
var kinds = []*problem.Kind{
	&kindNotUTF8, &kindTrailing, &kindTooDeep, &kindEndInside, &kindEndWant, &kindNoSeparator, &kindNoKey, &kindNoColon,
	&kindNoColonSkipped, &kindBadCharacter, &kindByteOrderMark, &kindRawControl, &kindBadUnicodeEscape, &kindLoneSurrogate,
	&kindBadEscape, &kindBadNumber, &kindWrongType, &kindUnknownKey, &kindOtherVariantKey, &kindWrongVariant,
	&kindDuplicateKey, &kindMissingKey, &kindUnknownName, &kindMissingName, &kindNotAMember, &kindInvalidValue, &kindNotANumber,
	&kindNumberTooLong, &kindScale, &kindIntegerDigits, &kindDigits, &kindNotAWholeNumber, &kindNotAYear, &kindBelow,
	&kindNotAbove, &kindAbove, &kindOutside, &kindNotATime,
	&kindTextTooLong, &kindTextNotUTF8, &kindControl, &kindBlank, &kindBidi, &kindWrongFormat, &kindEmpty, &kindTooLarge,
	&kindTooManyItems, &kindTooManyKeys, &kindTooMany, &kindTooFewItems, &kindNamedTwice, &kindGivenTwice, &kindTooManyProblems,
}

// The words the messages quote: what a value is, what a reader was inside,
// what a number lacks, and what a decimal should look like. Never modified.
var (
	anObject      = lang.Text{"un objet", "an object"}
	anArray       = lang.Text{"un tableau", "an array"}
	aString       = lang.Text{"une chaîne", "a string"}
	aNumber       = lang.Text{"un nombre", "a number"}
	aWholeNumber  = lang.Text{"un nombre entier", "a whole number"}
	aBoolean      = lang.Text{"un booléen", "a boolean"}
	trueOrFalse   = lang.Text{"true ou false", "true or false"}
	null          = lang.Text{"null", "null"}
	aValue        = lang.Text{"une valeur", "a value"}
	insideObject  = lang.Text{"un objet (clé ou «\u00a0}\u00a0» attendue)", "an object (want a key or })"}
	insideArray   = lang.Text{"un tableau (valeur ou «\u00a0]\u00a0» attendue)", "an array (want a value or ])"}
	insideString  = lang.Text{"une chaîne", "a string"}
	objectMember  = lang.Text{"un membre d'objet", "an object member"}
	arrayElement  = lang.Text{"un élément de tableau", "an array element"}
	someDigits    = lang.Text{"des chiffres", "digits"}
	pointDigits   = lang.Text{"des chiffres après le point", "digits after the point"}
	exponentDigit = lang.Text{"des chiffres dans l'exposant", "digits in the exponent"}

	hintForm = lang.Text{
		"écrire des chiffres avec un point pour la partie décimale, par exemple \"150000.50\"",
		`write digits with a point for the decimal part, e.g. "150000.50"`}
	hintEmpty = lang.Text{
		"vide\u00a0; écrire des chiffres avec un point pour la partie décimale, par exemple \"150000.50\"",
		`empty; write digits with a point for the decimal part, e.g. "150000.50"`}
	hintPercent = lang.Text{
		"pas de signe %\u00a0; écrire des chiffres avec un point pour la partie décimale, par exemple \"150000.50\" (une part de 12\u00a0% s'écrit \"0.12\")",
		`no % sign; write digits with a point for the decimal part, e.g. "150000.50" (a share of 12% is "0.12")`}
	hintCurrency = lang.Text{
		"pas de devise\u00a0; écrire des chiffres avec un point pour la partie décimale, par exemple \"150000.50\"",
		`no currency; write digits with a point for the decimal part, e.g. "150000.50"`}
	hintComma = lang.Text{
		"pas de virgule\u00a0; écrire des chiffres avec un point pour la partie décimale, par exemple \"150000.50\", sans séparateur de milliers",
		`no comma; write digits with a point for the decimal part, e.g. "150000.50", without thousands separators`}
	hintSpaces = lang.Text{
		"ni espace ni séparateur\u00a0; écrire des chiffres avec un point pour la partie décimale, par exemple \"150000.50\"",
		`no spaces or separators; write digits with a point for the decimal part, e.g. "150000.50"`}

	didYouMean = lang.Text{"\u00a0; vouliez-vous dire «\u00a0{1}\u00a0»\u00a0?", `; did you mean "{1}"?`}
)

// words lists the texts above, for their test.
var words = []lang.Text{
	anObject, anArray, aString, aNumber, aWholeNumber, aBoolean, trueOrFalse, null, aValue, insideObject, insideArray,
	insideString, objectMember, arrayElement, someDigits, pointDigits, exponentDigit, hintForm, hintEmpty, hintPercent,
	hintCurrency, hintComma, hintSpaces, didYouMean,
}

// digits quotes n as a message of the JSON layer writes a count or a
// limit: in plain digits, in every language ("1048576 bytes").
func digits(n int) lang.Arg { return lang.Data(strconv.Itoa(n)) }
