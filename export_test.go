package societal

import "slices"

// DetailCodes returns the code of every kind of detail, sorted: what the
// tests of the package's texts walk.
func DetailCodes() []string {
	var out []string
	for code := range detailKinds() {
		out = append(out, code)
	}
	slices.Sort(out)
	return out
}

// CheckDetailCodes returns the codes of the details check id writes
// besides the shared ones, in its definition's order.
func CheckDetailCodes(id CheckID) []string {
	var out []string
	for _, k := range id.def().details {
		out = append(out, k.code)
	}
	return out
}

// SharedDetailCodes returns the codes of the details several checks write.
func SharedDetailCodes() []string {
	var out []string
	for _, k := range sharedDetails {
		out = append(out, k.code)
	}
	return out
}
