/* test-rules-dl4000.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "podlift-lint-test-util.h"

/* DL1001, DL4000 – DL4006, written from hadolint's rules and its test
 * suite: must fire (on the line hadolint reports) and must not fire. */

/* ---- DL1001 ---- */

static GListModel *
lint_with_dl1001 (const char *text)
{
  g_autoptr(PodliftLintConfig) config = podlift_lint_config_new ();

  podlift_lint_config_override (config, "DL1001", PODLIFT_SEVERITY_WARNING);

  return podlift_test_lint (text, config);
}

static void
test_dl1001_off_by_default (void)
{
  podlift_test_passes ("DL1001",
                       "FROM debian:12\n"
                       "# hadolint ignore=DL3008\n"
                       "RUN apt-get install -y --no-install-recommends curl\n");
}

static void
test_dl1001_inline (void)
{
  g_autoptr(GListModel) findings = lint_with_dl1001 ("FROM debian:12\n"
                                                     "# hadolint ignore=DL3008,DL3015\n"
                                                     "RUN apt-get install -y curl\n");

  podlift_test_assert_has (findings, "DL1001", 2);
  g_assert_cmpuint (podlift_test_count (findings, "DL1001", 0), ==, 1);
}

static void
test_dl1001_global_and_free_comment (void)
{
  g_autoptr(GListModel) findings = NULL;

  findings = lint_with_dl1001 ("# hadolint global ignore=DL3059\n"
                               "FROM debian:12\n"
                               "#   hadolint ignore = DL3003 # we cd on purpose\n"
                               "RUN cd /tmp && echo hi\n");

  podlift_test_assert_has (findings, "DL1001", 1);
  podlift_test_assert_has (findings, "DL1001", 3);
}

static void
test_dl1001_not_a_pragma (void)
{
  g_autoptr(GListModel) findings = lint_with_dl1001 ("# hadolint is run in CI\n"
                                                     "FROM debian:12\n"
                                                     "# hadolint ignore\n"
                                                     "# hadolint ignore=\n"
                                                     "# hadolintignore=DL3008\n"
                                                     "# ignore=DL3008\n"
                                                     "RUN echo hi\n");

  podlift_test_assert_not (findings, "DL1001");
}

/* ---- DL4000 ---- */

static void
test_dl4000_fires (void)
{
  podlift_test_fires ("DL4000", 2,
                      "FROM debian:12\n"
                      "MAINTAINER Lukas Martinelli <me@lukasmartinelli.ch>\n");
}

static void
test_dl4000_passes (void)
{
  podlift_test_passes ("DL4000",
                       "FROM debian:12\n"
                       "LABEL maintainer=\"Lukas Martinelli <me@lukasmartinelli.ch>\"\n");
}

static void
test_dl4000_fix (void)
{
  const char *text = "FROM debian:12\n"
                     "MAINTAINER Jane \"JD\" Doe <jane@example.com>\n"
                     "CMD [\"bash\"]\n";
  g_autoptr(GListModel) findings = podlift_test_lint (text, NULL);
  g_autoptr(PodliftDiagnostic) d = podlift_test_get (findings, "DL4000");
  g_autofree char *fixed = podlift_test_apply_fix (text, d);
  g_autoptr(GListModel) after = podlift_test_lint (fixed, NULL);

  g_assert_cmpstr (fixed, ==,
                   "FROM debian:12\n"
                   "LABEL maintainer=\"Jane \\\"JD\\\" Doe <jane@example.com>\"\n"
                   "CMD [\"bash\"]\n");
  podlift_test_assert_not (after, "DL4000");
  podlift_test_assert_not (after, "DL1000");
}

/* ---- DL4001 ---- */

static void
test_dl4001_two_runs (void)
{
  g_autoptr(GListModel) findings = podlift_test_lint ("FROM debian:12\n"
                                                      "RUN wget -q http://example.com/a\n"
                                                      "RUN echo done\n"
                                                      "RUN curl -fsS http://example.com/b\n"
                                                      "RUN wget -q http://example.com/c\n",
                                                      NULL);

  /* the first user of a tool is not reported: only once both were seen */
  g_assert_cmpuint (podlift_test_count (findings, "DL4001", 2), ==, 0);
  g_assert_cmpuint (podlift_test_count (findings, "DL4001", 3), ==, 0);
  podlift_test_assert_has (findings, "DL4001", 4);
  podlift_test_assert_has (findings, "DL4001", 5);
}

static void
test_dl4001_one_run (void)
{
  podlift_test_fires ("DL4001", 2,
                      "FROM debian:12\n"
                      "RUN wget -q http://example.com/a && curl -fsS http://example.com/b\n");
}

static void
test_dl4001_onbuild (void)
{
  podlift_test_fires ("DL4001", 3,
                      "FROM debian:12\n"
                      "ONBUILD RUN wget -q http://example.com/a\n"
                      "ONBUILD RUN curl -fsS http://example.com/b\n");
}

static void
test_dl4001_passes (void)
{
  podlift_test_passes ("DL4001",
                       "FROM debian:12\n"
                       "RUN curl -fsS http://example.com/a\n"
                       "RUN curl -fsS http://example.com/b\n");
  /* per stage */
  podlift_test_passes ("DL4001",
                       "FROM debian:12 AS one\n"
                       "RUN wget -q http://example.com/a\n"
                       "FROM debian:12\n"
                       "RUN curl -fsS http://example.com/b\n");
  /* words, not commands */
  podlift_test_passes ("DL4001",
                       "FROM debian:12\n"
                       "RUN curl -fsS http://example.com/wget\n"
                       "RUN echo curl wget\n");
}

/* ---- DL4003, DL4004 ---- */

static void
test_dl4003_fires (void)
{
  g_autoptr(GListModel) findings = podlift_test_lint ("FROM debian:12\n"
                                                      "CMD [\"a\"]\n"
                                                      "RUN echo hi\n"
                                                      "CMD [\"b\"]\n"
                                                      "CMD [\"c\"]\n",
                                                      NULL);

  g_assert_cmpuint (podlift_test_count (findings, "DL4003", 2), ==, 0);
  podlift_test_assert_has (findings, "DL4003", 4);
  podlift_test_assert_has (findings, "DL4003", 5);
}

static void
test_dl4003_passes (void)
{
  podlift_test_passes ("DL4003",
                       "FROM debian:12 AS build\n"
                       "CMD [\"a\"]\n"
                       "FROM debian:12\n"
                       "CMD [\"b\"]\n");
  podlift_test_passes ("DL4003",
                       "FROM debian:12\n"
                       "ENTRYPOINT [\"a\"]\n"
                       "CMD [\"b\"]\n");
}

static void
test_dl4004_fires (void)
{
  g_autoptr(GListModel) findings = podlift_test_lint ("FROM debian:12\n"
                                                      "ENTRYPOINT [\"a\"]\n"
                                                      "ENTRYPOINT [\"b\"]\n",
                                                      NULL);

  g_assert_cmpuint (podlift_test_count (findings, "DL4004", 2), ==, 0);
  podlift_test_assert_has (findings, "DL4004", 3);
}

static void
test_dl4004_passes (void)
{
  podlift_test_passes ("DL4004",
                       "FROM debian:12 AS build\n"
                       "ENTRYPOINT [\"a\"]\n"
                       "FROM debian:12\n"
                       "ENTRYPOINT [\"b\"]\n"
                       "CMD [\"c\"]\n");
}

/* ---- DL4005 ---- */

static void
test_dl4005_fires (void)
{
  podlift_test_fires ("DL4005", 2,
                      "FROM debian:12\n"
                      "RUN ln -sfv /bin/bash /bin/sh\n");
  podlift_test_fires ("DL4005", 2,
                      "FROM debian:12\n"
                      "RUN apt-get update \\\n"
                      " && /bin/ln -sf /bin/bash /bin/sh\n");
}

static void
test_dl4005_passes (void)
{
  podlift_test_passes ("DL4005",
                       "FROM debian:12\n"
                       "RUN ln -sf /bin/bash /usr/local/bin/bash5\n");
  podlift_test_passes ("DL4005",
                       "FROM debian:12\n"
                       "SHELL [\"/bin/bash\", \"-c\"]\n"
                       "RUN echo ln /bin/sh\n");
}

/* ---- DL4006 ---- */

static void
test_dl4006_fires (void)
{
  podlift_test_fires ("DL4006", 2,
                      "FROM scratch\n"
                      "RUN wget -O - https://some.site | wc -l > /number\n");
  /* a pipe in a heredoc body */
  podlift_test_fires ("DL4006", 2,
                      "FROM debian:12\n"
                      "RUN <<EOF\n"
                      "curl -fsS https://example.com/install.sh | sh\n"
                      "EOF\n");
}

static void
test_dl4006_shell_pipefail_passes (void)
{
  static const char * const shells[] = {
    "[\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]",
    "[\"/bin/bash\", \"-eo\", \"pipefail\", \"-c\"]",
    "[\"/bin/bash\", \"-e\", \"-o\", \"pipefail\", \"-c\"]",
    "[\"/bin/bash\", \"-o\", \"errexit\", \"-o\", \"pipefail\", \"-c\"]",
    "[\"/bin/zsh\", \"-o\", \"pipefail\", \"-c\"]",
    "[\"/bin/ash\", \"-eo\", \"pipefail\", \"-c\"]",
    "[\"bash\", \"-o\", \"pipefail\", \"-c\"]",
  };

  for (guint i = 0; i < G_N_ELEMENTS (shells); i++)
    {
      g_autofree char *text = NULL;

      text = g_strdup_printf ("FROM debian:12\n"
                              "SHELL %s\n"
                              "RUN wget -O - https://some.site | wc -l > /number\n",
                              shells[i]);

      podlift_test_passes ("DL4006", text);
    }
}

static void
test_dl4006_hadolint_corners (void)
{
  /* hadolint's list of shells: plain sh, even with -o pipefail, warns */
  podlift_test_fires ("DL4006", 3,
                      "FROM debian:12\n"
                      "SHELL [\"/bin/sh\", \"-o\", \"pipefail\", \"-c\"]\n"
                      "RUN wget -O - https://some.site | wc -l > /number\n");
  /* …and so does a path it does not list */
  podlift_test_fires ("DL4006", 3,
                      "FROM debian:12\n"
                      "SHELL [\"/usr/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n"
                      "RUN wget -O - https://some.site | wc -l > /number\n");
  /* set -o pipefail inside the RUN does not count (hadolint#522) */
  podlift_test_fires ("DL4006", 2,
                      "FROM debian:12\n"
                      "RUN set -o pipefail && wget -O - https://some.site | wc -l > /number\n");
  /* pipefail without -o */
  podlift_test_fires ("DL4006", 3,
                      "FROM debian:12\n"
                      "SHELL [\"/bin/bash\", \"pipefail\", \"-c\"]\n"
                      "RUN wget -O - https://some.site | wc -l > /number\n");
}

static void
test_dl4006_reset (void)
{
  /* reset at every FROM */
  podlift_test_fires ("DL4006", 5,
                      "FROM debian:12 AS build\n"
                      "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n"
                      "RUN wget -O - https://some.site | wc -l > /number\n"
                      "FROM debian:12\n"
                      "RUN wget -O - https://some.site | wc -l > /number\n");
  /* and by a later SHELL without it */
  podlift_test_fires ("DL4006", 5,
                      "FROM debian:12\n"
                      "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n"
                      "RUN wget -O - https://some.site | wc -l > /number\n"
                      "SHELL [\"/bin/sh\", \"-c\"]\n"
                      "RUN wget -O - https://some.site | wc -l > /number\n");
}

static void
test_dl4006_passes (void)
{
  static const char * const windows_shells[] = {
    "[\"pwsh\", \"-c\"]",
    "[ \"powershell.exe\" ]",
    "[ \"cmd.exe\", \"/c\" ]",
  };

  podlift_test_passes ("DL4006",
                       "FROM scratch AS build\n"
                       "RUN wget -O - https://some.site && wc -l file > /number\n");
  podlift_test_passes ("DL4006",
                       "FROM debian:12\n"
                       "RUN test -f /a || echo missing\n");

  for (guint i = 0; i < G_N_ELEMENTS (windows_shells); i++)
    {
      g_autofree char *text = NULL;

      text = g_strdup_printf ("FROM mcr.microsoft.com/powershell:ubuntu-16.04\n"
                              "SHELL %s\n"
                              "RUN Get-Variable PSVersionTable | Select-Object Value\n",
                              windows_shells[i]);

      podlift_test_passes ("DL4006", text);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/podlift/rules/DL1001/off-by-default", test_dl1001_off_by_default);
  g_test_add_func ("/podlift/rules/DL1001/inline", test_dl1001_inline);
  g_test_add_func ("/podlift/rules/DL1001/global-and-free-comment",
                   test_dl1001_global_and_free_comment);
  g_test_add_func ("/podlift/rules/DL1001/not-a-pragma", test_dl1001_not_a_pragma);
  g_test_add_func ("/podlift/rules/DL4000/fires", test_dl4000_fires);
  g_test_add_func ("/podlift/rules/DL4000/passes", test_dl4000_passes);
  g_test_add_func ("/podlift/rules/DL4000/fix", test_dl4000_fix);
  g_test_add_func ("/podlift/rules/DL4001/two-runs", test_dl4001_two_runs);
  g_test_add_func ("/podlift/rules/DL4001/one-run", test_dl4001_one_run);
  g_test_add_func ("/podlift/rules/DL4001/onbuild", test_dl4001_onbuild);
  g_test_add_func ("/podlift/rules/DL4001/passes", test_dl4001_passes);
  g_test_add_func ("/podlift/rules/DL4003/fires", test_dl4003_fires);
  g_test_add_func ("/podlift/rules/DL4003/passes", test_dl4003_passes);
  g_test_add_func ("/podlift/rules/DL4004/fires", test_dl4004_fires);
  g_test_add_func ("/podlift/rules/DL4004/passes", test_dl4004_passes);
  g_test_add_func ("/podlift/rules/DL4005/fires", test_dl4005_fires);
  g_test_add_func ("/podlift/rules/DL4005/passes", test_dl4005_passes);
  g_test_add_func ("/podlift/rules/DL4006/fires", test_dl4006_fires);
  g_test_add_func ("/podlift/rules/DL4006/shell-pipefail-passes",
                   test_dl4006_shell_pipefail_passes);
  g_test_add_func ("/podlift/rules/DL4006/hadolint-corners", test_dl4006_hadolint_corners);
  g_test_add_func ("/podlift/rules/DL4006/reset", test_dl4006_reset);
  g_test_add_func ("/podlift/rules/DL4006/passes", test_dl4006_passes);

  return g_test_run ();
}
