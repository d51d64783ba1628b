{{>header}}

# Build stage: {{#gradle}}Gradle{{/gradle}}{{^gradle}}Maven{{/gradle}} downloads the dependencies and packages the
# application's jar.
FROM {{build_image}} AS build
WORKDIR /src
COPY . .
RUN {{build_script}}

# Final stage: a Java runtime and the jar, run as an unprivileged user.
{{>final-from}}
WORKDIR /app
{{>user}}
COPY --from=build --chown={{uid}}:{{gid}} {{jar_copy}}
{{>image-files}}
{{>tail}}
