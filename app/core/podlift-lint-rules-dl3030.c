/* podlift-lint-rules-dl3030.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* hadolint's rules DL3030 to DL3067 (DL3031 and DL3039 are retired), in
 * four files sharing podlift-lint-rules-dl3030-private.h:
 *
 * - -packages.c: yum, zypper and dnf (-y, clean, pinning);
 * - -run.c: pip, useradd, wget, consecutive RUNs, yarn, go;
 * - -labels.c: label keys and the label schema of the config;
 * - -instructions.c: ONBUILD, ENV, COPY, HEALTHCHECK, the order of the
 *   first instructions, stage names, secrets, --platform, USER.
 *
 * This file holds the table and what the rules share. Each check walks
 * the parsed file once; RUN rules read the commands the context parsed
 * (and cached) once for all rules, and look inside ONBUILD RUN too, as
 * hadolint does. Where the change is mechanical, a finding carries a fix
 * (the AST's ranges: character columns, 1-based, end excluded). */

#define G_LOG_DOMAIN "podlift-lint-rules"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "podlift-lint-rules-dl3030-private.h"

/* The parsed file {{{ */

const PodliftFlag *
podlift_dl3030_find_flag (const PodliftInstruction *inst,
                          const char               *name)
{
  if (inst->flags == NULL)
    return NULL;
  for (guint i = 0; i < inst->flags->len; i++)
    {
      const PodliftFlag *flag = g_ptr_array_index (inst->flags, i);

      if (flag_is (flag, name))
        return flag;
    }
  return NULL;
}

static guint
hash_no_case (gconstpointer key)
{
  guint hash = 5381;

  for (const char *p = key; *p != '\0'; p++)
    hash = hash * 33 + (guchar) g_ascii_tolower (*p);
  return hash;
}

static gboolean
equal_no_case (gconstpointer a,
               gconstpointer b)
{
  return g_ascii_strcasecmp (a, b) == 0;
}

/* For each stage, the earlier stage it is built FROM (FROM <name>), or
 * G_MAXUINT; one more entry, G_MAXUINT, for the instructions before the
 * first FROM. Stage names are compared without case, as BuildKit does. */
#define FEW_STAGES 16

static guint *
stage_parents_new (const PodliftDockerfileAst *ast)
{
  guint n_stages = n_stages_of (ast);
  guint *parents = g_new (guint, n_stages + 1);
  g_autoptr(GHashTable) names = NULL;

  /* Most files have a few stages: looked through, without a table. */
  if (n_stages <= FEW_STAGES)
    {
      for (guint s = 0; s < n_stages; s++)
        {
          const char *image = instruction_at (ast, stage_at (ast, s)->from)->image;

          parents[s] = G_MAXUINT;
          for (guint k = s; image != NULL && k-- > 0;)
            {
              const char *name = stage_at (ast, k)->name;

              if (name != NULL && g_ascii_strcasecmp (name, image) == 0)
                {
                  parents[s] = k;
                  break;
                }
            }
        }
      parents[n_stages] = G_MAXUINT;
      return parents;
    }

  names = g_hash_table_new (hash_no_case, equal_no_case);
  for (guint s = 0; s < n_stages; s++)
    {
      const PodliftStage *stage = stage_at (ast, s);
      const PodliftInstruction *from = instruction_at (ast, stage->from);
      gpointer parent;

      parents[s] = G_MAXUINT;
      if (from->image != NULL && g_hash_table_lookup_extended (names, from->image, NULL, &parent))
        parents[s] = GPOINTER_TO_UINT (parent);
      if (stage->name != NULL)
        g_hash_table_insert (names, stage->name, GUINT_TO_POINTER (s));
    }
  parents[n_stages] = G_MAXUINT;
  return parents;
}

static const char stage_parents_key[] = "stage-parents";

/* Made once a lint, for the rules that follow stages. */
const guint *
podlift_dl3030_stage_parents (PodliftLintContext *ctx)
{
  guint *parents = podlift_lint_context_get_data (ctx, stage_parents_key);

  if (parents == NULL)
    {
      parents = stage_parents_new (podlift_lint_context_get_ast (ctx));
      podlift_lint_context_set_data (ctx, stage_parents_key, parents, g_free);
    }

  return parents;
}

/* }}} */

/* The commands of RUN {{{ */

static gboolean
is_mount_target (const char *option,
                 const char *target_part)
{
  return (g_str_has_prefix (option, "target=") || g_str_has_prefix (option, "dst=") ||
          g_str_has_prefix (option, "destination=")) &&
         strstr (option, target_part) != NULL;
}

/* Whether the RUN mounts a cache (--mount=type=cache,…), and, when
 * @target_part is not NULL, on a target that contains it. */
gboolean
podlift_dl3030_run_has_cache_mount (const PodliftInstruction *run,
                                    const char               *target_part)
{
  for (guint i = 0; run->flags != NULL && i < run->flags->len; i++)
    {
      const PodliftFlag *flag = g_ptr_array_index (run->flags, i);
      g_auto(GStrv) options = NULL;
      gboolean cache = FALSE, target = target_part == NULL;

      if (!flag_is (flag, "mount") || flag->value == NULL)
        continue;
      options = g_strsplit (flag->value, ",", -1);
      for (guint k = 0; options[k] != NULL; k++)
        {
          cache |= strcmp (options[k], "type=cache") == 0;
          target |= target_part != NULL && is_mount_target (options[k], target_part);
        }
      if (cache && target)
        return TRUE;
    }
  return FALSE;
}

/* }}} */

/* Fixes: where to insert a flag in the RUN text {{{ */

static const char *
base_name (const char *path)
{
  const char *slash = strrchr (path, '/');

  return slash != NULL ? slash + 1 : path;
}

static gboolean
is_separator_word (const char *text)
{
  gsize len = strlen (text);

  return strcmp (text, "&&") == 0 || strcmp (text, "||") == 0 || strcmp (text, "|") == 0 ||
         strcmp (text, ";") == 0 || (len > 0 && text[len - 1] == ';');
}

static gboolean
word_is_program (const PodliftInstruction *run,
                 guint                     i,
                 const char               *program)
{
  const PodliftWord *word = g_ptr_array_index (run->words, i);

  return strcmp (base_name (word->text), program) == 0;
}

/* The index of the word of @run that is the program of command @index
 * of @script, or -1 when the words and the commands cannot be matched
 * one to one (exec form, heredocs, `sh -c '…'`), so that a fix never
 * lands elsewhere. */
static int
find_program_word (const PodliftInstruction *run,
                   const PodliftShellScript *script,
                   guint                     index)
{
  const char *program = command_program (command_at (script, index));
  guint nth = 0, total = 0, seen = 0;

  if (run->exec_form || run->words == NULL || program[0] == '\0')
    return -1;
  for (guint i = 0; i < script->commands->len; i++)
    if (command_is_program (command_at (script, i), program))
      nth += i < index, total++;
  for (guint w = 0; w < run->words->len; w++)
    seen += word_is_program (run, w, program);
  if (seen != total)
    return -1;
  for (guint w = 0, n = 0; w < run->words->len; w++)
    if (word_is_program (run, w, program) && n++ == nth)
      return w;
  return -1;
}

/* The place right after the program word of command @index of @script,
 * or after the first of @after that follows it in the same command. */
static gboolean
find_insert_point (const PodliftInstruction *run,
                   const PodliftShellScript *script,
                   guint                     index,
                   const char * const       *after,
                   PodliftRange             *range)
{
  int w = find_program_word (run, script, index);

  for (guint k = MAX (w, 0); w >= 0 && k < run->words->len; k++)
    {
      const PodliftWord *word = g_ptr_array_index (run->words, k);

      if (k > (guint) w && is_separator_word (word->text))
        return FALSE;
      if (after == NULL || (k > (guint) w && g_strv_contains (after, word->text)))
        {
          range->start = range->end = word->range.end;
          return TRUE;
        }
    }
  return FALSE;
}

/* The place after the last argument of a shell-form RUN without heredocs,
 * where a cleaning command can be chained. */
static gboolean
find_append_point (const PodliftInstruction *run,
                   PodliftRange             *range)
{
  if (run->exec_form || (run->heredocs != NULL && run->heredocs->len > 0) ||
      run->arguments_range.end.line == 0)
    return FALSE;
  range->start = range->end = run->arguments_range.end;
  return TRUE;
}

/* }}} */

/* How RUN rules are written {{{ */

/* Reports @code on @inst for command @index of @script, with a fix that
 * inserts @fix_text after the program or after one of @after. */
void
podlift_dl3030_report_command (PodliftLintContext       *ctx,
                               const char               *code,
                               const PodliftInstruction *inst,
                               const PodliftShellScript *script,
                               guint                     index,
                               const char * const       *after,
                               const char               *fix_text,
                               const char               *fix_title)
{
  PodliftRange fix;

  if (fix_text != NULL && find_insert_point (as_run (inst), script, index, after, &fix))
    podlift_lint_report_full (ctx, code, inst, NULL, NULL, &fix, fix_text, fix_title);
  else
    podlift_lint_report (ctx, code, inst);
}

/* Reports @rule once on each RUN (or ONBUILD RUN) with a bad command,
 * with a fix for the first one. */
void
podlift_dl3030_check_command_rule (PodliftLintContext *ctx,
                                   const CommandRule  *rule)
{
  const PodliftDockerfileAst *ast = podlift_lint_context_get_ast (ctx);
  guint n_runs;
  const PodliftRunSite *runs = podlift_lint_context_get_runs (ctx, &n_runs);

  for (guint i = 0; i < n_runs; i++)
    {
      const PodliftShellScript *script = runs[i].script;
      RunSite site = { ast, runs[i].index };

      if ((runs[i].programs & rule->programs) == 0)
        continue;
      for (guint k = 0; k < script->commands->len; k++)
        if (rule->bad (&site, command_at (script, k)))
          {
            podlift_dl3030_report_command (ctx, rule->code, runs[i].instruction, script, k,
                                           rule->fix_after, rule->fix_text, rule->fix_title);
            break;
          }
    }
}

/* The first pair whose install has no clean after it, or NULL. */
const CleanPair *
podlift_dl3030_find_missing_clean (const PodliftRunSite *run,
                                   const CleanPair      *pairs,
                                   guint                 n_pairs)
{
  const PodliftShellScript *script = run->script;

  for (guint p = 0; p < n_pairs; p++)
    {
      int first;

      if ((run->programs & pairs[p].programs) == 0)
        continue;
      first = find_command (script, pairs[p].installs, 0);

      if (first >= 0 && find_command (script, pairs[p].cleans, first + 1) < 0)
        return &pairs[p];
    }
  return NULL;
}

/* Reports @code on @inst with a fix that chains @fix_text to the RUN. */
void
podlift_dl3030_report_clean (PodliftLintContext       *ctx,
                             const char               *code,
                             const PodliftInstruction *inst,
                             const char               *fix_text,
                             const char               *fix_title)
{
  PodliftRange fix;

  if (find_append_point (as_run (inst), &fix))
    podlift_lint_report_full (ctx, code, inst, NULL, NULL, &fix, fix_text, fix_title);
  else
    podlift_lint_report (ctx, code, inst);
}

/* Reports @code once on each RUN where one of @pairs installs without
 * cleaning after it. */
void
podlift_dl3030_check_clean_rule (PodliftLintContext *ctx,
                                 const char         *code,
                                 const CleanPair    *pairs,
                                 guint               n_pairs)
{
  guint n_runs;
  const PodliftRunSite *runs = podlift_lint_context_get_runs (ctx, &n_runs);

  for (guint i = 0; i < n_runs; i++)
    {
      const CleanPair *missing = podlift_dl3030_find_missing_clean (&runs[i], pairs, n_pairs);

      if (missing != NULL)
        podlift_dl3030_report_clean (ctx, code, runs[i].instruction, missing->fix_text,
                                     N_("Clean the package cache in the same RUN"));
    }
}

/* }}} */

const PodliftRule podlift_rules_dl3030[] = {
  { "DL3030", PODLIFT_SEVERITY_WARNING,
    "Use the -y switch to avoid manual input `yum install -y <package`",
    N_("yum asks for confirmation and a build cannot answer: add -y so the install goes ahead."),
    podlift_rules_check_dl3030 },
  { "DL3032", PODLIFT_SEVERITY_WARNING,
    "`yum clean all` missing after yum command.",
    N_("yum keeps its download cache in the layer. Run “yum clean all” after installing, in the "
       "same RUN, to keep the image small."),
    podlift_rules_check_dl3032 },
  { "DL3033", PODLIFT_SEVERITY_WARNING,
    "Specify version with `yum install -y <package>-<version>`.",
    N_("Without a version, each build may install a different package. Pin it as "
       "name-version so builds are repeatable."),
    podlift_rules_check_dl3033 },
  { "DL3034", PODLIFT_SEVERITY_WARNING,
    "Non-interactive switch missing from `zypper` command: `zypper install -y`",
    N_("zypper asks for confirmation and a build cannot answer: add -y (or the global -n)."),
    podlift_rules_check_dl3034 },
  { "DL3035", PODLIFT_SEVERITY_WARNING,
    "Do not use `zypper dist-upgrade`.",
    N_("A distribution upgrade inside an image makes builds unpredictable: use a newer base "
       "image instead."),
    podlift_rules_check_dl3035 },
  { "DL3036", PODLIFT_SEVERITY_WARNING,
    "`zypper clean` missing after zypper use.",
    N_("zypper keeps its cache in the layer. Run “zypper clean” after installing, in the same "
       "RUN."),
    podlift_rules_check_dl3036 },
  { "DL3037", PODLIFT_SEVERITY_WARNING,
    "Specify version with `zypper install -y <package>=<version>`.",
    N_("Without a version, each build may install a different package. Pin it as "
       "name=version."),
    podlift_rules_check_dl3037 },
  { "DL3038", PODLIFT_SEVERITY_WARNING,
    "Use the -y switch to avoid manual input `dnf install -y <package>`.",
    N_("dnf asks for confirmation and a build cannot answer: add -y so the install goes ahead."),
    podlift_rules_check_dl3038 },
  { "DL3040", PODLIFT_SEVERITY_WARNING,
    "`dnf clean all` missing after dnf command.",
    N_("dnf keeps its metadata and packages in the layer. Run “dnf clean all” after installing, "
       "in the same RUN."),
    podlift_rules_check_dl3040 },
  { "DL3041", PODLIFT_SEVERITY_WARNING,
    "Specify version with `dnf install -y <package>-<version>`.",
    N_("Without a version, each build may install a different package. Pin it as "
       "name-version (or name:stream for modules)."),
    podlift_rules_check_dl3041 },
  { "DL3042", PODLIFT_SEVERITY_WARNING,
    "Avoid use of cache directory with pip. Use `pip install --no-cache-dir <package>`",
    N_("pip keeps downloaded packages in a cache the image does not need. Add --no-cache-dir, or "
       "set ENV PIP_NO_CACHE_DIR=1."),
    podlift_rules_check_dl3042 },
  { "DL3043", PODLIFT_SEVERITY_ERROR,
    "`ONBUILD`, `FROM` or `MAINTAINER` triggered from within `ONBUILD` instruction.",
    N_("ONBUILD cannot wrap ONBUILD, FROM or MAINTAINER: Docker refuses to build it."),
    podlift_rules_check_dl3043 },
  { "DL3044", PODLIFT_SEVERITY_ERROR,
    "Do not refer to an environment variable within the same `ENV` statement where it is defined.",
    N_("Variables set in an ENV only exist after it: a reference in the same ENV sees the old "
       "(usually empty) value. Split it into two ENV lines."),
    podlift_rules_check_dl3044 },
  { "DL3045", PODLIFT_SEVERITY_WARNING,
    "`COPY` to a relative destination without `WORKDIR` set.",
    N_("A relative destination depends on the base image's working directory. Set WORKDIR first, "
       "or copy to an absolute path."),
    podlift_rules_check_dl3045 },
  { "DL3046", PODLIFT_SEVERITY_WARNING,
    "`useradd` without flag `-l` and high UID will result in excessively large Image.",
    N_("useradd writes a login record sized by the UID: a large UID makes a huge file. Add -l "
       "(--no-log-init)."),
    podlift_rules_check_dl3046 },
  { "DL3047", PODLIFT_SEVERITY_INFO,
    "Avoid use of wget without progress bar. Use `wget --progress=dot:giga <url>`."
    "Or consider using `-q` or `-nv` (shorthands for `--quiet` or `--no-verbose`).",
    N_("wget's progress bar floods the build log. Use --progress=dot:giga, -q or -nv."),
    podlift_rules_check_dl3047 },
  { "DL3048", PODLIFT_SEVERITY_STYLE,
    "Invalid label key.",
    N_("Label keys should be lower case letters, digits, dots and dashes, start with a letter, "
       "and not use Docker's own namespaces."),
    podlift_rules_check_dl3048 },
  { "DL3049", PODLIFT_SEVERITY_INFO,
    "Label `<label>` is missing.",
    N_("The label schema of the configuration asks for this label in every stage."),
    podlift_rules_check_dl3049 },
  { "DL3050", PODLIFT_SEVERITY_INFO,
    "Superfluous label(s) present.",
    N_("With strict labels, only the labels of the label schema are allowed."),
    podlift_rules_check_dl3050 },
  { "DL3051", PODLIFT_SEVERITY_WARNING,
    "label `<label>` is empty.",
    N_("A label of the label schema has no value."),
    podlift_rules_check_dl3051 },
  { "DL3052", PODLIFT_SEVERITY_WARNING,
    "Label `<label>` is not a valid URL.",
    N_("The label schema says this label holds a URL, such as https://example.com/app."),
    podlift_rules_check_dl3052 },
  { "DL3053", PODLIFT_SEVERITY_WARNING,
    "Label `<label>` is not a valid time format - must be conform to RFC3339.",
    N_("The label schema says this label holds a date and time, such as "
       "2024-01-31T12:00:00Z."),
    podlift_rules_check_dl3053 },
  { "DL3054", PODLIFT_SEVERITY_WARNING,
    "Label `<label>` is not a valid SPDX identifier.",
    N_("The label schema says this label holds a license identifier, such as MIT or "
       "Apache-2.0."),
    podlift_rules_check_dl3054 },
  { "DL3055", PODLIFT_SEVERITY_WARNING,
    "Label `<label>` is not a valid git hash.",
    N_("The label schema says this label holds a git commit hash (7 or 40 hex digits)."),
    podlift_rules_check_dl3055 },
  { "DL3056", PODLIFT_SEVERITY_WARNING,
    "Label `<label>` does not conform to semantic versioning.",
    N_("The label schema says this label holds a version such as 1.4.2."),
    podlift_rules_check_dl3056 },
  { "DL3057", PODLIFT_SEVERITY_IGNORE,
    "`HEALTHCHECK` instruction missing.",
    N_("The image says nothing about how to check it is healthy. Off by default: Kubernetes "
       "uses probes instead."),
    podlift_rules_check_dl3057 },
  { "DL3058", PODLIFT_SEVERITY_WARNING,
    "Label `<label>` is not a valid email format - must be conform to RFC5322.",
    N_("The label schema says this label holds an email address."),
    podlift_rules_check_dl3058 },
  { "DL3059", PODLIFT_SEVERITY_INFO,
    "Multiple consecutive `RUN` instructions. Consider consolidation.",
    N_("Each RUN adds a layer. Single commands in a row can be joined with && in one RUN."),
    podlift_rules_check_dl3059 },
  { "DL3060", PODLIFT_SEVERITY_INFO,
    "`yarn cache clean` missing after `yarn install` was run.",
    N_("yarn keeps its cache in the layer. Run “yarn cache clean” after installing, in the same "
       "RUN."),
    podlift_rules_check_dl3060 },
  { "DL3061", PODLIFT_SEVERITY_ERROR,
    "Invalid instruction order. Dockerfile must begin with `FROM`, `ARG` or comment.",
    N_("Only ARG and comments may come before the first FROM."),
    podlift_rules_check_dl3061 },
  { "DL3062", PODLIFT_SEVERITY_WARNING,
    "Pin versions in go. Instead of `go install <package>` use `go install <package>@<version>`",
    N_("Without a version (or with @latest), each build may fetch different code. Add "
       "@version."),
    podlift_rules_check_dl3062 },
  { "DL3063", PODLIFT_SEVERITY_WARNING,
    "stage name should not be a reserved word",
    N_("“scratch” and “context” mean something else to BuildKit: pick another stage name."),
    podlift_rules_check_dl3063 },
  { "DL3064", PODLIFT_SEVERITY_WARNING,
    "Potentially sensitive data should not be used in the `ARG` or `ENV` commands",
    N_("ARG and ENV values stay in the image and its history. Pass secrets with "
       "RUN --mount=type=secret, or at run time (a Kubernetes Secret)."),
    podlift_rules_check_dl3064 },
  { "DL3065", PODLIFT_SEVERITY_WARNING,
    "Setting `FROM --platform` to predefined `$TARGETPLATFORM` in is redundant as this is the "
    "default behavior",
    N_("FROM already builds for the target platform: the flag can go."),
    podlift_rules_check_dl3065 },
  { "DL3066", PODLIFT_SEVERITY_INFO,
    "Non-numeric user-id may not be resolvable by host system",
    N_("Kubernetes can only check runAsNonRoot with a numeric user. Use USER 1000 (or "
       "1000:1000) rather than a name."),
    podlift_rules_check_dl3066 },
  { "DL3067", PODLIFT_SEVERITY_WARNING,
    "Do not copy an entire filesystem from another stage",
    N_("Copying / of another stage brings everything, build tools included. Copy only what the "
       "program needs."),
    podlift_rules_check_dl3067 },
  { NULL }
};

