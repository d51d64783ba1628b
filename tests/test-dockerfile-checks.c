/* test-dockerfile-checks.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "podlift-bundle.h"
#include "podlift-bundle-private.h"
#include "podlift-dockerfile-checks.h"
#include "podlift-dockerfile-linter.h"
#include "podlift-env-var.h"
#include "podlift-lint-test-util.h"
#include "podlift-project.h"

/* The checks of a Dockerfile against the Knowledge answers (PL101 port,
 * PL102 launch command, PL103 files the image needs), the findings the
 * Container step shows and its state, the diff shown before
 * regenerating (applied by GNU patch), and env files read back into the
 * model. */

#define LAUNCH "gunicorn --config gunicorn.conf.py shopfront.wsgi:application"

/* The shape of the shipped example, which checks clean. */
#define PYTHON_OK \
  "FROM python:3.11.11-slim-bookworm AS builder\n" \
  "WORKDIR /build\n" \
  "COPY requirements.txt .\n" \
  "RUN pip wheel --no-cache-dir --wheel-dir /wheels -r requirements.txt\n" \
  "\n" \
  "FROM python:3.11.11-slim-bookworm\n" \
  "WORKDIR /app\n" \
  "COPY --from=builder --chown=10001:10001 /wheels /wheels\n" \
  "COPY --chown=10001:10001 . .\n" \
  "USER 10001:10001\n" \
  "EXPOSE 8000\n" \
  "CMD [\"gunicorn\", \"--config\", \"gunicorn.conf.py\", \"shopfront.wsgi:application\"]\n"

static PodliftAppProfile *
profile_new (guint       port,
             const char *launch,
             const char *files)
{
  PodliftAppProfile *profile = podlift_app_profile_new ();
  g_auto(GStrv) list = files != NULL ? g_strsplit (files, " ", -1) : NULL;

  podlift_app_profile_set_port (profile, port);
  podlift_app_profile_set_launch_command (profile, launch);
  podlift_app_profile_set_image_files (profile, (const char * const *)list);

  return profile;
}

static PodliftAppProfile *
shopfront_profile (void)
{
  return profile_new (8000, LAUNCH, "manage.py shopfront/ templates/ static/ gunicorn.conf.py");
}

static guint
count (GListModel *findings,
       const char *code)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(PodliftDiagnostic) d = g_list_model_get_item (findings, i);

      n += g_strcmp0 (podlift_diagnostic_get_code (d), code) == 0;
    }

  return n;
}

static PodliftDiagnostic *
find (GListModel *findings,
      const char *code)
{
  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(PodliftDiagnostic) d = g_list_model_get_item (findings, i);

      if (g_strcmp0 (podlift_diagnostic_get_code (d), code) == 0)
        return g_steal_pointer (&d);
    }

  return NULL;
}

static void
print_findings (GListModel *findings)
{
  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(PodliftDiagnostic) d = g_list_model_get_item (findings, i);

      g_test_message ("%u: %s %s", podlift_diagnostic_get_line (d),
                      podlift_diagnostic_get_code (d), podlift_diagnostic_get_message (d));
    }
}

static gsize
offset_of (const char            *text,
           const PodliftPosition *position)
{
  const char *p = text;

  for (guint line = 1; line < position->line; line++)
    {
      const char *newline = strchr (p, '\n');

      if (newline == NULL)
        return strlen (text);
      p = newline + 1;
    }

  for (guint column = 1; column < position->column && *p != '\0' && *p != '\n'; column++)
    p = g_utf8_next_char (p);

  return p - text;
}

static char *
apply_fix (const char        *text,
           PodliftDiagnostic *d)
{
  const PodliftRange *range;
  gsize start, end;

  g_assert_true (podlift_diagnostic_has_fix (d));
  range = podlift_diagnostic_get_fix_range (d);
  start = offset_of (text, &range->start);
  end = offset_of (text, &range->end);
  g_assert_cmpuint (start, <=, end);

  return g_strdup_printf ("%.*s%s%s", (int)start, text, podlift_diagnostic_get_fix_text (d),
                          text + end);
}

/* @code fires once on @line of @text; its fix (when @expected is given)
 * gives @expected, which checks clean and lints without a new error. */
static void
assert_fires (const char        *code,
              guint              line,
              const char        *text,
              PodliftAppProfile *profile,
              const char        *expected)
{
  g_autoptr(GListModel) findings = podlift_dockerfile_check_answers (text, profile);
  g_autoptr(PodliftDiagnostic) d = find (findings, code);
  g_autofree char *fixed = NULL;
  g_autoptr(GListModel) after = NULL;
  g_autoptr(GListModel) lint = NULL;
  g_autoptr(GListModel) before = NULL;

  if (d == NULL)
    g_error ("no %s in:\n%s", code, text);
  print_findings (findings);
  g_assert_cmpuint (count (findings, code), ==, 1);
  g_assert_cmpuint (podlift_diagnostic_get_line (d), ==, line);
  g_assert_cmpint (podlift_diagnostic_get_severity (d), ==, PODLIFT_SEVERITY_WARNING);
  g_assert_nonnull (podlift_diagnostic_get_explanation (d));
  g_assert_cmpuint (podlift_diagnostic_get_range (d)->start.line, ==, line);

  if (expected == NULL)
    return;

  fixed = apply_fix (text, d);
  g_assert_cmpstr (fixed, ==, expected);
  after = podlift_dockerfile_check_answers (fixed, profile);
  print_findings (after);
  g_assert_cmpuint (g_list_model_get_n_items (after), ==, 0);

  /* the fix is valid Dockerfile, and a CMD it writes is in exec form */
  lint = podlift_dockerfile_lint (fixed, -1, "Dockerfile", NULL);
  before = podlift_dockerfile_lint (text, -1, "Dockerfile", NULL);
  g_assert_cmpuint (count (lint, "DL1000"), ==, 0);
  g_assert_cmpuint (count (lint, "DL3025"), <=, count (before, "DL3025"));
}

static void
assert_passes (const char        *code,
               const char        *text,
               PodliftAppProfile *profile)
{
  g_autoptr(GListModel) findings = podlift_dockerfile_check_answers (text, profile);

  print_findings (findings);
  g_assert_cmpuint (count (findings, code), ==, 0);
}

/* ---- PL101 ---- */

static void
test_pl101_other_port (void)
{
  g_autoptr(PodliftAppProfile) profile = shopfront_profile ();
  const char *text =
    "FROM python:3.11-slim\nCOPY . .\nUSER 10001\nEXPOSE 8080\nCMD [\"gunicorn\", \"--config\", "
    "\"gunicorn.conf.py\", \"shopfront.wsgi:application\"]\n";
  g_autoptr(GListModel) findings = podlift_dockerfile_check_answers (text, profile);
  g_autoptr(PodliftDiagnostic) d = find (findings, "PL101");
  const PodliftRange *range;

  g_assert_nonnull (d);
  g_assert_cmpstr (podlift_diagnostic_get_message (d), ==,
                   "EXPOSE 8080 but the application listens on 8000 (Knowledge)");
  range = podlift_diagnostic_get_range (d);
  g_assert_cmpuint (range->start.line, ==, 4);
  g_assert_cmpuint (range->start.column, ==, 8);
  g_assert_cmpuint (range->end.column, ==, 12);

  assert_fires ("PL101", 4, text, profile,
                "FROM python:3.11-slim\nCOPY . .\nUSER 10001\nEXPOSE 8000\nCMD [\"gunicorn\", "
                "\"--config\", \"gunicorn.conf.py\", \"shopfront.wsgi:application\"]\n");
  assert_fires ("PL101", 3, "FROM python:3.11-slim\nCOPY . .\nEXPOSE 8080/tcp\nCMD " LAUNCH "\n",
                profile, "FROM python:3.11-slim\nCOPY . .\nEXPOSE 8000/tcp\nCMD " LAUNCH "\n");
  /* UDP is not where HTTP listens */
  assert_fires ("PL101", 2, "FROM python:3.11-slim\nEXPOSE 8000/udp\n", profile, NULL);
}

static void
test_pl101_missing (void)
{
  g_autoptr(PodliftAppProfile) profile = profile_new (3000, "node server.js", NULL);

  /* before the CMD and the comment that goes with it */
  assert_fires ("PL101", 4,
                "FROM node:20-bookworm-slim AS build\nEXPOSE 3000\nRUN npm ci\n"
                "FROM node:20-bookworm-slim\nCOPY --from=build /app /app\n"
                "# start\nCMD [\"node\", \"server.js\"]\n",
                profile,
                "FROM node:20-bookworm-slim AS build\nEXPOSE 3000\nRUN npm ci\n"
                "FROM node:20-bookworm-slim\nCOPY --from=build /app /app\n"
                "EXPOSE 3000\n# start\nCMD [\"node\", \"server.js\"]\n");

  /* no CMD: at the end */
  podlift_app_profile_set_launch_command (profile, NULL);
  assert_fires ("PL101", 1, "FROM node:20-bookworm-slim\nCOPY . .\n", profile,
                "FROM node:20-bookworm-slim\nCOPY . .\nEXPOSE 3000\n");
}

static void
test_pl101_passes (void)
{
  g_autoptr(PodliftAppProfile) profile = profile_new (8000, NULL, NULL);
  g_autoptr(PodliftAppProfile) no_port = profile_new (0, NULL, NULL);

  assert_passes ("PL101", PYTHON_OK, profile);
  assert_passes ("PL101", "FROM python:3.11-slim\nEXPOSE 8000/tcp\n", profile);
  assert_passes ("PL101", "FROM python:3.11-slim\nEXPOSE 7000-9000\n", profile);
  assert_passes ("PL101", "FROM python:3.11-slim\nEXPOSE 9090 8000\n", profile);
  assert_passes ("PL101", "FROM python:3.11-slim\nARG PORT=8000\nEXPOSE ${PORT}\n", profile);
  /* inherited from the stage the final one builds on */
  assert_passes ("PL101", "FROM python:3.11-slim AS base\nEXPOSE 8000\nFROM base\nCOPY . .\n", profile);
  /* no answer, no check */
  assert_passes ("PL101", "FROM python:3.11-slim\nEXPOSE 8080\n", no_port);
  assert_passes ("PL101", "", profile);
  assert_passes ("PL101", "# no FROM yet\n", profile);
}

/* ---- PL102 ---- */

static void
test_pl102_other_command (void)
{
  g_autoptr(PodliftAppProfile) profile = profile_new (0, LAUNCH, NULL);
  const char *text = "FROM python:3.11-slim\nCOPY . .\nCMD python manage.py runserver 0.0.0.0:8000\n";
  g_autoptr(GListModel) findings = podlift_dockerfile_check_answers (text, profile);
  g_autoptr(PodliftDiagnostic) d = find (findings, "PL102");

  g_assert_nonnull (d);
  g_assert_cmpstr (podlift_diagnostic_get_message (d), ==,
                   "The image starts `python manage.py runserver 0.0.0.0:8000`, but the "
                   "application's launch command is `" LAUNCH "` (Knowledge)");

  assert_fires ("PL102", 3, text, profile,
                "FROM python:3.11-slim\nCOPY . .\nCMD [\"gunicorn\", \"--config\", "
                "\"gunicorn.conf.py\", \"shopfront.wsgi:application\"]\n");

  /* an ENTRYPOINT that starts the program: the fix keeps it */
  assert_fires ("PL102", 3,
                "FROM python:3.11-slim\nENTRYPOINT [\"gunicorn\"]\nCMD [\"--workers\", \"2\"]\n",
                profile,
                "FROM python:3.11-slim\nENTRYPOINT [\"gunicorn\"]\nCMD [\"--config\", "
                "\"gunicorn.conf.py\", \"shopfront.wsgi:application\"]\n");

  /* only an ENTRYPOINT */
  assert_fires ("PL102", 2, "FROM python:3.11-slim\nENTRYPOINT python app.py\n", profile,
                "FROM python:3.11-slim\nENTRYPOINT [\"gunicorn\", \"--config\", "
                "\"gunicorn.conf.py\", \"shopfront.wsgi:application\"]\n");
}

static void
test_pl102_missing (void)
{
  g_autoptr(PodliftAppProfile) profile = profile_new (0, "node dist/server.js", NULL);
  g_autoptr(PodliftAppProfile) shell = profile_new (0, "npm run migrate && node server.js", NULL);
  g_autoptr(PodliftAppProfile) nginx = profile_new (0, "nginx -g 'daemon off;'", NULL);

  /* a CMD of the build stage does not start the final image */
  assert_fires ("PL102", 3,
                "FROM node:20 AS build\nCMD [\"node\", \"dist/server.js\"]\n"
                "FROM node:20-slim\nCOPY --from=build /app /app",
                profile,
                "FROM node:20 AS build\nCMD [\"node\", \"dist/server.js\"]\n"
                "FROM node:20-slim\nCOPY --from=build /app /app\n"
                "CMD [\"node\", \"dist/server.js\"]");

  /* a command that needs a shell gets one; quotes are only quotes */
  assert_fires ("PL102", 1, "FROM node:20-slim\nCOPY . .\n", shell,
                "FROM node:20-slim\nCOPY . .\n"
                "CMD [\"/bin/sh\", \"-c\", \"npm run migrate && node server.js\"]\n");
  assert_fires ("PL102", 2, "FROM nginx:1.27-alpine\nCMD [\"nginx\"]\n", nginx,
                "FROM nginx:1.27-alpine\nCMD [\"nginx\", \"-g\", \"daemon off;\"]\n");
}

static void
test_pl102_passes (void)
{
  g_autoptr(PodliftAppProfile) profile = profile_new (0, LAUNCH, NULL);
  g_autoptr(PodliftAppProfile) quoted = profile_new (0, "python -c 'print(\"hi there\")'", NULL);
  g_autoptr(PodliftAppProfile) none = profile_new (0, NULL, NULL);

  assert_passes ("PL102", PYTHON_OK, profile);
  assert_passes ("PL102", "FROM python:3.11-slim\nCMD " LAUNCH "\n", profile);
  assert_passes ("PL102", "FROM python:3.11-slim\nCMD exec " LAUNCH "\n", profile);
  assert_passes ("PL102", "FROM python:3.11-slim\nCMD [\"/opt/venv/bin/gunicorn\", \"--config\", "
                 "\"gunicorn.conf.py\", \"shopfront.wsgi:application\"]\n", profile);
  assert_passes ("PL102", "FROM python:3.11-slim\nCMD [\"sh\", \"-c\", \"exec " LAUNCH "\"]\n",
                 profile);
  /* ENTRYPOINT and CMD together */
  assert_passes ("PL102", "FROM python:3.11-slim\nENTRYPOINT [\"gunicorn\", \"--config\"]\n"
                 "CMD [\"gunicorn.conf.py\", \"shopfront.wsgi:application\"]\n", profile);
  /* an init wrapper around it */
  assert_passes ("PL102", "FROM python:3.11-slim\nENTRYPOINT [\"/usr/bin/tini\", \"--\"]\n"
                 "CMD [\"gunicorn\", \"--config\", \"gunicorn.conf.py\", "
                 "\"shopfront.wsgi:application\"]\n", profile);
  /* inherited */
  assert_passes ("PL102", "FROM python:3.11-slim AS base\nCMD " LAUNCH "\nFROM base\nCOPY . .\n",
                 profile);
  assert_passes ("PL102", "FROM python:3.11-slim\nCMD [\"python\", \"-c\", "
                 "\"print(\\\"hi there\\\")\"]\n", quoted);
  assert_passes ("PL102", "FROM python:3.11-slim\nCMD [\"python\", \"app.py\"]\n", none);

  /* an ENTRYPOINT resets the CMD of the stage below */
  assert_fires ("PL102", 4, "FROM python:3.11-slim AS base\nCMD " LAUNCH "\n"
                "FROM base\nENTRYPOINT [\"/entrypoint.sh\"]\n", profile, NULL);
}

/* ---- PL103 ---- */

static void
test_pl103_missing (void)
{
  g_autoptr(PodliftAppProfile) profile = profile_new (0, NULL, "manage.py shopfront/ templates/ static/ gunicorn.conf.py");
  const char *text =
    "FROM python:3.11-slim\nWORKDIR /app\nCOPY requirements.txt manage.py gunicorn.conf.py ./\n"
    "COPY shopfront/ ./shopfront/\n";
  g_autoptr(GListModel) findings = podlift_dockerfile_check_answers (text, profile);
  g_autoptr(PodliftDiagnostic) d = find (findings, "PL103");

  print_findings (findings);
  g_assert_cmpuint (count (findings, "PL103"), ==, 2);
  g_assert_nonnull (d);
  g_assert_cmpstr (podlift_diagnostic_get_message (d), ==,
                   "templates/ is not copied into the final stage, but the application needs "
                   "it at run time (Knowledge)");
  g_assert_cmpuint (podlift_diagnostic_get_line (d), ==, 1);
  g_assert_false (podlift_diagnostic_has_fix (d));
}

static void
test_pl103_stages (void)
{
  g_autoptr(PodliftAppProfile) profile = profile_new (0, NULL, "dist/ package.json");
  const char *build =
    "FROM node:20 AS build\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\n"
    "FROM node:20-slim\nWORKDIR /srv\n";

  /* dist/ comes from the build stage; package.json does not */
  {
    g_autofree char *text = g_strconcat (build, "COPY --from=build /app/dist ./dist\n", NULL);

    assert_fires ("PL103", 5, text, profile, NULL);
  }
  {
    g_autofree char *text = g_strconcat (build, "COPY --from=build /app/dist ./dist\n"
                                         "COPY --from=0 /app/package.json .\n", NULL);

    assert_passes ("PL103", text, profile);
  }
  /* the whole /app of the build stage */
  {
    g_autofree char *text = g_strconcat (build, "COPY --from=build /app .\n", NULL);

    assert_passes ("PL103", text, profile);
  }
  /* a folder the build stage never had */
  {
    g_autofree char *text = g_strconcat (build, "COPY --from=build /usr/src/app ./\n", NULL);
    g_autoptr(GListModel) findings = podlift_dockerfile_check_answers (text, profile);

    g_assert_cmpuint (count (findings, "PL103"), ==, 2);
  }
}

static void
test_pl103_passes (void)
{
  g_autoptr(PodliftAppProfile) profile = profile_new (0, NULL, "manage.py shopfront/ src/main.py");
  g_autoptr(PodliftAppProfile) none = profile_new (0, NULL, NULL);

  assert_passes ("PL103", "FROM python:3.11-slim\nCOPY . /app\n", profile);
  assert_passes ("PL103", "FROM python:3.11-slim\nCOPY ./ ./\n", profile);
  assert_passes ("PL103", "FROM python:3.11-slim\nWORKDIR /app\nCOPY *.py ./\n"
                 "COPY shopfront shopfront\nADD src /app/src\n", profile);
  assert_passes ("PL103", "FROM python:3.11-slim\nCOPY [\"manage.py\", \"/app/\"]\n"
                 "COPY [\"shopfront/\", \"/app/shopfront/\"]\nCOPY src/ /app/src/\n", profile);
  /* copied by the stage the final one builds on */
  assert_passes ("PL103", "FROM python:3.11-slim AS base\nCOPY . /app\nFROM base\n", profile);
  assert_passes ("PL103", "FROM python:3.11-slim\n", none);
  /* a URL is not the file */
  assert_fires ("PL103", 3, "FROM python:3.11-slim\nCOPY . /app\n"
                "FROM python:3.11-slim\nADD https://example.com/manage.py /app/\n"
                "COPY shopfront src /app/\n", profile, NULL);
}

/* ---- Config and pragmas ---- */

static void
test_silenced (void)
{
  g_autoptr(PodliftAppProfile) profile = profile_new (8000, NULL, NULL);
  g_autoptr(PodliftDockerfile) container = podlift_dockerfile_new ();
  g_autoptr(PodliftLintConfig) config = podlift_lint_config_new ();
  g_autoptr(GListModel) findings = NULL;
  g_autoptr(GListModel) raised = NULL;
  g_autoptr(PodliftDiagnostic) d = NULL;

  assert_passes ("PL101", "FROM python:3.11-slim\n# hadolint ignore=DL3000,PL101\nEXPOSE 8080\n",
                 profile);
  assert_passes ("PL101", "# hadolint global ignore=PL101\nFROM python:3.11-slim\nEXPOSE 8080\n",
                 profile);
  assert_fires ("PL101", 3, "FROM python:3.11-slim\n# hadolint ignore=PL102\nEXPOSE 8080\n",
                profile, NULL);

  podlift_dockerfile_set_text (container, "FROM python:3.11-slim\nEXPOSE 8080\n");
  podlift_lint_config_ignore (config, "PL101");
  findings = podlift_dockerfile_get_findings (container, profile, config);
  g_assert_cmpuint (count (findings, "PL101"), ==, 0);

  g_clear_object (&config);
  config = podlift_lint_config_new ();
  podlift_lint_config_override (config, "PL101", PODLIFT_SEVERITY_ERROR);
  raised = podlift_dockerfile_get_findings (container, profile, config);
  d = find (raised, "PL101");
  g_assert_nonnull (d);
  g_assert_cmpint (podlift_diagnostic_get_severity (d), ==, PODLIFT_SEVERITY_ERROR);
}

/* ---- Findings of the Container step ---- */

static void
test_findings_merged (void)
{
  g_autoptr(PodliftAppProfile) profile = shopfront_profile ();
  g_autoptr(PodliftDockerfile) container = podlift_dockerfile_new ();
  g_autoptr(GListModel) findings = NULL;
  g_autoptr(GListModel) empty = NULL;
  guint last_line = 0;

  empty = podlift_dockerfile_get_findings (container, profile, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (empty), ==, 0);
  g_clear_object (&empty);
  podlift_dockerfile_set_text (container, "");
  empty = podlift_dockerfile_get_findings (container, profile, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (empty), ==, 0);

  podlift_dockerfile_set_text (container,
                               "FROM python:latest\nCOPY . /app\nEXPOSE 8080\nCMD python app.py\n");
  findings = podlift_dockerfile_get_findings (container, profile, NULL);
  print_findings (findings);
  g_assert_cmpuint (count (findings, "DL3007"), ==, 1);  /* the linter's */
  g_assert_cmpuint (count (findings, "DL3025"), ==, 1);
  g_assert_cmpuint (count (findings, "PL101"), ==, 1);   /* the answers' */
  g_assert_cmpuint (count (findings, "PL102"), ==, 1);
  g_assert_cmpuint (count (findings, "PL103"), ==, 0);

  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(PodliftDiagnostic) d = g_list_model_get_item (findings, i);

      g_assert_cmpuint (podlift_diagnostic_get_line (d), >=, last_line);
      last_line = podlift_diagnostic_get_line (d);
      g_assert_cmpstr (podlift_diagnostic_get_file (d), ==, "Dockerfile");
    }
}

static void
test_findings_cached (void)
{
  g_autoptr(PodliftAppProfile) profile = shopfront_profile ();
  g_autoptr(PodliftDockerfile) container = podlift_dockerfile_new ();
  g_autoptr(PodliftLintConfig) config = podlift_lint_config_new ();
  g_autoptr(GListModel) first = NULL;
  g_autoptr(GListModel) second = NULL;
  g_autoptr(GListModel) edited = NULL;
  g_autoptr(GListModel) answered = NULL;
  g_autoptr(GListModel) configured = NULL;
  g_autoptr(GListModel) again = NULL;
  g_autofree char *copy = NULL;

  podlift_dockerfile_set_text (container, "FROM python:latest\nEXPOSE 8080\n");
  first = podlift_dockerfile_get_findings (container, profile, NULL);
  second = podlift_dockerfile_get_findings (container, profile, NULL);
  /* the same object: no second lint */
  g_assert_true (first == second);

  /* the same text in a new string is the same text */
  copy = g_strdup (podlift_dockerfile_get_text (container));
  podlift_dockerfile_set_text (container, NULL);
  podlift_dockerfile_set_text (container, copy);
  g_clear_object (&second);
  second = podlift_dockerfile_get_findings (container, profile, NULL);
  g_assert_true (first == second);

  podlift_dockerfile_set_text (container, "FROM python:latest\nEXPOSE 8000\n");
  edited = podlift_dockerfile_get_findings (container, profile, NULL);
  g_assert_true (edited != first);
  g_assert_cmpuint (count (first, "PL101"), ==, 1);
  g_assert_cmpuint (count (edited, "PL101"), ==, 0);

  /* an answer changes the result */
  podlift_app_profile_set_port (profile, 9000);
  answered = podlift_dockerfile_get_findings (container, profile, NULL);
  g_assert_true (answered != edited);
  g_assert_cmpuint (count (answered, "PL101"), ==, 1);

  /* a config of its own is cached beside the defaults */
  configured = podlift_dockerfile_get_findings (container, profile, config);
  g_assert_true (configured != answered);
  g_clear_object (&again);
  again = podlift_dockerfile_get_findings (container, profile, config);
  g_assert_true (again == configured);
  g_clear_object (&again);
  again = podlift_dockerfile_get_findings (container, profile, NULL);
  g_assert_true (again == answered);

  g_assert_finalize_object (g_steal_pointer (&container));
}

/* ---- The step's state ---- */

static char *
container_state (PodliftProject   *project,
                 PodliftStepState *state)
{
  char *summary = NULL;

  *state = podlift_project_get_step_state (project, PODLIFT_STEP_CONTAINER, &summary);
  return summary;
}

static char *
replace (const char *text,
         const char *from,
         const char *to)
{
  g_auto(GStrv) parts = g_strsplit (text, from, 2);

  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  return g_strconcat (parts[0], to, parts[1], NULL);
}

static void
test_step_state (void)
{
  g_autoptr(PodliftProject) project = podlift_test_load_example ();
  PodliftDockerfile *container = podlift_project_get_dockerfile (project);
  g_autofree char *example = g_strdup (podlift_dockerfile_get_text (container));
  g_autofree char *summary = NULL;
  g_autofree char *text = NULL;
  g_autofree char *more = NULL;
  g_autoptr(GPtrArray) missing = NULL;
  PodliftStepState state;

  /* the shipped example checks clean */
  summary = container_state (project, &state);
  g_assert_cmpint (state, ==, PODLIFT_STEP_STATE_COMPLETE);
  g_assert_cmpstr (summary, ==, "Complete");
  g_clear_pointer (&summary, g_free);

  /* an answer check */
  text = replace (example, "EXPOSE 8000", "EXPOSE 8080");
  podlift_dockerfile_set_text (container, text);
  summary = container_state (project, &state);
  g_assert_cmpint (state, ==, PODLIFT_STEP_STATE_PROBLEMS);
  g_assert_cmpstr (summary, ==, "1 warning");
  g_clear_pointer (&summary, g_free);
  missing = podlift_project_list_missing (project, PODLIFT_STEP_CONTAINER);
  g_assert_cmpuint (missing->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (missing, 0), ==, "Fix 1 lint warning in the Dockerfile");
  g_clear_pointer (&missing, g_ptr_array_unref);

  /* a secret baked in: PL005 (an error) and DL3064 (a warning) */
  more = replace (text, "ENV PYTHONDONTWRITEBYTECODE=1", "ENV DB_PASSWORD=hunter2 PYTHONDONTWRITEBYTECODE=1");
  podlift_dockerfile_set_text (container, more);
  summary = container_state (project, &state);
  g_assert_cmpstr (summary, ==, "1 error, 2 warnings");
  g_clear_pointer (&summary, g_free);
  missing = podlift_project_list_missing (project, PODLIFT_STEP_CONTAINER);
  g_assert_cmpuint (missing->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (missing, 0), ==, "Fix 1 lint error in the Dockerfile");
  g_assert_cmpstr (g_ptr_array_index (missing, 1), ==, "Fix 2 lint warnings in the Dockerfile");
  g_clear_pointer (&missing, g_ptr_array_unref);

  /* the review lists them too */
  missing = podlift_project_list_missing (project, PODLIFT_STEP_REVIEW);
  g_assert_true (g_ptr_array_find_with_equal_func (missing, "Fix 1 lint error in the Dockerfile",
                                                   g_str_equal, NULL));
  g_clear_pointer (&missing, g_ptr_array_unref);

  /* with an answer missing as well */
  podlift_dockerfile_set_tag (container, NULL);
  summary = container_state (project, &state);
  g_assert_cmpstr (summary, ==, "1 answer missing, 1 error, 2 warnings");
  g_clear_pointer (&summary, g_free);

  /* info findings are advice: a HEALTHCHECK (PL006) leaves it complete */
  podlift_dockerfile_set_tag (container, "2026.11.1");
  g_free (text);
  text = replace (example, "EXPOSE 8000\n", "EXPOSE 8000\nHEALTHCHECK CMD [\"curl\", \"-f\", \"http://localhost:8000/healthz\"]\n");
  podlift_dockerfile_set_text (container, text);
  summary = container_state (project, &state);
  g_assert_cmpint (state, ==, PODLIFT_STEP_STATE_COMPLETE);
  {
    g_autoptr(GListModel) findings = podlift_dockerfile_get_findings (container,
                                                                      podlift_project_get_profile (project),
                                                                      NULL);
    g_assert_cmpuint (count (findings, "PL006"), ==, 1);
  }

  g_assert_finalize_object (g_steal_pointer (&project));
}

/* ---- The diff, applied by patch ---- */

static char *
patched (const char *old_text,
         const char *diff)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("podlift-diff-XXXXXX", &error);
  g_autofree char *file = NULL;
  g_autofree char *patch_file = NULL;
  g_autofree char *output = NULL;
  g_autofree char *errors = NULL;
  char *result = NULL;
  int status;

  g_assert_no_error (error);
  file = g_build_filename (dir, "Dockerfile", NULL);
  patch_file = g_build_filename (dir, "change.diff", NULL);
  g_file_set_contents (file, old_text, -1, &error);
  g_assert_no_error (error);
  g_file_set_contents (patch_file, diff, -1, &error);
  g_assert_no_error (error);

  {
    const char *argv[] = { "patch", "-p1", "--batch", "--quiet", "--no-backup-if-mismatch",
                           "-d", dir, "-i", patch_file, NULL };

    g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                  &output, &errors, &status, &error);
  }
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("patch failed: %s%s\n%s", output, errors, diff);

  g_file_get_contents (file, &result, NULL, &error);
  g_assert_no_error (error);
  g_unlink (file);
  g_unlink (patch_file);
  g_rmdir (dir);

  return result;
}

static guint
n_hunks (const char *diff)
{
  guint n = 0;

  for (const char *p = diff; (p = strstr (p, "\n@@ ")) != NULL; p++)
    n++;

  return n;
}

static void
assert_patches (const char *old_text,
                const char *new_text,
                guint       hunks)
{
  g_autofree char *diff = podlift_text_diff (old_text, new_text, "Dockerfile");
  g_autofree char *result = NULL;

  g_assert_nonnull (diff);
  g_assert_true (g_str_has_prefix (diff, "--- a/Dockerfile\n+++ b/Dockerfile\n@@ "));
  result = patched (old_text, diff);
  g_assert_cmpstr (result, ==, new_text);
  if (hunks > 0)
    g_assert_cmpuint (n_hunks (diff), ==, hunks);
}

static char *
numbered_lines (guint from,
                guint to)
{
  GString *out = g_string_new (NULL);

  for (guint i = from; i <= to; i++)
    g_string_append_printf (out, "line %u\n", i);

  return g_string_free (out, FALSE);
}

static void
test_diff_format (void)
{
  g_autofree char *lines = numbered_lines (1, 10);
  g_autofree char *changed = replace (lines, "line 5\n", "line five\n");
  g_autofree char *diff = podlift_text_diff (lines, changed, "Dockerfile");

  g_assert_null (podlift_text_diff (lines, lines, "Dockerfile"));
  g_assert_null (podlift_text_diff (NULL, "", "Dockerfile"));
  g_assert_cmpstr (diff, ==,
                   "--- a/Dockerfile\n+++ b/Dockerfile\n@@ -2,7 +2,7 @@\n"
                   " line 2\n line 3\n line 4\n-line 5\n+line five\n line 6\n line 7\n line 8\n");
}

static void
test_diff_patch (void)
{
  g_autofree char *lines = numbered_lines (1, 40);
  g_autofree char *inserted = replace (lines, "line 20\n", "line 20\nline 20.5\nline 20.7\n");
  g_autofree char *deleted = replace (lines, "line 12\nline 13\n", "");
  g_autofree char *start = replace (lines, "line 1\n", "# syntax=docker/dockerfile:1\nline one\n");
  g_autofree char *end = replace (lines, "line 40\n", "line forty\n");
  g_autofree char *no_newline = g_strndup (lines, strlen (lines) - 1);
  g_autofree char *no_newline_changed = replace (no_newline, "line 40", "line forty");
  g_autofree char *apart = replace (start, "line 39\n", "");
  g_autofree char *close = replace (inserted, "line 25\n", "line 25 changed\n");

  assert_patches (lines, inserted, 1);
  assert_patches (lines, deleted, 1);
  assert_patches (lines, start, 1);
  assert_patches (lines, end, 1);
  assert_patches (lines, apart, 2);
  assert_patches (lines, close, 1);
  /* newlines at the end of the file */
  assert_patches (lines, no_newline, 1);
  assert_patches (no_newline, lines, 1);
  assert_patches (no_newline, no_newline_changed, 1);
  assert_patches ("FROM scratch", "FROM alpine:3.20", 1);
  /* from nothing, to nothing */
  assert_patches ("", lines, 1);
  assert_patches ("FROM scratch\n", "", 1);
  assert_patches ("a\nb\nc\n", "c\nb\na\n", 0);
}

/* Random edits of a text, and two unrelated 5,000-line texts. */
static void
test_diff_random (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261101);

  for (guint round = 0; round < 40; round++)
    {
      g_auto(GStrv) lines = NULL;
      g_autoptr(GString) edited = g_string_new (NULL);
      g_autofree char *text = numbered_lines (1, 60);

      lines = g_strsplit (text, "\n", -1);
      for (guint i = 0; lines[i] != NULL && lines[i][0] != '\0'; i++)
        {
          guint dice = g_rand_int_range (rand, 0, 10);

          if (dice == 0)
            continue;                                            /* deleted */
          if (dice == 1)
            g_string_append_printf (edited, "new %u\n", g_rand_int (rand));  /* inserted */
          if (dice == 2)
            g_string_append (edited, "line 1\n");                /* a repeated line */
          g_string_append_printf (edited, "%s\n", lines[i]);
        }
      if (round % 2 == 1 && edited->len > 0)
        g_string_truncate (edited, edited->len - 1);

      if (strcmp (edited->str, text) != 0)
        assert_patches (text, edited->str, 0);
    }

  {
    g_autofree char *a = numbered_lines (1, 5000);
    g_autofree char *b = numbered_lines (5001, 10000);

    assert_patches (a, b, 1);
  }
}

/* ---- Env files ---- */

static void
add_var (PodliftProject *project,
         const char     *name,
         const char     *value,
         gboolean        secret,
         const char     *source)
{
  g_autoptr(PodliftEnvVar) var = podlift_env_var_new ();

  podlift_env_var_set_name (var, name);
  podlift_env_var_set_value (var, value);
  podlift_env_var_set_secret (var, secret);
  podlift_env_var_set_source (var, source);
  g_list_store_append (podlift_app_profile_get_env_vars (podlift_project_get_profile (project)), var);
}

static char *
env_text (PodliftProject *project,
          gboolean        secret)
{
  g_autoptr(GBytes) bytes = podlift_bundle_write_env (project, secret, TRUE);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
count_cb (gpointer data)
{
  (*(guint *)data)++;
}

static void
assert_same_vars (PodliftProject *a,
                  PodliftProject *b)
{
  GListModel *va = G_LIST_MODEL (podlift_app_profile_get_env_vars (podlift_project_get_profile (a)));
  GListModel *vb = G_LIST_MODEL (podlift_app_profile_get_env_vars (podlift_project_get_profile (b)));

  g_assert_cmpuint (g_list_model_get_n_items (va), ==, g_list_model_get_n_items (vb));
  for (guint i = 0; i < g_list_model_get_n_items (va); i++)
    {
      g_autoptr(PodliftEnvVar) x = g_list_model_get_item (va, i);
      g_autoptr(PodliftEnvVar) y = g_list_model_get_item (vb, i);

      g_assert_cmpstr (podlift_env_var_get_name (x), ==, podlift_env_var_get_name (y));
      g_assert_cmpstr (podlift_env_var_get_value (x), ==, podlift_env_var_get_value (y));
      g_assert_cmpint (podlift_env_var_get_secret (x), ==, podlift_env_var_get_secret (y));
    }
}

static void
fill_vars (PodliftProject *project)
{
  add_var (project, "DJANGO_SETTINGS_MODULE", "shopfront.settings.production", FALSE, "systemd");
  add_var (project, "ALLOWED_HOSTS", "shop.example.com,www.shop.example.com", FALSE, "systemd");
  add_var (project, "GREETING", "say \"hi\" # not a comment \\o/", FALSE, "settings.py:3");
  add_var (project, "EMPTY", NULL, FALSE, NULL);
  add_var (project, "DATABASE_URL", "postgres://shop:s3cr=t@db:5432/shop?sslmode=require", TRUE, "systemd");
  add_var (project, "TLS_KEY", "-----BEGIN KEY-----\nabc\n-----END KEY-----", TRUE, "settings.py:9");
  add_var (project, "STRIPE_API_KEY", NULL, TRUE, "settings.py:12");  /* not typed yet */
}

static void
test_env_round_trip (void)
{
  g_autoptr(PodliftProject) project = podlift_project_new ();
  g_autoptr(PodliftProject) fresh = podlift_project_new ();
  GListStore *store = podlift_app_profile_get_env_vars (podlift_project_get_profile (project));
  g_autofree char *config = NULL;
  g_autofree char *secrets = NULL;
  guint changes = 0;

  fill_vars (project);
  config = env_text (project, FALSE);
  secrets = env_text (project, TRUE);
  g_test_message ("%s%s", config, secrets);

  /* back into the same model: nothing changes */
  g_signal_connect_swapped (store, "items-changed", G_CALLBACK (count_cb), &changes);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (store)); i++)
    {
      g_autoptr(GObject) var = g_list_model_get_item (G_LIST_MODEL (store), i);

      g_signal_connect_swapped (var, "notify", G_CALLBACK (count_cb), &changes);
    }
  podlift_app_profile_apply_env_file (podlift_project_get_profile (project), config, FALSE);
  podlift_app_profile_apply_env_file (podlift_project_get_profile (project), secrets, TRUE);
  g_assert_cmpuint (changes, ==, 0);

  /* into an empty one: the same variables */
  podlift_app_profile_apply_env_file (podlift_project_get_profile (fresh), config, FALSE);
  podlift_app_profile_apply_env_file (podlift_project_get_profile (fresh), secrets, TRUE);
  assert_same_vars (project, fresh);
  {
    g_autofree char *again = env_text (fresh, FALSE);

    g_assert_cmpstr (again, ==, config);
  }

  g_signal_handlers_disconnect_by_data (store, &changes);
}

static PodliftEnvVar *
var_named (PodliftProject *project,
           const char     *name)
{
  GListModel *vars = G_LIST_MODEL (podlift_app_profile_get_env_vars (podlift_project_get_profile (project)));

  for (guint i = 0; i < g_list_model_get_n_items (vars); i++)
    {
      g_autoptr(PodliftEnvVar) var = g_list_model_get_item (vars, i);

      if (g_strcmp0 (podlift_env_var_get_name (var), name) == 0)
        return g_steal_pointer (&var);
    }

  return NULL;
}

static void
test_env_edits (void)
{
  g_autoptr(PodliftProject) project = podlift_project_new ();
  PodliftAppProfile *profile = podlift_project_get_profile (project);
  GListModel *vars = G_LIST_MODEL (podlift_app_profile_get_env_vars (profile));
  g_autoptr(PodliftEnvVar) var = NULL;

  fill_vars (project);
  add_var (project, "not a key", "kept", FALSE, NULL);  /* no file can show it */
  podlift_app_profile_apply_env_file (profile,
                                      "# edited by hand\n"
                                      "\n"
                                      "export DJANGO_SETTINGS_MODULE=shopfront.settings.staging\n"
                                      "  ALLOWED_HOSTS = staging.example.com   # the test host\n"
                                      "CACHE_URL='redis://cache:6379/0 # kept'\n"
                                      "MOTD=\"two\n lines\"\n"
                                      "not a line\n"
                                      "WINDOWS=yes\r\n",
                                      FALSE);

  /* updated, the source kept */
  var = var_named (project, "DJANGO_SETTINGS_MODULE");
  g_assert_cmpstr (podlift_env_var_get_value (var), ==, "shopfront.settings.staging");
  g_assert_cmpstr (podlift_env_var_get_source (var), ==, "systemd");
  g_clear_object (&var);
  var = var_named (project, "ALLOWED_HOSTS");
  g_assert_cmpstr (podlift_env_var_get_value (var), ==, "staging.example.com");
  g_clear_object (&var);

  /* added */
  var = var_named (project, "CACHE_URL");
  g_assert_cmpstr (podlift_env_var_get_value (var), ==, "redis://cache:6379/0 # kept");
  g_assert_false (podlift_env_var_get_secret (var));
  g_assert_cmpstr (podlift_env_var_get_source (var), ==, "configuration.env");
  g_clear_object (&var);
  var = var_named (project, "MOTD");
  g_assert_cmpstr (podlift_env_var_get_value (var), ==, "two\n lines");
  g_clear_object (&var);
  var = var_named (project, "WINDOWS");
  g_assert_cmpstr (podlift_env_var_get_value (var), ==, "yes");
  g_clear_object (&var);

  /* removed: the names no longer in the file, of its kind only */
  g_assert_null (var_named (project, "GREETING"));
  g_assert_null (var_named (project, "EMPTY"));
  var = var_named (project, "not a key");
  g_assert_nonnull (var);
  g_clear_object (&var);
  var = var_named (project, "DATABASE_URL");
  g_assert_nonnull (var);
  g_clear_object (&var);
  g_assert_cmpuint (g_list_model_get_n_items (vars), ==, 9);

  /* a name moved to secrets.env becomes secret, an open quote ends with its line */
  podlift_app_profile_apply_env_file (profile,
                                      "DATABASE_URL=postgres://db/shop\nCACHE_URL=\"redis://x\n"
                                      "TLS_KEY=\"-----BEGIN KEY-----\\nabc\\n-----END KEY-----\"\n",
                                      TRUE);
  var = var_named (project, "CACHE_URL");
  g_assert_true (podlift_env_var_get_secret (var));
  g_assert_cmpstr (podlift_env_var_get_value (var), ==, "\"redis://x");
  g_clear_object (&var);
  var = var_named (project, "TLS_KEY");
  g_assert_cmpstr (podlift_env_var_get_value (var), ==, "-----BEGIN KEY-----\nabc\n-----END KEY-----");
  g_clear_object (&var);
  g_assert_cmpuint (g_list_model_get_n_items (vars), ==, 8);

  /* an empty file empties its kind */
  podlift_app_profile_apply_env_file (profile, NULL, TRUE);
  g_assert_null (var_named (project, "TLS_KEY"));
  g_assert_cmpuint (g_list_model_get_n_items (vars), ==, 5);
}

static PodliftDiagnostic *
find_code (GListModel *findings,
           const char *code)
{
  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(PodliftDiagnostic) d = g_list_model_get_item (findings, i);

      if (g_strcmp0 (podlift_diagnostic_get_code (d), code) == 0)
        return g_steal_pointer (&d);
    }

  return NULL;
}

/* hadolint has no fix for ":latest"; the answers name the release. */
static void
test_latest_pinned_from_answers (void)
{
  g_autoptr(PodliftAppProfile) profile = podlift_app_profile_new ();
  g_autoptr(PodliftDockerfile) dockerfile = podlift_dockerfile_new ();
  g_autoptr(GListModel) findings = NULL;
  g_autoptr(PodliftDiagnostic) latest = NULL;
  g_autoptr(PodliftDiagnostic) other = NULL;
  const PodliftRange *range;

  podlift_app_profile_set_stack (profile, PODLIFT_STACK_PYTHON);
  podlift_app_profile_set_stack_version (profile, "Python 3.11.9");
  podlift_dockerfile_set_text (dockerfile,
                               "FROM python:latest AS build\n"
                               "RUN true\n"
                               "FROM nginx:latest\n");

  findings = podlift_dockerfile_get_findings (dockerfile, profile, NULL);
  latest = find_code (findings, "DL3007");
  g_assert_nonnull (latest);
  g_assert_cmpuint (podlift_diagnostic_get_line (latest), ==, 1);
  g_assert_true (podlift_diagnostic_has_fix (latest));
  g_assert_cmpstr (podlift_diagnostic_get_fix_text (latest), ==, "3.11.9");
  g_assert_cmpstr (podlift_diagnostic_get_fix_title (latest), ==, "Pin to python:3.11.9");
  range = podlift_diagnostic_get_fix_range (latest);
  g_assert_cmpuint (range->start.line, ==, 1);
  g_assert_cmpuint (range->start.column, ==, 13);
  g_assert_cmpuint (range->end.column, ==, 19);

  /* nginx is not the stack's runtime: no version to pin it to. */
  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(PodliftDiagnostic) d = g_list_model_get_item (findings, i);

      if (g_strcmp0 (podlift_diagnostic_get_code (d), "DL3007") == 0 &&
          podlift_diagnostic_get_line (d) == 3)
        other = g_steal_pointer (&d);
    }
  g_assert_nonnull (other);
  g_assert_false (podlift_diagnostic_has_fix (other));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/podlift/dockerfile-checks/pl101/other-port", test_pl101_other_port);
  g_test_add_func ("/podlift/dockerfile-checks/pl101/missing", test_pl101_missing);
  g_test_add_func ("/podlift/dockerfile-checks/pl101/passes", test_pl101_passes);
  g_test_add_func ("/podlift/dockerfile-checks/pl102/other-command", test_pl102_other_command);
  g_test_add_func ("/podlift/dockerfile-checks/pl102/missing", test_pl102_missing);
  g_test_add_func ("/podlift/dockerfile-checks/pl102/passes", test_pl102_passes);
  g_test_add_func ("/podlift/dockerfile-checks/pl103/missing", test_pl103_missing);
  g_test_add_func ("/podlift/dockerfile-checks/pl103/stages", test_pl103_stages);
  g_test_add_func ("/podlift/dockerfile-checks/pl103/passes", test_pl103_passes);
  g_test_add_func ("/podlift/dockerfile-checks/silenced", test_silenced);
  g_test_add_func ("/podlift/dockerfile-checks/findings/merged", test_findings_merged);
  g_test_add_func ("/podlift/dockerfile-checks/findings/cached", test_findings_cached);
  g_test_add_func ("/podlift/dockerfile-checks/step-state", test_step_state);
  g_test_add_func ("/podlift/dockerfile-checks/diff/format", test_diff_format);
  g_test_add_func ("/podlift/dockerfile-checks/diff/patch", test_diff_patch);
  g_test_add_func ("/podlift/dockerfile-checks/diff/random", test_diff_random);
  g_test_add_func ("/podlift/dockerfile-checks/env/round-trip", test_env_round_trip);
  g_test_add_func ("/podlift/dockerfile-checks/env/edits", test_env_edits);
  g_test_add_func ("/podlift/dockerfile-checks/latest-pinned-from-answers", test_latest_pinned_from_answers);

  return g_test_run ();
}
