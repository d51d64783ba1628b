{{>header}}

# Build stage: the SDK restores the packages and publishes the
# application.
FROM {{build_image}} AS build
WORKDIR /src
COPY . .
RUN {{build_script}}

# Final stage: the ASP.NET Core runtime and the published application,
# run as an unprivileged user.
{{>final-from}}
WORKDIR /app
ENV {{port_env}}
{{>user}}
COPY --from=build --chown={{uid}}:{{gid}} /out/ ./
{{>image-files}}
{{>tail}}
