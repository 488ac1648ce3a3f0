package graph

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// normalizeCase is one case of a table of Normalize calls: the normalised
// query wanted, or ErrInvalid.
type normalizeCase[Q any] struct {
	name    string
	q       Q
	want    Q
	wantErr bool
}

// testNormalize runs a table of Normalize calls.
func testNormalize[Q any](t *testing.T, cases []normalizeCase[Q], normalize func(Q) (Q, error)) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			got, err := normalize(tt.q)
			if tt.wantErr {
				if !errors.Is(err, ErrInvalid) {
					t.Errorf("%+v.Normalize() error = %v, want ErrInvalid", tt.q, err)
				}
				return
			}
			if err != nil {
				t.Fatalf("%+v.Normalize() = %v", tt.q, err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%+v.Normalize() (-want +got):\n%s", tt.q, diff)
			}
		})
	}
}

func TestRelationQueryNormalize(t *testing.T) {
	ids := []string{"org:ru:opora"}
	testNormalize(t, []normalizeCase[RelationQuery]{
		{"default both", RelationQuery{EntityIDs: ids}, RelationQuery{EntityIDs: ids, Direction: DirectionBoth}, false},
		{"in", RelationQuery{EntityIDs: ids, Direction: DirectionIn}, RelationQuery{EntityIDs: ids, Direction: DirectionIn}, false},
		{"out with types", RelationQuery{Types: []RelType{RelVisited}, Direction: DirectionOut},
			RelationQuery{Types: []RelType{RelVisited}, Direction: DirectionOut}, false},
		{"both", RelationQuery{Direction: DirectionBoth}, RelationQuery{Direction: DirectionBoth}, false},
		{"unknown", RelationQuery{Direction: "UP"}, RelationQuery{}, true},
		{"lower case", RelationQuery{Direction: "in"}, RelationQuery{}, true},
	}, RelationQuery.Normalize)
}
