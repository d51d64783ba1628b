/* test-linter.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "podlift-dockerfile-linter.h"
#include "podlift-enum-types.h"
#include "podlift-lint-rules-private.h"

/* The driver is tested with rules of its own (codes XT…), given through
 * podlift_dockerfile_lint_set_extra_rules(): the real rules run too, so
 * the tests only look at XT codes and DL1000. */

static void
check_runs (PodliftLintContext *ctx)
{
  const PodliftDockerfileAst *ast = podlift_lint_context_get_ast (ctx);

  for (guint i = 0; i < ast->instructions->len; i++)
    {
      const PodliftInstruction *instruction = g_ptr_array_index (ast->instructions, i);

      if (instruction->kind == PODLIFT_INSTRUCTION_RUN)
        podlift_lint_report (ctx, "XT001", instruction);
    }
}

static void
check_froms (PodliftLintContext *ctx)
{
  const PodliftDockerfileAst *ast = podlift_lint_context_get_ast (ctx);

  for (guint i = 0; i < ast->instructions->len; i++)
    {
      const PodliftInstruction *instruction = g_ptr_array_index (ast->instructions, i);

      if (instruction->kind == PODLIFT_INSTRUCTION_FROM)
        podlift_lint_report (ctx, "XT002", instruction);
    }
}

/* Off by default, like DL1001 and DL3057: on every instruction. */
static void
check_everything (PodliftLintContext *ctx)
{
  const PodliftDockerfileAst *ast = podlift_lint_context_get_ast (ctx);

  for (guint i = 0; i < ast->instructions->len; i++)
    {
      const PodliftInstruction *instruction = g_ptr_array_index (ast->instructions, i);

      if (instruction->kind != PODLIFT_INSTRUCTION_COMMENT)
        podlift_lint_report (ctx, "XT003", instruction);
    }
}

/* WORKDIR: its own message, the argument underlined, a fix. */
static void
check_workdir (PodliftLintContext *ctx)
{
  const PodliftDockerfileAst *ast = podlift_lint_context_get_ast (ctx);

  for (guint i = 0; i < ast->instructions->len; i++)
    {
      const PodliftInstruction *instruction = g_ptr_array_index (ast->instructions, i);
      g_autofree char *message = NULL;

      if (instruction->kind != PODLIFT_INSTRUCTION_WORKDIR)
        continue;

      message = g_strdup_printf ("WORKDIR %s", instruction->arguments);
      podlift_lint_report_full (ctx, "XT004", instruction, message, &instruction->arguments_range,
                                &instruction->arguments_range, "/app", "Use /app");
    }
}

/* Every "apt-get install" the scripts hold. */
static void
check_scripts (PodliftLintContext *ctx)
{
  const PodliftDockerfileAst *ast = podlift_lint_context_get_ast (ctx);

  for (guint i = 0; i < ast->instructions->len; i++)
    {
      const PodliftInstruction *instruction = g_ptr_array_index (ast->instructions, i);
      const PodliftShellScript *script = podlift_lint_context_get_script (ctx, instruction);

      if (script == NULL)
        {
          g_assert_true (instruction->kind != PODLIFT_INSTRUCTION_RUN);
          continue;
        }

      /* Parsed once. */
      g_assert_true (script == podlift_lint_context_get_script (ctx, instruction));

      for (guint j = 0; j < script->commands->len; j++)
        {
          const PodliftShellCommand *cmd = g_ptr_array_index (script->commands, j);

          if (podlift_shell_command_is (cmd, "apt-get", "install"))
            podlift_lint_report_full (ctx, "XT005", instruction,
                                      g_ptr_array_index (cmd->args, cmd->args->len - 1),
                                      NULL, NULL, NULL, NULL);
        }
    }
}

static void
check_config (PodliftLintContext *ctx)
{
  PodliftLintConfig *config = podlift_lint_context_get_config (ctx);

  g_assert_true (PODLIFT_IS_LINT_CONFIG (config));
  if (podlift_lint_config_get_strict_labels (config))
    podlift_lint_report (ctx, "XT006", NULL);
}

/* XT005 first: the order of the tables is not the order of the list. */
static const PodliftRule test_rules[] = {
  { "XT005", PODLIFT_SEVERITY_WARNING, "apt-get install", N_("Installs."), check_scripts },
  { "XT001", PODLIFT_SEVERITY_WARNING, "A RUN", N_("Runs a command."), check_runs },
  { "XT002", PODLIFT_SEVERITY_INFO, "A FROM", NULL, check_froms },
  { "XT003", PODLIFT_SEVERITY_IGNORE, "Anything", NULL, check_everything },
  { "XT004", PODLIFT_SEVERITY_STYLE, "A WORKDIR", NULL, check_workdir },
  { "XT006", PODLIFT_SEVERITY_ERROR, "Strict", NULL, check_config },
  { "XT007", PODLIFT_SEVERITY_ERROR, "No check", NULL, NULL },
  { NULL }
};

static GListModel *
lint (const char        *text,
      PodliftLintConfig *config)
{
  return podlift_dockerfile_lint (text, -1, "Dockerfile", config);
}

/* How many findings have @code on @line (0: on any line). */
static guint
count (GListModel *findings,
       const char *code,
       guint       line)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(PodliftDiagnostic) d = g_list_model_get_item (findings, i);

      if (strcmp (podlift_diagnostic_get_code (d), code) == 0 &&
          (line == 0 || podlift_diagnostic_get_line (d) == line))
        n++;
    }

  return n;
}

static PodliftDiagnostic *
find (GListModel *findings,
      const char *code,
      guint       line)
{
  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(PodliftDiagnostic) d = g_list_model_get_item (findings, i);

      if (strcmp (podlift_diagnostic_get_code (d), code) == 0 &&
          podlift_diagnostic_get_line (d) == line)
        return d;
    }

  g_error ("no %s on line %u", code, line);
  return NULL;
}

static PodliftSeverity
severity_of (GListModel *findings,
             const char *code,
             guint       line)
{
  return podlift_diagnostic_get_severity (find (findings, code, line));
}

static void
test_basic (void)
{
  g_autoptr(GListModel) findings = lint ("FROM alpine:3.19\nRUN echo hi\n", NULL);
  PodliftDiagnostic *run = find (findings, "XT001", 2);
  PodliftDiagnostic *from = find (findings, "XT002", 1);
  g_autofree char *code = NULL;
  g_autofree char *file = NULL;
  PodliftSeverity severity;
  guint line, column;

  g_assert_true (g_list_model_get_item_type (findings) == PODLIFT_TYPE_DIAGNOSTIC);
  g_assert_cmpuint (count (findings, "XT001", 0), ==, 1);
  g_assert_cmpuint (count (findings, "XT003", 0), ==, 0);
  g_assert_cmpuint (count (findings, "DL1000", 0), ==, 0);

  g_object_get (run, "code", &code, "severity", &severity, "line", &line, "column", &column,
                "file", &file, NULL);
  g_assert_cmpstr (code, ==, "XT001");
  g_assert_cmpint (severity, ==, PODLIFT_SEVERITY_WARNING);
  g_assert_cmpuint (line, ==, 2);
  g_assert_cmpuint (column, ==, 1);
  g_assert_cmpstr (file, ==, "Dockerfile");
  g_assert_cmpstr (podlift_diagnostic_get_message (run), ==, "A RUN");
  g_assert_cmpstr (podlift_diagnostic_get_explanation (run), ==, "Runs a command.");
  g_assert_false (podlift_diagnostic_has_fix (run));
  g_assert_cmpint (podlift_diagnostic_get_severity (from), ==, PODLIFT_SEVERITY_INFO);
  g_assert_null (podlift_diagnostic_get_explanation (from));
}

static void
test_line_and_range (void)
{
  g_autoptr(GListModel) findings = lint ("FROM a:1\n"
                                         "RUN a \\\n"
                                         "  b \\\n"
                                         "  c\n"
                                         "WORKDIR \\\n"
                                         "  app\n", NULL);
  PodliftDiagnostic *run = find (findings, "XT001", 2);
  PodliftDiagnostic *workdir = find (findings, "XT004", 5);
  const PodliftRange *range = podlift_diagnostic_get_range (run);

  /* A finding is on the instruction's first line; the range is all of it. */
  g_assert_cmpuint (range->start.line, ==, 2);
  g_assert_cmpuint (range->start.column, ==, 1);
  g_assert_cmpuint (range->end.line, ==, 4);

  /* A narrower range does not move the line. */
  g_assert_cmpstr (podlift_diagnostic_get_message (workdir), ==, "WORKDIR app");
  g_assert_cmpuint (podlift_diagnostic_get_range (workdir)->start.line, ==, 6);
  g_assert_cmpuint (podlift_diagnostic_get_range (workdir)->start.column, ==, 3);
  g_assert_true (podlift_diagnostic_has_fix (workdir));
  g_assert_cmpuint (podlift_diagnostic_get_fix_range (workdir)->start.line, ==, 6);
  g_assert_cmpstr (podlift_diagnostic_get_fix_text (workdir), ==, "/app");
  g_assert_cmpstr (podlift_diagnostic_get_fix_title (workdir), ==, "Use /app");
  g_assert_cmpint (podlift_diagnostic_get_severity (workdir), ==, PODLIFT_SEVERITY_STYLE);
}

static void
test_pragma_next_line (void)
{
  g_autoptr(GListModel) a = lint ("FROM a:1\n# hadolint ignore=XT001\nRUN x\nRUN y\n", NULL);
  g_autoptr(GListModel) b = lint ("FROM a:1\n"
                                  "#hadolint   ignore = XT002 ,XT001,\tXT005  # because\n"
                                  "RUN apt-get install x\n", NULL);
  g_autoptr(GListModel) c = lint ("FROM a:1\n# hadolint ignore=XT002\nRUN x\n", NULL);
  g_autoptr(GListModel) d = lint ("# hadolint ignore=XT002\nFROM a:1 AS b\n", NULL);

  g_assert_cmpuint (count (a, "XT001", 3), ==, 0);
  g_assert_cmpuint (count (a, "XT001", 4), ==, 1);

  g_assert_cmpuint (count (b, "XT001", 0), ==, 0);
  g_assert_cmpuint (count (b, "XT005", 0), ==, 0);

  /* Another code is not ignored. */
  g_assert_cmpuint (count (c, "XT001", 3), ==, 1);

  g_assert_cmpuint (count (d, "XT002", 0), ==, 0);
}

/* As hadolint: only the instruction that starts on the very next line,
 * and only a comment that is nothing but a pragma. */
static void
test_pragma_not_honoured (void)
{
  const char *texts[] = {
    "FROM a:1\n# hadolint ignore=XT001\n\nRUN x\n",
    "FROM a:1\n# hadolint ignore=XT001\n# another comment\nRUN x\n",
    "FROM a:1\n# hadolint ignore=XT001 please\nRUN x\n",
    "FROM a:1\n# hadolintignore=XT001\nRUN x\n",
    "FROM a:1\n# hadolint: ignore=XT001\nRUN x\n",
    "FROM a:1\n# hadolint ignore=\nRUN x\n",
    "FROM a:1\n# hadolint ignore=XT001,\nRUN x\n",
    "FROM a:1\n# please hadolint ignore=XT001\nRUN x\n",
    "FROM a:1\n# hadolint ignore=XT0011\nRUN x\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GListModel) findings = lint (texts[i], NULL);

      if (count (findings, "XT001", 0) != 1)
        g_error ("the pragma was honoured in:\n%s", texts[i]);
    }
}

static void
test_pragma_global (void)
{
  g_autoptr(GListModel) findings = lint ("FROM a:1\n"
                                         "RUN x\n"
                                         "# hadolint global ignore=XT001, XT004 # we accept these\n"
                                         "RUN y\n"
                                         "FROM b:1\n"
                                         "RUN z\n", NULL);

  g_assert_cmpuint (count (findings, "XT001", 0), ==, 0);
  g_assert_cmpuint (count (findings, "XT002", 0), ==, 2);
}

static void
test_pragma_stage (void)
{
  g_autoptr(GListModel) findings = lint ("FROM a:1 AS one\n"
                                         "RUN w\n"
                                         "# hadolint stage ignore=XT001\n"
                                         "RUN x\n"
                                         "RUN y\n"
                                         "FROM b:1\n"
                                         "RUN z\n", NULL);

  g_assert_cmpuint (count (findings, "XT001", 2), ==, 1);
  g_assert_cmpuint (count (findings, "XT001", 4), ==, 0);
  g_assert_cmpuint (count (findings, "XT001", 5), ==, 0);
  g_assert_cmpuint (count (findings, "XT002", 6), ==, 1);
  g_assert_cmpuint (count (findings, "XT001", 7), ==, 1);
}

static void
test_disable_ignore_pragma (void)
{
  g_autoptr(PodliftLintConfig) config = podlift_lint_config_new ();
  g_autoptr(GListModel) findings = NULL;

  podlift_lint_config_set_disable_ignore_pragma (config, TRUE);
  findings = lint ("# hadolint global ignore=XT002\n"
                   "FROM a:1\n"
                   "# hadolint ignore=XT001\n"
                   "RUN x\n", config);

  g_assert_cmpuint (count (findings, "XT001", 4), ==, 1);
  g_assert_cmpuint (count (findings, "XT002", 2), ==, 1);
}

static void
test_config_ignore (void)
{
  g_autoptr(PodliftLintConfig) config = podlift_lint_config_new ();
  g_autoptr(GListModel) findings = NULL;

  podlift_lint_config_ignore (config, "XT001");
  findings = lint ("FROM a:1\nRUN x\n", config);

  g_assert_cmpuint (count (findings, "XT001", 0), ==, 0);
  g_assert_cmpuint (count (findings, "XT002", 1), ==, 1);
}

static void
test_config_override (void)
{
  g_autoptr(PodliftLintConfig) config = podlift_lint_config_new ();
  g_autoptr(GListModel) findings = NULL;

  podlift_lint_config_override (config, "XT002", PODLIFT_SEVERITY_ERROR);
  podlift_lint_config_override (config, "XT001", PODLIFT_SEVERITY_STYLE);
  podlift_lint_config_override (config, "XT004", PODLIFT_SEVERITY_IGNORE);
  findings = lint ("FROM a:1\nRUN x\nWORKDIR app\n", config);

  g_assert_cmpint (severity_of (findings, "XT002", 1), ==, PODLIFT_SEVERITY_ERROR);
  g_assert_cmpint (severity_of (findings, "XT001", 2), ==, PODLIFT_SEVERITY_STYLE);
  g_assert_cmpuint (count (findings, "XT004", 0), ==, 0);
}

/* A rule off by default shows once overridden; an ignore beats an
 * override. */
static void
test_off_by_default (void)
{
  g_autoptr(PodliftLintConfig) config = podlift_lint_config_new ();
  g_autoptr(GListModel) before = lint ("FROM a:1\nRUN x\n", NULL);
  g_autoptr(GListModel) after = NULL;
  g_autoptr(GListModel) ignored = NULL;

  g_assert_cmpuint (count (before, "XT003", 0), ==, 0);

  podlift_lint_config_override (config, "XT003", PODLIFT_SEVERITY_INFO);
  after = lint ("FROM a:1\nRUN x\n", config);
  g_assert_cmpuint (count (after, "XT003", 0), ==, 2);
  g_assert_cmpint (severity_of (after, "XT003", 2), ==, PODLIFT_SEVERITY_INFO);

  podlift_lint_config_ignore (config, "XT003");
  ignored = lint ("FROM a:1\nRUN x\n", config);
  g_assert_cmpuint (count (ignored, "XT003", 0), ==, 0);
}

static void
test_parse_error (void)
{
  g_autoptr(GListModel) findings = lint ("FROM alpine:3.19\n"
                                         "RUN a\n"
                                         "FOO bar\n"
                                         "RUN b\n", NULL);
  PodliftDiagnostic *error = find (findings, "DL1000", 3);

  g_assert_cmpint (podlift_diagnostic_get_severity (error), ==, PODLIFT_SEVERITY_ERROR);
  g_assert_nonnull (podlift_diagnostic_get_message (error));
  g_assert_nonnull (podlift_diagnostic_get_explanation (error));
  g_assert_cmpstr (podlift_diagnostic_get_file (error), ==, "Dockerfile");
  g_assert_cmpuint (count (findings, "DL1000", 0), ==, 1);

  /* The rest of the file is still linted. */
  g_assert_cmpuint (count (findings, "XT001", 2), ==, 1);
  g_assert_cmpuint (count (findings, "XT001", 4), ==, 1);
  g_assert_cmpuint (count (findings, "XT002", 1), ==, 1);
}

static void
test_parse_error_binary (void)
{
  static const char text[] = "FROM alpine:3.19\nRUN a\n\x01\xff\xfe\x00zz\nRUN b\n";
  g_autoptr(GListModel) findings = podlift_dockerfile_lint (text, sizeof text - 1, NULL, NULL);

  g_assert_cmpuint (count (findings, "DL1000", 3), ==, 1);
  g_assert_cmpuint (count (findings, "XT001", 4), ==, 1);
  g_assert_null (podlift_diagnostic_get_file (find (findings, "DL1000", 3)));
}

static void
test_parse_error_ignored (void)
{
  g_autoptr(PodliftLintConfig) config = podlift_lint_config_new ();
  g_autoptr(GListModel) findings = NULL;

  podlift_lint_config_ignore (config, "DL1000");
  findings = lint ("FROM alpine:3.19\nFOO bar\n", config);

  g_assert_cmpuint (count (findings, "DL1000", 0), ==, 0);
}

/* By line, then by code, whatever the order the rules ran in. */
static void
test_sorted (void)
{
  g_autoptr(GListModel) findings = lint ("FROM a:1\n"
                                         "RUN apt-get install -y x\n"
                                         "WORKDIR app\n"
                                         "FROM b:2\n"
                                         "RUN apt-get install y\n", NULL);
  guint last_line = 0;
  g_autofree char *last_code = g_strdup ("");

  g_assert_cmpuint (count (findings, "XT005", 0), ==, 2);

  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(PodliftDiagnostic) d = g_list_model_get_item (findings, i);
      guint line = podlift_diagnostic_get_line (d);
      const char *code = podlift_diagnostic_get_code (d);

      g_assert_cmpuint (line, >=, last_line);
      if (line == last_line)
        g_assert_cmpint (strcmp (code, last_code), >=, 0);

      last_line = line;
      g_free (last_code);
      last_code = g_strdup (code);
    }
}

static void
test_scripts (void)
{
  g_autoptr(GListModel) findings = lint ("FROM a:1\n"
                                         "RUN apt-get update && apt-get install -y shell\n"
                                         "RUN [\"apt-get\", \"install\", \"exec\"]\n"
                                         "RUN <<EOF\n"
                                         "apt-get update\n"
                                         "apt-get install -y heredoc\n"
                                         "EOF\n"
                                         "RUN cat <<EOF > /etc/notes\n"
                                         "apt-get install data\n"
                                         "EOF\n"
                                         "ONBUILD RUN apt-get install -y onbuild\n"
                                         "RUN python3 <<EOF\n"
                                         "apt-get install python\n"
                                         "EOF\n"
                                         "RUN <<EOF\n"
                                         "#!/usr/bin/env python3\n"
                                         "apt-get install shebang\n"
                                         "EOF\n"
                                         "RUN bash -e <<EOF\n"
                                         "apt-get install -y bash\n"
                                         "EOF\n"
                                         "RUN sh -c 'apt-get install -y quoted'\n", NULL);

  g_assert_cmpstr (podlift_diagnostic_get_message (find (findings, "XT005", 2)), ==, "shell");
  g_assert_cmpstr (podlift_diagnostic_get_message (find (findings, "XT005", 3)), ==, "exec");
  g_assert_cmpstr (podlift_diagnostic_get_message (find (findings, "XT005", 4)), ==, "heredoc");
  g_assert_cmpuint (count (findings, "XT005", 8), ==, 0);
  g_assert_cmpstr (podlift_diagnostic_get_message (find (findings, "XT005", 11)), ==, "onbuild");
  g_assert_cmpuint (count (findings, "XT005", 12), ==, 0);
  g_assert_cmpuint (count (findings, "XT005", 15), ==, 0);
  g_assert_cmpstr (podlift_diagnostic_get_message (find (findings, "XT005", 19)), ==, "bash");
  g_assert_cmpstr (podlift_diagnostic_get_message (find (findings, "XT005", 22)), ==, "quoted");
  g_assert_cmpuint (count (findings, "XT005", 0), ==, 6);
}

static void
test_config_reaches_rules (void)
{
  g_autoptr(PodliftLintConfig) config = podlift_lint_config_new ();
  g_autoptr(GListModel) without = lint ("FROM a:1\n", NULL);
  g_autoptr(GListModel) with = NULL;

  podlift_lint_config_set_strict_labels (config, TRUE);
  with = lint ("FROM a:1\n", config);

  g_assert_cmpuint (count (without, "XT006", 0), ==, 0);
  /* A finding about the whole file: line 1. */
  g_assert_cmpuint (count (with, "XT006", 1), ==, 1);
}

static void
check_unknown (PodliftLintContext *ctx)
{
  podlift_lint_report (ctx, "XT999", NULL);
}

static const PodliftRule unknown_rules[] = {
  { "XT010", PODLIFT_SEVERITY_ERROR, "Reports a code no table has", NULL, check_unknown },
  { NULL }
};

static void
test_unknown_code (void)
{
  g_autoptr(GListModel) findings = NULL;

  podlift_dockerfile_lint_set_extra_rules (unknown_rules);
  g_test_expect_message ("podlift-dockerfile-linter", G_LOG_LEVEL_CRITICAL, "*XT999*");
  findings = lint ("FROM a:1\n", NULL);
  g_test_assert_expected_messages ();
  podlift_dockerfile_lint_set_extra_rules (test_rules);

  g_assert_cmpuint (count (findings, "XT999", 0), ==, 0);
}

static void
test_empty (void)
{
  g_autoptr(GListModel) a = podlift_dockerfile_lint ("", 0, NULL, NULL);
  g_autoptr(GListModel) b = podlift_dockerfile_lint (NULL, 0, NULL, NULL);
  g_autoptr(GListModel) c = podlift_dockerfile_lint ("FROM a:1\nRUN x", 8, NULL, NULL);

  g_assert_cmpuint (count (a, "XT001", 0) + count (a, "DL1000", 0), ==, 0);
  g_assert_cmpuint (count (b, "XT001", 0), ==, 0);
  /* @length is honoured: the RUN is past it. */
  g_assert_cmpuint (count (c, "XT002", 1), ==, 1);
  g_assert_cmpuint (count (c, "XT001", 0), ==, 0);
}

static void
test_threshold (void)
{
  struct {
    PodliftSeverity severity;
    PodliftThreshold threshold;
    gboolean fails;
  } cases[] = {
    { PODLIFT_SEVERITY_ERROR, PODLIFT_THRESHOLD_ERROR, TRUE },
    { PODLIFT_SEVERITY_WARNING, PODLIFT_THRESHOLD_ERROR, FALSE },
    { PODLIFT_SEVERITY_ERROR, PODLIFT_THRESHOLD_WARNING, TRUE },
    { PODLIFT_SEVERITY_WARNING, PODLIFT_THRESHOLD_WARNING, TRUE },
    { PODLIFT_SEVERITY_INFO, PODLIFT_THRESHOLD_WARNING, FALSE },
    { PODLIFT_SEVERITY_INFO, PODLIFT_THRESHOLD_INFO, TRUE },
    { PODLIFT_SEVERITY_STYLE, PODLIFT_THRESHOLD_INFO, FALSE },
    { PODLIFT_SEVERITY_STYLE, PODLIFT_THRESHOLD_STYLE, TRUE },
    { PODLIFT_SEVERITY_ERROR, PODLIFT_THRESHOLD_NONE, FALSE },
    { PODLIFT_SEVERITY_IGNORE, PODLIFT_THRESHOLD_STYLE, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (podlift_severity_reaches_threshold (cases[i].severity, cases[i].threshold),
                     ==, cases[i].fails);
}

static void
test_severity_strings (void)
{
  const char *words[] = { "error", "warning", "info", "style", "ignore" };
  PodliftSeverity severity;

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      g_assert_cmpstr (podlift_severity_to_string (i), ==, words[i]);
      g_assert_true (podlift_severity_from_string (words[i], &severity));
      g_assert_cmpint (severity, ==, i);
    }

  g_assert_true (podlift_severity_from_string ("Warning", &severity));
  g_assert_cmpint (severity, ==, PODLIFT_SEVERITY_WARNING);
  g_assert_false (podlift_severity_from_string ("none", &severity));
  g_assert_false (podlift_severity_from_string (NULL, &severity));
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *n)
{
  (*n)++;
}

static void
test_diagnostic (void)
{
  g_autoptr(PodliftDiagnostic) d = podlift_diagnostic_new ("DL3008", PODLIFT_SEVERITY_WARNING,
                                                           "Pin versions", 4, 1);
  PodliftRange range = { { 4, 5 }, { 4, 9 } };
  guint notified = 0;

  g_signal_connect (d, "notify", G_CALLBACK (count_notify), &notified);

  g_assert_cmpuint (podlift_diagnostic_get_range (d)->start.line, ==, 4);
  g_assert_false (podlift_diagnostic_has_fix (d));
  g_assert_null (podlift_diagnostic_get_fix_range (d));

  podlift_diagnostic_set_severity (d, PODLIFT_SEVERITY_ERROR);
  podlift_diagnostic_set_severity (d, PODLIFT_SEVERITY_ERROR);
  podlift_diagnostic_set_file (d, "a/Dockerfile");
  podlift_diagnostic_set_file (d, "a/Dockerfile");
  g_assert_cmpuint (notified, ==, 2);

  podlift_diagnostic_set_range (d, &range);
  g_assert_cmpuint (podlift_diagnostic_get_range (d)->end.column, ==, 9);

  podlift_diagnostic_set_fix (d, &range, NULL, NULL);
  g_assert_true (podlift_diagnostic_has_fix (d));
  g_assert_cmpstr (podlift_diagnostic_get_fix_text (d), ==, "");
  podlift_diagnostic_set_fix (d, NULL, NULL, NULL);
  g_assert_false (podlift_diagnostic_has_fix (d));
  g_assert_cmpuint (notified, ==, 4);

  g_assert_finalize_object (g_steal_pointer (&d));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  podlift_dockerfile_lint_set_extra_rules (test_rules);

  g_test_add_func ("/podlift/linter/basic", test_basic);
  g_test_add_func ("/podlift/linter/line-and-range", test_line_and_range);
  g_test_add_func ("/podlift/linter/pragma-next-line", test_pragma_next_line);
  g_test_add_func ("/podlift/linter/pragma-not-honoured", test_pragma_not_honoured);
  g_test_add_func ("/podlift/linter/pragma-global", test_pragma_global);
  g_test_add_func ("/podlift/linter/pragma-stage", test_pragma_stage);
  g_test_add_func ("/podlift/linter/disable-ignore-pragma", test_disable_ignore_pragma);
  g_test_add_func ("/podlift/linter/config-ignore", test_config_ignore);
  g_test_add_func ("/podlift/linter/config-override", test_config_override);
  g_test_add_func ("/podlift/linter/off-by-default", test_off_by_default);
  g_test_add_func ("/podlift/linter/parse-error", test_parse_error);
  g_test_add_func ("/podlift/linter/parse-error-binary", test_parse_error_binary);
  g_test_add_func ("/podlift/linter/parse-error-ignored", test_parse_error_ignored);
  g_test_add_func ("/podlift/linter/sorted", test_sorted);
  g_test_add_func ("/podlift/linter/scripts", test_scripts);
  g_test_add_func ("/podlift/linter/config-reaches-rules", test_config_reaches_rules);
  g_test_add_func ("/podlift/linter/unknown-code", test_unknown_code);
  g_test_add_func ("/podlift/linter/empty", test_empty);
  g_test_add_func ("/podlift/linter/threshold", test_threshold);
  g_test_add_func ("/podlift/linter/severity-strings", test_severity_strings);
  g_test_add_func ("/podlift/linter/diagnostic", test_diagnostic);

  return g_test_run ();
}
