package clitest

import (
	"bytes"
	"io"
	"testing"

	"github.com/seed424036fd/societal/lang"
)

// LangOnly returns the cases every program whose one flag is -lang, and
// which takes no argument, shares: -h and -help print the usage and exit
// 0; an unknown flag, an unknown language and an argument exit 2 with the
// usage on standard error. A program adds the cases of its own output.
func LangOnly(name string) []Case {
	return []Case{
		{Args: []string{"-h"}, Stdout: name + " ["},
		{Args: []string{"-help"}, Stdout: "-lang "},
		{Args: []string{"-nope"}, Status: 2, Stderr: "-nope"},
		{Args: []string{"-lang", "de"}, Status: 2, Stderr: `"de"`},
		{Args: []string{"-lang", "en", "extra"}, Status: 2, Stderr: `unexpected argument "extra": ` + name + " takes no argument"},
	}
}

// Output checks what write writes in each language of the module
// (lang.Langs): against its golden file, testdata/name.text.LANG.golden
// (Golden), and for the language's typography (OneLanguage); and, written
// in the pseudo-locale, that no word but data escapes the tables of texts
// (Pseudo). It returns the outputs by language, for the program's own
// checks.
func Output(t *testing.T, name string, write func(l lang.Lang, w io.Writer) error, data ...string) map[lang.Lang]string {
	t.Helper()
	outs := map[lang.Lang]string{}
	for l := range lang.Langs() {
		var b bytes.Buffer
		if err := write(l, &b); err != nil {
			t.Fatal(err)
		}
		outs[l] = b.String()
		Golden(t, name+".text."+l.String(), outs[l])
		OneLanguage(t, name, l, outs[l])
	}
	var b bytes.Buffer
	if err := write(lang.Pseudo, &b); err != nil {
		t.Fatal(err)
	}
	Pseudo(t, name, b.String(), data...)
	return outs
}
