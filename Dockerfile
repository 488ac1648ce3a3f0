# Multi-stage build of the bilateral server: a static binary on a small base.
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/bilateral ./cmd/bilateral \
 && mkdir -p /out/data

FROM gcr.io/distroless/static-debian12:nonroot
WORKDIR /app
COPY --from=build /out/bilateral /app/bilateral
COPY testdata/articles /app/articles
# The data directory (embedded store, judgement file) must be writable by
# the nonroot user; mount a volume here to keep it.
COPY --from=build --chown=nonroot:nonroot /out/data /data
ENV BILATERAL_DATA=/data
VOLUME /data
EXPOSE 8080
ENTRYPOINT ["/app/bilateral"]
CMD ["serve", "--addr", ":8080", "--load", "/app/articles"]
