/* podlift-lint-rules-dl3030-labels.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Labels: valid keys (DL3048) and, when the config has a label schema
 * (hadolint's label-schema, --require-label), the labels it asks for
 * (DL3049), no others with strict-labels (DL3050), and values of the
 * right type (DL3051 – DL3056, DL3058). */

#define G_LOG_DOMAIN "podlift-lint-rules"

#include "config.h"

#include <stdlib.h>

#include "podlift-lint-rules-dl3030-private.h"

/* DL3048: label keys {{{ */

/* DL3048: label keys are lower case [a-z0-9.-], start with a letter, end
 * with a letter or digit, have no ".." nor "--" and no Docker namespace. */
static gboolean
label_key_valid (const char *key)
{
  gsize len = key != NULL ? strlen (key) : 0;

  if (len == 0 || !g_ascii_islower (key[0]) ||
      !(g_ascii_islower (key[len - 1]) || g_ascii_isdigit (key[len - 1])))
    return FALSE;
  for (gsize i = 1; i < len; i++)
    {
      char c = key[i];

      if (c == '.' || c == '-')
        {
          if (key[i - 1] == c)
            return FALSE;
        }
      else if (!g_ascii_islower (c) && !g_ascii_isdigit (c))
        return FALSE;
    }
  return !g_str_has_prefix (key, "com.docker.") && !g_str_has_prefix (key, "io.docker.") &&
         !g_str_has_prefix (key, "org.dockerproject.");
}

void
podlift_rules_check_dl3048 (PodliftLintContext *ctx)
{
  static const PodliftInstructionKind kinds[] = {
    PODLIFT_INSTRUCTION_LABEL, PODLIFT_INSTRUCTION_ONBUILD,
  };
  const PodliftDockerfileAst *ast = podlift_lint_context_get_ast (ctx);

  for (guint t = 0; t < G_N_ELEMENTS (kinds); t++)
    {
      guint n;
      const guint *at = podlift_lint_context_get_kind (ctx, kinds[t], &n);

      for (guint i = 0; i < n; i++)
        {
          const PodliftInstruction *inst = instruction_at (ast, at[i]);
          const PodliftInstruction *label = as_kind (inst, PODLIFT_INSTRUCTION_LABEL);

          for (guint k = 0; label != NULL && label->pairs != NULL && k < label->pairs->len; k++)
            {
              const PodliftKeyValue *kv = g_ptr_array_index (label->pairs, k);

              if (!label_key_valid (kv->key))
                {
                  podlift_lint_report_full (ctx, "DL3048", inst, NULL, &kv->key_range,
                                            NULL, NULL, NULL);
                  break;
                }
            }
        }
    }
}

/* }}} */

/* DL3049 – DL3058: the label schema of the config {{{ */

static GHashTable *
label_schema (PodliftLintContext *ctx)
{
  PodliftLintConfig *config = podlift_lint_context_get_config (ctx);
  GHashTable *schema = config != NULL ? podlift_lint_config_get_label_schema (config) : NULL;

  return schema != NULL && g_hash_table_size (schema) > 0 ? schema : NULL;
}

static gboolean
read_digits (const char **p,
             guint        n,
             guint       *value)
{
  *value = 0;
  for (guint i = 0; i < n; i++, (*p)++)
    {
      if (!g_ascii_isdigit (**p))
        return FALSE;
      *value = *value * 10 + (guint) (**p - '0');
    }
  return TRUE;
}

static gboolean
read_char (const char **p,
           const char  *any)
{
  if (**p == '\0' || strchr (any, **p) == NULL)
    return FALSE;
  (*p)++;
  return TRUE;
}

/* 2026-11-26T07:16:17Z, with optional fraction and a ±hh:mm offset. */
static gboolean
rfc3339_valid (const char *v)
{
  guint y, mo, d, h, mi, s, oh, om;

  if (!read_digits (&v, 4, &y) || !read_char (&v, "-") || !read_digits (&v, 2, &mo) ||
      !read_char (&v, "-") || !read_digits (&v, 2, &d) || !read_char (&v, "Tt") ||
      !read_digits (&v, 2, &h) || !read_char (&v, ":") || !read_digits (&v, 2, &mi) ||
      !read_char (&v, ":") || !read_digits (&v, 2, &s))
    return FALSE;
  if (mo < 1 || mo > 12 || d < 1 || d > g_date_get_days_in_month (mo, y) ||
      h > 23 || mi > 59 || s > 60)
    return FALSE;
  if (*v == '.')
    {
      if (!g_ascii_isdigit (*++v))
        return FALSE;
      while (g_ascii_isdigit (*v))
        v++;
    }
  if (read_char (&v, "Zz"))
    return *v == '\0';
  return read_char (&v, "+-") && read_digits (&v, 2, &oh) && read_char (&v, ":") &&
         read_digits (&v, 2, &om) && oh < 24 && om < 60 && *v == '\0';
}

/* An absolute URI (scheme ":" …) made of URI characters. */
static gboolean
url_valid (const char *v)
{
  if (!g_ascii_isalpha (*v))
    return FALSE;
  while (g_ascii_isalnum (*v) || *v == '+' || *v == '-' || *v == '.')
    v++;
  if (*v++ != ':')
    return FALSE;
  for (gboolean fragment = FALSE; *v != '\0'; v++)
    {
      if (*v == '%' && !(g_ascii_isxdigit (v[1]) && g_ascii_isxdigit (v[2])))
        return FALSE;
      if (*v == '#' && fragment)
        return FALSE;
      fragment |= *v == '#';
      if (!g_ascii_isalnum (*v) && strchr ("-._~:/?#[]@!$&'()*+,;=%", *v) == NULL)
        return FALSE;
    }
  return TRUE;
}

/* Dot-separated identifiers of [0-9A-Za-z-]; numeric ones without
 * leading zeros when @strict_numbers. */
static gboolean
read_identifiers (const char **p,
                  gboolean     strict_numbers)
{
  for (;;)
    {
      const char *start = *p;
      gboolean numeric = TRUE;

      while (g_ascii_isalnum (**p) || **p == '-')
        numeric &= g_ascii_isdigit (*(*p)++);
      if (*p == start || (strict_numbers && numeric && *p - start > 1 && *start == '0'))
        return FALSE;
      if (**p != '.')
        return TRUE;
      (*p)++;
    }
}

static gboolean
read_version_number (const char **p)
{
  const char *start = *p;

  while (g_ascii_isdigit (**p))
    (*p)++;
  return *p > start && (*p - start == 1 || *start != '0');
}

/* Semantic versioning 2.0: 1.2.3, 1.2.3-rc.1, 1.2.3+build.5. */
static gboolean
semver_valid (const char *v)
{
  if (!read_version_number (&v) || *v++ != '.' || !read_version_number (&v) ||
      *v++ != '.' || !read_version_number (&v))
    return FALSE;
  if (*v == '-' && (v++, !read_identifiers (&v, TRUE)))
    return FALSE;
  if (*v == '+' && (v++, !read_identifiers (&v, FALSE)))
    return FALSE;
  return *v == '\0';
}

/* A short (7) or full (40) lower-case git hash. */
static gboolean
hash_valid (const char *v)
{
  gsize len = strlen (v);

  if (len != 7 && len != 40)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isdigit (v[i]) && !(v[i] >= 'a' && v[i] <= 'f'))
      return FALSE;
  return TRUE;
}

/* RFC 5322 addr-spec: dot-atom or quoted local part, dot-atom or
 * literal domain. */
static gboolean
dot_atom_valid (const char *start,
                const char *end,
                const char *specials)
{
  if (start == end || *start == '.' || end[-1] == '.')
    return FALSE;
  for (const char *p = start; p < end; p++)
    if ((*p == '.' && p[1] == '.') ||
        (!g_ascii_isalnum (*p) && *p != '.' && strchr (specials, *p) == NULL))
      return FALSE;
  return TRUE;
}

static gboolean
email_valid (const char *v)
{
  const char *at = strrchr (v, '@');
  const char *end = v + strlen (v);

  if (at == NULL || at == v || at + 1 == end)
    return FALSE;
  if (!(v[0] == '"' && at - v >= 2 && at[-1] == '"') &&
      !dot_atom_valid (v, at, "!#$%&'*+/=?^_`{|}~-"))
    return FALSE;
  if (at[1] == '[')
    return end[-1] == ']';
  return dot_atom_valid (at + 1, end, "-");
}

/* A few common SPDX license identifiers (hadolint knows them all). */
static const char * const spdx_ids[] = {
  "0BSD", "AFL-3.0", "AGPL-1.0-only", "AGPL-1.0-or-later", "AGPL-3.0", "AGPL-3.0-only",
  "AGPL-3.0-or-later", "Apache-1.0", "Apache-1.1", "Apache-2.0", "APSL-2.0", "Artistic-1.0",
  "Artistic-2.0", "BlueOak-1.0.0", "BSD-1-Clause", "BSD-2-Clause", "BSD-2-Clause-Patent",
  "BSD-3-Clause", "BSD-3-Clause-Clear", "BSD-4-Clause", "BSL-1.0", "BUSL-1.1", "CAL-1.0",
  "CC-BY-4.0", "CC-BY-SA-4.0", "CC0-1.0", "CDDL-1.0", "CDDL-1.1", "CECILL-2.1", "CPL-1.0",
  "ECL-2.0", "EFL-2.0", "EPL-1.0", "EPL-2.0", "EUPL-1.1", "EUPL-1.2", "GFDL-1.3-only",
  "GFDL-1.3-or-later", "GPL-1.0-only", "GPL-1.0-or-later", "GPL-2.0", "GPL-2.0-only",
  "GPL-2.0-or-later", "GPL-3.0", "GPL-3.0-only", "GPL-3.0-or-later", "HPND", "ICU", "IPL-1.0",
  "ISC", "LGPL-2.0-only", "LGPL-2.0-or-later", "LGPL-2.1", "LGPL-2.1-only",
  "LGPL-2.1-or-later", "LGPL-3.0", "LGPL-3.0-only", "LGPL-3.0-or-later", "LPL-1.02",
  "LPPL-1.3c", "MirOS", "MIT", "MIT-0", "MPL-1.0", "MPL-1.1", "MPL-2.0",
  "MPL-2.0-no-copyleft-exception", "MS-PL", "MS-RL", "MulanPSL-2.0", "NCSA", "ODbL-1.0",
  "OFL-1.1", "OpenSSL", "OSL-3.0", "PHP-3.0", "PHP-3.01", "PostgreSQL", "Python-2.0",
  "QPL-1.0", "Ruby", "SSPL-1.0", "Unicode-DFS-2016", "Unlicense", "UPL-1.0", "Vim",
  "W3C", "WTFPL", "X11", "Zlib", "ZPL-2.0", "ZPL-2.1", NULL
};

static gboolean
spdx_valid (const char *v)
{
  return g_strv_contains (spdx_ids, v);
}

static gboolean
not_empty (const char *v)
{
  return v[0] != '\0';
}

typedef struct
{
  const char  *code;
  const char  *type;            /* the schema type it checks; NULL: every label */
  gboolean   (*valid) (const char *value);
  const char  *prefix;          /* message: prefix, label name, suffix */
  const char  *suffix;
} LabelCheck;

static void
check_label_values (PodliftLintContext *ctx,
                    const LabelCheck   *check)
{
  const PodliftDockerfileAst *ast = podlift_lint_context_get_ast (ctx);
  GHashTable *schema = label_schema (ctx);

  for (guint i = 0; schema != NULL && i < ast->instructions->len; i++)
    {
      const PodliftInstruction *inst = instruction_at (ast, i);

      if (inst->kind != PODLIFT_INSTRUCTION_LABEL || inst->pairs == NULL)
        continue;
      for (guint k = 0; k < inst->pairs->len; k++)
        {
          const PodliftKeyValue *kv = g_ptr_array_index (inst->pairs, k);
          const char *type = kv->key != NULL ? g_hash_table_lookup (schema, kv->key) : NULL;
          g_autofree char *message = NULL;

          if (type == NULL ||
              (check->type != NULL && g_ascii_strcasecmp (type, check->type) != 0) ||
              check->valid (kv->value != NULL ? kv->value : ""))
            continue;
          message = g_strconcat (check->prefix, kv->key, check->suffix, NULL);
          podlift_lint_report_full (ctx, check->code, inst, message, &kv->range, NULL, NULL, NULL);
        }
    }
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

#define LABEL_SET    (1 << 0)
#define LABEL_SILENT (1 << 1)

/* Stages used by COPY --from (a name, or an index) before @limit. */
static void
mark_copy_sources (const PodliftDockerfileAst *ast,
                   const PodliftInstruction   *copy,
                   guint                       limit,
                   guint8                     *state)
{
  const PodliftFlag *from = podlift_dl3030_find_flag (copy, "from");
  char *end = NULL;
  guint64 index;

  if (from == NULL || from->value == NULL)
    return;
  index = g_ascii_strtoull (from->value, &end, 10);
  if (end != from->value && *end == '\0' && index < limit)
    state[index] |= LABEL_SILENT;
  for (guint k = 0; k < limit; k++)
    {
      const PodliftStage *s = stage_at (ast, k);

      if (s->name != NULL && g_ascii_strcasecmp (s->name, from->value) == 0)
        state[k] |= LABEL_SILENT;
    }
}

static gboolean
label_pairs_have (const PodliftInstruction *inst,
                  const char               *label)
{
  for (guint k = 0; inst->pairs != NULL && k < inst->pairs->len; k++)
    if (g_strcmp0 (((PodliftKeyValue *) g_ptr_array_index (inst->pairs, k))->key, label) == 0)
      return TRUE;
  return FALSE;
}

/* Reports each stage that does not set @label, unless it is built FROM a
 * stage that does, or is only a source of a later COPY --from (hadolint
 * leaves those intermediate stages alone). */
static void
dl3049_check_label (PodliftLintContext *ctx,
                    const char         *label,
                    const guint        *parents,
                    guint8             *state)
{
  const PodliftDockerfileAst *ast = podlift_lint_context_get_ast (ctx);
  guint n_stages = ast->stages->len;

  for (guint i = 0; i < ast->instructions->len; i++)
    {
      const PodliftInstruction *inst = instruction_at (ast, i);
      guint stage = inst->stage, parent;

      if (stage >= n_stages)
        continue;
      if (inst->kind == PODLIFT_INSTRUCTION_FROM)
        state[stage] = (parent = parents[stage]) != G_MAXUINT &&
                       (state[parent] & LABEL_SET) ? LABEL_SET : 0;
      else if (inst->kind == PODLIFT_INSTRUCTION_LABEL && label_pairs_have (inst, label))
        state[stage] |= LABEL_SET;
      else if (inst->kind == PODLIFT_INSTRUCTION_COPY)
        mark_copy_sources (ast, inst, stage, state);
    }

  for (guint s = 0; s < n_stages; s++)
    if (state[s] == 0)
      {
        g_autofree char *message = g_strconcat ("Label `", label, "` is missing.", NULL);

        podlift_lint_report_full (ctx, "DL3049", instruction_at (ast, stage_at (ast, s)->from),
                                  message, NULL, NULL, NULL, NULL);
      }
}

void
podlift_rules_check_dl3049 (PodliftLintContext *ctx)
{
  const PodliftDockerfileAst *ast = podlift_lint_context_get_ast (ctx);
  GHashTable *schema = label_schema (ctx);
  g_autofree gpointer *labels = NULL;
  const guint *parents;
  guint n_labels;

  if (schema == NULL || ast->stages == NULL || ast->stages->len == 0)
    return;
  parents = podlift_dl3030_stage_parents (ctx);
  labels = g_hash_table_get_keys_as_array (schema, &n_labels);
  qsort (labels, n_labels, sizeof (gpointer), compare_strings);
  for (guint l = 0; l < n_labels; l++)
    {
      g_autofree guint8 *state = g_new0 (guint8, ast->stages->len);

      dl3049_check_label (ctx, labels[l], parents, state);
    }
}

void
podlift_rules_check_dl3050 (PodliftLintContext *ctx)
{
  const PodliftDockerfileAst *ast = podlift_lint_context_get_ast (ctx);
  GHashTable *schema = label_schema (ctx);

  if (schema == NULL ||
      !podlift_lint_config_get_strict_labels (podlift_lint_context_get_config (ctx)))
    return;
  for (guint i = 0; i < ast->instructions->len; i++)
    {
      const PodliftInstruction *inst = instruction_at (ast, i);

      for (guint k = 0; inst->kind == PODLIFT_INSTRUCTION_LABEL && inst->pairs != NULL &&
                        k < inst->pairs->len; k++)
        {
          const PodliftKeyValue *kv = g_ptr_array_index (inst->pairs, k);

          if (kv->key == NULL || !g_hash_table_contains (schema, kv->key))
            {
              podlift_lint_report_full (ctx, "DL3050", inst, NULL, &kv->range, NULL, NULL, NULL);
              break;
            }
        }
    }
}

void
podlift_rules_check_dl3051 (PodliftLintContext *ctx)
{
  static const LabelCheck check = {
    "DL3051", NULL, not_empty, "label `", "` is empty.",
  };

  check_label_values (ctx, &check);
}

void
podlift_rules_check_dl3052 (PodliftLintContext *ctx)
{
  static const LabelCheck check = {
    "DL3052", "url", url_valid, "Label `", "` is not a valid URL.",
  };

  check_label_values (ctx, &check);
}

void
podlift_rules_check_dl3053 (PodliftLintContext *ctx)
{
  static const LabelCheck check = {
    "DL3053", "rfc3339", rfc3339_valid,
    "Label `", "` is not a valid time format - must be conform to RFC3339.",
  };

  check_label_values (ctx, &check);
}

void
podlift_rules_check_dl3054 (PodliftLintContext *ctx)
{
  static const LabelCheck check = {
    "DL3054", "spdx", spdx_valid, "Label `", "` is not a valid SPDX identifier.",
  };

  check_label_values (ctx, &check);
}

void
podlift_rules_check_dl3055 (PodliftLintContext *ctx)
{
  static const LabelCheck check = {
    "DL3055", "hash", hash_valid, "Label `", "` is not a valid git hash.",
  };

  check_label_values (ctx, &check);
}

void
podlift_rules_check_dl3056 (PodliftLintContext *ctx)
{
  static const LabelCheck check = {
    "DL3056", "semver", semver_valid, "Label `", "` does not conform to semantic versioning.",
  };

  check_label_values (ctx, &check);
}

void
podlift_rules_check_dl3058 (PodliftLintContext *ctx)
{
  static const LabelCheck check = {
    "DL3058", "email", email_valid,
    "Label `", "` is not a valid email format - must be conform to RFC5322.",
  };

  check_label_values (ctx, &check);
}

/* }}} */
