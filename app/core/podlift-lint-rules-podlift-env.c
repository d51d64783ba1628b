/* podlift-lint-rules-podlift-env.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "podlift-lint-rules-podlift-private.h"

/* PL004 and PL005: what ENV and ARG must not carry into an image that
 * runs unchanged in every environment. Heuristics on names and values,
 * kept cheap: no regex, one pass over each value. */

#define INSTRUCTION(ast, i) \
  ((const PodliftInstruction *) g_ptr_array_index ((ast)->instructions, (i)))

static gboolean
has_variable (const char *text)
{
  return text != NULL && strchr (text, '$') != NULL;
}

static gboolean
word_in (const char         *word,
         gsize               len,
         const char * const *list)
{
  for (guint i = 0; list[i] != NULL; i++)
    if (strlen (list[i]) == len && g_ascii_strncasecmp (word, list[i], len) == 0)
      return TRUE;

  return FALSE;
}

/* The variable name's words ("DB_PASSWORD" → DB, PASSWORD), checked
 * against @list; @last_only looks at the last word only. */
static gboolean
name_has_word (const char         *name,
               const char * const *list,
               gboolean            last_only)
{
  const char *word = name;

  for (const char *p = name;; p++)
    {
      if (*p != '_' && *p != '-' && *p != '.' && *p != '\0')
        continue;

      if ((!last_only || *p == '\0') && word_in (word, p - word, list))
        return TRUE;
      if (*p == '\0')
        return FALSE;
      word = p + 1;
    }
}

static const char * const secret_words[] = {
  "PASSWORD", "PASSWD", "PASS", "PASSPHRASE", "SECRET", "SECRETS", "TOKEN",
  "APIKEY", "CREDENTIALS", "CREDENTIAL", NULL
};

/* Last words that make the variable about a secret, not the secret:
 * DB_PASSWORD_FILE=/run/secrets/db is the right way to do it. */
static const char * const secret_meta_words[] = {
  "FILE", "PATH", "DIR", "NAME", "URL", "URI", "ENDPOINT", "HEADER", "LENGTH",
  "TTL", "TIMEOUT", "EXPIRY", "EXPIRES", "LIFETIME", "ENABLED", "REQUIRED",
  "MIN", "MAX", "POLICY", "HOST", "PORT", "ALGORITHM", "ID", NULL
};

static gboolean
is_secret_name (const char *name)
{
  static const char * const key_words[] = { "KEY", NULL };
  static const char * const public_keys[] = {
    "GPG_KEY", "PGP_KEY", "PUBLIC_KEY", NULL
  };

  if (name_has_word (name, secret_meta_words, TRUE))
    return FALSE;

  if (name_has_word (name, secret_words, FALSE))
    return TRUE;

  /* API_KEY, SIGNING_KEY, but not a public key */
  return name_has_word (name, key_words, TRUE) && strchr (name, '_') != NULL &&
         !g_strv_contains (public_keys, name) &&
         !g_str_has_suffix (name, "_PUBLIC_KEY");
}

/* "$NAME" or "${NAME}" and nothing else: no literal in the file. */
static gboolean
is_reference_only (const char *value)
{
  gsize len = strlen (value);

  if (value[0] != '$' || len < 2)
    return FALSE;

  if (value[1] == '{')
    return value[len - 1] == '}' && strchr (value + 2, '}') == value + len - 1;

  for (const char *p = value + 1; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '_')
      return FALSE;

  return TRUE;
}

/* scheme://user:password@host with a literal password. */
static gboolean
has_url_password (const char *value)
{
  const char *scheme = strstr (value, "://");
  const char *at;
  const char *colon;

  if (scheme == NULL)
    return FALSE;

  scheme += 3;
  at = strchr (scheme, '@');
  if (at == NULL || memchr (scheme, '/', at - scheme) != NULL)
    return FALSE;

  colon = memchr (scheme, ':', at - scheme);

  return colon != NULL && colon + 1 < at && colon[1] != '$';
}

static gboolean
run_of (const char *p,
        guint       n,
        gboolean  (*accept) (gint c))
{
  for (guint i = 0; i < n; i++)
    if (p[i] == '\0' || !accept (p[i]))
      return FALSE;

  return TRUE;
}

static gboolean
is_upper_alnum (gint c)
{
  return g_ascii_isupper (c) || g_ascii_isdigit (c);
}

static gboolean
is_token_char (gint c)
{
  return g_ascii_isalnum (c) || c == '_';
}

/* Values that look like credentials whatever the variable is called. */
static gboolean
is_secret_value (const char *value)
{
  static const char * const token_prefixes[] = {
    "ghp_", "gho_", "ghs_", "ghu_", "github_pat_", "glpat-", "xoxb-", "xoxp-",
    "sk_live_", "npm_",
  };

  if (has_url_password (value) || strstr (value, "PRIVATE KEY-----") != NULL)
    return TRUE;

  for (const char *p = value; *p != '\0'; p++)
    if ((g_str_has_prefix (p, "AKIA") || g_str_has_prefix (p, "ASIA")) &&
        (p == value || !is_upper_alnum (p[-1])) &&
        run_of (p + 4, 16, is_upper_alnum) && !is_upper_alnum (p[20]))
      return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (token_prefixes); i++)
    if (g_str_has_prefix (value, token_prefixes[i]) &&
        run_of (value + strlen (token_prefixes[i]), 20, is_token_char))
      return TRUE;

  return FALSE;
}

/* Whether the pair sets a secret: a secret-looking name with a value
 * (for ARG, a literal default; ENV keeps even "$TOKEN" in the image),
 * or a value that looks like a credential. */
static gboolean
is_secret_pair (const PodliftInstruction *insn,
                const PodliftKeyValue    *pair)
{
  if (pair->value == NULL || pair->value[0] == '\0' || pair->key == NULL)
    return FALSE;

  if (is_secret_value (pair->value))
    return TRUE;

  if (!is_secret_name (pair->key))
    return FALSE;

  return insn->kind == PODLIFT_INSTRUCTION_ENV || !is_reference_only (pair->value);
}

void
podlift_rules_check_pl005 (PodliftLintContext *ctx)
{
  const PodliftDockerfileAst *ast = podlift_lint_context_get_ast (ctx);

  for (guint i = 0; i < ast->instructions->len; i++)
    {
      const PodliftInstruction *insn = INSTRUCTION (ast, i);

      if ((insn->kind != PODLIFT_INSTRUCTION_ENV && insn->kind != PODLIFT_INSTRUCTION_ARG) ||
          insn->pairs == NULL)
        continue;

      for (guint j = 0; j < insn->pairs->len; j++)
        {
          const PodliftKeyValue *pair = g_ptr_array_index (insn->pairs, j);
          g_autofree char *message = NULL;

          if (!is_secret_pair (insn, pair))
            continue;

          message = g_strdup_printf ("%s %s puts a secret into the image: pass it at run time "
                                     "from a Kubernetes Secret (or a build secret mount)",
                                     insn->kind == PODLIFT_INSTRUCTION_ENV ? "ENV" : "ARG",
                                     pair->key);
          podlift_lint_report_full (ctx, "PL005", insn, message, &pair->range, NULL, NULL, NULL);
        }
    }
}

/* Tools' own settings: the same in every environment. */
static gboolean
is_tool_setting (const char *name)
{
  static const char * const prefixes[] = {
    "PIP_", "NPM_CONFIG_", "YARN_", "POETRY_", "UV_", "MAVEN_", "GRADLE_",
    "CARGO_", "RUSTUP_", "NODE_", "PYTHON", "JAVA_", "BUNDLE_", "GEM_", "COMPOSER_",
  };
  static const char * const words[] = {
    "DOWNLOAD", "MIRROR", "REGISTRY", "INDEX", "REPO", "VERSION", "SHA256",
    "CHECKSUM", "HOME", "PATH", "DIR", "FILE", "PORT", "ENGINE", "DRIVER",
    "TIMEOUT", NULL
  };

  /* GOPROXY, GOFLAGS, GOPRIVATE… */
  if (g_str_has_prefix (name, "GO") && strchr (name, '_') == NULL)
    return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    if (g_ascii_strncasecmp (name, prefixes[i], strlen (prefixes[i])) == 0)
      return TRUE;

  return name_has_word (name, words, FALSE);
}

static gboolean
is_config_name (const char *name)
{
  static const char * const last_words[] = {
    "HOST", "HOSTNAME", "HOSTS", "URL", "URI", "DSN", "ENDPOINT",
    "DATABASE", "DB", "DOMAIN", NULL
  };
  static const char * const first_words[] = { "DATABASE", "DB", NULL };
  const char *underscore = strchr (name, '_');

  if (name_has_word (name, last_words, TRUE))
    return TRUE;

  return underscore != NULL && word_in (name, underscore - name, first_words);
}

/* 10.0.12.7, 10.0.12.7:5432 */
static gboolean
is_ipv4 (const char *value)
{
  guint dots = 0;
  guint digits = 0;
  const char *p;

  for (p = value; *p != '\0' && *p != ':' && *p != '/'; p++)
    {
      if (*p == '.' && digits > 0 && digits <= 3)
        {
          dots++;
          digits = 0;
        }
      else if (g_ascii_isdigit (*p))
        digits++;
      else
        return FALSE;
    }

  return dots == 3 && digits > 0 && digits <= 3 && !g_str_has_prefix (value, "0.0.0.0");
}

/* scheme://host… with a host (not file:///, not a bind-all address). */
static gboolean
is_url_with_host (const char *value)
{
  const char *host = strstr (value, "://");
  const char *slash;
  const char *at;

  if (host == NULL)
    return FALSE;

  host += 3;
  at = strchr (host, '@');
  slash = strchr (host, '/');
  if (at != NULL && (slash == NULL || slash > at))
    host = at + 1;

  return *host != '\0' && *host != '/' && *host != '$' &&
         !g_str_has_prefix (host, "0.0.0.0") && !g_str_has_prefix (host, "[::]");
}

static gboolean
is_config_pair (const PodliftKeyValue *pair)
{
  const char *value = pair->value;

  if (pair->key == NULL || value == NULL || value[0] == '\0' ||
      is_reference_only (value) || is_tool_setting (pair->key) ||
      is_secret_name (pair->key))
    return FALSE;

  if (strstr (value, "://") != NULL)
    return is_url_with_host (value);

  if (is_ipv4 (value))
    return TRUE;

  return is_config_name (pair->key) && value[0] != '/' && !has_variable (value) &&
         !g_str_has_prefix (value, "0.0.0.0") && strcmp (value, "::") != 0;
}

void
podlift_rules_check_pl004 (PodliftLintContext *ctx)
{
  const PodliftDockerfileAst *ast = podlift_lint_context_get_ast (ctx);

  for (guint i = 0; i < ast->instructions->len; i++)
    {
      const PodliftInstruction *insn = INSTRUCTION (ast, i);

      if (insn->kind != PODLIFT_INSTRUCTION_ENV || insn->pairs == NULL)
        continue;

      for (guint j = 0; j < insn->pairs->len; j++)
        {
          const PodliftKeyValue *pair = g_ptr_array_index (insn->pairs, j);
          g_autofree char *message = NULL;

          /* a secret is PL005's: one finding is enough */
          if (!is_config_pair (pair) || is_secret_pair (insn, pair))
            continue;

          message = g_strdup_printf ("ENV %s bakes environment-specific configuration into the "
                                     "image: set it from a ConfigMap instead", pair->key);
          podlift_lint_report_full (ctx, "PL004", insn, message, &pair->range, NULL, NULL, NULL);
        }
    }
}

