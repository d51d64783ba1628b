/* podlift-dockerfile-linter.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-dockerfile-linter"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "podlift-diagnostic-private.h"
#include "podlift-dockerfile-ast.h"
#include "podlift-dockerfile-linter.h"
#include "podlift-lint-rules-private.h"
#include "podlift-shell.h"
#include "podlift-shell-private.h"

/* The driver: parse, run every rule table over the parsed file, and keep
 * what the config and the "# hadolint" pragmas let through. Findings are
 * filtered as they are reported, so an ignored one never becomes an
 * object. A parse error is reported as DL1000 and, unlike hadolint, the
 * rest of the file is still linted (the editor lints half-typed files). */

typedef struct
{
  guint   first_line;
  guint   last_line;
  char  **codes;
} StageIgnore;

/* The "# hadolint … ignore=" comments of a file. */
typedef struct
{
  GHashTable *lines;         /* line → char** codes (for the instruction on that line) */
  GHashTable *global;        /* code */
  GArray     *stages;        /* StageIgnore */
} Pragmas;

struct _PodliftLintContext
{
  const PodliftDockerfileAst *ast;
  PodliftLintConfig          *config;
  const char                 *filename;
  const PodliftRule          *rule;      /* the rule running */
  GHashTable                 *scripts;   /* PodliftInstruction* → PodliftShellScript* */
  GPtrArray                  *findings;  /* PodliftDiagnostic* */
  Pragmas                     pragmas;
  guint                       use_pragmas : 1;
};

static const PodliftRule parse_error_rule = {
  "DL1000", PODLIFT_SEVERITY_ERROR, NULL,
  N_("Podlift could not read this line as Dockerfile syntax. Until it is fixed, "
     "docker build fails here and the rules cannot see what it says."),
  NULL,
};

static const PodliftRule *extra_rules;

static const PodliftRule *
rule_tables (guint i)
{
  switch (i)
    {
    case 0: return podlift_rules_dl3000;
    case 1: return podlift_rules_dl3030;
    case 2: return podlift_rules_dl4000;
    case 3: return podlift_rules_podlift;
    case 4: return extra_rules;
    default: return NULL;
    }
}

#define N_RULE_TABLES 5

/* code → rule, built once for the built-in tables. */
static GHashTable *
rule_index (void)
{
  static GHashTable *rules_by_code;

  if (g_once_init_enter (&rules_by_code))
    {
      GHashTable *table = g_hash_table_new (g_str_hash, g_str_equal);

      g_hash_table_insert (table, (gpointer)parse_error_rule.code, (gpointer)&parse_error_rule);

      for (guint t = 0; t < N_RULE_TABLES - 1; t++)
        for (const PodliftRule *rule = rule_tables (t); rule->code != NULL; rule++)
          g_hash_table_insert (table, (gpointer)rule->code, (gpointer)rule);

      g_once_init_leave (&rules_by_code, table);
    }

  return rules_by_code;
}

static const PodliftRule *
find_rule (PodliftLintContext *ctx,
           const char         *code)
{
  if (ctx->rule != NULL && strcmp (ctx->rule->code, code) == 0)
    return ctx->rule;

  for (const PodliftRule *rule = extra_rules; rule != NULL && rule->code != NULL; rule++)
    if (strcmp (rule->code, code) == 0)
      return rule;

  return g_hash_table_lookup (rule_index (), code);
}

void
podlift_dockerfile_lint_set_extra_rules (const PodliftRule *rules)
{
  extra_rules = rules;
}

/* Pragmas {{{ */

static const char *
skip_blanks (const char *p)
{
  while (*p == ' ' || *p == '\t')
    p++;

  return p;
}

/* @word then at least one blank (or, with @then_equal, blanks and '='). */
static const char *
skip_keyword (const char *p,
              const char *word,
              gboolean    then_equal)
{
  gsize length = strlen (word);
  const char *after;

  if (strncmp (p, word, length) != 0)
    return NULL;

  after = skip_blanks (p + length);

  if (then_equal)
    return *after == '=' ? skip_blanks (after + 1) : NULL;

  return after > p + length ? after : NULL;
}

/* The codes of "ignore=A, B # why" up to the end: NULL unless the whole
 * text is a list of codes (as hadolint: anything else is a comment). */
static char **
parse_code_list (const char *p)
{
  g_autoptr(GPtrArray) codes = g_ptr_array_new_with_free_func (g_free);

  for (;;)
    {
      const char *start = p;

      while (g_ascii_isalnum (*p))
        p++;
      if (p == start)
        return NULL;

      g_ptr_array_add (codes, g_strndup (start, p - start));
      p = skip_blanks (p);

      if (*p == '#' || *p == '\0' || *p == '\r' || *p == '\n')
        break;
      if (*p != ',')
        return NULL;
      p = skip_blanks (p + 1);
    }

  g_ptr_array_add (codes, NULL);
  return (char **)g_ptr_array_free (g_steal_pointer (&codes), FALSE);
}

typedef enum
{
  PRAGMA_NONE,
  PRAGMA_NEXT_LINE,
  PRAGMA_GLOBAL,
  PRAGMA_STAGE,
} PragmaKind;

/* "# hadolint ignore=…", "# hadolint global ignore=…", "# hadolint stage
 * ignore=…" (hadolint 2.15). */
static PragmaKind
parse_pragma (const char   *comment,
              char       ***codes)
{
  const char *p = skip_keyword (skip_blanks (comment), "hadolint", FALSE);
  PragmaKind kind = PRAGMA_NEXT_LINE;
  const char *after;

  if (p == NULL)
    return PRAGMA_NONE;

  if ((after = skip_keyword (p, "global", FALSE)) != NULL)
    kind = PRAGMA_GLOBAL;
  else if ((after = skip_keyword (p, "stage", FALSE)) != NULL)
    kind = PRAGMA_STAGE;
  else
    after = p;

  after = skip_keyword (after, "ignore", TRUE);
  if (after == NULL || (*codes = parse_code_list (after)) == NULL)
    return PRAGMA_NONE;

  return kind;
}

static void
stage_ignore_clear (gpointer data)
{
  StageIgnore *stage = data;

  g_strfreev (stage->codes);
}

static void
pragmas_add (Pragmas    *pragmas,
             PragmaKind  kind,
             char      **codes,
             guint       line)
{
  if (kind == PRAGMA_NEXT_LINE)
    {
      if (pragmas->lines == NULL)
        pragmas->lines = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify)g_strfreev);
      g_hash_table_replace (pragmas->lines, GUINT_TO_POINTER (line + 1), codes);
    }
  else if (kind == PRAGMA_GLOBAL)
    {
      if (pragmas->global == NULL)
        pragmas->global = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 0; codes[i] != NULL; i++)
        g_hash_table_add (pragmas->global, g_steal_pointer (&codes[i]));
      g_free (codes);
    }
  else
    {
      StageIgnore stage = { line + 1, G_MAXUINT, codes };

      if (pragmas->stages == NULL)
        {
          pragmas->stages = g_array_new (FALSE, FALSE, sizeof (StageIgnore));
          g_array_set_clear_func (pragmas->stages, stage_ignore_clear);
        }
      g_array_append_val (pragmas->stages, stage);
    }
}

/* A stage pragma lasts until the next FROM. */
static void
pragmas_end_stage (Pragmas *pragmas,
                   guint    from_line)
{
  if (pragmas->stages == NULL)
    return;

  for (guint i = 0; i < pragmas->stages->len; i++)
    {
      StageIgnore *stage = &g_array_index (pragmas->stages, StageIgnore, i);

      if (stage->last_line == G_MAXUINT && from_line >= stage->first_line)
        stage->last_line = from_line - 1;
    }
}

static void
pragmas_collect (Pragmas                    *pragmas,
                 const PodliftDockerfileAst *ast)
{
  for (guint i = 0; i < ast->instructions->len; i++)
    {
      const PodliftInstruction *instruction = g_ptr_array_index (ast->instructions, i);
      char **codes = NULL;
      PragmaKind kind;

      if (instruction->kind == PODLIFT_INSTRUCTION_FROM)
        pragmas_end_stage (pragmas, instruction->range.start.line);

      if (instruction->kind != PODLIFT_INSTRUCTION_COMMENT || instruction->arguments == NULL ||
          strstr (instruction->arguments, "hadolint") == NULL)
        continue;

      kind = parse_pragma (instruction->arguments, &codes);
      if (kind != PRAGMA_NONE)
        pragmas_add (pragmas, kind, codes, instruction->range.start.line);
    }
}

static void
pragmas_clear (Pragmas *pragmas)
{
  g_clear_pointer (&pragmas->lines, g_hash_table_unref);
  g_clear_pointer (&pragmas->global, g_hash_table_unref);
  g_clear_pointer (&pragmas->stages, g_array_unref);
}

static gboolean
strv_has (char       **codes,
          const char  *code)
{
  return codes != NULL && g_strv_contains ((const char * const *)codes, code);
}

static gboolean
pragmas_ignore (const Pragmas *pragmas,
                const char    *code,
                guint          line)
{
  if (pragmas->global != NULL && g_hash_table_contains (pragmas->global, code))
    return TRUE;

  if (pragmas->lines != NULL &&
      strv_has (g_hash_table_lookup (pragmas->lines, GUINT_TO_POINTER (line)), code))
    return TRUE;

  for (guint i = 0; pragmas->stages != NULL && i < pragmas->stages->len; i++)
    {
      const StageIgnore *stage = &g_array_index (pragmas->stages, StageIgnore, i);

      if (line >= stage->first_line && line <= stage->last_line && strv_has (stage->codes, code))
        return TRUE;
    }

  return FALSE;
}

/* }}} */

/* The level @code ends up with, PODLIFT_SEVERITY_IGNORE when it is not
 * shown: overrides first, then ignores (as hadolint). */
static PodliftSeverity
effective_severity (PodliftLintContext *ctx,
                    const char         *code,
                    PodliftSeverity     severity,
                    guint               line)
{
  podlift_lint_config_get_override (ctx->config, code, &severity);

  if (severity == PODLIFT_SEVERITY_IGNORE || podlift_lint_config_is_ignored (ctx->config, code))
    return PODLIFT_SEVERITY_IGNORE;

  if (ctx->use_pragmas && pragmas_ignore (&ctx->pragmas, code, line))
    return PODLIFT_SEVERITY_IGNORE;

  return severity;
}

static void
add_finding (PodliftLintContext *ctx,
             const PodliftRule  *rule,
             const char         *message,
             guint               line,
             guint               column,
             const PodliftRange *range)
{
  PodliftSeverity severity = effective_severity (ctx, rule->code, rule->severity, line);
  PodliftDiagnostic *diagnostic;

  if (severity == PODLIFT_SEVERITY_IGNORE)
    return;

  diagnostic = podlift_diagnostic_new_full (rule->code, severity, message, line, column, range,
                                            ctx->filename,
                                            rule->explanation != NULL ?
                                            g_dgettext (GETTEXT_PACKAGE, rule->explanation) : NULL);
  g_ptr_array_add (ctx->findings, diagnostic);
}

void
podlift_lint_report (PodliftLintContext       *ctx,
                     const char               *code,
                     const PodliftInstruction *instruction)
{
  podlift_lint_report_full (ctx, code, instruction, NULL, NULL, NULL, NULL, NULL);
}

/* @instruction may be NULL for a finding about the whole file: then the
 * line is @range's (or line 1). */
void
podlift_lint_report_full (PodliftLintContext       *ctx,
                          const char               *code,
                          const PodliftInstruction *instruction,
                          const char               *message,
                          const PodliftRange       *range,
                          const PodliftRange       *fix_range,
                          const char               *fix_text,
                          const char               *fix_title)
{
  const PodliftRule *rule;
  PodliftRange where = { { 1, 1 }, { 1, 1 } };
  guint count;

  g_return_if_fail (ctx != NULL);
  g_return_if_fail (code != NULL);

  rule = find_rule (ctx, code);
  if (rule == NULL)
    {
      g_critical ("Unknown lint rule %s", code);
      return;
    }

  if (range != NULL)
    where = *range;
  else if (instruction != NULL)
    where = instruction->range;

  count = ctx->findings->len;
  add_finding (ctx, rule, message != NULL ? message : rule->message,
               instruction != NULL ? instruction->range.start.line : MAX (where.start.line, 1),
               1, &where);

  if (fix_range != NULL && ctx->findings->len > count)
    podlift_diagnostic_set_fix (g_ptr_array_index (ctx->findings, count),
                                fix_range, fix_text,
                                fix_title != NULL ? g_dgettext (GETTEXT_PACKAGE, fix_title) : NULL);
}

const PodliftDockerfileAst *
podlift_lint_context_get_ast (PodliftLintContext *ctx)
{
  g_return_val_if_fail (ctx != NULL, NULL);

  return ctx->ast;
}

/* Never NULL: the defaults when the caller gave none. */
PodliftLintConfig *
podlift_lint_context_get_config (PodliftLintContext *ctx)
{
  g_return_val_if_fail (ctx != NULL, NULL);

  return ctx->config;
}

/* Scripts {{{ */

static char *
join_exec_args (const PodliftInstruction *instruction)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; instruction->exec_args != NULL && i < instruction->exec_args->len; i++)
    {
      const PodliftWord *word = g_ptr_array_index (instruction->exec_args, i);

      if (i > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, word->text != NULL ? word->text : "");
    }

  return g_string_free (text, FALSE);
}

static gboolean
is_shell (const char *program)
{
  static const char * const shells[] = { "sh", "bash", "dash", "zsh", "ash", "ksh", "mksh" };

  for (guint i = 0; i < G_N_ELEMENTS (shells); i++)
    if (strcmp (program, shells[i]) == 0)
      return TRUE;

  return FALSE;
}

/* "#!/usr/bin/env python3" → FALSE; no shebang or a shell's → TRUE. */
static gboolean
body_is_shell (const char *body)
{
  g_autofree char *line = NULL;
  g_auto(GStrv) words = NULL;
  const char *eol;
  const char *program;
  guint n;

  if (!g_str_has_prefix (body, "#!"))
    return TRUE;

  eol = strchr (body, '\n');
  line = eol != NULL ? g_strndup (body + 2, eol - body - 2) : g_strdup (body + 2);
  words = g_strsplit_set (g_strstrip (line), " \t", -1);
  n = g_strv_length (words);
  if (n == 0)
    return TRUE;

  program = strrchr (words[0], '/') != NULL ? strrchr (words[0], '/') + 1 : words[0];
  if (strcmp (program, "env") == 0 && n > 1)
    program = words[1];

  return is_shell (program);
}

/* Heredocs are the script for "RUN <<EOF" and "RUN bash <<EOF"; for
 * "RUN cat <<EOF > file" or "RUN python3 <<EOF" they are data. */
static gboolean
heredocs_are_scripts (const PodliftShellScript *line)
{
  for (guint i = 0; i < line->commands->len; i++)
    {
      const PodliftShellCommand *cmd = g_ptr_array_index (line->commands, i);

      if (!is_shell (podlift_shell_command_get_program (cmd)) ||
          podlift_shell_command_has_flag (cmd, "c"))
        return FALSE;
    }

  return TRUE;
}

/* The command line, then the heredoc bodies that are scripts. */
static PodliftShellScript *
parse_run (const PodliftInstruction *instruction)
{
  g_autofree char *joined = NULL;
  PodliftShellScript *script;
  gboolean scripts;

  if (instruction->exec_form)
    joined = join_exec_args (instruction);

  script = podlift_shell_parse (joined != NULL ? joined : instruction->arguments);

  if (instruction->heredocs == NULL || instruction->heredocs->len == 0)
    return script;

  scripts = heredocs_are_scripts (script);

  for (guint i = 0; scripts && i < instruction->heredocs->len; i++)
    {
      const PodliftHeredoc *heredoc = g_ptr_array_index (instruction->heredocs, i);

      if (heredoc->body != NULL && body_is_shell (heredoc->body))
        podlift_shell_script_append (script, podlift_shell_parse (heredoc->body));
    }

  return script;
}

/* }}} */

const PodliftShellScript *
podlift_lint_context_get_script (PodliftLintContext       *ctx,
                                 const PodliftInstruction *instruction)
{
  PodliftShellScript *script;

  g_return_val_if_fail (ctx != NULL, NULL);

  if (instruction != NULL && instruction->kind == PODLIFT_INSTRUCTION_ONBUILD)
    instruction = instruction->onbuild;

  if (instruction == NULL || instruction->kind != PODLIFT_INSTRUCTION_RUN)
    return NULL;

  if (ctx->scripts == NULL)
    ctx->scripts = g_hash_table_new_full (NULL, NULL, NULL,
                                          (GDestroyNotify)podlift_shell_script_free);

  script = g_hash_table_lookup (ctx->scripts, instruction);
  if (script == NULL)
    {
      script = parse_run (instruction);
      g_hash_table_insert (ctx->scripts, (gpointer)instruction, script);
    }

  return script;
}

static void
report_parse_errors (PodliftLintContext *ctx)
{
  for (guint i = 0; ctx->ast->errors != NULL && i < ctx->ast->errors->len; i++)
    {
      const PodliftParseError *error = g_ptr_array_index (ctx->ast->errors, i);
      guint line = MAX (error->range.start.line, 1);

      add_finding (ctx, &parse_error_rule, error->message, line,
                   MAX (error->range.start.column, 1), &error->range);
    }
}

static void
run_rules (PodliftLintContext *ctx)
{
  for (guint t = 0; t < N_RULE_TABLES; t++)
    {
      for (const PodliftRule *rule = rule_tables (t); rule != NULL && rule->code != NULL; rule++)
        {
          if (rule->check == NULL)
            continue;

          ctx->rule = rule;
          rule->check (ctx);
        }
    }

  ctx->rule = NULL;
}

static int
compare_findings (gconstpointer a,
                  gconstpointer b)
{
  PodliftDiagnostic *da = *(PodliftDiagnostic * const *)a;
  PodliftDiagnostic *db = *(PodliftDiagnostic * const *)b;
  guint la = podlift_diagnostic_get_line (da);
  guint lb = podlift_diagnostic_get_line (db);

  if (la != lb)
    return la < lb ? -1 : 1;

  return strcmp (podlift_diagnostic_get_code (da), podlift_diagnostic_get_code (db));
}

GListModel *
podlift_dockerfile_lint (const char        *text,
                         gssize             length,
                         const char        *filename,
                         PodliftLintConfig *config)
{
  g_autoptr(PodliftDockerfileAst) ast = NULL;
  g_autoptr(PodliftLintConfig) defaults = NULL;
  g_autoptr(GPtrArray) findings = g_ptr_array_new_with_free_func (g_object_unref);
  PodliftLintContext ctx = { 0 };
  GListStore *store = g_list_store_new (PODLIFT_TYPE_DIAGNOSTIC);

  g_return_val_if_fail (text != NULL || length == 0, G_LIST_MODEL (store));
  g_return_val_if_fail (config == NULL || PODLIFT_IS_LINT_CONFIG (config), G_LIST_MODEL (store));

  if (config == NULL)
    config = defaults = podlift_lint_config_new ();

  ast = podlift_dockerfile_parse (text != NULL ? text : "", text != NULL ? length : 0);

  ctx.ast = ast;
  ctx.config = config;
  ctx.filename = filename;
  ctx.findings = findings;
  ctx.use_pragmas = !podlift_lint_config_get_disable_ignore_pragma (config);
  if (ctx.use_pragmas)
    pragmas_collect (&ctx.pragmas, ast);

  report_parse_errors (&ctx);
  run_rules (&ctx);

  g_ptr_array_sort (findings, compare_findings);
  g_list_store_splice (store, 0, 0, findings->pdata, findings->len);

  pragmas_clear (&ctx.pragmas);
  g_clear_pointer (&ctx.scripts, g_hash_table_unref);

  return G_LIST_MODEL (store);
}

/* hadolint's order: error, warning, info, style; a threshold admits the
 * levels up to itself; "none" never fails and ignored findings never
 * count. */
gboolean
podlift_severity_reaches_threshold (PodliftSeverity  severity,
                                    PodliftThreshold threshold)
{
  if (threshold == PODLIFT_THRESHOLD_NONE || severity == PODLIFT_SEVERITY_IGNORE)
    return FALSE;

  return (guint)severity <= (guint)threshold;
}
