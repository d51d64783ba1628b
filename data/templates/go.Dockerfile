{{>header}}

# Build stage: the modules, then a static binary (CGO_ENABLED=0), which
# needs no C library in the final image.
FROM {{build_image}} AS build
WORKDIR /src
COPY go.mod go.sum* ./
RUN go mod download
COPY . .
RUN {{build_script}}

# Final stage: the binary alone, run as an unprivileged user.
{{>final-from}}
WORKDIR /app
{{>user}}
COPY --from=build --chown={{uid}}:{{gid}} {{binary_copy}}
{{>image-files}}
{{>tail}}
