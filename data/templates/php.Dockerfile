{{>header}}

# Build stage: Composer installs the dependencies without the development
# ones and writes an optimised autoloader{{#build_command}}, then the build runs{{/build_command}}.
FROM {{build_image}} AS build
WORKDIR /src
COPY composer.json composer.lock* ./
RUN composer install --no-dev --no-interaction --no-progress --no-scripts --no-autoloader \
      --prefer-dist --ignore-platform-reqs
COPY . .
RUN composer dump-autoload --no-dev --optimize{{#build_command}} \
 && {{build_command}}{{/build_command}}

# Final stage: {{#apache}}Apache and mod_php{{/apache}}{{^apache}}PHP-FPM{{/apache}} with the production php.ini,
# listening on {{port}} and run as an unprivileged user.
{{>final-from}}
WORKDIR /var/www/html
{{>user}}
{{^copy_all}}
COPY --from=build --chown={{uid}}:{{gid}} /src/composer.json ./
COPY --from=build --chown={{uid}}:{{gid}} /src/vendor ./vendor
{{/copy_all}}
{{>app-files}}
{{>tail}}
