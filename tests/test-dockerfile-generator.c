/* test-dockerfile-generator.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "podlift-bundle.h"
#include "podlift-dockerfile-generator-private.h"
#include "podlift-enum-types.h"
#include "podlift-error.h"
#include "podlift-lint-test-util.h"
#include "podlift-state-path.h"

/* The proof of the drafts: every stack, package manager, variant and
 * base-size class, with realistic and with minimal answers, gives a
 * Dockerfile that the lint engine finds nothing in (any level, every DL
 * and PL rule, the default config), that exposes the answered port, runs
 * as a numeric user and starts the answered launch command in exec form. */

typedef struct
{
  PodliftStack  stack;
  const char   *manager;
  const char   *variant;
  const char   *version;
  const char   *build;
  const char   *launch;
  guint         port;
  const char   *files[4];
} Answers;

static const Answers realistic[] = {
  { PODLIFT_STACK_NODE, "npm", NULL, "20.11.1", "npm run build", "node dist/server.js", 3000,
    { "dist/", "public/", NULL } },
  { PODLIFT_STACK_NODE, "yarn", NULL, "18", "yarn build", "node server.js", 8080,
    { "server.js", "views/", NULL } },
  { PODLIFT_STACK_NODE, "pnpm", NULL, "v22", "pnpm install && pnpm run build",
    "node build/index.js", 3000, { "build/", NULL } },
  { PODLIFT_STACK_PYTHON, "pip", NULL, "3.11",
    "pip install -r requirements.txt && python manage.py collectstatic --noinput",
    "gunicorn --bind 0.0.0.0:8000 shop.wsgi:application", 8000,
    { "manage.py", "shop/", "static/", NULL } },
  { PODLIFT_STACK_PYTHON, "poetry", NULL, "3.12.4", "poetry install",
    "uvicorn app.main:app --host 0.0.0.0 --port 8080", 8080, { "app/", NULL } },
  { PODLIFT_STACK_GO, "go", NULL, "1.22", "go build -o bin/api ./cmd/api", "./bin/api", 8080,
    { "templates/", "migrations/", NULL } },
  { PODLIFT_STACK_JAVA, "maven", NULL, "17", "mvn -B -DskipTests package",
    "java -jar target/orders.jar", 8080, { "db/migration/", NULL } },
  { PODLIFT_STACK_JAVA, "gradle", NULL, "21", "./gradlew bootJar",
    "java -XX:MaxRAMPercentage=75 -jar /opt/orders/app.jar", 8081, { NULL } },
  { PODLIFT_STACK_PHP, "composer", "fpm", "8.2", "composer install --no-dev", "php-fpm", 9000,
    { "public/", "src/", "config/", NULL } },
  { PODLIFT_STACK_PHP, "composer", "apache", "8.3", "composer install --no-dev",
    "apache2-foreground", 8080, { "public/", "src/", NULL } },
  { PODLIFT_STACK_RUBY, "bundler", NULL, "3.2.2", "bundle exec rake assets:precompile",
    "bundle exec puma -C config/puma.rb", 3000, { "app/", "config/", "public/", NULL } },
  { PODLIFT_STACK_DOTNET, "dotnet", NULL, "8.0", "dotnet publish -c Release -o out",
    "dotnet Shop.Api.dll", 8080, { "Templates/", NULL } },
  { PODLIFT_STACK_RUST, "cargo", NULL, "1.79", "cargo build --release",
    "/usr/local/bin/shop-api --config config.toml", 8080, { "config.toml", NULL } },
  { PODLIFT_STACK_STATIC, "npm", NULL, "20", "npm run build", "nginx -g 'daemon off;'", 8080,
    { "dist/", NULL } },
  { PODLIFT_STACK_STATIC, "yarn", NULL, "20", "yarn build", "nginx -g 'daemon off;'", 80,
    { "build/", NULL } },
  { PODLIFT_STACK_STATIC, "pnpm", NULL, "22", "pnpm build", "nginx -g 'daemon off;'", 8081,
    { NULL } },
};

static const PodliftBaseSize sizes[] = {
  PODLIFT_BASE_SIZE_DISTROLESS, PODLIFT_BASE_SIZE_ALPINE,
  PODLIFT_BASE_SIZE_SLIM, PODLIFT_BASE_SIZE_FULL,
};

static PodliftAppProfile *
profile_from (const Answers *answers,
              gboolean       minimal)
{
  PodliftAppProfile *profile = podlift_app_profile_new ();

  podlift_app_profile_set_name (profile, "Shop");
  podlift_app_profile_set_stack (profile, answers->stack);
  podlift_app_profile_set_stack_version (profile, answers->version);
  podlift_app_profile_set_package_manager (profile, answers->manager);
  podlift_app_profile_set_launch_command (profile, answers->launch);
  podlift_app_profile_set_port (profile, answers->port);

  if (!minimal)
    {
      podlift_app_profile_set_build_command (profile, answers->build);
      podlift_app_profile_set_image_files (profile, answers->files);
    }

  return profile;
}

static PodliftDockerfile *
container_with (PodliftBaseSize  size,
                const char      *variant,
                guint            uid)
{
  PodliftDockerfile *container = podlift_dockerfile_new ();

  podlift_dockerfile_set_base_size (container, size);
  podlift_dockerfile_set_variant (container, variant);
  podlift_dockerfile_set_user_id (container, uid);

  return container;
}

/* ---- What a draft must hold -------------------------------------------------------- */

/* The last line that starts with @keyword, without it. */
static char *
last_instruction (const char *text,
                  const char *keyword)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autofree char *prefix = g_strconcat (keyword, " ", NULL);
  const char *found = NULL;

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      found = lines[i] + strlen (prefix);

  return g_strdup (found);
}

static char **
cmd_words (const char *text)
{
  g_autofree char *cmd = last_instruction (text, "CMD");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GStrvBuilder) words = g_strv_builder_new ();
  JsonArray *array;

  g_assert_nonnull (cmd);
  json_parser_load_from_data (parser, cmd, -1, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (json_parser_get_root (parser)));

  array = json_node_get_array (json_parser_get_root (parser));
  for (guint i = 0; i < json_array_get_length (array); i++)
    g_strv_builder_add (words, json_array_get_string_element (array, i));

  return g_strv_builder_end (words);
}

static void
assert_words (char       **got,
              const char  *launch,
              gboolean     shell)
{
  g_auto(GStrv) want = NULL;

  if (shell)
    want = g_strdupv ((char *[]) { (char *) "/bin/sh", (char *) "-c", (char *) launch, NULL });
  else
    g_assert_true (g_shell_parse_argv (launch, NULL, &want, NULL));

  g_assert_cmpstrv (got, want);
}

static void
assert_numeric_user (const char *text,
                     guint       uid)
{
  g_autofree char *user = last_instruction (text, "USER");
  g_autofree char *prefix = g_strdup_printf ("%u:", uid);

  g_assert_nonnull (user);
  g_assert_true (g_str_has_prefix (user, prefix));
  for (const char *p = user; *p != '\0'; p++)
    g_assert_true (g_ascii_isdigit (*p) || *p == ':');
}

static void
assert_pinned_bases (const char *text,
                     const char *final_base)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  const char *last = NULL;

  g_assert_null (strstr (text, "latest"));

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) words = NULL;

      if (!g_str_has_prefix (lines[i], "FROM "))
        continue;

      words = g_strsplit (lines[i], " ", -1);
      g_assert_nonnull (strrchr (words[1], ':'));
      g_assert_false (g_str_has_suffix (words[1], ":"));
      last = lines[i];
    }

  g_assert_nonnull (last);
  g_assert_cmpstr (last + strlen ("FROM "), ==, final_base);
}

/* Lints @text and adds every finding to @failures. */
static void
collect_findings (GString    *failures,
                  const char *label,
                  const char *text)
{
  g_autoptr(GListModel) findings = podlift_test_lint (text, NULL);
  guint n = g_list_model_get_n_items (findings);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PodliftDiagnostic) d = g_list_model_get_item (findings, i);

      g_string_append_printf (failures, "%s:%u: %s %s\n", label,
                              podlift_diagnostic_get_line (d), podlift_diagnostic_get_code (d),
                              podlift_diagnostic_get_message (d));
    }

  if (n > 0)
    g_string_append_printf (failures, "---- %s ----\n%s\n", label, text);
}

static void
check_draft (GString       *failures,
             const Answers *answers,
             PodliftBaseSize size,
             gboolean       minimal)
{
  guint uid = minimal ? 10001 : 4242;
  g_autoptr(PodliftAppProfile) profile = profile_from (answers, minimal);
  g_autoptr(PodliftDockerfile) container = container_with (size, answers->variant, uid);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = podlift_dockerfile_generate (profile, container, &error);
  g_autofree char *final_base = podlift_dockerfile_final_base (profile, container);
  g_autofree char *label = g_strdup_printf ("%s/%s/%s/%d/%s",
                                            podlift_enum_to_nick (PODLIFT_TYPE_STACK, answers->stack), answers->manager,
                                            answers->variant ?: "-", size,
                                            minimal ? "minimal" : "realistic");
  g_autofree char *expose = g_strdup_printf ("\nEXPOSE %u\n", answers->port);
  g_autofree char *chown = g_strdup_printf ("--chown=%u:", uid);
  g_auto(GStrv) words = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (text);
  g_test_message ("%s", label);

  collect_findings (failures, label, text);

  g_assert_true (g_str_has_prefix (text, "# syntax=docker/dockerfile:1\n"));
  /* multi-stage, but for a static site that is not built */
  if (answers->stack != PODLIFT_STACK_STATIC || !minimal)
    g_assert_nonnull (strstr (text, " AS build\n"));
  g_assert_nonnull (strstr (text, expose));
  g_assert_nonnull (strstr (text, chown));
  assert_numeric_user (text, uid);
  assert_pinned_bases (text, final_base);

  words = cmd_words (text);
  assert_words (words, answers->launch, FALSE);
}

/* /podlift/dockerfile-generator/lint-clean: the whole matrix. Findings
 * are gathered and shown together, with the drafts they are in. */
static void
test_lint_clean (void)
{
  g_autoptr(GString) failures = g_string_new (NULL);
  guint drafts = 0;

  for (guint i = 0; i < G_N_ELEMENTS (realistic); i++)
    for (guint j = 0; j < G_N_ELEMENTS (sizes); j++)
      for (guint minimal = 0; minimal <= 1; minimal++)
        {
          check_draft (failures, &realistic[i], sizes[j], minimal);
          drafts++;
        }

  g_test_message ("%u drafts linted", drafts);
  if (failures->len > 0)
    g_error ("findings in drafted Dockerfiles:\n%s", failures->str);
}

/* Every stack has each of its package managers and variants above. */
static void
test_matrix_complete (void)
{
  static const struct { PodliftStack stack; const char *what; } wanted[] = {
    { PODLIFT_STACK_NODE, "npm" }, { PODLIFT_STACK_NODE, "yarn" }, { PODLIFT_STACK_NODE, "pnpm" },
    { PODLIFT_STACK_PYTHON, "pip" }, { PODLIFT_STACK_PYTHON, "poetry" },
    { PODLIFT_STACK_GO, "go" }, { PODLIFT_STACK_JAVA, "maven" }, { PODLIFT_STACK_JAVA, "gradle" },
    { PODLIFT_STACK_PHP, "fpm" }, { PODLIFT_STACK_PHP, "apache" },
    { PODLIFT_STACK_RUBY, "bundler" }, { PODLIFT_STACK_DOTNET, "dotnet" },
    { PODLIFT_STACK_RUST, "cargo" }, { PODLIFT_STACK_STATIC, "npm" },
    { PODLIFT_STACK_STATIC, "yarn" }, { PODLIFT_STACK_STATIC, "pnpm" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (wanted); i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; j < G_N_ELEMENTS (realistic); j++)
        found |= realistic[j].stack == wanted[i].stack &&
                 (g_strcmp0 (realistic[j].manager, wanted[i].what) == 0 ||
                  g_strcmp0 (realistic[j].variant, wanted[i].what) == 0);

      g_assert_true (found);
    }
}

/* @text with its comments joined into one line each, so that a note
 * can be found whatever its wrapping. */
static char *
unwrap (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, "\n# ", -1);

  return g_strjoinv (" ", parts);
}

/* Drafts one Dockerfile, which must lint clean; the caller owns it. */
static char *
draft_clean (PodliftAppProfile *profile,
             PodliftDockerfile *container)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) failures = g_string_new (NULL);
  char *text = podlift_dockerfile_generate (profile, container, &error);

  g_assert_no_error (error);
  g_assert_nonnull (text);
  collect_findings (failures, "draft", text);
  if (failures->len > 0)
    g_error ("findings:\n%s", failures->str);

  return text;
}

/* The example bundle's answers (a Django shop) give a clean Dockerfile
 * that runs gunicorn as 10001 on 8000, with the files the image needs
 * and the shared volume's folder. */
static void
test_example (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("PODLIFT_EXAMPLES_DIR"), "shopfront", NULL);
  g_autoptr(GFile) dir = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PodliftProject) project = podlift_bundle_load (dir, NULL, &error);
  PodliftAppProfile *profile;
  g_autofree char *text = NULL;
  g_autofree char *base = NULL;
  g_auto(GStrv) words = NULL;

  g_assert_no_error (error);
  profile = podlift_project_get_profile (project);
  text = draft_clean (profile, podlift_project_get_dockerfile (project));
  base = podlift_dockerfile_final_base (profile, podlift_project_get_dockerfile (project));

  g_assert_cmpstr (base, ==, "python:3.11-slim-bookworm");
  assert_pinned_bases (text, base);
  assert_numeric_user (text, 10001);
  g_assert_nonnull (strstr (text, "\nEXPOSE 8000\n"));
  words = cmd_words (text);
  assert_words (words, podlift_app_profile_get_launch_command (profile), FALSE);

  /* the answers' build command only installs: the build stage does it */
  g_assert_null (strstr (text, "RUN pip install -r"));
  g_assert_nonnull (strstr (text, "COPY --from=build --chown=10001:10001 /src/manage.py "
                                  "./manage.py\n"));
  g_assert_nonnull (strstr (text, "COPY --from=build --chown=10001:10001 /src/shopfront/ "
                                  "./shopfront/\n"));
  g_assert_nonnull (strstr (text, "mkdir -p /srv/shopfront/media"));
  g_assert_nonnull (strstr (text, "chown 10001:10001 /srv/shopfront/media"));
}

/* No stack: a GError that names the answer. */
static void
test_unknown_stack (void)
{
  g_autoptr(PodliftAppProfile) profile = podlift_app_profile_new ();
  g_autoptr(PodliftDockerfile) container = podlift_dockerfile_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *base = NULL;

  podlift_app_profile_set_launch_command (profile, "./server");
  text = podlift_dockerfile_generate (profile, container, &error);

  g_assert_null (text);
  g_assert_error (error, PODLIFT_ERROR, PODLIFT_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "stack"));

  base = podlift_dockerfile_final_base (profile, container);
  g_assert_null (base);
}

/* A launch command that needs a shell runs with /bin/sh -c, and moves a
 * distroless draft to an image that has a shell, saying so. */
static void
test_shell_launch (void)
{
  static const Answers go = {
    PODLIFT_STACK_GO, "go", NULL, "1.23", NULL, "./server --listen :$PORT", 8080, { NULL }
  };
  static const Answers python = {
    PODLIFT_STACK_PYTHON, "pip", NULL, "3.12", NULL,
    "python manage.py migrate && gunicorn shop.wsgi", 8000, { NULL }
  };
  g_autoptr(PodliftAppProfile) go_profile = profile_from (&go, TRUE);
  g_autoptr(PodliftAppProfile) python_profile = profile_from (&python, TRUE);
  g_autoptr(PodliftDockerfile) distroless = container_with (PODLIFT_BASE_SIZE_DISTROLESS, NULL,
                                                            10001);
  g_autoptr(PodliftDockerfile) slim = container_with (PODLIFT_BASE_SIZE_SLIM, NULL, 10001);
  g_autofree char *go_text = draft_clean (go_profile, distroless);
  g_autofree char *python_text = draft_clean (python_profile, slim);
  g_autofree char *go_base = podlift_dockerfile_final_base (go_profile, distroless);
  g_auto(GStrv) go_words = cmd_words (go_text);
  g_auto(GStrv) python_words = cmd_words (python_text);

  assert_words (go_words, go.launch, TRUE);
  assert_words (python_words, python.launch, TRUE);
  g_assert_cmpstr (go_base, ==, "alpine:3.20");
  g_assert_nonnull (strstr (go_text, "# Base size class: distroless was asked, but the launch "
                                     "command needs a\n# shell"));
  /* the binary goes where the command starts it */
  g_assert_nonnull (strstr (go_text, "/out/server ./server\n"));
}

static const struct
{
  Answers          answers;
  PodliftBaseSize  size;
  const char      *base;
  const char      *comment;
} base_cases[] = {
  { { PODLIFT_STACK_NODE, "npm", NULL, "22", NULL, "node server.js", 3000, { NULL } },
    PODLIFT_BASE_SIZE_DISTROLESS, "gcr.io/distroless/nodejs22-debian12:nonroot", NULL },
  { { PODLIFT_STACK_NODE, "npm", NULL, "21", NULL, "node server.js", 3000, { NULL } },
    PODLIFT_BASE_SIZE_DISTROLESS, "node:21-alpine", "Node.js 18, 20 and 22 only" },
  { { PODLIFT_STACK_NODE, "npm", NULL, "22", NULL, "npm start", 3000, { NULL } },
    PODLIFT_BASE_SIZE_DISTROLESS, "node:22-alpine", "only runs its runtime" },
  { { PODLIFT_STACK_PYTHON, "pip", NULL, "3.12", NULL, "python app.py", 8000, { NULL } },
    PODLIFT_BASE_SIZE_DISTROLESS, "python:3.12-slim-bookworm", "gcr.io/distroless/python3" },
  { { PODLIFT_STACK_PYTHON, "pip", NULL, "3.12", NULL, "python app.py", 8000, { NULL } },
    PODLIFT_BASE_SIZE_FULL, "python:3.12-bookworm", "hadolint ignore=PL003\nFROM" },
  { { PODLIFT_STACK_JAVA, "maven", NULL, "1.8", NULL, "java -jar app.jar", 8080, { NULL } },
    PODLIFT_BASE_SIZE_DISTROLESS, "eclipse-temurin:8-jre-alpine", "Java 17 and 21 only" },
  { { PODLIFT_STACK_JAVA, "gradle", NULL, "21", NULL, "java -jar app.jar", 8080, { NULL } },
    PODLIFT_BASE_SIZE_SLIM, "eclipse-temurin:21-jre", NULL },
  { { PODLIFT_STACK_GO, "go", NULL, "go1.22.5", NULL, "./server", 8080, { NULL } },
    PODLIFT_BASE_SIZE_DISTROLESS, "gcr.io/distroless/static-debian12:nonroot", NULL },
  { { PODLIFT_STACK_RUST, "cargo", NULL, "1.80", NULL, "./server", 8080, { NULL } },
    PODLIFT_BASE_SIZE_ALPINE, "alpine:3.20", NULL },
  { { PODLIFT_STACK_PHP, "composer", "apache", "8.3", NULL, NULL, 8080, { NULL } },
    PODLIFT_BASE_SIZE_ALPINE, "php:8.3-apache-bookworm", "Apache on Debian only" },
  { { PODLIFT_STACK_PHP, "composer", NULL, "8.3", NULL, NULL, 9000, { NULL } },
    PODLIFT_BASE_SIZE_DISTROLESS, "php:8.3-fpm-alpine", "no distroless PHP image" },
  { { PODLIFT_STACK_RUBY, "bundler", NULL, "3.3", NULL, NULL, 3000, { NULL } },
    PODLIFT_BASE_SIZE_DISTROLESS, "ruby:3.3-slim-bookworm", "no distroless Ruby image" },
  { { PODLIFT_STACK_DOTNET, "dotnet", NULL, "8", NULL, "dotnet Api.dll", 8080, { NULL } },
    PODLIFT_BASE_SIZE_DISTROLESS, "mcr.microsoft.com/dotnet/aspnet:8.0-noble-chiseled", NULL },
  { { PODLIFT_STACK_STATIC, "npm", NULL, NULL, NULL, NULL, 8080, { NULL } },
    PODLIFT_BASE_SIZE_DISTROLESS, "nginxinc/nginx-unprivileged:1.27-alpine-slim",
    "no distroless nginx image" },
};

/* Each class gives its own final image, or the nearest one with a
 * comment; the full class keeps the full image on purpose. */
static void
test_base_classes (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (base_cases); i++)
    {
      g_autoptr(PodliftAppProfile) profile = profile_from (&base_cases[i].answers, TRUE);
      g_autoptr(PodliftDockerfile) container = container_with (base_cases[i].size,
                                                               base_cases[i].answers.variant, 10001);
      g_autofree char *text = draft_clean (profile, container);
      g_autofree char *base = podlift_dockerfile_final_base (profile, container);
      g_autofree char *comments = unwrap (text);

      g_test_message ("case %u: %s", i, base);
      g_assert_cmpstr (base, ==, base_cases[i].base);
      assert_pinned_bases (text, base);
      if (base_cases[i].comment != NULL)
        g_assert_nonnull (strstr (comments, base_cases[i].comment));
      else
        g_assert_null (strstr (text, "Base size class:"));
    }
}

/* Missing answers get a default each, said in a comment, and the draft
 * still lints clean. */
static void
test_defaults (void)
{
  for (PodliftStack stack = PODLIFT_STACK_NODE; stack <= PODLIFT_STACK_STATIC; stack++)
    {
      g_autoptr(PodliftAppProfile) profile = podlift_app_profile_new ();
      g_autoptr(PodliftDockerfile) container = podlift_dockerfile_new ();
      g_autofree char *text = NULL;
      g_autofree char *version = NULL;

      podlift_app_profile_set_stack (profile, stack);
      podlift_dockerfile_set_user_id (container, 0);
      text = draft_clean (profile, container);
      version = g_strdup_printf (":%s", podlift_stack_default_version (stack));

      g_assert_nonnull (strstr (text, "# No launch command was answered: "));
      g_assert_nonnull (strstr (text, "# No listening port was answered: "));
      g_assert_nonnull (strstr (text, "# The user id 0 is root"));
      assert_numeric_user (text, 10001);
      if (stack != PODLIFT_STACK_STATIC)
        g_assert_nonnull (strstr (text, version));
    }
}

/* The version answer is cut to what image tags use. */
static void
test_versions (void)
{
  static const struct { PodliftStack stack; const char *answer; const char *base; } cases[] = {
    { PODLIFT_STACK_NODE, "v20.11.1", "node:20.11.1-bookworm-slim" },
    { PODLIFT_STACK_NODE, ">=18", "node:18-bookworm-slim" },
    { PODLIFT_STACK_PYTHON, "Python 3.11.9", "python:3.11.9-slim-bookworm" },
    { PODLIFT_STACK_JAVA, "1.8", "eclipse-temurin:8-jre" },
    { PODLIFT_STACK_JAVA, "17.0.2", "eclipse-temurin:17-jre" },
    { PODLIFT_STACK_DOTNET, "net8", "mcr.microsoft.com/dotnet/aspnet:8.0-bookworm-slim" },
    { PODLIFT_STACK_RUBY, "ruby-3.3.1", "ruby:3.3.1-slim-bookworm" },
    { PODLIFT_STACK_PHP, "^8.2", "php:8.2-fpm-bookworm" },
    { PODLIFT_STACK_PYTHON, "latest", "python:3.12-slim-bookworm" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PodliftAppProfile) profile = podlift_app_profile_new ();
      g_autoptr(PodliftDockerfile) container = container_with (PODLIFT_BASE_SIZE_SLIM, NULL,
                                                               10001);
      g_autofree char *base = NULL;
      g_autofree char *text = NULL;

      podlift_app_profile_set_stack (profile, cases[i].stack);
      podlift_app_profile_set_stack_version (profile, cases[i].answer);
      base = podlift_dockerfile_final_base (profile, container);
      text = draft_clean (profile, container);

      g_assert_cmpstr (base, ==, cases[i].base);
      g_assert_null (strstr (text, "latest"));
    }
}

/* The build command's dependency install is the template's: the rest
 * of it runs after, and a build tool's own output goes where the final
 * stage takes it from. */
static void
test_build_commands (void)
{
  static const struct { Answers answers; const char *run; } cases[] = {
    { { PODLIFT_STACK_NODE, "npm", NULL, "22", "npm ci && npm run build", "node dist/main.js",
        3000, { NULL } }, "RUN npm run build \\\n && npm prune --omit=dev\n" },
    { { PODLIFT_STACK_PYTHON, "pip", NULL, "3.12",
        "pip install -r requirements.txt && python manage.py collectstatic --noinput",
        "gunicorn shop.wsgi", 8000, { NULL } },
      "RUN python manage.py collectstatic --noinput\n" },
    { { PODLIFT_STACK_GO, "go", NULL, "1.23", "go build -o bin/api -ldflags '-s -w' ./cmd/api",
        "bin/api", 8080, { NULL } },
      "RUN CGO_ENABLED=0 go build -o /out/api -ldflags '-s -w' ./cmd/api\n" },
    { { PODLIFT_STACK_RUST, "cargo", NULL, "1.80",
        "cargo build --release --target x86_64-unknown-linux-musl", "./shop", 8080, { NULL } },
      "cp target/x86_64-unknown-linux-musl/release/shop /out/shop\n" },
    { { PODLIFT_STACK_DOTNET, "dotnet", NULL, "8.0", "dotnet publish -c Release --output dist",
        "dotnet Shop.dll", 8080, { NULL } },
      "RUN dotnet publish -o /out -c Release\n" },
    { { PODLIFT_STACK_RUBY, "bundler", NULL, "3.3", "bundle install", "bundle exec puma", 3000,
        { NULL } }, NULL },
    /* one line each: one RUN, each after the one before succeeds */
    { { PODLIFT_STACK_NODE, "npm", NULL, "22", "npm ci\nnpm run lint\n\nnpm run build\n",
        "node dist/main.js", 3000, { NULL } },
      "RUN npm run lint && npm run build \\\n && npm prune --omit=dev\n" },
    { { PODLIFT_STACK_PYTHON, "pip", NULL, "3.12",
        "python manage.py collectstatic --noinput\r\npython manage.py compilemessages",
        "gunicorn shop.wsgi", 8000, { NULL } },
      "RUN python manage.py collectstatic --noinput \\\n && python manage.py compilemessages\n" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PodliftAppProfile) profile = profile_from (&cases[i].answers, FALSE);
      g_autoptr(PodliftDockerfile) container = container_with (PODLIFT_BASE_SIZE_ALPINE, NULL,
                                                               10001);
      g_autofree char *text = draft_clean (profile, container);
      g_autofree char *comments = unwrap (text);

      g_test_message ("case %u", i);
      if (cases[i].run != NULL)
        g_assert_nonnull (strstr (text, cases[i].run));
      else
        g_assert_nonnull (strstr (comments, "“bundle install” installs the dependencies, which "
                                            "the build stage does on its own."));
    }
}

/* .dockerignore: the same leaving-out for every stack, and the stack's
 * own dependencies and build output. */
static void
test_dockerignore (void)
{
  static const struct { PodliftStack stack; const char *manager; const char *lines[4]; } cases[] = {
    { PODLIFT_STACK_NODE, "npm", { "**/node_modules/", "npm-debug.log*", NULL } },
    { PODLIFT_STACK_PYTHON, "pip", { "**/__pycache__/", ".venv/", NULL } },
    { PODLIFT_STACK_GO, "go", { "bin/", NULL } },
    { PODLIFT_STACK_JAVA, "maven", { "target/", NULL } },
    { PODLIFT_STACK_JAVA, "gradle", { "build/", ".gradle/", NULL } },
    { PODLIFT_STACK_PHP, "composer", { "vendor/", NULL } },
    { PODLIFT_STACK_RUBY, "bundler", { "vendor/bundle/", ".bundle/", NULL } },
    { PODLIFT_STACK_DOTNET, "dotnet", { "**/bin/", "**/obj/", NULL } },
    { PODLIFT_STACK_RUST, "cargo", { "target/", NULL } },
    { PODLIFT_STACK_STATIC, "npm", { "**/node_modules/", NULL } },
  };
  static const char * const always[] = {
    ".git", "Dockerfile", ".dockerignore", "compose.yaml", "secrets.env", "**/*.env",
    "!**/*.env.example", NULL
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PodliftAppProfile) profile = podlift_app_profile_new ();
      g_autofree char *text = NULL;
      g_auto(GStrv) lines = NULL;

      podlift_app_profile_set_stack (profile, cases[i].stack);
      podlift_app_profile_set_package_manager (profile, cases[i].manager);
      text = podlift_dockerignore_generate (profile);
      lines = g_strsplit (text, "\n", -1);

      for (guint j = 0; always[j] != NULL; j++)
        g_assert_true (g_strv_contains ((const char * const *) lines, always[j]));
      for (guint j = 0; cases[i].lines[j] != NULL; j++)
        g_assert_true (g_strv_contains ((const char * const *) lines, cases[i].lines[j]));

      /* another stack's output is not left out */
      if (cases[i].stack != PODLIFT_STACK_NODE && cases[i].stack != PODLIFT_STACK_STATIC)
        g_assert_false (g_strv_contains ((const char * const *) lines, "**/node_modules/"));
      if (cases[i].stack != PODLIFT_STACK_RUST && g_strcmp0 (cases[i].manager, "maven") != 0)
        g_assert_false (g_strv_contains ((const char * const *) lines, "target/"));
    }
}

/* ---- The template language ------------------------------------------------------------ */

static char *
render (const char  *text,
        GError     **error)
{
  g_autoptr(GHashTable) vars = podlift_template_vars_new ();
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (items, g_strdup ("a"));
  g_ptr_array_add (items, g_strdup ("b"));
  podlift_template_set (vars, "name", "web");
  podlift_template_set (vars, "empty", "");
  podlift_template_set_flag (vars, "yes", TRUE);
  podlift_template_set_flag (vars, "no", FALSE);
  podlift_template_set_list (vars, "items", g_steal_pointer (&items));

  return podlift_template_render (text, vars, error);
}

static void
test_template (void)
{
  static const struct { const char *text; const char *out; } cases[] = {
    { "FROM {{name}}:{{ name }}\n", "FROM web:web\n" },
    { "a{{empty}}b", "ab" },
    { "{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{^no}}n{{/no}}{{^yes}}y{{/yes}}", "Yn" },
    { "{{#items}}<{{.}}>{{/items}}", "<a><b>" },
    { "{{#name}}{{.}}!{{/name}}", "web!" },
    /* block tags alone on a line take the line with them */
    { "A\n  {{#yes}}\nB\n  {{/yes}}\nC\n", "A\nB\nC\n" },
    { "A\n{{#no}}\nB\n{{/no}}\nC", "A\nC" },
    { "A\n{{! a comment }}\nB\n", "A\nB\n" },
    /* not alone: the line stays */
    { "A {{#yes}}B{{/yes}}\n", "A B\n" },
    { "{{#items}}\n- {{.}}\n{{/items}}\n", "- a\n- b\n" },
    { "{{#yes}}{{#items}}{{.}}{{/items}}{{/yes}}", "ab" },
  };
  static const char * const wrong[] = {
    "{{unknown}}", "{{#yes}}x", "x{{/yes}}", "{{#yes}}{{/no}}", "{{items}}", "{{.}}",
    "{{name", "{{>no-such-partial}}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *out = render (cases[i].text, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (out, ==, cases[i].out);
    }

  for (guint i = 0; i < G_N_ELEMENTS (wrong); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *out = render (wrong[i], &error);

      g_assert_null (out);
      g_assert_nonnull (error);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/podlift/dockerfile-generator/template", test_template);
  g_test_add_func ("/podlift/dockerfile-generator/matrix-complete", test_matrix_complete);
  g_test_add_func ("/podlift/dockerfile-generator/lint-clean", test_lint_clean);
  g_test_add_func ("/podlift/dockerfile-generator/example", test_example);
  g_test_add_func ("/podlift/dockerfile-generator/unknown-stack", test_unknown_stack);
  g_test_add_func ("/podlift/dockerfile-generator/shell-launch", test_shell_launch);
  g_test_add_func ("/podlift/dockerfile-generator/base-classes", test_base_classes);
  g_test_add_func ("/podlift/dockerfile-generator/defaults", test_defaults);
  g_test_add_func ("/podlift/dockerfile-generator/versions", test_versions);
  g_test_add_func ("/podlift/dockerfile-generator/build-commands", test_build_commands);
  g_test_add_func ("/podlift/dockerfile-generator/dockerignore", test_dockerignore);

  return g_test_run ();
}
