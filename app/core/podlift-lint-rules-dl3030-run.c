/* podlift-lint-rules-dl3030-run.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RUN rules beyond the package managers: pip's cache (DL3042), useradd
 * (DL3046), wget (DL3047), consecutive RUNs (DL3059), yarn's cache
 * (DL3060) and go pinning (DL3062). */

#define G_LOG_DOMAIN "podlift-lint-rules"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "podlift-lint-rules-dl3030-private.h"

static const char * const install_word[] = { "install", NULL };

/* DL3042: pip without --no-cache-dir {{{ */

static gboolean
is_truthy (const char *value,
           gboolean    prefix)
{
  static const char * const truthy[] = {
    "1", "true", "True", "TRUE", "on", "On", "ON", "yes", "Yes", "YES", NULL
  };

  for (guint k = 0; truthy[k] != NULL; k++)
    if (prefix ? g_str_has_prefix (value, truthy[k]) : strcmp (value, truthy[k]) == 0)
      return TRUE;
  return FALSE;
}

/* pip install, pip3 install, python3 -m pip install; not pipx nor pipenv. */
static gboolean
is_pip_install (const PodliftShellCommand *cmd)
{
  const char *program = command_program (cmd);
  GPtrArray *args = cmd->args;

  if (program[0] != 'p' || args == NULL)
    return FALSE;
  if (strncmp (program, "pip", 3) == 0)
    return strncmp (program, "pipx", 4) != 0 && strncmp (program, "pipenv", 6) != 0 &&
           command_has_word (cmd, install_word);
  if (strncmp (program, "python", 6) != 0)
    return FALSE;
  for (guint i = 0; i + 2 < args->len; i++)
    if (strcmp (g_ptr_array_index (args, i), "-m") == 0 &&
        strcmp (g_ptr_array_index (args, i + 1), "pip") == 0 &&
        strcmp (g_ptr_array_index (args, i + 2), "install") == 0)
      return TRUE;
  return FALSE;
}

static gboolean
words_set_no_cache (GPtrArray *words)
{
  for (guint i = 0; words != NULL && i < words->len; i++)
    {
      const char *word = g_ptr_array_index (words, i);

      if (g_str_has_prefix (word, "PIP_NO_CACHE_DIR=") &&
          is_truthy (word + strlen ("PIP_NO_CACHE_DIR="), TRUE))
        return TRUE;
    }
  return FALSE;
}

/* `PIP_NO_CACHE_DIR=1 pip …`, `export PIP_NO_CACHE_DIR=1`, `env …`. */
static gboolean
script_sets_no_cache (const PodliftShellScript *script)
{
  for (guint i = 0; i < script->commands->len; i++)
    {
      const PodliftShellCommand *cmd = command_at (script, i);

      if (words_set_no_cache (cmd->assignments) || words_set_no_cache (cmd->args))
        return TRUE;
    }
  return FALSE;
}

/* ENV PIP_NO_CACHE_DIR=1 sets *@no_cache, =0 clears it. */
static void
env_update_no_cache (const PodliftInstruction *env,
                     gboolean                 *no_cache)
{
  for (guint k = 0; env->pairs != NULL && k < env->pairs->len; k++)
    {
      const PodliftKeyValue *kv = g_ptr_array_index (env->pairs, k);

      if (g_strcmp0 (kv->key, "PIP_NO_CACHE_DIR") == 0)
        *no_cache = kv->value != NULL && is_truthy (kv->value, FALSE);
    }
}

static void
dl3042_check_run (PodliftLintContext       *ctx,
                  const PodliftInstruction *inst)
{
  static const char * const after[] = { "install", NULL };
  const PodliftInstruction *run = as_run (inst);
  const PodliftShellScript *script = podlift_lint_context_get_script (ctx, run);

  for (guint k = 0; script != NULL && k < script->commands->len; k++)
    {
      const PodliftShellCommand *cmd = command_at (script, k);

      if (!is_pip_install (cmd) || podlift_shell_command_has_flag (cmd, "no-cache-dir"))
        continue;
      if (!script_sets_no_cache (script) &&
          !podlift_dl3030_run_has_cache_mount (run, ".cache/pip"))
        podlift_dl3030_report_command (ctx, "DL3042", inst, script, k, after, " --no-cache-dir",
                                       N_("Add --no-cache-dir"));
      return;
    }
}

/* ENV PIP_NO_CACHE_DIR=1 holds for the stage and the stages built FROM it. */
void
podlift_rules_check_dl3042 (PodliftLintContext *ctx)
{
  const PodliftDockerfileAst *ast = podlift_lint_context_get_ast (ctx);
  guint n_stages = n_stages_of (ast);
  g_autofree gboolean *no_cache = g_new0 (gboolean, n_stages + 1);
  const guint *parents = podlift_dl3030_stage_parents (ctx);

  for (guint i = 0; i < ast->instructions->len; i++)
    {
      const PodliftInstruction *inst = instruction_at (ast, i);
      guint stage = MIN (inst->stage, n_stages);
      guint parent;

      if (inst->kind == PODLIFT_INSTRUCTION_FROM && stage < n_stages)
        no_cache[stage] = (parent = parents[stage]) != G_MAXUINT && no_cache[parent];
      else if (inst->kind == PODLIFT_INSTRUCTION_ENV)
        env_update_no_cache (inst, &no_cache[stage]);
      else if (as_run (inst) != NULL && !no_cache[stage])
        dl3042_check_run (ctx, inst);
    }
}

/* }}} */

/* useradd and wget: DL3046, DL3047 {{{ */

/* DL3046: useradd -u with a UID of more than 5 digits, without -l. */
static gboolean
dl3046_bad (const RunSite             *site,
            const PodliftShellCommand *cmd)
{
  static const char * const no_log_init[] = { "l", "no-log-init", NULL };
  static const char * const uid[] = { "u", "uid", NULL };
  const char *value;

  return command_is_program (cmd, "useradd") && !command_has_any_flag (cmd, no_log_init) &&
         command_has_any_flag (cmd, uid) &&
         (value = podlift_shell_command_get_flag_value (cmd, "u")) != NULL && strlen (value) > 5;
}

void
podlift_rules_check_dl3046 (PodliftLintContext *ctx)
{
  static const CommandRule rule = {
    "DL3046", dl3046_bad, NULL, " -l", N_("Add -l"), PODLIFT_PROGRAM_LETTER ('u'),
  };

  podlift_dl3030_check_command_rule (ctx, &rule);
}

/* DL3047: wget without --progress, -q, -nv, -o or -a (-O is no log). */
static gboolean
dl3047_bad (const RunSite             *site,
            const PodliftShellCommand *cmd)
{
  static const char * const quiet[] = {
    "progress", "q", "quiet", "o", "output-file", "a", "append-output", "no-verbose", NULL
  };
  static const char * const nv[] = { "-nv", NULL };

  return command_is_program (cmd, "wget") && !command_has_any_flag (cmd, quiet) &&
         !command_has_word (cmd, nv);
}

void
podlift_rules_check_dl3047 (PodliftLintContext *ctx)
{
  static const CommandRule rule = {
    "DL3047", dl3047_bad, NULL, " --progress=dot:giga", N_("Add --progress=dot:giga"),
    PODLIFT_PROGRAM_LETTER ('w'),
  };

  podlift_dl3030_check_command_rule (ctx, &rule);
}

/* }}} */

/* RUN sequences, yarn and go: DL3059, DL3060, DL3062 {{{ */

static gboolean
flags_equal (const PodliftInstruction *a,
             const PodliftInstruction *b)
{
  guint na = a->flags != NULL ? a->flags->len : 0;
  guint nb = b->flags != NULL ? b->flags->len : 0;

  if (na != nb)
    return FALSE;
  for (guint i = 0; i < na; i++)
    {
      const PodliftFlag *fa = g_ptr_array_index (a->flags, i);
      const PodliftFlag *fb = g_ptr_array_index (b->flags, i);

      if (g_strcmp0 (fa->name, fb->name) != 0 || g_strcmp0 (fa->value, fb->value) != 0)
        return FALSE;
    }
  return TRUE;
}

/* DL3059: a RUN right after another (comments between them do not
 * count), with the same flags, each running a single command. hadolint
 * counts every simple command twice (ShellCheck's tree holds it and its
 * redirection wrapper) and allows two, which is one command each. */
void
podlift_rules_check_dl3059 (PodliftLintContext *ctx)
{
  const PodliftDockerfileAst *ast = podlift_lint_context_get_ast (ctx);
  const PodliftInstruction *previous = NULL;
  guint previous_count = 0;

  for (guint i = 0; i < ast->instructions->len; i++)
    {
      const PodliftInstruction *inst = instruction_at (ast, i);
      const PodliftShellScript *script;
      guint count;

      if (inst->kind == PODLIFT_INSTRUCTION_COMMENT)
        continue;
      if (inst->kind != PODLIFT_INSTRUCTION_RUN)
        {
          previous = NULL;
          continue;
        }
      script = podlift_lint_context_get_script (ctx, inst);
      count = script != NULL ? script->commands->len : 0;
      if (previous != NULL && count <= 1 && previous_count <= 1 && flags_equal (previous, inst))
        podlift_lint_report (ctx, "DL3059", inst);
      previous = inst;
      previous_count = count;
    }
}

/* DL3060: yarn install without yarn cache clean after it, in the final
 * stage or a stage a later FROM builds on (or in an ONBUILD RUN, which
 * runs in the image built on this one); a cache mount also passes. */
static gboolean
is_yarn_install (const PodliftShellCommand *cmd)
{
  return command_is_program (cmd, "yarn") && command_has_word (cmd, install_word);
}

static gboolean
is_yarn_cache_clean (const PodliftShellCommand *cmd)
{
  static const char * const cache[] = { "cache", NULL };
  static const char * const clean[] = { "clean", NULL };

  return command_is_program (cmd, "yarn") && command_has_word (cmd, cache) &&
         command_has_word (cmd, clean);
}

/* Whether what a RUN of stage @stage leaves ends up in an image: the
 * final stage, or one that a later FROM builds on. */
static gboolean
stage_is_kept (PodliftLintContext *ctx,
               guint               stage)
{
  guint n_stages = n_stages_of (podlift_lint_context_get_ast (ctx));
  const guint *parents;

  if (stage >= n_stages || stage + 1 == n_stages)
    return TRUE;
  parents = podlift_dl3030_stage_parents (ctx);
  for (guint k = stage + 1; k < n_stages; k++)
    if (parents[k] == stage)
      return TRUE;
  return FALSE;
}

void
podlift_rules_check_dl3060 (PodliftLintContext *ctx)
{
  static const CleanPair pair = {
    is_yarn_install, is_yarn_cache_clean, " && yarn cache clean", PODLIFT_PROGRAM_LETTER ('y'),
  };
  guint n_runs;
  const PodliftRunSite *runs = podlift_lint_context_get_runs (ctx, &n_runs);

  for (guint i = 0; i < n_runs; i++)
    {
      const PodliftInstruction *inst = runs[i].instruction;
      const PodliftInstruction *run = runs[i].run;

      if (podlift_dl3030_run_has_cache_mount (run, NULL) ||
          podlift_dl3030_find_missing_clean (&runs[i], &pair, 1) == NULL)
        continue;
      /* An ONBUILD RUN runs in the image built on this one. */
      if (run != inst || stage_is_kept (ctx, inst->stage))
        podlift_dl3030_report_clean (ctx, "DL3060", inst, pair.fix_text,
                                     N_("Clean the yarn cache in the same RUN"));
    }
}

/* DL3062: go install/get/run of a module needs @version; @latest and
 * @none are no pin. Local paths (., ./x, /x, x.go) pass. */
static gboolean
go_package_pinned (const char *package)
{
  const char *at = strrchr (package, '@');

  if (package[0] == '.' || package[0] == '/' || g_str_has_suffix (package, ".go"))
    return TRUE;
  return at != NULL && strcmp (at, "@latest") != 0 && strcmp (at, "@none") != 0;
}

/* go's build flags that take the next word as their value. */
static gboolean
go_flag_takes_value (const char *arg)
{
  static const char * const flags[] = {
    "C", "o", "p", "tags", "ldflags", "gcflags", "asmflags", "gccgoflags", "mod", "modfile",
    "overlay", "pgo", "pkgdir", "toolexec", "exec", "buildmode", "compiler", "installsuffix",
    NULL
  };

  while (*arg == '-')
    arg++;
  return strchr (arg, '=') == NULL && g_strv_contains (flags, arg);
}

static gboolean
dl3062_bad (const RunSite             *site,
            const PodliftShellCommand *cmd)
{
  const char *sub = NULL;
  gboolean run = FALSE;

  if (!command_is_program (cmd, "go") || cmd->args == NULL)
    return FALSE;
  for (guint i = 0; i < cmd->args->len; i++)
    {
      const char *arg = g_ptr_array_index (cmd->args, i);

      if (arg[0] == '-')
        {
          i += sub != NULL && go_flag_takes_value (arg);
          continue;
        }
      if (sub == NULL)
        {
          if (strcmp (arg, "install") != 0 && strcmp (arg, "get") != 0 && strcmp (arg, "run") != 0)
            return FALSE;
          sub = arg;
          run = strcmp (sub, "run") == 0;
          continue;
        }
      if (strcmp (arg, "tool") == 0 && !run)
        continue;
      if (!go_package_pinned (arg))
        return TRUE;
      if (run)
        return FALSE;   /* the words after the package are the program's */
    }
  return FALSE;
}

void
podlift_rules_check_dl3062 (PodliftLintContext *ctx)
{
  static const CommandRule rule = { "DL3062", dl3062_bad, NULL, NULL, NULL, PODLIFT_PROGRAM_LETTER ('g') };

  podlift_dl3030_check_command_rule (ctx, &rule);
}

/* }}} */
