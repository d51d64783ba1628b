/* test-rules-dl3000.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* hadolint's DL3000–DL3029: for each rule, what must fire (and on which
 * line) and what must not, from hadolint's documented behaviour; and the
 * fixes, applied and linted again. */

#include "config.h"

#include <string.h>

#include "podlift-lint-rules-private.h"
#include "podlift-lint-test-util.h"

/* --- Helpers ------------------------------------------------------------- */

/* Asserts that @code fires on exactly the lines listed (0-terminated). */
static void
assert_lines (const char *code,
              const char *text,
              ...)
{
  g_autoptr(GListModel) findings = podlift_test_lint (text, NULL);
  g_autoptr(GString) got = g_string_new (NULL);
  g_autoptr(GString) want = g_string_new (NULL);
  va_list ap;
  guint line;

  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(PodliftDiagnostic) d = g_list_model_get_item (findings, i);

      if (g_strcmp0 (podlift_diagnostic_get_code (d), code) == 0)
        g_string_append_printf (got, " %u", podlift_diagnostic_get_line (d));
    }

  va_start (ap, text);
  while ((line = va_arg (ap, guint)) != 0)
    g_string_append_printf (want, " %u", line);
  va_end (ap);

  if (strcmp (got->str, want->str) != 0)
    g_error ("%s: expected lines%s, got%s, in:\n%s", code, want->str, got->str, text);
}

/* Lints @text, checks that @code has a fix turning @text into @expected,
 * and that @code no longer fires on the result. */
static void
assert_fix (const char *code,
            const char *text,
            const char *expected)
{
  g_autoptr(GListModel) findings = podlift_test_lint (text, NULL);
  g_autoptr(PodliftDiagnostic) d = podlift_test_get (findings, code);
  g_autofree char *fixed = NULL;

  g_assert_true (podlift_diagnostic_has_fix (d));
  g_assert_nonnull (podlift_diagnostic_get_fix_title (d));
  fixed = podlift_test_apply_fix (text, d);
  g_assert_cmpstr (fixed, ==, expected);
  podlift_test_passes (code, fixed);
}

/* --- Table --------------------------------------------------------------- */

static void
test_table (void)
{
  static const char * const codes[] = {
    "DL3000", "DL3001", "DL3002", "DL3003", "DL3004", "DL3006", "DL3007", "DL3008",
    "DL3009", "DL3010", "DL3011", "DL3012", "DL3013", "DL3014", "DL3015", "DL3016",
    "DL3018", "DL3019", "DL3020", "DL3021", "DL3022", "DL3023", "DL3024", "DL3025",
    "DL3026", "DL3027", "DL3028", "DL3029", NULL
  };
  static const PodliftSeverity levels[] = {
    PODLIFT_SEVERITY_ERROR, PODLIFT_SEVERITY_INFO, PODLIFT_SEVERITY_WARNING,
    PODLIFT_SEVERITY_WARNING, PODLIFT_SEVERITY_ERROR, PODLIFT_SEVERITY_WARNING,
    PODLIFT_SEVERITY_WARNING, PODLIFT_SEVERITY_WARNING, PODLIFT_SEVERITY_INFO,
    PODLIFT_SEVERITY_INFO, PODLIFT_SEVERITY_ERROR, PODLIFT_SEVERITY_ERROR,
    PODLIFT_SEVERITY_WARNING, PODLIFT_SEVERITY_WARNING, PODLIFT_SEVERITY_INFO,
    PODLIFT_SEVERITY_WARNING, PODLIFT_SEVERITY_WARNING, PODLIFT_SEVERITY_INFO,
    PODLIFT_SEVERITY_ERROR, PODLIFT_SEVERITY_ERROR, PODLIFT_SEVERITY_WARNING,
    PODLIFT_SEVERITY_ERROR, PODLIFT_SEVERITY_ERROR, PODLIFT_SEVERITY_WARNING,
    PODLIFT_SEVERITY_ERROR, PODLIFT_SEVERITY_WARNING, PODLIFT_SEVERITY_WARNING,
    PODLIFT_SEVERITY_WARNING,
  };
  guint n = 0;

  for (; podlift_rules_dl3000[n].code != NULL; n++)
    {
      const PodliftRule *rule = &podlift_rules_dl3000[n];

      g_assert_nonnull (codes[n]);
      g_assert_cmpstr (rule->code, ==, codes[n]);
      g_assert_cmpint (rule->severity, ==, levels[n]);
      g_assert_nonnull (rule->message);
      g_assert_cmpuint (strlen (rule->explanation), >, 20);
      /* The rules on RUN commands run in DL3001's single pass. */
      if (strstr (" DL3003 DL3004 DL3008 DL3013 DL3014 DL3015 DL3016 DL3018 DL3019 DL3027 DL3028",
                  rule->code) != NULL)
        g_assert_null (rule->check);
      else
        g_assert_nonnull (rule->check);
    }
  g_assert_null (codes[n]);
}

/* The RUN rules share DL3001's pass: ignoring DL3001 must not lose them,
 * nor keep DL3001. */
static void
test_shared_pass (void)
{
  g_autoptr(PodliftLintConfig) config = podlift_lint_config_new ();
  g_autoptr(GListModel) findings = NULL;

  podlift_lint_config_ignore (config, "DL3001");
  findings = podlift_test_lint ("FROM debian:12\nRUN apt-get install curl && ps\n", config);
  podlift_test_assert_not (findings, "DL3001");
  podlift_test_assert_has (findings, "DL3008", 2);
  podlift_test_assert_has (findings, "DL3014", 2);
  podlift_test_assert_has (findings, "DL3015", 2);
}

/* The finding carries hadolint's message and level, and our explanation. */
static void
test_finding_fields (void)
{
  g_autoptr(GListModel) findings = podlift_test_lint ("FROM debian:12\nWORKDIR app\n", NULL);
  g_autoptr(PodliftDiagnostic) d = podlift_test_get (findings, "DL3000");

  g_assert_cmpstr (podlift_diagnostic_get_message (d), ==, "Use absolute WORKDIR");
  g_assert_cmpint (podlift_diagnostic_get_severity (d), ==, PODLIFT_SEVERITY_ERROR);
  g_assert_cmpuint (podlift_diagnostic_get_line (d), ==, 2);
  g_assert_cmpuint (podlift_diagnostic_get_column (d), ==, 1);
  g_assert_nonnull (podlift_diagnostic_get_explanation (d));
}

/* --- DL3000 – DL3007 ----------------------------------------------------- */

static void
test_dl3000 (void)
{
  podlift_test_fires ("DL3000", 2, "FROM debian:12\nWORKDIR app\n");
  podlift_test_fires ("DL3000", 2, "FROM debian:12\nWORKDIR \"app/src\"\n");
  podlift_test_fires ("DL3000", 3, "FROM debian:12\nWORKDIR /app\nWORKDIR ./src\n");

  podlift_test_passes ("DL3000", "FROM debian:12\nWORKDIR /app\n");
  podlift_test_passes ("DL3000", "FROM debian:12\nWORKDIR \"/app\"\n");
  podlift_test_passes ("DL3000", "FROM debian:12\nWORKDIR '/app'\n");
  podlift_test_passes ("DL3000", "FROM debian:12\nWORKDIR $HOME/app\n");
  podlift_test_passes ("DL3000", "FROM debian:12\nARG DIR=/app\nWORKDIR ${DIR}\n");
  podlift_test_passes ("DL3000", "FROM mcr.microsoft.com/windows/servercore:ltsc2022\n"
                                 "WORKDIR C:\\\\app\n");
  podlift_test_passes ("DL3000", "FROM mcr.microsoft.com/windows/servercore:ltsc2022\n"
                                 "WORKDIR c:/app\n");
}

static void
test_dl3001 (void)
{
  podlift_test_fires ("DL3001", 2, "FROM debian:12\nRUN ssh git@example.com true\n");
  podlift_test_fires ("DL3001", 2, "FROM debian:12\nRUN apt-get update && service nginx start\n");
  podlift_test_fires ("DL3001", 2, "FROM debian:12\nRUN echo start \\\n && top -b -n 1\n");
  podlift_test_fires ("DL3001", 2, "FROM debian:12\nRUN <<EOF\nps aux\nEOF\n");
  podlift_test_fires ("DL3001", 2, "FROM debian:12\nRUN [\"kill\", \"-9\", \"1\"]\n");
  /* hadolint does not run DL3001, DL3003 and DL3004 on ONBUILD. */
  podlift_test_passes ("DL3001", "FROM debian:12\nONBUILD RUN service nginx start\n");

  podlift_test_passes ("DL3001", "FROM debian:12\nRUN apt-get install -y openssh-client vim\n");
  podlift_test_passes ("DL3001", "FROM debian:12\nRUN echo ps top ssh\n");
  podlift_test_passes ("DL3001", "FROM debian:12\nRUN sshd -t\n");
  podlift_test_passes ("DL3001", "FROM debian:12\nCMD top\n");
}

static void
test_dl3002 (void)
{
  podlift_test_fires ("DL3002", 2, "FROM debian:12\nUSER root\n");
  podlift_test_fires ("DL3002", 3, "FROM debian:12\nRUN true\nUSER 0\n");
  podlift_test_fires ("DL3002", 2, "FROM debian:12\nUSER root:root\n");
  podlift_test_fires ("DL3002", 2, "FROM debian:12\nUSER 0:0\n");
  /* The last USER of the stage is the one reported. */
  assert_lines ("DL3002", "FROM debian:12\nUSER root\nUSER 0\nRUN true\n", 3, 0);
  /* Every stage counts, not only the final one. */
  assert_lines ("DL3002", "FROM debian:12 AS build\nUSER root\nRUN make\n"
                          "FROM debian:12-slim\nUSER app\n", 2, 0);

  /* No USER at all says nothing: the base image's user is unknown. */
  podlift_test_passes ("DL3002", "FROM debian:12\nRUN true\n");
  podlift_test_passes ("DL3002", "FROM debian:12\nUSER root\nRUN apt-get update\nUSER app\n");
  podlift_test_passes ("DL3002", "FROM debian:12\nUSER 1000:1000\n");
  podlift_test_passes ("DL3002", "FROM debian:12\nUSER rootless\n");
  /* A later stage does not inherit the finding. */
  podlift_test_passes ("DL3002", "FROM debian:12 AS base\nUSER app\nFROM base\nRUN true\n");
  /* USER root in an ONBUILD is not the stage's USER. */
  podlift_test_passes ("DL3002", "FROM debian:12\nUSER app\nONBUILD USER root\n");
}

static void
test_dl3003 (void)
{
  podlift_test_fires ("DL3003", 2, "FROM debian:12\nRUN cd /src && make\n");
  podlift_test_fires ("DL3003", 2, "FROM debian:12\nRUN make \\\n  && cd /tmp \\\n  && ls\n");
  podlift_test_fires ("DL3003", 2, "FROM debian:12\nRUN <<EOF\ncd /src\nmake\nEOF\n");

  podlift_test_passes ("DL3003", "FROM debian:12\nWORKDIR /src\nRUN make\n");
  podlift_test_passes ("DL3003", "FROM debian:12\nRUN echo cd\n");
  podlift_test_passes ("DL3003", "FROM debian:12\nRUN make -C /src\n");
  podlift_test_passes ("DL3003", "FROM debian:12\nONBUILD RUN cd /src && make\n");
}

static void
test_dl3004 (void)
{
  podlift_test_fires ("DL3004", 2, "FROM debian:12\nRUN sudo apt-get update\n");
  podlift_test_fires ("DL3004", 2, "FROM debian:12\nRUN make && \\\n    sudo make install\n");
  podlift_test_fires ("DL3004", 2, "FROM debian:12\nRUN <<EOF\nset -e\nsudo make install\nEOF\n");
  podlift_test_passes ("DL3004", "FROM debian:12\nONBUILD RUN sudo make install\n");

  podlift_test_passes ("DL3004", "FROM debian:12\nRUN apt-get install -y sudo=1.9.13p3-1\n");
  podlift_test_passes ("DL3004", "FROM debian:12\nRUN echo sudo\n");
}

static void
test_dl3006 (void)
{
  podlift_test_fires ("DL3006", 1, "FROM debian\n");
  podlift_test_fires ("DL3006", 1, "FROM docker.io/library/debian AS base\n");
  podlift_test_fires ("DL3006", 1, "FROM registry.example.com:5000/team/app\n");
  podlift_test_fires ("DL3006", 2, "ARG X=1\nFROM ubuntu\n");
  /* An alias is only known from its FROM on. */
  podlift_test_fires ("DL3006", 1, "FROM build\nFROM debian:12 AS build\n");
  podlift_test_fires ("DL3006", 2, "FROM debian:12 AS build\nFROM alpine\n");

  podlift_test_passes ("DL3006", "FROM scratch\n");
  podlift_test_passes ("DL3006", "FROM debian:12\n");
  podlift_test_passes ("DL3006", "FROM localhost:5000/app:1.0\n");
  podlift_test_passes ("DL3006", "FROM debian@sha256:"
                                 "0000000000000000000000000000000000000000"
                                 "000000000000000000000000\n");
  podlift_test_passes ("DL3006", "ARG BASE=debian:12\nFROM $BASE\n");
  podlift_test_passes ("DL3006", "ARG BASE=debian:12\nFROM ${BASE} AS x\n");
  podlift_test_passes ("DL3006", "FROM debian:12 AS build\nRUN make\nFROM build\n");
}

static void
test_dl3007 (void)
{
  podlift_test_fires ("DL3007", 1, "FROM debian:latest\n");
  podlift_test_fires ("DL3007", 3, "FROM debian:12 AS a\nRUN true\n"
                                   "FROM ghcr.io/o/app:latest AS b\n");

  podlift_test_passes ("DL3007", "FROM debian:12\n");
  podlift_test_passes ("DL3007", "FROM debian\n");
  podlift_test_passes ("DL3007", "FROM debian:latest@sha256:"
                                 "0000000000000000000000000000000000000000"
                                 "000000000000000000000000\n");
  podlift_test_passes ("DL3007", "FROM latest:1.0\n");
}

/* --- apt-get: DL3008, DL3009, DL3014, DL3015, DL3027 --------------------- */

static void
test_dl3008 (void)
{
  podlift_test_fires ("DL3008", 2, "FROM debian:12\nRUN apt-get install -y curl\n");
  podlift_test_fires ("DL3008", 2, "FROM debian:12\nRUN apt-get update \\\n"
                                   "  && apt-get install -y --no-install-recommends \\\n"
                                   "     curl=7.88.1-10 \\\n     wget\n");
  podlift_test_fires ("DL3008", 2, "FROM debian:12\nRUN <<EOF\napt-get update\n"
                                   "apt-get install -y curl\nEOF\n");
  podlift_test_fires ("DL3008", 2, "FROM debian:12\nRUN apt-get -q install -y curl\n");
  podlift_test_fires ("DL3008", 2, "FROM debian:12\nRUN apt-get install -y $PACKAGES\n");
  podlift_test_fires ("DL3008", 2, "FROM debian:12\n"
                                   "RUN [\"apt-get\", \"install\", \"-y\", \"curl\"]\n");

  podlift_test_passes ("DL3008", "FROM debian:12\nRUN apt-get install -y curl=7.88.1-10\n");
  podlift_test_passes ("DL3008", "FROM debian:12\nRUN apt-get install -y ./app_1.0_amd64.deb\n");
  podlift_test_passes ("DL3008", "FROM debian:12\nRUN apt-get install -y /tmp/app\n");
  podlift_test_passes ("DL3008", "FROM debian:12\nRUN apt-get install -y app.deb\n");
  /* The value of -t is a release, not a package. */
  podlift_test_passes ("DL3008", "FROM debian:12\n"
                                 "RUN apt-get install -y -t bookworm-backports git=1:2.43\n");
  podlift_test_passes ("DL3008", "FROM debian:12\n"
                                 "RUN apt-get install --target-release bookworm-backports "
                                 "-y git=1\n");
  podlift_test_passes ("DL3008", "FROM debian:12\nRUN apt-get update && apt-get upgrade -y\n");
  /* hadolint does not run DL3008 on ONBUILD. */
  podlift_test_passes ("DL3008", "FROM debian:12\nONBUILD RUN apt-get install -y curl\n");
}

static void
test_dl3009 (void)
{
  podlift_test_fires ("DL3009", 2, "FROM debian:12\n"
                                   "RUN apt-get update && apt-get install -y curl=7\n");
  podlift_test_fires ("DL3009", 2, "FROM debian:12\nRUN apt-get update \\\n"
                                   " && apt-get install -y curl=7\n");
  podlift_test_fires ("DL3009", 2, "FROM debian:12\nRUN <<EOF\napt-get update\nEOF\n");
  /* Only the final stage … */
  assert_lines ("DL3009", "FROM debian:12 AS build\nRUN apt-get update\n"
                          "FROM debian:12-slim\nRUN apt-get update\n", 4, 0);
  /* … or a stage that a later FROM builds on. */
  assert_lines ("DL3009", "FROM debian:12 AS base\nRUN apt-get update\n"
                          "FROM base\nRUN true\n", 2, 0);
  /* hadolint also counts a stage whose FROM reads like the final one. */
  assert_lines ("DL3009", "FROM debian:12\nRUN apt-get update\nFROM debian:12\nRUN true\n", 2, 0);
  /* ONBUILD runs in the child image: always counts. */
  podlift_test_fires ("DL3009", 2, "FROM debian:12 AS tpl\nONBUILD RUN apt-get update\n"
                                   "FROM alpine:3.19\n");
  podlift_test_fires ("DL3009", 2, "FROM debian:12\n"
                                   "RUN --mount=type=cache,target=/root/.cache apt-get update\n");
  podlift_test_fires ("DL3009", 2, "FROM debian:12\n"
                                   "RUN --mount=type=cache,target=/var/lib/apt apt-get update\n");

  podlift_test_passes ("DL3009", "FROM debian:12\nRUN apt-get update && apt-get install -y curl=7 "
                                 "&& rm -rf /var/lib/apt/lists/*\n");
  podlift_test_passes ("DL3009", "FROM debian:12\nRUN apt-get install -y curl=7\n");
  podlift_test_passes ("DL3009", "FROM debian:12 AS build\nRUN apt-get update\n"
                                 "FROM alpine:3.19\nRUN true\n");
  /* COPY --from does not make the stage part of the image. */
  podlift_test_passes ("DL3009", "FROM debian:12 AS build\nRUN apt-get update\n"
                                 "FROM alpine:3.19\nCOPY --from=build /x /x\n");
  podlift_test_passes ("DL3009", "FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt/lists "
                                 "apt-get update\n");
  podlift_test_passes ("DL3009", "FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt "
                                 "--mount=type=cache,target=/var/cache/apt apt-get update\n");
}

static void
test_dl3009_fix (void)
{
  assert_fix ("DL3009", "FROM debian:12\nRUN apt-get update && apt-get install -y curl=7\n",
              "FROM debian:12\nRUN apt-get update && apt-get install -y curl=7"
              " && rm -rf /var/lib/apt/lists/*\n");
  assert_fix ("DL3009", "FROM debian:12\nRUN apt-get update \\\n  && apt-get install -y curl=7\n",
              "FROM debian:12\nRUN apt-get update \\\n  && apt-get install -y curl=7"
              " && rm -rf /var/lib/apt/lists/*\n");
  /* Not where appending could be wrong. */
  podlift_test_assert_no_fix ("DL3009", "FROM debian:12\nRUN apt-get update # refresh\n");
  podlift_test_assert_no_fix ("DL3009", "FROM debian:12\nRUN apt-get update;\n");
  podlift_test_assert_no_fix ("DL3009", "FROM debian:12\nRUN [\"apt-get\", \"update\"]\n");
}

static void
test_dl3014 (void)
{
  podlift_test_fires ("DL3014", 2, "FROM debian:12\nRUN apt-get install curl=7\n");
  podlift_test_fires ("DL3014", 2, "FROM debian:12\nRUN apt-get -q install curl=7\n");
  podlift_test_fires ("DL3014", 2, "FROM debian:12\nRUN apt-get update \\\n"
                                   "  && apt-get install curl=7\n");
  podlift_test_fires ("DL3014", 2, "FROM debian:12\nONBUILD RUN apt-get install curl=7\n");
  podlift_test_fires ("DL3014", 2, "FROM debian:12\nRUN <<EOF\napt-get install curl=7\nEOF\n");
  /* hadolint counts exactly two q's. */
  podlift_test_fires ("DL3014", 2, "FROM debian:12\nRUN apt-get -qqq install curl=7\n");

  podlift_test_passes ("DL3014", "FROM debian:12\nRUN apt-get install -y curl=7\n");
  podlift_test_passes ("DL3014", "FROM debian:12\nRUN apt-get install --yes curl=7\n");
  podlift_test_passes ("DL3014", "FROM debian:12\nRUN apt-get install --assume-yes curl=7\n");
  podlift_test_passes ("DL3014", "FROM debian:12\nRUN apt-get -yq install curl=7\n");
  podlift_test_passes ("DL3014", "FROM debian:12\nRUN apt-get -qq install curl=7\n");
  podlift_test_passes ("DL3014", "FROM debian:12\nRUN apt-get -q -q install curl=7\n");
  podlift_test_passes ("DL3014", "FROM debian:12\nRUN apt-get -q=2 install curl=7\n");
  podlift_test_passes ("DL3014", "FROM debian:12\nRUN apt-get --quiet --quiet install curl=7\n");
  podlift_test_passes ("DL3014", "FROM debian:12\nRUN apt-get update\n");
}

static void
test_dl3014_fix (void)
{
  assert_fix ("DL3014", "FROM debian:12\nRUN apt-get install curl=7\n",
              "FROM debian:12\nRUN apt-get install -y curl=7\n");
  /* The failing command is the second one. */
  assert_fix ("DL3014", "FROM debian:12\nRUN apt-get install -y a=1 && apt-get install b=1\n",
              "FROM debian:12\nRUN apt-get install -y a=1 && apt-get install -y b=1\n");
  assert_fix ("DL3014", "FROM debian:12\nRUN apt-get update \\\n"
                        " && DEBIAN_FRONTEND=noninteractive apt-get install curl=7\n",
              "FROM debian:12\nRUN apt-get update \\\n"
              " && DEBIAN_FRONTEND=noninteractive apt-get install -y curl=7\n");
  assert_fix ("DL3014", "FROM debian:12\nONBUILD RUN apt-get install curl=7\n",
              "FROM debian:12\nONBUILD RUN apt-get install -y curl=7\n");
  /* Heredoc bodies and sh -c are not matched word for word: no fix. */
  podlift_test_assert_no_fix ("DL3014", "FROM debian:12\nRUN <<EOF\napt-get install curl=7\nEOF\n");
  podlift_test_assert_no_fix ("DL3014", "FROM debian:12\n"
                           "RUN apt-get install a=1 && sh -c 'apt-get install -y b=1'\n");
}

static void
test_dl3015 (void)
{
  podlift_test_fires ("DL3015", 2, "FROM debian:12\nRUN apt-get install -y curl=7\n");
  podlift_test_fires ("DL3015", 2, "FROM debian:12\nONBUILD RUN apt-get install -y curl=7\n");
  podlift_test_fires ("DL3015", 2, "FROM debian:12\nRUN apt-get update \\\n"
                                   "  && apt-get install -y curl=7\n");
  podlift_test_fires ("DL3015", 2, "FROM debian:12\nRUN <<EOF\napt-get install -y curl=7\nEOF\n");

  podlift_test_passes ("DL3015", "FROM debian:12\n"
                                 "RUN apt-get install -y --no-install-recommends curl=7\n");
  podlift_test_passes ("DL3015", "FROM debian:12\n"
                                 "RUN apt-get install -y -o APT::Install-Recommends=false "
                                 "curl=7\n");
  podlift_test_passes ("DL3015", "FROM debian:12\nRUN apt-get update\n");

  assert_fix ("DL3015", "FROM debian:12\nRUN apt-get install -y curl=7\n",
              "FROM debian:12\nRUN apt-get install --no-install-recommends -y curl=7\n");
}

static void
test_dl3027 (void)
{
  podlift_test_fires ("DL3027", 2, "FROM debian:12\nRUN apt install -y curl\n");
  podlift_test_fires ("DL3027", 2, "FROM debian:12\nRUN apt-get update \\\n"
                                   " && apt list --installed\n");
  podlift_test_fires ("DL3027", 2, "FROM debian:12\nONBUILD RUN apt update\n");
  podlift_test_fires ("DL3027", 2, "FROM debian:12\nRUN <<EOF\napt update\nEOF\n");

  podlift_test_passes ("DL3027", "FROM debian:12\nRUN apt-get update && apt-cache policy curl\n");
  podlift_test_passes ("DL3027", "FROM debian:12\nRUN echo apt\n");

  assert_fix ("DL3027", "FROM debian:12\nRUN apt update\n",
              "FROM debian:12\nRUN apt-get update\n");
  assert_fix ("DL3027", "FROM debian:12\nRUN apt-get update && apt install -y curl=7\n",
              "FROM debian:12\nRUN apt-get update && apt-get install -y curl=7\n");
  /* apt-get has no "search" nor "list". */
  podlift_test_assert_no_fix ("DL3027", "FROM debian:12\nRUN apt search curl\n");
}

/* --- Archives, ports, health checks -------------------------------------- */

static void
test_dl3010 (void)
{
  podlift_test_fires ("DL3010", 2, "FROM debian:12\nCOPY app.tar.gz /tmp/\n"
                                   "RUN tar -xzf /tmp/app.tar.gz -C /opt\n");
  podlift_test_fires ("DL3010", 2, "FROM debian:12\nCOPY dist /tmp/app.tar\n"
                                   "RUN tar --extract -f /tmp/app.tar\n");
  podlift_test_fires ("DL3010", 2, "FROM debian:12\nCOPY [\"data.tgz\", \"/srv/\"]\n"
                                   "RUN cd /srv \\\n && gunzip data.tgz\n");
  podlift_test_fires ("DL3010", 3, "FROM debian:12\nCOPY a.txt /a\nCOPY \"b.tar.xz\" /tmp/\n"
                                   "RUN tar -xJf /tmp/b.tar.xz\n");

  podlift_test_passes ("DL3010", "FROM debian:12\nCOPY app.tar.gz /srv/\nRUN ls /srv\n");
  podlift_test_passes ("DL3010", "FROM debian:12\nCOPY app.tar.gz /srv/\n"
                                 "RUN tar -czf /tmp/out.tar.gz /srv\n");
  podlift_test_passes ("DL3010", "FROM debian:12\nCOPY --from=build /app.tar.gz /tmp/\n"
                                 "RUN tar -xzf /tmp/app.tar.gz\n");
  /* Copied in one stage, extracted in another. */
  podlift_test_passes ("DL3010", "FROM debian:12\nCOPY app.tar.gz /tmp/\n"
                                 "FROM debian:12-slim\nRUN tar -xzf /tmp/app.tar.gz\n");
  /* hadolint only reports the final stage. */
  podlift_test_passes ("DL3010", "FROM debian:12 AS build\nCOPY app.tar.gz /tmp/\n"
                                 "RUN tar -xzf /tmp/app.tar.gz\nFROM debian:12-slim\nRUN true\n");
  podlift_test_passes ("DL3010", "FROM debian:12\nCOPY app.zip /tmp/\nRUN unzip /tmp/app.zip\n");
}

static void
test_dl3011 (void)
{
  podlift_test_fires ("DL3011", 2, "FROM debian:12\nEXPOSE 80 65536\n");
  podlift_test_fires ("DL3011", 2, "FROM debian:12\nEXPOSE 8000-70000/tcp\n");
  podlift_test_fires ("DL3011", 2, "FROM debian:12\nEXPOSE 99999/udp\n");

  podlift_test_passes ("DL3011", "FROM debian:12\nEXPOSE 80 443/tcp 65535\n");
  podlift_test_passes ("DL3011", "FROM debian:12\nEXPOSE 8000-8010/udp\n");
  podlift_test_passes ("DL3011", "FROM debian:12\nARG PORT=8080\nEXPOSE ${PORT}\n");
}

static void
test_dl3012 (void)
{
  podlift_test_fires ("DL3012", 3, "FROM debian:12\nHEALTHCHECK CMD [\"true\"]\n"
                                   "HEALTHCHECK NONE\n");
  assert_lines ("DL3012", "FROM debian:12\nHEALTHCHECK CMD [\"a\"]\nHEALTHCHECK CMD [\"b\"]\n"
                          "HEALTHCHECK CMD [\"c\"]\n", 3, 4, 0);

  podlift_test_passes ("DL3012", "FROM debian:12\nHEALTHCHECK CMD [\"true\"]\n");
  podlift_test_passes ("DL3012", "FROM debian:12 AS a\nHEALTHCHECK CMD [\"true\"]\n"
                                 "FROM debian:12 AS b\nHEALTHCHECK CMD [\"true\"]\n");
}

/* --- Language package managers: DL3013, DL3016, DL3018, DL3019, DL3028 --- */

static void
test_dl3013 (void)
{
  podlift_test_fires ("DL3013", 2, "FROM python:3.12\nRUN pip install flask\n");
  podlift_test_fires ("DL3013", 2, "FROM python:3.12\nRUN pip3 install --no-cache-dir flask "
                                   "requests==2.31.0\n");
  podlift_test_fires ("DL3013", 2, "FROM python:3.12\nRUN python3 -m pip install flask\n");
  podlift_test_fires ("DL3013", 2, "FROM python:3.12\nRUN pip install --upgrade pip\n");
  podlift_test_fires ("DL3013", 2, "FROM python:3.12\n"
                                   "RUN pip install -i https://pypi.example.com/simple flask\n");
  podlift_test_fires ("DL3013", 2, "FROM python:3.12\n"
                                   "RUN pip install git+https://github.com/o/r\n");
  podlift_test_fires ("DL3013", 2, "FROM python:3.12\nONBUILD RUN pip install flask\n");
  podlift_test_fires ("DL3013", 2, "FROM python:3.12\nRUN <<EOF\npip install flask\nEOF\n");
  podlift_test_fires ("DL3013", 2, "FROM python:3.12\nRUN pip install --no-cache-dir \\\n"
                                   "      flask==3.0.0 \\\n      requests\n");

  podlift_test_passes ("DL3013", "FROM python:3.12\nRUN pip install flask==3.0.0\n");
  podlift_test_passes ("DL3013", "FROM python:3.12\nRUN pip install 'flask>=3,<4'\n");
  podlift_test_passes ("DL3013", "FROM python:3.12\nRUN pip install \"flask~=3.0\"\n");
  podlift_test_passes ("DL3013", "FROM python:3.12\nRUN pip install -r requirements.txt\n");
  podlift_test_passes ("DL3013", "FROM python:3.12\nRUN pip install --requirement req.txt\n");
  podlift_test_passes ("DL3013", "FROM python:3.12\nRUN pip install .\n");
  podlift_test_passes ("DL3013", "FROM python:3.12\nRUN pip install -c constraints.txt flask\n");
  podlift_test_passes ("DL3013", "FROM python:3.12\n"
                                 "RUN pip install dist/app-1.0-py3-none-any.whl\n");
  podlift_test_passes ("DL3013", "FROM python:3.12\nRUN pip install app-1.0.tar.gz\n");
  podlift_test_passes ("DL3013", "FROM python:3.12\nRUN pip install ./src/lib\n");
  podlift_test_passes ("DL3013", "FROM python:3.12\n"
                                 "RUN pip install git+https://github.com/o/r@v1.0\n");
  podlift_test_passes ("DL3013", "FROM python:3.12\nRUN pip download flask\n");
}

static void
test_dl3016 (void)
{
  podlift_test_fires ("DL3016", 2, "FROM node:20\nRUN npm install express\n");
  podlift_test_fires ("DL3016", 2, "FROM node:20\nRUN npm install -g @angular/cli\n");
  podlift_test_fires ("DL3016", 2, "FROM node:20\nRUN npm install --loglevel verbose express\n");
  podlift_test_fires ("DL3016", 2, "FROM node:20\n"
                                   "RUN npm install git+https://github.com/o/r.git\n");
  podlift_test_fires ("DL3016", 2, "FROM node:20\nONBUILD RUN npm install express\n");
  podlift_test_fires ("DL3016", 2, "FROM node:20\nRUN npm ci \\\n && npm install -g pm2\n");
  podlift_test_fires ("DL3016", 2, "FROM node:20\nRUN <<EOF\nnpm install -g pm2\nEOF\n");

  podlift_test_passes ("DL3016", "FROM node:20\nRUN npm install\n");
  podlift_test_passes ("DL3016", "FROM node:20\nRUN npm install --loglevel verbose\n");
  podlift_test_passes ("DL3016", "FROM node:20\nRUN npm ci\n");
  podlift_test_passes ("DL3016", "FROM node:20\nRUN npm install express@4.19.2\n");
  podlift_test_passes ("DL3016", "FROM node:20\nRUN npm install -g @angular/cli@17\n");
  podlift_test_passes ("DL3016", "FROM node:20\n"
                                 "RUN npm install git+https://github.com/o/r.git#v1.2.0\n");
  podlift_test_passes ("DL3016", "FROM node:20\nRUN npm install ./packages/lib\n");
  podlift_test_passes ("DL3016", "FROM node:20\nRUN npm install lib-1.0.0.tgz\n");
  /* Only "npm install …" with install first. */
  podlift_test_passes ("DL3016", "FROM node:20\nRUN npm --prefix /app install express\n");
}

static void
test_dl3018 (void)
{
  podlift_test_fires ("DL3018", 2, "FROM alpine:3.19\nRUN apk add curl\n");
  podlift_test_fires ("DL3018", 2, "FROM alpine:3.19\nRUN apk add --no-cache \\\n"
                                   "  curl=8.5.0-r0 \\\n"
                                   "  git\n");
  podlift_test_fires ("DL3018", 2, "FROM alpine:3.19\nONBUILD RUN apk add curl\n");
  podlift_test_fires ("DL3018", 2, "FROM alpine:3.19\nRUN <<EOF\napk add --no-cache curl\nEOF\n");

  podlift_test_passes ("DL3018", "FROM alpine:3.19\nRUN apk add --no-cache curl=8.5.0-r0\n");
  podlift_test_passes ("DL3018", "FROM alpine:3.19\nRUN apk add --no-cache 'curl~8.5'\n");
  podlift_test_passes ("DL3018", "FROM alpine:3.19\nRUN apk add --no-cache 'curl>8'\n");
  podlift_test_passes ("DL3018", "FROM alpine:3.19\nRUN apk add --no-cache ./pkg-1.0.apk\n");
  /* The value of --virtual / -t names a group, not a package. */
  podlift_test_passes ("DL3018", "FROM alpine:3.19\n"
                                 "RUN apk add --no-cache --virtual .build-deps gcc=13.2.1-r0\n");
  podlift_test_passes ("DL3018", "FROM alpine:3.19\n"
                                 "RUN apk add --no-cache -t .deps gcc=13.2.1-r0\n");
  podlift_test_passes ("DL3018", "FROM alpine:3.19\nRUN apk update\n");
}

static void
test_dl3019 (void)
{
  podlift_test_fires ("DL3019", 2, "FROM alpine:3.19\nRUN apk add curl=8.5.0-r0\n");
  podlift_test_fires ("DL3019", 2, "FROM alpine:3.19\nONBUILD RUN apk add curl=8.5.0-r0\n");
  podlift_test_fires ("DL3019", 2, "FROM alpine:3.19\nRUN apk update \\\n"
                                   " && apk add curl=8.5.0-r0\n");
  podlift_test_fires ("DL3019", 2, "FROM alpine:3.19\n"
                                   "RUN --mount=type=cache,target=/root/.cache apk add curl=8\n");

  podlift_test_passes ("DL3019", "FROM alpine:3.19\nRUN apk add --no-cache curl=8.5.0-r0\n");
  podlift_test_passes ("DL3019", "FROM alpine:3.19\n"
                                 "RUN --mount=type=cache,target=/var/cache/apk apk add curl=8\n");
  podlift_test_passes ("DL3019", "FROM alpine:3.19\n"
                                 "RUN --mount=type=tmpfs,target=/var/cache/apk apk add curl=8\n");
  podlift_test_passes ("DL3019", "FROM alpine:3.19\nRUN apk update\n");

  assert_fix ("DL3019", "FROM alpine:3.19\nRUN apk add curl=8.5.0-r0\n",
              "FROM alpine:3.19\nRUN apk add --no-cache curl=8.5.0-r0\n");
}

static void
test_dl3028 (void)
{
  podlift_test_fires ("DL3028", 2, "FROM ruby:3.3\nRUN gem install rails\n");
  podlift_test_fires ("DL3028", 2, "FROM ruby:3.3\nRUN gem i rails\n");
  podlift_test_fires ("DL3028", 2, "FROM ruby:3.3\nRUN gem install bundler:2.5.6 rails\n");
  podlift_test_fires ("DL3028", 2, "FROM ruby:3.3\nONBUILD RUN gem install rails\n");
  podlift_test_fires ("DL3028", 2, "FROM ruby:3.3\nRUN gem update --system \\\n"
                                   " && gem install rails\n");
  podlift_test_fires ("DL3028", 2, "FROM ruby:3.3\nRUN <<EOF\ngem install rails\nEOF\n");

  podlift_test_passes ("DL3028", "FROM ruby:3.3\nRUN gem install rails:7.1.3\n");
  podlift_test_passes ("DL3028", "FROM ruby:3.3\nRUN gem install rails -v 7.1.3\n");
  podlift_test_passes ("DL3028", "FROM ruby:3.3\nRUN gem install rails --version 7.1.3\n");
  podlift_test_passes ("DL3028", "FROM ruby:3.3\nRUN gem install rails --version=7.1.3\n");
  podlift_test_passes ("DL3028", "FROM ruby:3.3\nRUN gem update --system\n");
}

/* --- COPY and ADD: DL3020 – DL3023 --------------------------------------- */

static void
test_dl3020 (void)
{
  podlift_test_fires ("DL3020", 2, "FROM debian:12\nADD app.py /app/\n");
  podlift_test_fires ("DL3020", 2, "FROM debian:12\nADD --chown=app:app src /app\n");
  podlift_test_fires ("DL3020", 2, "FROM debian:12\nADD [\"app.py\", \"/app/\"]\n");
  podlift_test_fires ("DL3020", 2, "FROM debian:12\n"
                                   "ADD https://example.com/x.tar.gz app.py /app/\n");

  podlift_test_passes ("DL3020", "FROM debian:12\nADD https://example.com/tool /usr/bin/tool\n");
  podlift_test_passes ("DL3020", "FROM debian:12\nADD rootfs.tar.xz /\n");
  podlift_test_passes ("DL3020", "FROM debian:12\nADD \"app.tgz\" /opt/\n");
  podlift_test_passes ("DL3020", "FROM debian:12\nCOPY app.py /app/\n");

  assert_fix ("DL3020", "FROM debian:12\nADD app.py /app/\n", "FROM debian:12\n"
                                                              "COPY app.py /app/\n");
  assert_fix ("DL3020", "FROM debian:12\nadd --chown=1000 app.py /app/\n",
              "FROM debian:12\ncopy --chown=1000 app.py /app/\n");
  /* COPY cannot fetch the URL. */
  podlift_test_assert_no_fix ("DL3020", "FROM debian:12\nADD https://example.com/x.tar.gz app.py /app/\n");
  /* hadolint takes a git address for a local path; COPY could not fetch it. */
  podlift_test_assert_no_fix ("DL3020", "FROM debian:12\nADD git@github.com:org/repo.git /src\n");
}

static void
test_dl3021 (void)
{
  podlift_test_fires ("DL3021", 2, "FROM debian:12\nCOPY a.txt b.txt /app\n");
  podlift_test_fires ("DL3021", 2, "FROM debian:12\nCOPY [\"a.txt\", \"b.txt\", \"/app\"]\n");
  podlift_test_fires ("DL3021", 2, "FROM debian:12\nCOPY --from=build /a /b /app\n");
  podlift_test_fires ("DL3021", 2, "FROM debian:12\nCOPY a.txt \\\n     b.txt \\\n     /app\n");

  podlift_test_passes ("DL3021", "FROM debian:12\nCOPY a.txt b.txt /app/\n");
  podlift_test_passes ("DL3021", "FROM debian:12\nCOPY a.txt b.txt \"/app/\"\n");
  podlift_test_passes ("DL3021", "FROM debian:12\nCOPY a.txt /app\n");
  podlift_test_passes ("DL3021", "FROM debian:12\nADD a.txt b.txt /app\n");

  assert_fix ("DL3021", "FROM debian:12\nCOPY a.txt b.txt /app\n",
              "FROM debian:12\nCOPY a.txt b.txt /app/\n");
  assert_fix ("DL3021", "FROM debian:12\nCOPY a.txt b.txt \"/app\"\n",
              "FROM debian:12\nCOPY a.txt b.txt \"/app/\"\n");
}

static void
test_dl3022 (void)
{
  podlift_test_fires ("DL3022", 2, "FROM debian:12\nCOPY --from=build /x /x\n");
  /* An alias defined later does not count. */
  podlift_test_fires ("DL3022", 2, "FROM debian:12\nCOPY --from=later /x /x\n"
                                   "FROM debian:12 AS later\n");
  /* A stage number must be below the number of FROMs so far. */
  podlift_test_fires ("DL3022", 2, "FROM debian:12\nCOPY --from=1 /x /x\n");
  /* An image name without a ':' reads as a stage name. */
  podlift_test_fires ("DL3022", 3, "FROM debian:12 AS a\nFROM debian:12\n"
                                   "COPY --from=nginx /etc/nginx /etc/nginx\n");
  /* Stage names compare exactly, as in hadolint. */
  podlift_test_fires ("DL3022", 3, "FROM debian:12 AS build\nFROM debian:12-slim\n"
                                   "COPY --from=BUILD /x /x\n");

  podlift_test_passes ("DL3022", "FROM debian:12 AS build\nRUN make\n"
                                 "FROM debian:12-slim\nCOPY --from=build /x /x\n");
  podlift_test_passes ("DL3022", "FROM debian:12\nCOPY --from=nginx:1.25 /etc/nginx /etc/nginx\n");
  podlift_test_passes ("DL3022", "FROM debian:12\n"
                                 "COPY --from=docker.io/library/nginx:1.25 /a /b\n");
  podlift_test_passes ("DL3022", "FROM debian:12\nFROM debian:12-slim\nCOPY --from=0 /x /x\n");
  podlift_test_passes ("DL3022", "FROM debian:12\nCOPY /x /x\n");
}

static void
test_dl3023 (void)
{
  podlift_test_fires ("DL3023", 2, "FROM debian:12 AS build\nCOPY --from=build /x /y\n");
  podlift_test_fires ("DL3023", 4, "FROM debian:12 AS a\nRUN true\nFROM debian:12 AS b\n"
                                   "COPY --from=b /x /y\n");

  podlift_test_passes ("DL3023", "FROM debian:12 AS a\nFROM debian:12 AS b\nCOPY --from=a /x /y\n");
  podlift_test_passes ("DL3023", "FROM debian:12\nCOPY --from=0 /x /y\n");
}

static void
test_dl3024 (void)
{
  podlift_test_fires ("DL3024", 3, "FROM debian:12 AS build\nRUN true\n"
                                   "FROM alpine:3.19 AS build\n");
  assert_lines ("DL3024", "FROM a:1 AS x\nFROM b:1 AS x\nFROM c:1 AS y\nFROM d:1 AS x\n", 2, 4, 0);

  podlift_test_passes ("DL3024", "FROM debian:12 AS build\nFROM alpine:3.19 AS run\n");
  podlift_test_passes ("DL3024", "FROM debian:12\nFROM alpine:3.19\n");
  /* hadolint compares stage names exactly (BuildKit would not). */
  podlift_test_passes ("DL3024", "FROM debian:12 AS Build\nFROM alpine:3.19 AS build\n");
}

/* --- CMD, registries, platform ------------------------------------------- */

static void
test_dl3025 (void)
{
  podlift_test_fires ("DL3025", 2, "FROM debian:12\nCMD python app.py\n");
  podlift_test_fires ("DL3025", 2, "FROM debian:12\nENTRYPOINT /entrypoint.sh\n");
  podlift_test_fires ("DL3025", 2, "FROM debian:12\nCMD python \\\n  app.py\n");
  podlift_test_fires ("DL3025", 2, "FROM debian:12\n"
                                   "HEALTHCHECK --interval=30s CMD curl -f http://localhost/\n");

  podlift_test_passes ("DL3025", "FROM debian:12\nCMD [\"python\", \"app.py\"]\n");
  podlift_test_passes ("DL3025", "FROM debian:12\nENTRYPOINT [\"/entrypoint.sh\"]\n");
  podlift_test_passes ("DL3025", "FROM debian:12\nHEALTHCHECK NONE\n");
  podlift_test_passes ("DL3025", "FROM debian:12\n"
                                 "HEALTHCHECK CMD [\"curl\", \"-f\", \"http://x/\"]\n");
  podlift_test_passes ("DL3025", "FROM debian:12\nRUN make\n");
}

static void
test_dl3025_fix (void)
{
  assert_fix ("DL3025", "FROM debian:12\nCMD python app.py --port 8000\n",
              "FROM debian:12\nCMD [\"python\", \"app.py\", \"--port\", \"8000\"]\n");
  assert_fix ("DL3025", "FROM debian:12\nHEALTHCHECK --interval=5s CMD curl -f http://localhost/\n",
              "FROM debian:12\n"
              "HEALTHCHECK --interval=5s CMD [\"curl\", \"-f\", \"http://localhost/\"]\n");
  /* The shell would expand, glob or chain: no mechanical fix. */
  podlift_test_assert_no_fix ("DL3025", "FROM debian:12\nCMD python app.py --port $PORT\n");
  podlift_test_assert_no_fix ("DL3025", "FROM debian:12\nCMD nginx -g 'daemon off;'\n");
  podlift_test_assert_no_fix ("DL3025", "FROM debian:12\nCMD make && ./run\n");
  /* The exec form would change what the ENTRYPOINT receives, or make
   * the ENTRYPOINT take the base image's CMD. */
  podlift_test_assert_no_fix ("DL3025", "FROM debian:12\nENTRYPOINT [\"/init\"]\nCMD python app.py\n");
  podlift_test_assert_no_fix ("DL3025", "FROM debian:12 AS base\nENTRYPOINT [\"/init\"]\n"
                           "FROM base\nCMD python app.py\n");
  podlift_test_assert_no_fix ("DL3025", "FROM debian:12\nENTRYPOINT python app.py\n");
  /* An ENTRYPOINT in another, unrelated stage does not matter. */
  assert_fix ("DL3025", "FROM debian:12 AS tools\nENTRYPOINT [\"/init\"]\n"
                        "FROM debian:12\nCMD python app.py\n",
              "FROM debian:12 AS tools\nENTRYPOINT [\"/init\"]\n"
              "FROM debian:12\nCMD [\"python\", \"app.py\"]\n");
}

static GListModel *
lint_trusting (const char         *text,
               const char * const *registries)
{
  g_autoptr(PodliftLintConfig) config = podlift_lint_config_new ();

  for (guint i = 0; registries[i] != NULL; i++)
    podlift_lint_config_add_trusted_registry (config, registries[i]);

  return podlift_test_lint (text, config);
}

static void
test_dl3026 (void)
{
  static const char * const hub[] = { "docker.io", NULL };
  static const char * const own[] = { "registry.example.com", "*.gcr.io", NULL };
  static const char * const local[] = { "localhost", "localhost:5000", NULL };
  struct { const char * const *trusted; const char *text; guint line; } cases[] = {
    { hub, "FROM quay.io/org/app:1.0\n", 1 },
    { own, "FROM debian:12\n", 1 },
    { own, "FROM gcr.io/project/app:1\n", 1 },
    { own, "FROM registry.example.com/a:1\nFROM localhost:5000/b:1\n", 2 },
    { own, "FROM registry.example.com/a:1\nCOPY --from=quay.io/org/tool:1 /t /t\n", 2 },
    { own, "FROM registry.example.com/a:1\n"
           "RUN --mount=type=bind,from=quay.io/org/src:1,target=/src make\n", 2 },
    { own, "FROM registry.example.com/a:1\n"
           "RUN --mount=from=nginx:1,target=/etc/nginx true\n", 2 },
    { hub, "FROM debian:12\n", 0 },
    { hub, "FROM docker.io/library/debian:12\n", 0 },
    { own, "FROM scratch\n", 0 },
    { own, "FROM registry.example.com/team/app:1.0\n", 0 },
    { own, "FROM eu.gcr.io/project/app:1\n", 0 },
    { own, "FROM registry.example.com/a:1 AS build\nFROM build\n", 0 },
    { own, "FROM registry.example.com/a:1 AS build\nFROM registry.example.com/b:1\n"
           "COPY --from=build /x /x\nCOPY --from=0 /y /y\n", 0 },
    { own, "FROM registry.example.com/a:1\n"
           "RUN --mount=type=cache,target=/root/.cache make\n", 0 },
    { own, "FROM registry.example.com/a:1\n"
           "RUN --mount=type=secret,id=token make\n", 0 },
    /* localhost is a registry, as for Docker. */
    { local, "FROM localhost/team/app:1\nFROM localhost:5000/app:1\n", 0 },
    { local, "FROM localhost.example.com/app:1\n", 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GListModel) findings = lint_trusting (cases[i].text, cases[i].trusted);

      if (cases[i].line != 0)
        podlift_test_assert_has (findings, "DL3026", cases[i].line);
      else
        podlift_test_assert_not (findings, "DL3026");
    }

  /* Off without trusted registries. */
  podlift_test_passes ("DL3026", "FROM quay.io/org/app:1.0\n");
}

static void
test_dl3029 (void)
{
  podlift_test_fires ("DL3029", 1, "FROM --platform=linux/amd64 debian:12\n");
  podlift_test_fires ("DL3029", 2, "ARG ARCH=arm64\nFROM --platform=linux/$ARCH debian:12 AS b\n");

  podlift_test_passes ("DL3029", "FROM --platform=$BUILDPLATFORM golang:1.22 AS build\n");
  podlift_test_passes ("DL3029", "FROM --platform=${TARGETPLATFORM} debian:12\n");
  podlift_test_passes ("DL3029", "FROM debian:12\n");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/podlift/rules/dl3000/table", test_table);
  g_test_add_func ("/podlift/rules/dl3000/finding-fields", test_finding_fields);
  g_test_add_func ("/podlift/rules/dl3000/shared-pass", test_shared_pass);
  g_test_add_func ("/podlift/rules/DL3000", test_dl3000);
  g_test_add_func ("/podlift/rules/DL3001", test_dl3001);
  g_test_add_func ("/podlift/rules/DL3002", test_dl3002);
  g_test_add_func ("/podlift/rules/DL3003", test_dl3003);
  g_test_add_func ("/podlift/rules/DL3004", test_dl3004);
  g_test_add_func ("/podlift/rules/DL3006", test_dl3006);
  g_test_add_func ("/podlift/rules/DL3007", test_dl3007);
  g_test_add_func ("/podlift/rules/DL3008", test_dl3008);
  g_test_add_func ("/podlift/rules/DL3009", test_dl3009);
  g_test_add_func ("/podlift/rules/DL3009/fix", test_dl3009_fix);
  g_test_add_func ("/podlift/rules/DL3010", test_dl3010);
  g_test_add_func ("/podlift/rules/DL3011", test_dl3011);
  g_test_add_func ("/podlift/rules/DL3012", test_dl3012);
  g_test_add_func ("/podlift/rules/DL3013", test_dl3013);
  g_test_add_func ("/podlift/rules/DL3014", test_dl3014);
  g_test_add_func ("/podlift/rules/DL3014/fix", test_dl3014_fix);
  g_test_add_func ("/podlift/rules/DL3015", test_dl3015);
  g_test_add_func ("/podlift/rules/DL3016", test_dl3016);
  g_test_add_func ("/podlift/rules/DL3018", test_dl3018);
  g_test_add_func ("/podlift/rules/DL3019", test_dl3019);
  g_test_add_func ("/podlift/rules/DL3020", test_dl3020);
  g_test_add_func ("/podlift/rules/DL3021", test_dl3021);
  g_test_add_func ("/podlift/rules/DL3022", test_dl3022);
  g_test_add_func ("/podlift/rules/DL3023", test_dl3023);
  g_test_add_func ("/podlift/rules/DL3024", test_dl3024);
  g_test_add_func ("/podlift/rules/DL3025", test_dl3025);
  g_test_add_func ("/podlift/rules/DL3025/fix", test_dl3025_fix);
  g_test_add_func ("/podlift/rules/DL3026", test_dl3026);
  g_test_add_func ("/podlift/rules/DL3027", test_dl3027);
  g_test_add_func ("/podlift/rules/DL3028", test_dl3028);
  g_test_add_func ("/podlift/rules/DL3029", test_dl3029);

  return g_test_run ();
}
