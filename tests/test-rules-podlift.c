/* test-rules-podlift.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "podlift-lint-test-util.h"

/* Podlift's own rules (PL001 …): must fire, must not fire, and each
 * mechanical fix applied to the text lints clean of its rule. */

/* Lints @text, applies the first @code finding's fix, checks the result
 * against @expected (unless NULL) and that it lints clean of @code. */
static void
assert_fix (const char *code,
            const char *text,
            const char *expected)
{
  g_autoptr(GListModel) before = podlift_test_lint (text, NULL);
  g_autoptr(PodliftDiagnostic) d = podlift_test_find (before, code);
  g_autofree char *fixed = NULL;
  g_autoptr(GListModel) after = NULL;

  if (d == NULL)
    g_error ("no %s finding to fix in:\n%s", code, text);

  fixed = podlift_test_apply_fix (text, d);
  if (expected != NULL)
    g_assert_cmpstr (fixed, ==, expected);

  after = podlift_test_lint (fixed, NULL);
  podlift_test_assert_not (after, code);
  podlift_test_assert_not (after, "DL1000");
}

/* ---- PL001 ---- */

static void
test_pl001_fires (void)
{
  podlift_test_fires ("PL001", 1,
                      "FROM python:3.11-slim\n"
                      "COPY . /app\n"
                      "CMD [\"python\", \"/app/main.py\"]\n");
  /* a USER in the build stage does not reach the final image */
  podlift_test_fires ("PL001", 4,
                      "FROM golang:1.22 AS build\n"
                      "USER 10001\n"
                      "RUN go build -o /out/app .\n"
                      "FROM gcr.io/distroless/static-debian12\n"
                      "COPY --from=build /out/app /app\n"
                      "ENTRYPOINT [\"/app\"]\n");
  /* scratch runs as uid 0 too */
  podlift_test_fires ("PL001", 1,
                      "FROM scratch\n"
                      "COPY app /app\n"
                      "ENTRYPOINT [\"/app\"]\n");
}

static void
test_pl001_passes (void)
{
  podlift_test_passes ("PL001",
                       "FROM python:3.11-slim\n"
                       "USER 10001\n"
                       "CMD [\"python\", \"main.py\"]\n");
  /* an explicit root is DL3002's business */
  podlift_test_passes ("PL001",
                       "FROM python:3.11-slim\n"
                       "USER root\n"
                       "CMD [\"python\", \"main.py\"]\n");
  /* inherited from the stage it builds on */
  podlift_test_passes ("PL001",
                       "FROM python:3.11-slim AS base\n"
                       "USER 10001\n"
                       "FROM base\n"
                       "CMD [\"python\", \"main.py\"]\n");
  /* base images that already run as a user */
  podlift_test_passes ("PL001",
                       "FROM gcr.io/distroless/static-debian12:nonroot\n"
                       "COPY app /app\n"
                       "ENTRYPOINT [\"/app\"]\n");
  podlift_test_passes ("PL001", "# nothing yet\n");
}

static void
test_pl001_fix_before_cmd (void)
{
  assert_fix ("PL001",
              "FROM python:3.11-slim\n"
              "COPY . /app\n"
              "EXPOSE 8000\n"
              "CMD [\"python\", \"/app/main.py\"]\n",
              "FROM python:3.11-slim\n"
              "COPY . /app\n"
              "EXPOSE 8000\n"
              "USER 10001\n"
              "CMD [\"python\", \"/app/main.py\"]\n");
  /* above the comment that goes with the ENTRYPOINT */
  assert_fix ("PL001",
              "FROM node:20-slim\n"
              "COPY . /app\n"
              "# start the server\n"
              "ENTRYPOINT [\"node\"]\n"
              "CMD [\"/app/server.js\"]\n",
              "FROM node:20-slim\n"
              "COPY . /app\n"
              "USER 10001\n"
              "# start the server\n"
              "ENTRYPOINT [\"node\"]\n"
              "CMD [\"/app/server.js\"]\n");
}

static void
test_pl001_fix_at_end (void)
{
  assert_fix ("PL001",
              "FROM nginx:1.27-alpine\n"
              "COPY site /usr/share/nginx/html\n",
              "FROM nginx:1.27-alpine\n"
              "COPY site /usr/share/nginx/html\n"
              "USER 10001\n");
  /* no newline at the end */
  assert_fix ("PL001",
              "FROM nginx:1.27-alpine\n"
              "COPY site /usr/share/nginx/html",
              "FROM nginx:1.27-alpine\n"
              "COPY site /usr/share/nginx/html\n"
              "USER 10001");
}

/* ---- PL002 ---- */

static void
test_pl002_toolchain_image (void)
{
  podlift_test_fires ("PL002", 1,
                      "FROM golang:1.22\n"
                      "WORKDIR /src\n"
                      "COPY . .\n"
                      "RUN go build -o /app .\n"
                      "CMD [\"/app\"]\n");
  podlift_test_fires ("PL002", 1,
                      "FROM mcr.microsoft.com/dotnet/sdk:8.0\n"
                      "COPY . /src\n"
                      "RUN dotnet publish /src -o /app\n"
                      "ENTRYPOINT [\"dotnet\", \"/app/Shop.dll\"]\n");
  podlift_test_fires ("PL002", 1,
                      "FROM docker.io/library/rust:1.77\n"
                      "COPY . .\n"
                      "RUN cargo build --release\n");
}

static void
test_pl002_build_commands (void)
{
  podlift_test_fires ("PL002", 3,
                      "FROM python:3.11-slim\n"
                      "COPY requirements.txt .\n"
                      "RUN apt-get update \\\n"
                      " && apt-get install -y --no-install-recommends gcc=4:12.2.0-3 \\\n"
                      " && pip install --no-cache-dir -r requirements.txt\n");
  podlift_test_fires ("PL002", 3,
                      "FROM alpine:3.19\n"
                      "COPY . /src\n"
                      "RUN apk add --no-cache build-base && make -C /src\n");
  podlift_test_fires ("PL002", 4,
                      "FROM node:20\n"
                      "COPY . /app\n"
                      "RUN npm ci\n"
                      "RUN npm run build\n"
                      "CMD [\"node\", \"/app/dist/server.js\"]\n");
  podlift_test_fires ("PL002", 3,
                      "FROM eclipse-temurin:21-jdk\n"
                      "COPY . /src\n"
                      "RUN cd /src && ./mvnw -B package\n");
}

static void
test_pl002_passes (void)
{
  podlift_test_passes ("PL002",
                       "FROM golang:1.22 AS build\n"
                       "RUN go build -o /out/app .\n"
                       "FROM gcr.io/distroless/static-debian12:nonroot\n"
                       "COPY --from=build /out/app /app\n");
  /* installed and removed in the same RUN: not in any layer */
  podlift_test_passes ("PL002",
                       "FROM python:3.11-slim\n"
                       "RUN apt-get update && apt-get install -y gcc \\\n"
                       " && pip install --no-cache-dir psycopg2==2.9.9 \\\n"
                       " && apt-get purge -y --auto-remove gcc\n");
  podlift_test_passes ("PL002",
                       "FROM alpine:3.19\n"
                       "RUN apk add --no-cache --virtual .build-deps gcc musl-dev \\\n"
                       " && pip install --no-cache-dir psycopg2==2.9.9 \\\n"
                       " && apk del .build-deps\n");
  podlift_test_passes ("PL002",
                       "FROM python:3.11-slim\n"
                       "RUN pip install --no-cache-dir flask==3.0.0\n"
                       "RUN echo make gcc go build\n");
  podlift_test_passes ("PL002",
                       "FROM node:20-slim\n"
                       "RUN npm ci --omit=dev && npm run start:check\n");
}

/* ---- PL003 ---- */

static void
test_pl003_fires (void)
{
  podlift_test_fires ("PL003", 1, "FROM python:3.11\nCMD [\"python\"]\n");
  podlift_test_fires ("PL003", 3,
                      "FROM node:20-alpine AS build\n"
                      "RUN npm ci\n"
                      "FROM node:20\n"
                      "COPY --from=build /app /app\n");
  /* the final stage builds on a stage alias: the image at the root */
  podlift_test_fires ("PL003", 1,
                      "FROM ruby:3.3 AS base\n"
                      "FROM base\n"
                      "CMD [\"ruby\"]\n");
  /* a tool chain as the final image of a multi-stage build */
  podlift_test_fires ("PL003", 3,
                      "FROM golang:1.22 AS build\n"
                      "RUN go build -o /app .\n"
                      "FROM golang:1.22\n"
                      "COPY --from=build /app /app\n");
  podlift_test_fires ("PL003", 1, "FROM ubuntu:22.04\nCMD [\"bash\"]\n");
}

static void
test_pl003_passes (void)
{
  static const char * const small[] = {
    "python:3.11-slim", "python:3.11-slim-bookworm", "python:3.12-alpine", "node:20-slim",
    "node:20-alpine3.19", "debian:bookworm-slim", "eclipse-temurin:21-jre",
    "eclipse-temurin:21-jre-alpine", "gcr.io/distroless/python3-debian12", "scratch",
    "alpine:3.19", "nginx:1.27-alpine", "$BASE_IMAGE", "python:$PYTHON_VERSION",
  };

  for (guint i = 0; i < G_N_ELEMENTS (small); i++)
    {
      g_autofree char *text = g_strdup_printf ("ARG BASE_IMAGE=x\n"
                                               "ARG PYTHON_VERSION=3.11\n"
                                               "FROM %s\n"
                                               "CMD [\"x\"]\n", small[i]);

      podlift_test_passes ("PL003", text);
    }

  /* only the final image counts */
  podlift_test_passes ("PL003",
                       "FROM python:3.11 AS build\n"
                       "RUN pip wheel -w /wheels flask==3.0.0\n"
                       "FROM python:3.11-slim\n"
                       "COPY --from=build /wheels /wheels\n");
  /* a single-stage tool chain is PL002's */
  podlift_test_passes ("PL003", "FROM golang:1.22\nRUN go build -o /app .\n");
}

static void
test_pl003_fixes (void)
{
  static const char * const cases[][2] = {
    { "python:3.11", "python:3.11-slim" },
    { "python:3.11.9-bookworm", "python:3.11.9-slim-bookworm" },
    { "docker.io/library/python:3.12", "docker.io/library/python:3.12-slim" },
    { "node:20", "node:20-slim" },
    { "node:20-bookworm", "node:20-bookworm-slim" },
    { "ruby:3.3-bookworm", "ruby:3.3-slim-bookworm" },
    { "debian:bookworm", "debian:bookworm-slim" },
    { "debian:12.5", "debian:12.5-slim" },
    { "eclipse-temurin:21-jdk", "eclipse-temurin:21-jre" },
    { "eclipse-temurin:21-jdk-jammy", "eclipse-temurin:21-jre-jammy" },
    { "eclipse-temurin:21", "eclipse-temurin:21-jre" },
    { "eclipse-temurin:17-alpine", "eclipse-temurin:17-jre-alpine" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf ("FROM --platform=linux/amd64 %s AS app\n"
                                               "USER 10001\n", cases[i][0]);
      g_autofree char *expected = g_strdup_printf ("FROM --platform=linux/amd64 %s AS app\n"
                                                   "USER 10001\n", cases[i][1]);

      assert_fix ("PL003", text, expected);
    }
}

static void
test_pl003_no_fix (void)
{
  /* no tag of the same image, or a digest that pins the big one */
  podlift_test_assert_no_fix ("PL003", "FROM ubuntu:22.04\n");
  podlift_test_assert_no_fix ("PL003", "FROM openjdk:17\n");
  podlift_test_assert_no_fix ("PL003", "FROM python\n");
  podlift_test_assert_no_fix ("PL003",
                 "FROM python:3.11@sha256:"
                 "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n");
}

/* ---- PL004 ---- */

static void
test_pl004_fires (void)
{
  static const char * const pairs[] = {
    "DATABASE_URL=postgres://db.internal:5432/shop",
    "REDIS_HOST=redis.prod.svc.cluster.local",
    "API_BASE_URL=https://api.example.com/v1",
    "DB_NAME=shop",
    "POSTGRES_DB=shop",
    "UPSTREAM=10.0.12.7:8080",
    "OTEL_EXPORTER_OTLP_ENDPOINT=http://otel-collector:4317",
    "ALLOWED_HOSTS=shop.example.com",
    "CACHE=redis://cache:6379/0",
  };

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      g_autofree char *text = g_strdup_printf ("FROM python:3.11-slim\n"
                                               "ENV PYTHONUNBUFFERED=1 \\\n"
                                               "    %s\n", pairs[i]);

      podlift_test_fires ("PL004", 2, text);
    }

  /* the legacy ENV form */
  podlift_test_fires ("PL004", 2, "FROM python:3.11-slim\nENV DB_HOST db.example.com\n");
}

static void
test_pl004_passes (void)
{
  static const char * const pairs[] = {
    "PORT=8000",
    "HOST=0.0.0.0",
    "BIND=0.0.0.0:8000",
    "PATH=/opt/venv/bin:$PATH",
    "STATIC_URL=/static/",
    "DATABASE_URL=$DATABASE_URL",
    "DB_HOST=${DB_HOST}",
    "PIP_INDEX_URL=https://pypi.org/simple",
    "GOPROXY=https://proxy.golang.org",
    "NODE_ENV=production",
    "DB_PORT=5432",
    "DB_ENGINE=django.db.backends.postgresql",
    "SQLITE_URL=file:///data/db.sqlite3",
    "TOOL_DOWNLOAD_URL=https://example.com/tool.tgz",
    "DB_PATH=/data/shop.db",
    "PYTHONDONTWRITEBYTECODE=1",
    "APP_VERSION=1.2.3.4",
  };

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      g_autofree char *text = g_strdup_printf ("FROM python:3.11-slim\nENV %s\n", pairs[i]);

      podlift_test_passes ("PL004", text);
    }

  /* ARG is not kept in the image's environment */
  podlift_test_passes ("PL004", "ARG DB_HOST=db.example.com\nFROM python:3.11-slim\n");
  /* a secret is reported once, by PL005 */
  podlift_test_passes ("PL004",
                       "FROM python:3.11-slim\n"
                       "ENV DATABASE_URL=postgres://shop:s3cret@db.internal/shop\n");
}

/* ---- PL005 ---- */

static void
test_pl005_fires (void)
{
  static const char * const lines[] = {
    "ENV DB_PASSWORD=hunter2",
    "ENV SECRET_KEY=django-insecure-abc123",
    "ENV API_KEY=0123456789",
    "ENV STRIPE_KEY=sk_test_123",
    "ARG NPM_TOKEN=npm_abcdefghijklmnopqrstuvwxyz0123456789",
    "ARG DB_PASS=hunter2",
    "ENV DB_PASSWORD=$DB_PASSWORD",
    "ENV DATABASE_URL=postgres://shop:s3cret@db.internal:5432/shop",
    "ENV AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE",
    "ENV GIT_AUTH=ghp_abcdefghijklmnopqrstuvwxyz0123456789",
    "ENV LEGACY_PASSWORD hunter2",
  };

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      g_autofree char *text = g_strdup_printf ("FROM python:3.11-slim\n"
                                               "%s\n", lines[i]);

      podlift_test_fires ("PL005", 2, text);
    }

  /* before the first FROM too */
  podlift_test_fires ("PL005", 1, "ARG GITHUB_TOKEN=ghp_abcdefghijklmnopqrstuvwxyz0123456789\n"
                                  "FROM alpine:3.19\n");
}

static void
test_pl005_passes (void)
{
  static const char * const lines[] = {
    "ARG NPM_TOKEN",
    "ARG NPM_TOKEN=$CI_NPM_TOKEN",
    "ENV DB_PASSWORD=\"\"",
    "ENV DB_PASSWORD_FILE=/run/secrets/db_password",
    "ENV GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D",
    "ENV PASSWORD_MIN_LENGTH=12",
    "ENV DATABASE_URL=postgres://shop@db.internal/shop",
    "ENV KEYCLOAK_REALM=shop",
    "ENV AWS_ACCESS_KEY_ID=$AWS_ACCESS_KEY_ID",
    "ENV MONKEY=banana",
  };

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      g_autofree char *text = g_strdup_printf ("FROM python:3.11-slim\n"
                                               "%s\n", lines[i]);

      podlift_test_passes ("PL005", text);
    }
}

static void
test_pl005_with_dl3064 (void)
{
  g_autoptr(GListModel) findings = podlift_test_lint ("FROM python:3.11-slim\n"
                                                      "ENV DB_PASSWORD=hunter2\n", NULL);

  /* the two rules overlap on names; both are kept */
  podlift_test_assert_has (findings, "PL005", 2);
  podlift_test_assert_has (findings, "DL3064", 2);
}

static void
test_pl005_each_pair (void)
{
  g_autoptr(GListModel) findings = NULL;
  g_autoptr(PodliftDiagnostic) d = NULL;
  const PodliftRange *range;

  findings = podlift_test_lint ("FROM python:3.11-slim\n"
                                "ENV DB_USER=shop DB_PASSWORD=a API_TOKEN=b\n",
                                NULL);
  d = podlift_test_find (findings, "PL005");

  g_assert_cmpuint (podlift_test_count (findings, "PL005", 0), ==, 2);
  /* underlined: the pair, not the whole ENV */
  range = podlift_diagnostic_get_range (d);
  g_assert_cmpuint (range->start.line, ==, 2);
  g_assert_cmpuint (range->start.column, ==, 18);
}

/* ---- PL006 ---- */

static void
test_pl006_fires (void)
{
  podlift_test_fires ("PL006", 3,
                      "FROM nginx:1.27-alpine\n"
                      "USER 10001\n"
                      "HEALTHCHECK --interval=30s \\\n"
                      "  CMD wget -q -O /dev/null http://localhost/ || exit 1\n");
}

static void
test_pl006_passes (void)
{
  podlift_test_passes ("PL006", "FROM nginx:1.27-alpine\nHEALTHCHECK NONE\n");
  podlift_test_passes ("PL006", "FROM nginx:1.27-alpine\nUSER 10001\n");
}

static void
test_pl006_fix (void)
{
  assert_fix ("PL006",
              "FROM nginx:1.27-alpine\n"
              "HEALTHCHECK --interval=30s \\\n"
              "  CMD wget -q -O /dev/null http://localhost/ || exit 1\n"
              "USER 10001\n",
              "FROM nginx:1.27-alpine\n"
              "USER 10001\n");
  /* the last line, without a newline */
  assert_fix ("PL006",
              "FROM nginx:1.27-alpine\n"
              "HEALTHCHECK CMD wget -q -O /dev/null http://localhost/",
              "FROM nginx:1.27-alpine\n");
}

/* ---- PL007 ---- */

static void
test_pl007_fires (void)
{
  g_autoptr(GListModel) findings = podlift_test_lint ("FROM node:20-slim\n"
                                                      "WORKDIR /app\n"
                                                      "COPY package.json package-lock.json ./\n"
                                                      "RUN npm ci --omit=dev\n"
                                                      "ADD --chmod=644 config.json /app/\n"
                                                      "USER node\n"
                                                      "COPY . .\n"
                                                      "CMD [\"node\", \"server.js\"]\n",
                                                      NULL);

  podlift_test_assert_has (findings, "PL007", 3);
  podlift_test_assert_has (findings, "PL007", 5);
  /* after the USER too: COPY ignores USER */
  podlift_test_assert_has (findings, "PL007", 7);
}

static void
test_pl007_passes (void)
{
  podlift_test_passes ("PL007",
                       "FROM node:20-slim\n"
                       "COPY --chown=node:node . /app\n"
                       "USER node\n");
  /* no USER: PL001's business */
  podlift_test_passes ("PL007", "FROM node:20-slim\nCOPY . /app\n");
  /* ends as root */
  podlift_test_passes ("PL007",
                       "FROM node:20-slim\n"
                       "USER node\n"
                       "COPY . /app\n"
                       "USER 0:0\n");
  /* the USER of another stage */
  podlift_test_passes ("PL007",
                       "FROM node:20-slim AS build\n"
                       "COPY . /src\n"
                       "FROM node:20-slim\n"
                       "USER node\n");
}

static void
test_pl007_fix (void)
{
  assert_fix ("PL007",
              "FROM node:20-slim\n"
              "COPY . /app\n"
              "USER 10001:10001\n",
              "FROM node:20-slim\n"
              "COPY --chown=10001:10001 . /app\n"
              "USER 10001:10001\n");
  assert_fix ("PL007",
              "FROM gcr.io/distroless/static-debian12\n"
              "copy --from=build /out/app /app\n"
              "USER ${APP_UID}\n",
              "FROM gcr.io/distroless/static-debian12\n"
              "copy --chown=${APP_UID} --from=build /out/app /app\n"
              "USER ${APP_UID}\n");
}

/* ---- The shipped example ---- */

static void
test_shopfront_example (void)
{
  const char *dir = g_getenv ("PODLIFT_EXAMPLES_DIR");
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) findings = NULL;

  if (dir == NULL)
    {
      g_test_skip ("PODLIFT_EXAMPLES_DIR is not set");
      return;
    }

  path = g_build_filename (dir, "shopfront", "Dockerfile", NULL);
  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);

  findings = podlift_test_lint (text, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(PodliftDiagnostic) d = g_list_model_get_item (findings, i);
      const char *code = podlift_diagnostic_get_code (d);
      PodliftSeverity severity = podlift_diagnostic_get_severity (d);

      if (g_str_has_prefix (code, "PL") ||
          severity == PODLIFT_SEVERITY_ERROR || severity == PODLIFT_SEVERITY_WARNING)
        g_error ("shopfront/Dockerfile:%u %s %s: %s", podlift_diagnostic_get_line (d), code,
                 podlift_severity_to_string (severity), podlift_diagnostic_get_message (d));
    }
}

static void
test_explanations (void)
{
  /* every PL rule explains itself (checked through a finding of each) */
  static const char * const codes[] = { "PL001", "PL003", "PL004", "PL005", "PL006", "PL007" };
  g_autoptr(GListModel) findings = podlift_test_lint ("FROM python:3.11\n"
                                                      "ENV API_URL=https://api.example.com\n"
                                                      "ENV DB_PASSWORD=hunter2\n"
                                                      "HEALTHCHECK CMD true\n"
                                                      "COPY . /app\n"
                                                      "USER 10001\n"
                                                      "FROM python:3.11\n", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    {
      g_autoptr(PodliftDiagnostic) d = podlift_test_find (findings, codes[i]);

      g_assert_nonnull (d);
      g_assert_cmpuint (strlen (podlift_diagnostic_get_explanation (d)), >, 40);
      g_assert_cmpuint (strlen (podlift_diagnostic_get_message (d)), >, 20);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/podlift/rules/PL001/fires", test_pl001_fires);
  g_test_add_func ("/podlift/rules/PL001/passes", test_pl001_passes);
  g_test_add_func ("/podlift/rules/PL001/fix-before-cmd", test_pl001_fix_before_cmd);
  g_test_add_func ("/podlift/rules/PL001/fix-at-end", test_pl001_fix_at_end);
  g_test_add_func ("/podlift/rules/PL002/toolchain-image", test_pl002_toolchain_image);
  g_test_add_func ("/podlift/rules/PL002/build-commands", test_pl002_build_commands);
  g_test_add_func ("/podlift/rules/PL002/passes", test_pl002_passes);
  g_test_add_func ("/podlift/rules/PL003/fires", test_pl003_fires);
  g_test_add_func ("/podlift/rules/PL003/passes", test_pl003_passes);
  g_test_add_func ("/podlift/rules/PL003/fixes", test_pl003_fixes);
  g_test_add_func ("/podlift/rules/PL003/no-fix", test_pl003_no_fix);
  g_test_add_func ("/podlift/rules/PL004/fires", test_pl004_fires);
  g_test_add_func ("/podlift/rules/PL004/passes", test_pl004_passes);
  g_test_add_func ("/podlift/rules/PL005/fires", test_pl005_fires);
  g_test_add_func ("/podlift/rules/PL005/passes", test_pl005_passes);
  g_test_add_func ("/podlift/rules/PL005/with-dl3064", test_pl005_with_dl3064);
  g_test_add_func ("/podlift/rules/PL005/each-pair", test_pl005_each_pair);
  g_test_add_func ("/podlift/rules/PL006/fires", test_pl006_fires);
  g_test_add_func ("/podlift/rules/PL006/passes", test_pl006_passes);
  g_test_add_func ("/podlift/rules/PL006/fix", test_pl006_fix);
  g_test_add_func ("/podlift/rules/PL007/fires", test_pl007_fires);
  g_test_add_func ("/podlift/rules/PL007/passes", test_pl007_passes);
  g_test_add_func ("/podlift/rules/PL007/fix", test_pl007_fix);
  g_test_add_func ("/podlift/rules/examples/shopfront", test_shopfront_example);
  g_test_add_func ("/podlift/rules/PL/explanations", test_explanations);

  return g_test_run ();
}
