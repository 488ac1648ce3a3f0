package eval_test

import (
	"fmt"
	"log"

	"github.com/bilateral/bilateral/loader/eval"
)

func ExampleScore() {
	gold, err := eval.LoadGold("../../testdata/gold")
	if err != nil {
		log.Fatal(err)
	}
	preds, err := eval.ReadPredictionsFile("testdata/pred/partial.jsonl")
	if err != nil {
		log.Fatal(err)
	}
	r := eval.Score(gold, preds)
	fmt.Printf("entities F1 %.2f, relations F1 %.2f, %d articles without prediction\n",
		r.EntityMicro.F1(), r.RelationMicro.F1(), len(r.Missing))
	hosted, _ := r.Relation("HOSTED")
	fmt.Printf("HOSTED: %+v\n", hosted)
	// Output:
	// entities F1 0.31, relations F1 0.33, 3 articles without prediction
	// HOSTED: {TP:3 FP:0 FN:3}
}
