/* bench-lint.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "podlift-dockerfile-linter.h"

/* How long the linter takes on a large Dockerfile, in process, as the
 * GUI's live lint runs it on every keystroke: the median of RUNS lints of
 * a generated 5,000-line file. A benchmark reports, it never fails: the
 * target (2 ms) is printed beside the figure. Part of `make bench`. */

#define LINES     5000
#define RUNS      200
#define WARMUP    10
#define TARGET_MS 2.0

static const char * const bases[] = {
  "python:3.11-slim-bookworm",
  "node:20.11-bookworm-slim",
  "golang:1.22-bookworm",
  "debian:12.5-slim",
  "eclipse-temurin:21-jre-jammy",
  "ubuntu:22.04",
};

static void
add_line (GString    *out,
          guint      *lines,
          const char *format,
          ...) G_GNUC_PRINTF (3, 4);

static void
add_line (GString    *out,
          guint      *lines,
          const char *format,
          ...)
{
  va_list args;

  va_start (args, format);
  g_string_append_vprintf (out, format, args);
  va_end (args);
  g_string_append_c (out, '\n');
  (*lines)++;
}

/* The head of a stage: comments, FROM, ARG, ENV and LABEL. */
static void
add_stage_head (GString *out,
                guint   *lines,
                guint    stage)
{
  add_line (out, lines, "# ---------------------------------------------------------------");
  add_line (out, lines, "# Stage %u: build and package the service-%u component", stage, stage);
  add_line (out, lines, "# ---------------------------------------------------------------");
  add_line (out, lines, "FROM %s AS stage-%u", bases[stage % G_N_ELEMENTS (bases)], stage);
  add_line (out, lines, "ARG VERSION=1.%u.0", stage);
  add_line (out, lines, "ARG BUILD_DATE");
  add_line (out, lines, "ENV APP_HOME=/opt/service-%u \\", stage);
  add_line (out, lines, "    PYTHONDONTWRITEBYTECODE=1 \\");
  add_line (out, lines, "    PATH=/opt/service-%u/bin:$PATH", stage);
  add_line (out, lines, "LABEL org.opencontainers.image.title=\"service-%u\" \\", stage);
  add_line (out, lines, "      org.opencontainers.image.version=\"${VERSION}\" \\");
  add_line (out, lines, "      org.opencontainers.image.created=\"${BUILD_DATE}\"");
  add_line (out, lines, "WORKDIR /opt/service-%u", stage);
}

/* System packages, with continuations and a comment inside them. */
static void
add_stage_packages (GString *out,
                    guint   *lines,
                    guint    stage)
{
  add_line (out, lines, "# System packages: pinned, no recommends, lists removed");
  add_line (out, lines, "RUN apt-get update \\");
  add_line (out, lines, " && apt-get install -y --no-install-recommends \\");
  add_line (out, lines, "      ca-certificates=20230311 \\");
  add_line (out, lines, "      curl=7.88.1-10+deb12u5 \\");
  add_line (out, lines, "# the compiler is needed for the native wheels");
  add_line (out, lines, "      build-essential=12.9 \\");
  add_line (out, lines, "      libpq-dev \\");
  add_line (out, lines, "      git \\");
  add_line (out, lines, " && rm -rf /var/lib/apt/lists/*");
  add_line (out, lines, "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]");
  add_line (out, lines, "RUN curl -fsSL https://example.com/tool-%u.tar.gz | tar -xz -C /usr/local/bin", stage);
}

/* Language packages: pip, npm, then the sources. */
static void
add_stage_build (GString *out,
                 guint   *lines,
                 guint    stage)
{
  add_line (out, lines, "COPY requirements.txt requirements-dev.txt ./");
  add_line (out, lines, "RUN pip install --no-cache-dir -r requirements.txt \\");
  add_line (out, lines, " && pip install --no-cache-dir gunicorn==21.2.0 psycopg2 \\");
  add_line (out, lines, " && python -m compileall -q .");
  add_line (out, lines, "COPY package.json package-lock.json ./");
  add_line (out, lines, "RUN npm ci --omit=dev \\");
  add_line (out, lines, " && npm install --global typescript@5.4.5 left-pad \\");
  add_line (out, lines, " && npm cache clean --force");
  add_line (out, lines, "COPY --chown=1000:1000 src/ ./src/");
  add_line (out, lines, "COPY --chown=1000:1000 config/service-%u.yaml ./config/", stage);
  if (stage > 0)
    add_line (out, lines, "COPY --from=stage-%u /opt/service-%u/dist/ ./vendor/", stage - 1, stage - 1);
  add_line (out, lines, "RUN cd src && make -j\"$(nproc)\" all && cd ..");
  add_line (out, lines, "RUN useradd --uid 1000 --create-home service && mkdir -p /var/lib/service-%u", stage);
}

static void
add_stage_tail (GString *out,
                guint   *lines,
                guint    stage)
{
  add_line (out, lines, "ENV DATABASE_HOST=db.internal \\");
  add_line (out, lines, "    LOG_LEVEL=info");
  add_line (out, lines, "EXPOSE %u", 8000 + stage % 1000);
  add_line (out, lines, "VOLUME [\"/var/lib/service-%u\"]", stage);
  add_line (out, lines, "USER 1000");
  add_line (out, lines, "HEALTHCHECK --interval=30s CMD curl -f http://localhost:%u/health || exit 1",
            8000 + stage % 1000);
  add_line (out, lines, "ENTRYPOINT [\"/usr/local/bin/service-%u\"]", stage);
  add_line (out, lines, "CMD [\"--config\", \"/opt/service-%u/config/service-%u.yaml\"]", stage, stage);
  add_line (out, lines, "%s", "");
}

/* About fifty lines a stage, and comment lines to end on exactly LINES. */
static char *
generate_dockerfile (void)
{
  GString *out = g_string_sized_new (LINES * 48);
  guint lines = 0;

  add_line (out, &lines, "# syntax=docker/dockerfile:1.6");
  add_line (out, &lines, "ARG BASE_REGISTRY_PATH=library");
  for (guint stage = 0; lines + 60 < LINES; stage++)
    {
      add_stage_head (out, &lines, stage);
      add_stage_packages (out, &lines, stage);
      add_stage_build (out, &lines, stage);
      add_stage_tail (out, &lines, stage);
    }
  while (lines < LINES)
    add_line (out, &lines, "# end of the generated file");

  return g_string_free (out, FALSE);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Milliseconds for one lint, findings freed included. */
static double
time_one (const char *text,
          gsize       length,
          guint      *n_findings)
{
  gint64 start = g_get_monotonic_time ();
  g_autoptr(GListModel) findings = podlift_dockerfile_lint (text, length, "Dockerfile", NULL);

  *n_findings = g_list_model_get_n_items (findings);
  g_clear_object (&findings);

  return (g_get_monotonic_time () - start) / 1000.0;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *text = generate_dockerfile ();
  gsize length = strlen (text);
  double times[RUNS];
  guint n_findings = 0;
  double median;

  for (guint i = 0; i < WARMUP; i++)
    time_one (text, length, &n_findings);
  for (guint i = 0; i < RUNS; i++)
    times[i] = time_one (text, length, &n_findings);

  qsort (times, RUNS, sizeof (double), compare_doubles);
  median = (times[RUNS / 2 - 1] + times[RUNS / 2]) / 2;

  printf ("lint, in process, a %u-line Dockerfile (%" G_GSIZE_FORMAT " KiB, %u findings)\n",
           LINES, length / 1024, n_findings);
  printf ("  median %.3f ms of %u runs (fastest %.3f ms, slowest %.3f ms)\n",
           median, RUNS, times[0], times[RUNS - 1]);
  printf ("  target %.1f ms: %.2f× the target (%s)\n",
           TARGET_MS, median / TARGET_MS, median <= TARGET_MS ? "within" : "over");

  return EXIT_SUCCESS;
}
