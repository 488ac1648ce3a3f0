package read_test

import (
	"context"
	"fmt"

	"github.com/bilateral/bilateral/loader/read"
)

func ExampleAll() {
	var ok, skipped, failed int
	for doc, err := range read.All(context.Background(), []string{"testdata/corpus"}) {
		switch {
		case read.Skipped(err):
			skipped++
		case err != nil:
			failed++ // err is an *Error naming the file and line
		default:
			ok++
			_ = doc.Article() // the provenance record, id from the content hash
		}
	}
	fmt.Println(ok, "read,", skipped, "skipped,", failed, "failed")
	// Output: 10 read, 1 skipped, 15 failed
}
