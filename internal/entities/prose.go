package entities

import (
	"strings"
	"sync"

	"github.com/jdkato/prose/v2"
)

// Prose is the Classifier backed by prose's entity model. The model is
// loaded once, on first use, and shared: prose reloads it (about half a
// second) for every document created without one, and one model is safe
// across goroutines.
type Prose struct{}

var (
	proseOnce  sync.Once
	proseModel *prose.Model
)

func model() *prose.Model {
	proseOnce.Do(func() { proseModel = prose.ModelFromData("whosaid") })
	return proseModel
}

// Labels runs prose's tagger and entity model over one sentence. One
// sentence at a time, because prose's tokenizer shares one token between
// repeats of a word, so a later label would overwrite an earlier one
// across a longer text.
func (Prose) Labels(sentence string) map[string]string {
	doc, err := prose.NewDocument(sentence, prose.UsingModel(model()),
		prose.WithSegmentation(false))
	if err != nil {
		return nil
	}
	out := map[string]string{}
	for _, t := range doc.Tokens() {
		if t.Label != "" && t.Label != "O" {
			out[t.Text] = t.Label
			// prose rewrites curly apostrophes; index both spellings.
			out[strings.ReplaceAll(t.Text, "'", "’")] = t.Label
		}
	}
	return out
}
