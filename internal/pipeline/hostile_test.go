package pipeline

import (
	"fmt"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/internal/news"
)

// BenchmarkLongParagraph analyses one paragraph made of many copies of a
// short pattern of quotes, at 16 KiB and at 64 KiB. The whole analysis
// must be linear: the 64 KiB figure should be about four times the 16 KiB
// one, not sixteen, or a hostile article of one long paragraph stops an
// ingest for hours. (A benchmark, not a test: timings on a shared machine
// are too noisy to assert on; compare the ns/op of each pair.)
func BenchmarkLongParagraph(b *testing.B) {
	an := New(Options{})
	for _, unit := range []string{
		`"Yes," he said. `,
		`"Yes." `,
		`"Yes," she said. "No." `,
		`She told him: "Go." `,
		`"Yes," he said, "and no." `,
		`"Yes," they said. `,
		`Tom: "Yes." `,
	} {
		for _, kib := range []int{16, 64} {
			n := kib << 10 / len(unit)
			art := &news.Article{ID: "x", Doc: "x.txt", Format: "text", Text: "Title\n\n" + strings.Repeat(unit, n) + "\n"}
			b.Run(fmt.Sprintf("%s/%dKiB", strings.TrimSpace(unit), kib), func(b *testing.B) {
				b.SetBytes(int64(len(art.Text)))
				for range b.N {
					Entry(an.Analyse(art))
				}
			})
		}
	}
}

// BenchmarkLongStory is BenchmarkLongParagraph for a story: many short
// paragraphs of dialogue, which the turn rules and the naming passes read
// (the described who introduce themselves, replies that call someone by
// name or title, "his wife"). The 64 KiB figure should be about four times
// the 16 KiB one.
func BenchmarkLongStory(b *testing.B) {
	an := New(Options{})
	for _, unit := range []string{
		"“My name is Tom Ray,” said a man.\n\n“Good day, Tom.”\n\n“Good day.”\n\n",
		"Mr. Ray came in.\n\n“Captain, sit down,” said his wife.\n\n“No.”\n\nThe doctor laughed.\n\n“Why not?”\n\n",
	} {
		for _, kib := range []int{16, 64} {
			n := kib << 10 / len(unit)
			art := &news.Article{ID: "x", Doc: "x.txt", Format: "text", Text: "Title\n\n" + strings.Repeat(unit, n)}
			b.Run(fmt.Sprintf("%s/%dKiB", strings.Fields(unit)[0], kib), func(b *testing.B) {
				b.SetBytes(int64(len(art.Text)))
				for range b.N {
					Entry(an.Analyse(art))
				}
			})
		}
	}
}
