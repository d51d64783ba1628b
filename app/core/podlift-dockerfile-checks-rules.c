/* podlift-dockerfile-checks-rules.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-dockerfile-checks"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "podlift-dockerfile-checks-private.h"

/* PL101 (EXPOSE) and PL102 (CMD/ENTRYPOINT) against the Knowledge
 * answers. Both look at the final stage and the stages its FROM builds
 * on, since an image inherits their EXPOSE, CMD and ENTRYPOINT. */

static const PodliftStage *
final_stage (const PodliftDockerfileAst *ast)
{
  return PODLIFT_AST_STAGE (ast, ast->stages->len - 1);
}

static const PodliftInstruction *
stage_from (const PodliftDockerfileAst *ast,
            const PodliftStage         *stage)
{
  return PODLIFT_AST_INSTRUCTION (ast, stage->from);
}

/* The final stage's chain, from the stage at its root to itself. */
static GPtrArray *
final_chain (const PodliftDockerfileAst *ast)
{
  GPtrArray *chain = g_ptr_array_new ();

  for (const PodliftStage *s = final_stage (ast); s != NULL;
       s = podlift_answer_check_parent_stage (ast, s))
    g_ptr_array_insert (chain, 0, (gpointer)s);

  return chain;
}

/* A fix that inserts a line before the CMD or ENTRYPOINT of the final
 * stage (and the comments just above it), or at its end. */
static const char *
insertion_point (const PodliftDockerfileAst *ast,
                 PodliftRange               *fix)
{
  const PodliftStage *stage = final_stage (ast);
  guint anchor = G_MAXUINT;

  for (guint i = stage->from + 1; i <= stage->last && anchor == G_MAXUINT; i++)
    {
      PodliftInstructionKind kind = PODLIFT_AST_INSTRUCTION (ast, i)->kind;

      if (kind == PODLIFT_INSTRUCTION_CMD || kind == PODLIFT_INSTRUCTION_ENTRYPOINT)
        anchor = i;
    }

  if (anchor == G_MAXUINT)
    {
      fix->start = fix->end = PODLIFT_AST_INSTRUCTION (ast, stage->last)->range.end;
      return "\n";
    }

  while (anchor > stage->from + 1)
    {
      const PodliftInstruction *above = PODLIFT_AST_INSTRUCTION (ast, anchor - 1);

      if (above->kind != PODLIFT_INSTRUCTION_COMMENT ||
          above->range.end.line + 1 < PODLIFT_AST_INSTRUCTION (ast, anchor)->range.start.line)
        break;
      anchor--;
    }

  fix->start.line = fix->end.line = PODLIFT_AST_INSTRUCTION (ast, anchor)->range.start.line;
  fix->start.column = fix->end.column = 1;
  return NULL;
}

/* PL101 {{{ */

typedef enum
{
  PORT_OTHER,
  PORT_MATCHES,
  PORT_UNKNOWN,        /* a variable: nothing to say */
} PortMatch;

/* "8000", "8000/tcp", "8000-8010", "${PORT}". */
static PortMatch
port_word_matches (const char *word,
                   guint       port)
{
  g_autofree char *number = g_strdup (word);
  char *slash = strchr (number, '/');
  char *dash;
  guint64 low, high;

  if (strchr (word, '$') != NULL)
    return PORT_UNKNOWN;

  if (slash != NULL)
    {
      if (g_ascii_strcasecmp (slash + 1, "tcp") != 0)
        return PORT_OTHER;
      *slash = '\0';
    }

  dash = strchr (number, '-');
  if (dash != NULL)
    *dash = '\0';

  if (!g_ascii_string_to_unsigned (number, 10, 0, 65535, &low, NULL))
    return PORT_OTHER;
  high = low;
  if (dash != NULL && !g_ascii_string_to_unsigned (dash + 1, 10, 0, 65535, &high, NULL))
    return PORT_OTHER;

  return port >= low && port <= high ? PORT_MATCHES : PORT_OTHER;
}

/* The last EXPOSE of the chain; NULL with @found set when one of them
 * already covers @port (or may, through a variable). */
static const PodliftInstruction *
find_expose (const PodliftDockerfileAst *ast,
             guint                       port,
             gboolean                   *found)
{
  g_autoptr(GPtrArray) chain = final_chain (ast);
  const PodliftInstruction *last = NULL;

  *found = FALSE;

  for (guint c = 0; c < chain->len; c++)
    {
      const PodliftStage *stage = g_ptr_array_index (chain, c);

      for (guint i = stage->from + 1; i <= stage->last; i++)
        {
          const PodliftInstruction *insn = PODLIFT_AST_INSTRUCTION (ast, i);

          if (insn->kind != PODLIFT_INSTRUCTION_EXPOSE)
            continue;

          for (guint w = 0; w < insn->words->len; w++)
            if (port_word_matches (((PodliftWord *)g_ptr_array_index (insn->words, w))->text,
                                   port) != PORT_OTHER)
              *found = TRUE;

          if (insn->words->len > 0)
            last = insn;
        }
    }

  return *found ? NULL : last;
}

void
podlift_answer_check_port (PodliftAnswerCheck *check,
                           guint               port)
{
  const PodliftDockerfileAst *ast = check->ast;
  const PodliftInstruction *expose;
  g_autofree char *message = NULL;
  g_autofree char *fix_text = NULL;
  g_autofree char *title = NULL;
  PodliftRange fix;
  gboolean found;

  expose = find_expose (ast, port, &found);
  if (found)
    return;

  /* Translators: a fix of a Dockerfile finding, "Expose port 8000" */
  title = g_strdup_printf (_("Expose port %u"), port);

  if (expose == NULL)
    {
      const char *before = insertion_point (ast, &fix);

      message = g_strdup_printf ("The final stage does not EXPOSE port %u, the port the "
                                 "application listens on (Knowledge)", port);
      fix_text = g_strdup_printf ("%sEXPOSE %u%s", before != NULL ? before : "", port,
                                  before != NULL ? "" : "\n");
      podlift_answer_check_report (check, "PL101", stage_from (ast, final_stage (ast)), message,
                                   NULL, &fix, fix_text, title);
      return;
    }

  {
    const PodliftWord *word = g_ptr_array_index (expose->words, 0);
    const char *slash = strchr (word->text, '/');

    message = g_strdup_printf ("EXPOSE %s but the application listens on %u (Knowledge)",
                               expose->arguments, port);
    fix_text = g_strdup_printf ("%u%s", port,
                                slash != NULL && strchr (word->text, '-') == NULL ? slash : "");
    podlift_answer_check_report (check, "PL101", expose, message, &expose->arguments_range,
                                 &word->range, fix_text, title);
  }
}

/* }}} */

/* PL102 {{{ */

static GPtrArray *
strv_array (char **words)
{
  GPtrArray *array = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; words != NULL && words[i] != NULL; i++)
    g_ptr_array_add (array, g_strdup (words[i]));

  return array;
}

static gboolean
is_shell_program (const char *word)
{
  static const char * const shells[] = {
    "sh", "/bin/sh", "/usr/bin/sh", "bash", "/bin/bash", "/usr/bin/bash", "ash", "/bin/ash",
    NULL
  };

  return g_strv_contains (shells, word);
}

/* The words a command runs: "exec" dropped, and "sh -c SCRIPT" read as
 * the script's words. */
static void
normalise_argv (GPtrArray *argv)
{
  for (guint depth = 0; depth < 4; depth++)
    {
      char **words = NULL;

      while (argv->len > 1 && strcmp (g_ptr_array_index (argv, 0), "exec") == 0)
        g_ptr_array_remove_index (argv, 0);

      if (argv->len != 3 || !is_shell_program (g_ptr_array_index (argv, 0)) ||
          strcmp (g_ptr_array_index (argv, 1), "-c") != 0 ||
          !g_shell_parse_argv (g_ptr_array_index (argv, 2), NULL, &words, NULL))
        return;

      g_ptr_array_set_size (argv, 0);
      for (guint i = 0; words[i] != NULL; i++)
        g_ptr_array_add (argv, g_steal_pointer (&words[i]));
      g_free (words);
    }
}

/* What an instruction runs: the exec form's strings, or the shell
 * form's words as a shell reads them. */
static GPtrArray *
instruction_argv (const PodliftInstruction *insn)
{
  g_auto(GStrv) words = NULL;
  GPtrArray *argv;

  if (insn->exec_form)
    {
      argv = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; i < insn->exec_args->len; i++)
        g_ptr_array_add (argv, g_strdup (((PodliftWord *)g_ptr_array_index (insn->exec_args, i))->text));
      return argv;
    }

  if (insn->arguments != NULL && g_shell_parse_argv (insn->arguments, NULL, &words, NULL))
    return strv_array (words);

  argv = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < insn->words->len; i++)
    g_ptr_array_add (argv, g_strdup (((PodliftWord *)g_ptr_array_index (insn->words, i))->text));
  return argv;
}

static const char *
base_name (const char *program)
{
  const char *slash = strrchr (program, '/');

  return slash != NULL ? slash + 1 : program;
}

/* The same command: the same words, the program compared by its name
 * ("/opt/venv/bin/gunicorn" runs "gunicorn"). */
static gboolean
same_argv (GPtrArray *a,
           GPtrArray *b)
{
  if (a->len != b->len || a->len == 0)
    return FALSE;

  if (strcmp (base_name (g_ptr_array_index (a, 0)), base_name (g_ptr_array_index (b, 0))) != 0)
    return FALSE;

  for (guint i = 1; i < a->len; i++)
    if (strcmp (g_ptr_array_index (a, i), g_ptr_array_index (b, i)) != 0)
      return FALSE;

  return TRUE;
}

/* The CMD and ENTRYPOINT in effect: an ENTRYPOINT drops the CMD of the
 * stages below it, as docker does. */
static void
find_command (const PodliftDockerfileAst  *ast,
              const PodliftInstruction   **entrypoint,
              const PodliftInstruction   **cmd)
{
  g_autoptr(GPtrArray) chain = final_chain (ast);
  guint cmd_stage = 0;

  *entrypoint = *cmd = NULL;

  for (guint c = 0; c < chain->len; c++)
    {
      const PodliftStage *stage = g_ptr_array_index (chain, c);

      for (guint i = stage->from + 1; i <= stage->last; i++)
        {
          const PodliftInstruction *insn = PODLIFT_AST_INSTRUCTION (ast, i);

          if (insn->kind == PODLIFT_INSTRUCTION_CMD)
            {
              *cmd = insn;
              cmd_stage = c;
            }
          else if (insn->kind == PODLIFT_INSTRUCTION_ENTRYPOINT)
            {
              *entrypoint = insn;
              if (*cmd != NULL && cmd_stage < c)
                *cmd = NULL;
            }
        }
    }
}

static void
append_json_string (GString    *out,
                    const char *text)
{
  g_string_append_c (out, '"');
  for (const char *c = text; *c != '\0'; c++)
    {
      if (*c == '"' || *c == '\\')
        g_string_append_printf (out, "\\%c", *c);
      else if (*c == '\n')
        g_string_append (out, "\\n");
      else if (*c == '\t')
        g_string_append (out, "\\t");
      else if ((guchar)*c < 0x20)
        g_string_append_printf (out, "\\u%04x", (guchar)*c);
      else
        g_string_append_c (out, *c);
    }
  g_string_append_c (out, '"');
}

/* "CMD [\"a\", \"b\"]" from the words from @first on. */
static char *
exec_form (const char *keyword,
           GPtrArray  *argv,
           guint       first)
{
  GString *out = g_string_new (keyword);

  g_string_append (out, " [");
  for (guint i = first; i < argv->len; i++)
    {
      if (i > first)
        g_string_append (out, ", ");
      append_json_string (out, g_ptr_array_index (argv, i));
    }
  g_string_append_c (out, ']');

  return g_string_free (out, FALSE);
}

/* Whether a command line means more to a shell than its words: &&,
 * pipes, redirections, variables, globs (outside quotes; a variable in
 * double quotes too). */
static gboolean
needs_shell (const char *line)
{
  char quote = 0;

  for (const char *c = line; *c != '\0'; c++)
    {
      if (quote == '\'')
        quote = *c == '\'' ? 0 : quote;
      else if (*c == '\\' && c[1] != '\0')
        c++;
      else if (*c == '$' || *c == '`')
        return TRUE;
      else if (quote == '"')
        quote = *c == '"' ? 0 : quote;
      else if (*c == '\'' || *c == '"')
        quote = *c;
      else if (strchr ("&|;<>*?()", *c) != NULL)
        return TRUE;
    }

  return FALSE;
}

/* The launch command as exec-form words: as typed, or through sh -c
 * when it needs a shell. */
static GPtrArray *
launch_argv (const char *launch)
{
  g_auto(GStrv) words = NULL;
  g_autofree char *trimmed = g_strstrip (g_strdup (launch));
  GPtrArray *argv;

  if (needs_shell (trimmed))
    {
      argv = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_add (argv, g_strdup ("/bin/sh"));
      g_ptr_array_add (argv, g_strdup ("-c"));
      g_ptr_array_add (argv, g_steal_pointer (&trimmed));
      return argv;
    }

  if (!g_shell_parse_argv (trimmed, NULL, &words, NULL))
    return NULL;

  argv = strv_array (words);
  while (argv->len > 1 && strcmp (g_ptr_array_index (argv, 0), "exec") == 0)
    g_ptr_array_remove_index (argv, 0);

  return argv;
}

static char *
argv_display (GPtrArray *argv)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < argv->len; i++)
    {
      const char *word = g_ptr_array_index (argv, i);
      g_autofree char *quoted = NULL;

      if (i > 0)
        g_string_append_c (out, ' ');
      if (word[0] == '\0' || strpbrk (word, " \t\n'\"\\$&|;<>*?`") != NULL)
        g_string_append (out, quoted = g_shell_quote (word));
      else
        g_string_append (out, word);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gboolean
argv_has_prefix (GPtrArray *argv,
                 GPtrArray *prefix)
{
  if (prefix->len >= argv->len)
    return FALSE;

  for (guint i = 0; i < prefix->len; i++)
    if (strcmp (g_ptr_array_index (argv, i), g_ptr_array_index (prefix, i)) != 0)
      return FALSE;

  return TRUE;
}

typedef struct
{
  const PodliftInstruction *entrypoint;
  const PodliftInstruction *cmd;
  GPtrArray                *runs;      /* what the image starts, normalised */
  GPtrArray                *wanted;    /* the launch command, normalised */
  GPtrArray                *exec;      /* the launch command for an exec form */
} CommandCheck;

/* An exec-form ENTRYPOINT followed by a CMD: either the two are the
 * command, or the ENTRYPOINT wraps it (tini, an entrypoint script). */
static gboolean
command_matches (CommandCheck *cc)
{
  g_autoptr(GPtrArray) cmd_only = NULL;

  if (same_argv (cc->runs, cc->wanted))
    return TRUE;

  if (cc->entrypoint == NULL || !cc->entrypoint->exec_form || cc->cmd == NULL)
    return FALSE;

  cmd_only = instruction_argv (cc->cmd);
  normalise_argv (cmd_only);

  return same_argv (cmd_only, cc->wanted);
}

static void
report_missing_command (PodliftAnswerCheck *check,
                        CommandCheck       *cc,
                        const char         *launch)
{
  const PodliftDockerfileAst *ast = check->ast;
  const PodliftStage *stage = final_stage (ast);
  g_autofree char *message = NULL;
  g_autofree char *cmd = exec_form ("CMD", cc->exec, 0);
  g_autofree char *fix_text = g_strdup_printf ("\n%s", cmd);
  PodliftRange fix;

  fix.start = fix.end = PODLIFT_AST_INSTRUCTION (ast, stage->last)->range.end;
  message = g_strdup_printf ("The final stage has no CMD, but the application starts with "
                             "`%s` (Knowledge)", launch);
  podlift_answer_check_report (check, "PL102", stage_from (ast, stage), message, NULL, &fix,
                               /* Translators: a fix of a Dockerfile finding */
                               fix_text, _("Use the launch command"));
}

/* The fix: the CMD replaced by the launch command (what follows an
 * ENTRYPOINT that starts it), or the ENTRYPOINT when there is no CMD.
 * None for a shell-form ENTRYPOINT with a CMD: two edits. */
static char *
command_fix (CommandCheck  *cc,
             PodliftRange  *fix)
{
  g_autoptr(GPtrArray) entry_argv = NULL;

  if (cc->cmd == NULL)
    {
      *fix = cc->entrypoint->range;
      return exec_form ("ENTRYPOINT", cc->exec, 0);
    }

  if (cc->entrypoint != NULL && !cc->entrypoint->exec_form)
    return NULL;

  *fix = cc->cmd->range;
  if (cc->entrypoint != NULL)
    {
      entry_argv = instruction_argv (cc->entrypoint);
      if (argv_has_prefix (cc->exec, entry_argv))
        return exec_form ("CMD", cc->exec, entry_argv->len);
    }

  return exec_form ("CMD", cc->exec, 0);
}

static void
report_other_command (PodliftAnswerCheck *check,
                      CommandCheck       *cc,
                      const char         *launch)
{
  const PodliftInstruction *at = cc->cmd != NULL && (cc->entrypoint == NULL ||
                                                     cc->entrypoint->exec_form)
                                 ? cc->cmd : cc->entrypoint;
  g_autofree char *runs = argv_display (cc->runs);
  g_autofree char *message = NULL;
  g_autofree char *fix_text = NULL;
  PodliftRange fix;

  fix_text = command_fix (cc, &fix);
  message = g_strdup_printf ("The image starts `%s`, but the application's launch command is "
                             "`%s` (Knowledge)", runs, launch);
  podlift_answer_check_report (check, "PL102", at, message, &at->arguments_range,
                               fix_text != NULL ? &fix : NULL, fix_text,
                               /* Translators: a fix of a Dockerfile finding */
                               _("Use the launch command"));
}

void
podlift_answer_check_command (PodliftAnswerCheck *check,
                              const char         *launch_command)
{
  g_auto(GStrv) wanted = NULL;
  g_autoptr(GPtrArray) wanted_argv = NULL;
  g_autoptr(GPtrArray) exec = NULL;
  g_autoptr(GPtrArray) runs = NULL;
  g_autofree char *launch = g_strstrip (g_strdup (launch_command));
  CommandCheck cc = { 0 };

  if (!g_shell_parse_argv (launch, NULL, &wanted, NULL) || (exec = launch_argv (launch)) == NULL)
    return;

  wanted_argv = strv_array (wanted);
  normalise_argv (wanted_argv);

  find_command (check->ast, &cc.entrypoint, &cc.cmd);
  cc.wanted = wanted_argv;
  cc.exec = exec;

  if (cc.entrypoint == NULL && cc.cmd == NULL)
    {
      report_missing_command (check, &cc, launch);
      return;
    }

  if (cc.entrypoint != NULL)
    {
      runs = instruction_argv (cc.entrypoint);
      if (cc.entrypoint->exec_form && cc.cmd != NULL)
        {
          g_autoptr(GPtrArray) cmd = instruction_argv (cc.cmd);

          for (guint i = 0; i < cmd->len; i++)
            g_ptr_array_add (runs, g_strdup (g_ptr_array_index (cmd, i)));
        }
    }
  else
    runs = instruction_argv (cc.cmd);

  normalise_argv (runs);
  cc.runs = runs;

  if (!command_matches (&cc))
    report_other_command (check, &cc, launch);
}

/* }}} */
