# Multi-stage build of the bilateral server: a static binary on a small base.
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/bilateral ./cmd/bilateral

FROM gcr.io/distroless/static-debian12:nonroot
WORKDIR /app
COPY --from=build /out/bilateral /app/bilateral
COPY testdata/articles /app/articles
EXPOSE 8080
ENTRYPOINT ["/app/bilateral"]
CMD ["serve", "--addr", ":8080", "--load", "/app/articles"]
