/* podlift-lint-rules-dl4000.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "podlift-lint-rules-private.h"

/* hadolint's DL4000 – DL4006 and the DL1001 pseudo-rule: deprecated or
 * duplicated instructions, and the shell a RUN goes through. Each rule
 * folds over the instructions once, keeping a little state per stage
 * (reset at every FROM, as hadolint does). */

#define INSTRUCTION(ast, i) \
  ((const PodliftInstruction *) g_ptr_array_index ((ast)->instructions, (i)))

static gboolean
is_blank (char c)
{
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static const char *
skip_blanks (const char *p)
{
  while (is_blank (*p))
    p++;

  return p;
}

/* Consumes @word followed by at least one blank. */
static gboolean
eat_word (const char **p,
          const char  *word)
{
  gsize len = strlen (word);

  if (strncmp (*p, word, len) != 0 || !is_blank ((*p)[len]))
    return FALSE;

  *p = skip_blanks (*p + len);

  return TRUE;
}

/* "hadolint ignore=DL3008,SC2086", "hadolint global ignore=…" and
 * "hadolint stage ignore=…" (the comment text without its '#'), a
 * free comment after a second '#' allowed, as hadolint parses them. */
static gboolean
is_ignore_pragma (const char *text)
{
  const char *p = skip_blanks (text);
  gboolean first = TRUE;

  if (!eat_word (&p, "hadolint"))
    return FALSE;

  if (!eat_word (&p, "global"))
    eat_word (&p, "stage");

  if (strncmp (p, "ignore", 6) != 0)
    return FALSE;

  p = skip_blanks (p + 6);
  if (*p != '=')
    return FALSE;

  for (p = skip_blanks (p + 1); first || *p == ','; first = FALSE)
    {
      const char *code;

      if (!first)
        p = skip_blanks (p + 1);

      for (code = p; g_ascii_isalnum (*p); p++)
        ;
      if (p == code)
        return FALSE;

      p = skip_blanks (p);
    }

  return *p == '\0' || *p == '#';
}

static void
check_dl1001 (PodliftLintContext *ctx)
{
  const PodliftDockerfileAst *ast = podlift_lint_context_get_ast (ctx);
  guint n;
  const guint *at = podlift_lint_context_get_kind (ctx, PODLIFT_INSTRUCTION_COMMENT, &n);

  for (guint k = 0; k < n; k++)
    {
      const PodliftInstruction *insn = INSTRUCTION (ast, at[k]);

      if (insn->kind == PODLIFT_INSTRUCTION_COMMENT &&
          insn->arguments != NULL &&
          is_ignore_pragma (insn->arguments))
        podlift_lint_report (ctx, "DL1001", insn);
    }
}

static char *
maintainer_label (const char *arguments)
{
  g_autofree char *name = g_strstrip (g_strdup (arguments != NULL ? arguments : ""));
  GString *out;

  if (name[0] == '\0')
    return NULL;

  out = g_string_new ("LABEL maintainer=\"");
  for (const char *p = name; *p != '\0'; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');

  return g_string_free (out, FALSE);
}

static void
check_dl4000 (PodliftLintContext *ctx)
{
  const PodliftDockerfileAst *ast = podlift_lint_context_get_ast (ctx);
  guint n;
  const guint *at = podlift_lint_context_get_kind (ctx, PODLIFT_INSTRUCTION_MAINTAINER, &n);

  for (guint k = 0; k < n; k++)
    {
      const PodliftInstruction *insn = INSTRUCTION (ast, at[k]);
      g_autofree char *label = NULL;

      if (insn->kind != PODLIFT_INSTRUCTION_MAINTAINER)
        continue;

      label = maintainer_label (insn->arguments);
      podlift_lint_report_full (ctx, "DL4000", insn, NULL, NULL,
                                label != NULL ? &insn->range : NULL, label,
                                label != NULL ? _("Replace with a maintainer label") : NULL);
    }
}

enum
{
  TOOL_CURL = 1 << 0,
  TOOL_WGET = 1 << 1,
};

static guint
download_tools (const PodliftShellScript *script)
{
  guint tools = 0;

  if (script == NULL)
    return 0;

  for (guint i = 0; i < script->commands->len; i++)
    {
      const PodliftShellCommand *command = g_ptr_array_index (script->commands, i);
      if (podlift_shell_command_program_is (command, "curl"))
        tools |= TOOL_CURL;
      else if (podlift_shell_command_program_is (command, "wget"))
        tools |= TOOL_WGET;
    }

  return tools;
}

/* A RUN that uses curl or wget is reported once both have been seen in
 * the stage; ONBUILD RUNs keep a separate tally, as in hadolint. */
static void
check_dl4001 (PodliftLintContext *ctx)
{
  const PodliftDockerfileAst *ast = podlift_lint_context_get_ast (ctx);
  guint seen = 0;
  guint seen_onbuild = 0;

  for (guint i = 0; i < ast->instructions->len; i++)
    {
      const PodliftInstruction *insn = INSTRUCTION (ast, i);
      const PodliftInstruction *run = NULL;
      guint *tally = &seen;
      guint tools;

      if (insn->kind == PODLIFT_INSTRUCTION_FROM)
        {
          seen = seen_onbuild = 0;
          continue;
        }

      if (insn->kind == PODLIFT_INSTRUCTION_RUN)
        run = insn;
      else if (insn->kind == PODLIFT_INSTRUCTION_ONBUILD &&
               insn->onbuild != NULL &&
               insn->onbuild->kind == PODLIFT_INSTRUCTION_RUN)
        {
          run = insn->onbuild;
          tally = &seen_onbuild;
        }

      if (run == NULL)
        continue;

      tools = download_tools (podlift_lint_context_get_script (ctx, run));
      *tally |= tools;
      if (tools != 0 && *tally == (TOOL_CURL | TOOL_WGET))
        podlift_lint_report (ctx, "DL4001", insn);
    }
}

/* DL4003 and DL4004: every CMD (ENTRYPOINT) of a stage after its first. */
static void
report_repeated (PodliftLintContext     *ctx,
                 PodliftInstructionKind  kind,
                 const char             *code)
{
  const PodliftDockerfileAst *ast = podlift_lint_context_get_ast (ctx);
  gboolean seen = FALSE;

  for (guint i = 0; i < ast->instructions->len; i++)
    {
      const PodliftInstruction *insn = INSTRUCTION (ast, i);

      if (insn->kind == PODLIFT_INSTRUCTION_FROM)
        seen = FALSE;
      else if (insn->kind == kind && seen)
        podlift_lint_report (ctx, code, insn);
      else if (insn->kind == kind)
        seen = TRUE;
    }
}

static void
check_dl4003 (PodliftLintContext *ctx)
{
  report_repeated (ctx, PODLIFT_INSTRUCTION_CMD, "DL4003");
}

static void
check_dl4004 (PodliftLintContext *ctx)
{
  report_repeated (ctx, PODLIFT_INSTRUCTION_ENTRYPOINT, "DL4004");
}

static gboolean
links_bin_sh (const PodliftShellScript *script)
{
  if (script == NULL)
    return FALSE;

  for (guint i = 0; i < script->commands->len; i++)
    {
      const PodliftShellCommand *command = g_ptr_array_index (script->commands, i);

      if (!podlift_shell_command_program_is (command, "ln"))
        continue;

      for (guint j = 0; j < command->args->len; j++)
        if (g_strcmp0 (g_ptr_array_index (command->args, j), "/bin/sh") == 0)
          return TRUE;
    }

  return FALSE;
}

static void
check_dl4005 (PodliftLintContext *ctx)
{
  guint n_runs;
  const PodliftRunSite *runs = podlift_lint_context_get_runs (ctx, &n_runs);

  for (guint i = 0; i < n_runs; i++)
    if (runs[i].run == runs[i].instruction &&
        (runs[i].programs & PODLIFT_PROGRAM_LETTER ('l')) != 0 && links_bin_sh (runs[i].script))
      podlift_lint_report (ctx, "DL4005", runs[i].instruction);
}

static gboolean
is_non_posix_shell (const char *program)
{
  const char *base = program;

  for (const char *p = program; *p != '\0'; p++)
    if (*p == '/' || *p == '\\')
      base = p + 1;

  return g_ascii_strncasecmp (base, "pwsh", 4) == 0 ||
         g_ascii_strncasecmp (base, "powershell", 10) == 0 ||
         g_ascii_strncasecmp (base, "cmd", 3) == 0;
}

/* Whether a SHELL makes pipes safe: hadolint wants one of its POSIX
 * shells spelt exactly (so /usr/bin/bash and /bin/sh do not count) with
 * an -o flag (alone or bundled, as in -eo) and a "pipefail" argument.
 * A non-POSIX shell (pwsh, powershell, cmd) turns the check off. */
static gboolean
shell_makes_pipes_safe (const PodliftInstruction *insn)
{
  static const char * const shells[] = {
    "/bin/bash", "/bin/zsh", "/bin/ash", "bash", "zsh", "ash", NULL
  };
  GPtrArray *args = insn->exec_form ? insn->exec_args : insn->words;
  gboolean has_o = FALSE;
  gboolean has_pipefail = FALSE;
  const char *program;

  if (args == NULL || args->len == 0)
    return FALSE;

  program = ((PodliftWord *) g_ptr_array_index (args, 0))->text;
  if (is_non_posix_shell (program))
    return TRUE;
  if (!g_strv_contains (shells, program))
    return FALSE;

  for (guint i = 1; i < args->len; i++)
    {
      const char *arg = ((PodliftWord *) g_ptr_array_index (args, i))->text;

      if (arg[0] == '-' && arg[1] != '-' && strchr (arg, 'o') != NULL)
        has_o = TRUE;
      else if (strcmp (arg, "pipefail") == 0)
        has_pipefail = TRUE;
    }

  return has_o && has_pipefail;
}

/* hadolint does not accept a `set -o pipefail` inside the RUN itself:
 * /bin/sh may not know the option, so only SHELL counts. */
static void
check_dl4006 (PodliftLintContext *ctx)
{
  const PodliftDockerfileAst *ast = podlift_lint_context_get_ast (ctx);
  gboolean safe = FALSE;

  for (guint i = 0; i < ast->instructions->len; i++)
    {
      const PodliftInstruction *insn = INSTRUCTION (ast, i);
      const PodliftShellScript *script;

      switch ((int) insn->kind)
        {
        case PODLIFT_INSTRUCTION_FROM:
          safe = FALSE;
          break;

        case PODLIFT_INSTRUCTION_SHELL:
          safe = shell_makes_pipes_safe (insn);
          break;

        case PODLIFT_INSTRUCTION_RUN:
          script = podlift_lint_context_get_script (ctx, insn);
          if (!safe && script != NULL && script->has_pipe)
            podlift_lint_report (ctx, "DL4006", insn);
          break;

        default:
          break;
        }
    }
}

const PodliftRule podlift_rules_dl4000[] = {
  {
    "DL1001", PODLIFT_SEVERITY_IGNORE,
    "Please refrain from using inline ignore pragmas  `# hadolint ignore=DLxxxx`.",
    /* Translators: explanation of a Dockerfile lint rule */
    N_("A “# hadolint ignore=…” comment silences a rule for the next instruction "
       "(“global ignore” for the whole file). This rule is off unless your "
       "configuration turns it on, to require that findings are fixed or ignored "
       "in the shared configuration file rather than inside the Dockerfile."),
    check_dl1001,
  },
  {
    "DL4000", PODLIFT_SEVERITY_ERROR,
    "MAINTAINER is deprecated",
    /* Translators: explanation of a Dockerfile lint rule */
    N_("MAINTAINER has been deprecated for years. Record the maintainer as a label "
       "instead: LABEL maintainer=\"name <email>\", which tools can read from the image."),
    check_dl4000,
  },
  {
    "DL4001", PODLIFT_SEVERITY_WARNING,
    "Either use Wget or Curl but not both.",
    /* Translators: explanation of a Dockerfile lint rule */
    N_("This stage downloads with both curl and wget. Installing two tools that do "
       "the same job makes the image bigger; pick one and use it everywhere."),
    check_dl4001,
  },
  {
    "DL4003", PODLIFT_SEVERITY_WARNING,
    "Multiple `CMD` instructions found. If you list more than one `CMD` then only "
    "the last `CMD` will take effect",
    /* Translators: explanation of a Dockerfile lint rule */
    N_("A stage has several CMD instructions. Only the last one is used when the "
       "container starts; remove the others so the file says what really runs."),
    check_dl4003,
  },
  {
    "DL4004", PODLIFT_SEVERITY_ERROR,
    "Multiple `ENTRYPOINT` instructions found. If you list more than one "
    "`ENTRYPOINT` then only the last `ENTRYPOINT` will take effect",
    /* Translators: explanation of a Dockerfile lint rule */
    N_("A stage has several ENTRYPOINT instructions. Only the last one is used; "
       "the earlier ones are silently ignored, which is almost always a mistake."),
    check_dl4004,
  },
  {
    "DL4005", PODLIFT_SEVERITY_WARNING,
    "Use SHELL to change the default shell",
    /* Translators: explanation of a Dockerfile lint rule */
    N_("Replacing /bin/sh with a link (ln -s … /bin/sh) changes the shell for "
       "everything in the image, including scripts that expect the original. The "
       "SHELL instruction changes the shell used by RUN without touching the image."),
    check_dl4005,
  },
  {
    "DL4006", PODLIFT_SEVERITY_WARNING,
    "Set the SHELL option -o pipefail before RUN with a pipe in it. If you are "
    "using /bin/sh in an alpine image or if your shell is symlinked to busybox "
    "then consider explicitly setting your SHELL to /bin/ash, or disable this check",
    /* Translators: explanation of a Dockerfile lint rule */
    N_("In a pipe such as “curl … | tar x”, the shell only looks at the last "
       "command: if the download fails, the build goes on with a broken file. Add "
       "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"] (or /bin/ash on Alpine) "
       "before the RUN so that any failing command in the pipe fails the build."),
    check_dl4006,
  },
  { NULL }
};
