/* podlift-dockerfile-linter.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-dockerfile-linter"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "podlift-diagnostic-list.h"
#include "podlift-diagnostic-private.h"
#include "podlift-dockerfile-ast.h"
#include "podlift-dockerfile-linter.h"
#include "podlift-dockerfile-linter-private.h"
#include "podlift-lint-rules-private.h"
#include "podlift-shell.h"
#include "podlift-shell-private.h"

/* The driver: parse, run every rule table over the parsed file, and keep
 * what the config and the "# hadolint" pragmas let through. Findings are
 * filtered as they are reported, so an ignored one never becomes an
 * object. A parse error is reported as DL1000 and, unlike hadolint, the
 * rest of the file is still linted (the editor lints half-typed files). */

/* Codes DL1000 – DL1099, DL3000 – DL3099, DL4000 – DL4099 and PL000 –
 * PL099 have a slot each: a finding finds its rule, and the level the
 * config gives it, without hashing the code. */
#define N_SLOTS      400
#define SLOT_UNKNOWN (-2)
#define LEVEL_UNSET  0xff

/* The commands of a RUN, in an open addressing table on its address. */
typedef struct
{
  const PodliftInstruction *run;
  PodliftShellScript       *script;
} ScriptEntry;

/* What a rule works out for the others (podlift_lint_context_set_data()). */
typedef struct
{
  gconstpointer  key;
  gpointer       data;
  GDestroyNotify destroy;
} RuleData;

/* A finding, as reported: sorted by line, then code, then report order. */
typedef struct
{
  guint              line;
  guint              seq;
  const char        *code;
  PodliftDiagnostic *diagnostic;
} Finding;

struct _PodliftLintContext
{
  const PodliftDockerfileAst *ast;
  PodliftLintConfig          *config;
  char                       *filename;  /* GRefString, shared by the findings */
  const PodliftRule          *rule;      /* the rule running */
  int                         rule_slot; /* its slot, -1, or SLOT_UNKNOWN until it reports */
  ScriptEntry                *scripts;   /* the commands of RUNs */
  PodliftShellScript         *shell_store; /* their memory */
  guint                       scripts_mask;
  guint                       n_scripts;
  GArray                     *runs;      /* PodliftRunSite, or NULL until asked */
  GArray                     *data;      /* RuleData, or NULL */
  guint                      *by_kind;   /* instruction indices, sorted by kind, or NULL */
  guint                       kind_start[PODLIFT_INSTRUCTION_WORKDIR + 2];
  Finding                    *findings;
  guint                       n_findings;
  guint                       findings_alloc;
  guint                       max_line;
  PodliftPragmas              pragmas;
  guint                       use_pragmas : 1;
  guint8                      levels[N_SLOTS];  /* PodliftSeverity after the config, or LEVEL_UNSET */
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

/* The slot of a code, or -1. */
static int
code_slot (const char *code)
{
  guint digits, n = 0, i;

  if (code[0] == 'D' && code[1] == 'L')
    digits = 4;
  else if (code[0] == 'P' && code[1] == 'L')
    digits = 3;
  else
    return -1;

  for (i = 2; i < 2 + digits; i++)
    {
      if (!g_ascii_isdigit (code[i]))
        return -1;
      n = n * 10 + (guint) (code[i] - '0');
    }
  if (code[i] != '\0')
    return -1;

  if (digits == 3)
    return 300 + n;
  if (n >= 1000 && n < 1100)
    return n - 1000;
  if (n >= 3000 && n < 3100)
    return 100 + n - 3000;
  if (n >= 4000 && n < 4100)
    return 200 + n - 4000;
  return -1;
}

/* slot → rule, built once for the built-in tables. */
static const PodliftRule * const *
rule_index (void)
{
  static const PodliftRule *rules_by_slot[N_SLOTS];
  static gsize built;

  if (g_once_init_enter (&built))
    {
      rules_by_slot[code_slot (parse_error_rule.code)] = &parse_error_rule;

      for (guint t = 0; t < N_RULE_TABLES - 1; t++)
        for (const PodliftRule *rule = rule_tables (t); rule->code != NULL; rule++)
          {
            int slot = code_slot (rule->code);

            g_assert (slot >= 0);
            rules_by_slot[slot] = rule;
          }

      g_once_init_leave (&built, 1);
    }

  return rules_by_slot;
}

/* The rule of @code and its slot (-1 for a rule of the extra table). */
static const PodliftRule *
find_rule (PodliftLintContext *ctx,
           const char         *code,
           int                *slot)
{
  const PodliftRule *rule;

  if (ctx->rule != NULL && strcmp (ctx->rule->code, code) == 0)
    {
      /* Worked out for the rules that report. */
      if (ctx->rule_slot == SLOT_UNKNOWN)
        {
          int found = code_slot (code);

          ctx->rule_slot = found >= 0 && rule_index ()[found] == ctx->rule ? found : -1;
        }
      *slot = ctx->rule_slot;
      return ctx->rule;
    }

  *slot = -1;
  for (rule = extra_rules; rule != NULL && rule->code != NULL; rule++)
    if (strcmp (rule->code, code) == 0)
      return rule;

  *slot = code_slot (code);
  return *slot >= 0 ? rule_index ()[*slot] : NULL;
}

void
podlift_dockerfile_lint_set_extra_rules (const PodliftRule *rules)
{
  extra_rules = rules;
}

/* The level @rule ends up with after the config, PODLIFT_SEVERITY_IGNORE
 * when it is not shown: overrides first, then ignores (as hadolint).
 * Asked once a lint for a built-in rule. */
static PodliftSeverity
config_level (PodliftLintContext *ctx,
              const PodliftRule  *rule,
              int                 slot)
{
  PodliftSeverity severity = rule->severity;

  if (slot >= 0 && ctx->levels[slot] != LEVEL_UNSET)
    return ctx->levels[slot];

  podlift_lint_config_get_override (ctx->config, rule->code, &severity);
  if (severity == PODLIFT_SEVERITY_IGNORE || podlift_lint_config_is_ignored (ctx->config, rule->code))
    severity = PODLIFT_SEVERITY_IGNORE;

  if (slot >= 0)
    ctx->levels[slot] = severity;

  return severity;
}

/* The new finding, or NULL when it is not shown. A message given by the
 * rule is copied; the rule's own is borrowed. */
static PodliftDiagnostic *
add_finding (PodliftLintContext *ctx,
             const PodliftRule  *rule,
             int                 slot,
             const char         *message,
             guint               line,
             guint               column,
             const PodliftRange *range)
{
  PodliftSeverity severity = config_level (ctx, rule, slot);
  Finding finding;

  if (severity == PODLIFT_SEVERITY_IGNORE ||
      (ctx->use_pragmas && podlift_pragmas_ignore (&ctx->pragmas, rule->code, line)))
    return NULL;

  finding.line = line;
  finding.seq = ctx->n_findings;
  finding.code = rule->code;
  finding.diagnostic = podlift_diagnostic_new_borrowed (rule->code, severity,
                                                        message != NULL ? message : rule->message,
                                                        message != NULL, line, column, range,
                                                        ctx->filename, rule->explanation);
  if (ctx->n_findings == ctx->findings_alloc)
    {
      ctx->findings_alloc = MAX (64, 2 * ctx->findings_alloc);
      ctx->findings = g_renew (Finding, ctx->findings, ctx->findings_alloc);
    }
  ctx->findings[ctx->n_findings++] = finding;
  ctx->max_line = MAX (ctx->max_line, line);

  return finding.diagnostic;
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
  PodliftDiagnostic *diagnostic;
  int slot;

  g_return_if_fail (ctx != NULL);
  g_return_if_fail (code != NULL);

  rule = find_rule (ctx, code, &slot);
  if (rule == NULL)
    {
      g_critical ("Unknown lint rule %s", code);
      return;
    }

  if (range != NULL)
    where = *range;
  else if (instruction != NULL)
    where = instruction->range;

  diagnostic = add_finding (ctx, rule, slot, message,
                            instruction != NULL ? instruction->range.start.line
                                                : MAX (where.start.line, 1),
                            1, &where);

  if (fix_range != NULL && diagnostic != NULL)
    podlift_diagnostic_init_fix (diagnostic, fix_range, fix_text, fix_title);
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

      if (!is_shell (podlift_shell_command_program (cmd)) ||
          podlift_shell_command_has_flag (cmd, "c"))
        return FALSE;
    }

  return TRUE;
}

/* The command line, then the heredoc bodies that are scripts. */
static PodliftShellScript *
parse_run (PodliftShellScript       *store,
           const PodliftInstruction *instruction)
{
  g_autofree char *joined = NULL;
  PodliftShellScript *script;
  gboolean scripts;

  if (instruction->exec_form)
    joined = join_exec_args (instruction);

  script = podlift_shell_parse_in (store, joined != NULL ? joined : instruction->arguments);

  if (instruction->heredocs == NULL || instruction->heredocs->len == 0)
    return script;

  scripts = heredocs_are_scripts (script);

  for (guint i = 0; scripts && i < instruction->heredocs->len; i++)
    {
      const PodliftHeredoc *heredoc = g_ptr_array_index (instruction->heredocs, i);

      if (heredoc->body != NULL && body_is_shell (heredoc->body))
        podlift_shell_script_append (script, podlift_shell_parse_in (store, heredoc->body));
    }

  return script;
}

/* }}} */

/* The commands of a RUN, parsed the first time a rule asks: an open
 * addressing table on the instruction's address, which every rule on
 * RUN commands asks for every RUN. */
static guint
hash_instruction (const PodliftInstruction *run)
{
  return (guint) (((guint64) (guintptr) run * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) >> 32);
}

static void
scripts_grow (PodliftLintContext *ctx)
{
  ScriptEntry *old = ctx->scripts;
  guint old_size = old != NULL ? ctx->scripts_mask + 1 : 0;
  guint size = MAX (64, old_size * 2);

  ctx->scripts = g_new0 (ScriptEntry, size);
  ctx->scripts_mask = size - 1;

  for (guint i = 0; i < old_size; i++)
    {
      guint k = hash_instruction (old[i].run) & ctx->scripts_mask;

      if (old[i].run == NULL)
        continue;
      while (ctx->scripts[k].run != NULL)
        k = (k + 1) & ctx->scripts_mask;
      ctx->scripts[k] = old[i];
    }

  g_free (old);
}

static const PodliftShellScript *
script_of (PodliftLintContext       *ctx,
           const PodliftInstruction *run)
{
  guint k;

  if (ctx->scripts == NULL || 2 * (ctx->n_scripts + 1) > ctx->scripts_mask + 1)
    scripts_grow (ctx);

  for (k = hash_instruction (run) & ctx->scripts_mask;
       ctx->scripts[k].run != NULL;
       k = (k + 1) & ctx->scripts_mask)
    if (ctx->scripts[k].run == run)
      return ctx->scripts[k].script;

  ctx->scripts[k].run = run;
  if (ctx->shell_store == NULL)
    ctx->shell_store = podlift_shell_store_new ();
  ctx->scripts[k].script = parse_run (ctx->shell_store, run);
  ctx->n_scripts++;

  return ctx->scripts[k].script;
}

static void
scripts_free (PodliftLintContext *ctx)
{
  for (guint i = 0; ctx->scripts != NULL && i <= ctx->scripts_mask; i++)
    if (ctx->scripts[i].run != NULL)
      podlift_shell_script_free (ctx->scripts[i].script);

  g_clear_pointer (&ctx->scripts, g_free);
  g_clear_pointer (&ctx->shell_store, podlift_shell_script_free);
}

const PodliftShellScript *
podlift_lint_context_get_script (PodliftLintContext       *ctx,
                                 const PodliftInstruction *instruction)
{
  g_return_val_if_fail (ctx != NULL, NULL);

  if (instruction != NULL && instruction->kind == PODLIFT_INSTRUCTION_ONBUILD)
    instruction = instruction->onbuild;

  if (instruction == NULL || instruction->kind != PODLIFT_INSTRUCTION_RUN)
    return NULL;

  return script_of (ctx, instruction);
}

gpointer
podlift_lint_context_get_data (PodliftLintContext *ctx,
                               gconstpointer       key)
{
  g_return_val_if_fail (ctx != NULL, NULL);

  for (guint i = 0; ctx->data != NULL && i < ctx->data->len; i++)
    if (g_array_index (ctx->data, RuleData, i).key == key)
      return g_array_index (ctx->data, RuleData, i).data;

  return NULL;
}

static void
rule_data_clear (gpointer item)
{
  RuleData *data = item;

  if (data->destroy != NULL)
    data->destroy (data->data);
}

void
podlift_lint_context_set_data (PodliftLintContext *ctx,
                               gconstpointer       key,
                               gpointer            data,
                               GDestroyNotify      destroy)
{
  RuleData item = { key, data, destroy };

  g_return_if_fail (ctx != NULL);
  g_return_if_fail (podlift_lint_context_get_data (ctx, key) == NULL);

  if (ctx->data == NULL)
    {
      ctx->data = g_array_new (FALSE, FALSE, sizeof (RuleData));
      g_array_set_clear_func (ctx->data, rule_data_clear);
    }
  g_array_append_val (ctx->data, item);
}

/* Made the first time a rule asks: the indices of the instructions
 * counted out by kind. */
const guint *
podlift_lint_context_get_kind (PodliftLintContext     *ctx,
                               PodliftInstructionKind  kind,
                               guint                  *n_instructions)
{
  g_return_val_if_fail (ctx != NULL, NULL);
  g_return_val_if_fail ((guint) kind <= PODLIFT_INSTRUCTION_WORKDIR, NULL);
  g_return_val_if_fail (n_instructions != NULL, NULL);

  if (ctx->by_kind == NULL)
    {
      GPtrArray *instructions = ctx->ast->instructions;
      guint next[PODLIFT_INSTRUCTION_WORKDIR + 1];

      memset (ctx->kind_start, 0, sizeof ctx->kind_start);
      for (guint i = 0; i < instructions->len; i++)
        ctx->kind_start[((const PodliftInstruction *) instructions->pdata[i])->kind + 1]++;
      for (guint k = 1; k < G_N_ELEMENTS (ctx->kind_start); k++)
        ctx->kind_start[k] += ctx->kind_start[k - 1];

      memcpy (next, ctx->kind_start, sizeof next);
      ctx->by_kind = g_new (guint, instructions->len + 1);
      for (guint i = 0; i < instructions->len; i++)
        ctx->by_kind[next[((const PodliftInstruction *) instructions->pdata[i])->kind]++] = i;
    }

  *n_instructions = ctx->kind_start[kind + 1] - ctx->kind_start[kind];

  return ctx->by_kind + ctx->kind_start[kind];
}

/* The RUNs, made the first time a rule asks. */
const PodliftRunSite *
podlift_lint_context_get_runs (PodliftLintContext *ctx,
                               guint              *n_runs)
{
  g_return_val_if_fail (ctx != NULL, NULL);
  g_return_val_if_fail (n_runs != NULL, NULL);

  if (ctx->runs == NULL)
    {
      GPtrArray *instructions = ctx->ast->instructions;

      ctx->runs = g_array_new (FALSE, FALSE, sizeof (PodliftRunSite));
      for (guint i = 0; i < instructions->len; i++)
        {
          const PodliftInstruction *instruction = g_ptr_array_index (instructions, i);
          const PodliftInstruction *run = instruction;
          PodliftRunSite site;

          if (run->kind == PODLIFT_INSTRUCTION_ONBUILD)
            run = run->onbuild;
          if (run == NULL || run->kind != PODLIFT_INSTRUCTION_RUN)
            continue;

          site.instruction = instruction;
          site.run = run;
          site.script = script_of (ctx, run);
          site.index = i;
          site.programs = 0;
          for (guint c = 0; c < site.script->commands->len; c++)
            {
              char first = podlift_shell_command_program (site.script->commands->pdata[c])[0];

              site.programs |= first >= 'a' && first <= 'z' ? PODLIFT_PROGRAM_LETTER (first)
                                                            : PODLIFT_PROGRAM_OTHER;
            }
          g_array_append_val (ctx->runs, site);
        }
    }

  *n_runs = ctx->runs->len;

  return (const PodliftRunSite *) (gpointer) ctx->runs->data;
}

static void
report_parse_errors (PodliftLintContext *ctx)
{
  for (guint i = 0; ctx->ast->errors != NULL && i < ctx->ast->errors->len; i++)
    {
      const PodliftParseError *error = g_ptr_array_index (ctx->ast->errors, i);
      guint line = MAX (error->range.start.line, 1);

      add_finding (ctx, &parse_error_rule, code_slot (parse_error_rule.code), error->message,
                   line, MAX (error->range.start.column, 1), &error->range);
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
          ctx->rule_slot = SLOT_UNKNOWN;
          rule->check (ctx);
        }
    }

  ctx->rule = NULL;
}

static int
compare_findings (gconstpointer a,
                  gconstpointer b)
{
  const Finding *fa = a;
  const Finding *fb = b;
  int order;

  if (fa->line != fb->line)
    return fa->line < fb->line ? -1 : 1;
  if (fa->code != fb->code && (order = strcmp (fa->code, fb->code)) != 0)
    return order;

  return fa->seq < fb->seq ? -1 : fa->seq > fb->seq;
}

/* The findings in order: by line, then code, then as reported. Lines
 * are counted out (a stable sort), and the few findings of a line
 * sorted by code; a sort for findings spread over a huge file. */
static PodliftDiagnostic **
sort_findings (PodliftLintContext *ctx)
{
  Finding *items = ctx->findings;
  guint n = ctx->n_findings;
  PodliftDiagnostic **sorted = g_new (PodliftDiagnostic *, n + 1);
  g_autofree Finding *by_line = NULL;
  g_autofree guint *starts = NULL;

  if (ctx->max_line > 4 * n + 4096)
    {
      qsort (items, n, sizeof (Finding), compare_findings);
      for (guint i = 0; i < n; i++)
        sorted[i] = items[i].diagnostic;
      return sorted;
    }

  starts = g_new0 (guint, ctx->max_line + 2);
  by_line = g_new (Finding, n + 1);
  for (guint i = 0; i < n; i++)
    starts[items[i].line + 1]++;
  for (guint l = 1; l <= ctx->max_line + 1; l++)
    starts[l] += starts[l - 1];
  for (guint i = 0; i < n; i++)
    by_line[starts[items[i].line]++] = items[i];

  /* Insertion sort: a line has one finding or a few. */
  for (guint i = 1; i < n; i++)
    {
      Finding item = by_line[i];
      guint j = i;

      while (j > 0 && compare_findings (&by_line[j - 1], &item) > 0)
        {
          by_line[j] = by_line[j - 1];
          j--;
        }
      by_line[j] = item;
    }

  for (guint i = 0; i < n; i++)
    sorted[i] = by_line[i].diagnostic;

  return sorted;
}

static GListModel *
empty_list (void)
{
  return G_LIST_MODEL (podlift_diagnostic_list_new_take (NULL, 0));
}

GListModel *
podlift_dockerfile_lint (const char        *text,
                         gssize             length,
                         const char        *filename,
                         PodliftLintConfig *config)
{
  g_autoptr(PodliftDockerfileAst) ast = NULL;
  g_autoptr(PodliftLintConfig) defaults = NULL;
  PodliftLintContext ctx = { 0 };
  PodliftDiagnosticList *list;

  g_return_val_if_fail (text != NULL || length == 0, empty_list ());
  g_return_val_if_fail (config == NULL || PODLIFT_IS_LINT_CONFIG (config), empty_list ());

  if (config == NULL)
    config = defaults = podlift_lint_config_new ();

  ast = podlift_dockerfile_parse (text != NULL ? text : "", text != NULL ? length : 0);

  ctx.ast = ast;
  ctx.config = config;
  ctx.filename = filename != NULL ? g_ref_string_new (filename) : NULL;
  ctx.use_pragmas = !podlift_lint_config_get_disable_ignore_pragma (config);
  memset (ctx.levels, LEVEL_UNSET, sizeof ctx.levels);
  if (ctx.use_pragmas)
    podlift_pragmas_collect (&ctx.pragmas, ast);

  report_parse_errors (&ctx);
  run_rules (&ctx);

  /* The list takes the references of the findings. */
  list = podlift_diagnostic_list_new_take (sort_findings (&ctx), ctx.n_findings);

  podlift_pragmas_clear (&ctx.pragmas);
  scripts_free (&ctx);
  g_clear_pointer (&ctx.runs, g_array_unref);
  g_clear_pointer (&ctx.data, g_array_unref);
  g_clear_pointer (&ctx.by_kind, g_free);
  g_clear_pointer (&ctx.findings, g_free);
  g_clear_pointer (&ctx.filename, g_ref_string_release);

  return G_LIST_MODEL (list);
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
