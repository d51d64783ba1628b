{{>header}}

# Build stage: Bundler installs the gems without the development and test
# groups{{#build_command}}, then the build runs{{/build_command}}.
FROM {{build_image}} AS build
{{#alpine}}
RUN apk add --no-cache build-base=~0.5
{{/alpine}}
WORKDIR /src
ENV BUNDLE_DEPLOYMENT=1 \
    BUNDLE_PATH=/usr/local/bundle \
    BUNDLE_WITHOUT=development:test
COPY Gemfile Gemfile.lock ./
RUN bundle install \
 && rm -rf /usr/local/bundle/cache
COPY . .
{{#build_command}}
RUN {{build_command}}
{{/build_command}}

# Final stage: Ruby, the gems and the application, run as an
# unprivileged user.
{{>final-from}}
WORKDIR /app
ENV BUNDLE_DEPLOYMENT=1 \
    BUNDLE_PATH=/usr/local/bundle \
    BUNDLE_WITHOUT=development:test
{{>user}}
COPY --from=build --chown={{uid}}:{{gid}} /usr/local/bundle /usr/local/bundle
{{^copy_all}}
COPY --from=build --chown={{uid}}:{{gid}} /src/Gemfile /src/Gemfile.lock ./
{{/copy_all}}
{{>app-files}}
{{>tail}}
