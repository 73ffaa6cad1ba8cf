package ingest

import (
	"bytes"
	"net/url"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/whosaid/whosaid/internal/news"
)

// htmlExt are the extensions of web pages.
var htmlExt = map[string]bool{".html": true, ".htm": true, ".xhtml": true}

var errNoMainText = &contentError{msg: "no article text found in the page"}

// readHTML makes an article of a web page: readability finds the main text
// (navigation, scripts, asides and footers are left out) and the page's
// title, date and site name, and the page's canonical address is its URL.
//
// The article's Text is the extracted main text, one paragraph to a line
// with a blank line between paragraphs, and its Format is "text": offsets
// whosaid reports point into that text, not into the page's HTML.
func readHTML(name, page string) (*news.Article, error) {
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return nil, &Error{Path: name, Err: &contentError{msg: "not HTML", err: err}}
	}
	pageURL := canonicalURL(doc)
	var base *url.URL
	if pageURL != "" {
		base, _ = url.Parse(pageURL)
	}
	parser := readability.NewParser()
	art, err := parser.ParseAndMutate(doc, base)
	if err != nil {
		return nil, &Error{Path: name, Err: &contentError{msg: "no article text found in the page", err: err}}
	}
	var text bytes.Buffer
	if art.Node == nil || art.RenderText(&text) != nil {
		return nil, &Error{Path: name, Err: errNoMainText}
	}
	body := paragraphs(text.String())
	if body == "" {
		return nil, &Error{Path: name, Err: errNoMainText}
	}
	a := &news.Article{
		Doc:    name,
		Format: "text",
		Text:   body,
		Title:  clean(strings.Join(strings.Fields(art.Title()), " ")),
		URL:    pageURL,
		Outlet: clean(strings.Join(strings.Fields(art.SiteName()), " ")),
	}
	if t, err := art.PublishedTime(); err == nil && !t.IsZero() {
		// The calendar day the page names, in its own zone, as for feeds.
		a.Date = time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	}
	a.ID = ID(a)
	return a, nil
}

// paragraphs tidies readability's text: lines trimmed, runs of blank
// lines made one, so that paragraphs are separated by exactly one blank
// line as in the other formats.
func paragraphs(s string) string {
	var out []string
	blank := false
	for l := range strings.Lines(s) {
		l = strings.TrimSpace(strings.ReplaceAll(l, "\u00a0", " "))
		if l == "" {
			blank = len(out) > 0
			continue
		}
		if blank {
			out = append(out, "")
			blank = false
		}
		out = append(out, l)
	}
	if len(out) == 0 {
		return ""
	}
	return clean(strings.Join(out, "\n") + "\n")
}

// canonicalURL is the page's own address, from <link rel="canonical"> or
// else <meta property="og:url">, if it is an http(s) URL.
func canonicalURL(doc *html.Node) string {
	var canonical, og string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Link:
				if canonical == "" && hasWord(attr(n, "rel"), "canonical") {
					canonical = attr(n, "href")
				}
			case atom.Meta:
				if og == "" && strings.EqualFold(attr(n, "property"), "og:url") {
					og = attr(n, "content")
				}
			case atom.Body:
				return // metadata lives in the head
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	for _, u := range []string{canonical, og} {
		if u, ok := parseURL(strings.TrimSpace(u)); ok {
			return u
		}
	}
	return ""
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func hasWord(list, word string) bool {
	for _, w := range strings.Fields(list) {
		if strings.EqualFold(w, word) {
			return true
		}
	}
	return false
}

// looksLikeHTML reports whether text starts, after white space and a BOM,
// with a doctype, an <html> tag or an HTML comment: how "-" tells a page
// from plain text.
func looksLikeHTML(b []byte) bool {
	b = bytes.TrimPrefix(b, []byte(bom))
	b = bytes.TrimLeft(b, " \t\r\n\f\v")
	for _, p := range []string{"<!doctype html", "<html", "<!--"} {
		if len(b) >= len(p) && strings.EqualFold(string(b[:len(p)]), p) {
			return true
		}
	}
	return false
}
