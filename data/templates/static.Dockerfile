{{>header}}
{{#build_command}}

# Build stage: {{package_manager}} installs the dependencies and the site is built.
FROM {{build_image}} AS build
WORKDIR /src
{{>node-deps}}
COPY . .
RUN {{build_command}}
{{/build_command}}

# Final stage: the files served by nginx. The unprivileged nginx image
# runs as any user of group 0 and listens on {{port}}.
{{>final-from}}
{{#listen}}
RUN sed -i 's/8080/{{port}}/' /etc/nginx/conf.d/default.conf
{{/listen}}
{{#site_files}}
COPY {{#build_command}}--from=build {{/build_command}}--chown={{uid}}:{{gid}} {{.}}
{{/site_files}}
{{>tail}}
