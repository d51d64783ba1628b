{{>header}}

# Build stage: {{package_manager}} installs the dependencies from the lock file{{#build_command}},
# the build runs, and the development dependencies are pruned{{/build_command}}.
FROM {{build_image}} AS build
WORKDIR /src
{{>node-deps}}
COPY . .
{{#build_command}}
RUN {{build_command}} \
 && {{prune}}
{{/build_command}}

# Final stage: the Node.js runtime, the production dependencies and the
# application, run as an unprivileged user.
{{>final-from}}
WORKDIR /app
ENV NODE_ENV=production{{#reset_entrypoint}} \
    PATH=/nodejs/bin:$PATH{{/reset_entrypoint}}
{{>user}}
{{#copy_all}}
COPY --from=build --chown={{uid}}:{{gid}} /src/ ./
{{/copy_all}}
{{^copy_all}}
COPY --from=build --chown={{uid}}:{{gid}} /src/package.json ./
COPY --from=build --chown={{uid}}:{{gid}} /src/node_modules ./node_modules
{{>image-files}}
{{/copy_all}}
{{>tail}}
