{{>header}}

# Build stage: Rust on Alpine builds for musl, whose binaries are static
# and need no C library in the final image.
FROM {{build_image}} AS build
RUN apk add --no-cache musl-dev=~1.2
WORKDIR /src
COPY . .
RUN {{build_script}}

# Final stage: the binary alone, run as an unprivileged user.
{{>final-from}}
WORKDIR /app
{{>user}}
COPY --from=build --chown={{uid}}:{{gid}} {{binary_copy}}
{{>image-files}}
{{>tail}}
