package normalise

import (
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// mask hides the markup of a Markdown article: every byte that goldmark
// does not parse as text (heading hashes, emphasis stars, link targets,
// autolinks, raw HTML) becomes a space. Line breaks stay, so paragraphs
// keep their shape, and nothing moves, so no offset changes.
func mask(format, s string) string {
	if format != "markdown" {
		return s
	}
	src := []byte(s)
	doc := goldmark.DefaultParser().Parse(text.NewReader(src))
	keep := make([]bool, len(src))
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Text:
			for i := n.Segment.Start; i < n.Segment.Stop && i < len(keep); i++ {
				keep[i] = true
			}
		case *ast.String:
			// Produced by extensions only; its bytes are not in src.
		case *ast.CodeBlock, *ast.FencedCodeBlock:
			// Code is not prose: leave it masked.
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	out := src
	for i, c := range src {
		if !keep[i] && c != '\n' && c != '\r' {
			out[i] = ' '
		}
	}
	return string(out)
}
