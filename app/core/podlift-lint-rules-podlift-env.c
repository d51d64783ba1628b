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

static gboolean
has_variable (const char *text)
{
  return text != NULL && strchr (text, '$') != NULL;
}

static inline char
ascii_upper (char c)
{
  return c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c;
}

/* Lists of words, upper case, with a bit set for each length they
 * have: most words of a name are turned down by their length alone. */
typedef struct
{
  const char *text;
  gsize       len;
} Word;

typedef struct
{
  const Word *words;
  gsize       n_words;
  guint32     lengths;                  /* bit n: a word of n letters */
  guint32     firsts;                   /* bit n: a word starting with 'A' + n */
} WordList;

#define WORD_ITEM(text)   { text, sizeof text - 1 },
#define WORD_LENGTH(text) | (1u << (sizeof text - 1))
#define WORD_FIRST(text)  | (1u << ((text)[0] - 'A'))
#define WORD_LIST(name, WORDS) \
  static const Word name##_items[] = { WORDS (WORD_ITEM) }; \
  static const WordList name = { name##_items, G_N_ELEMENTS (name##_items), \
                                 0 WORDS (WORD_LENGTH), 0 WORDS (WORD_FIRST) }

/* Whether @word (@len bytes) is one of @list, in any case. */
static gboolean
word_in (const char     *word,
         gsize           len,
         const WordList *list)
{
  char first = ascii_upper (word[0]);

  if (len >= 32 || (list->lengths & (1u << len)) == 0 ||
      first < 'A' || first > 'Z' || (list->firsts & (1u << (first - 'A'))) == 0)
    return FALSE;

  for (gsize i = 0; i < list->n_words; i++)
    if (list->words[i].len == len && list->words[i].text[0] == first &&
        g_ascii_strncasecmp (word, list->words[i].text, len) == 0)
      return TRUE;

  return FALSE;
}

/* What ends a word of a name. */
static const guint8 word_ends[256] = { [0] = 1, ['_'] = 1, ['-'] = 1, ['.'] = 1 };

/* The variable name's words ("DB_PASSWORD" → DB, PASSWORD), checked
 * against @list. */
static gboolean
name_has_word (const char     *name,
               const WordList *list)
{
  const char *word = name;

  for (const char *p = name;; p++)
    {
      while (!word_ends[(guchar) *p])
        p++;

      if (word_in (word, p - word, list))
        return TRUE;
      if (*p == '\0')
        return FALSE;
      word = p + 1;
    }
}

/* The same for its last word only. */
static gboolean
name_ends_with_word (const char     *name,
                     const WordList *list)
{
  const char *end = name + strlen (name);
  const char *word = end;

  while (word > name && !word_ends[(guchar) word[-1]])
    word--;

  return word_in (word, end - word, list);
}

#define SECRET_WORDS(X) \
  X ("PASSWORD") X ("PASSWD") X ("PASS") X ("PASSPHRASE") X ("SECRET") X ("SECRETS") \
  X ("TOKEN") X ("APIKEY") X ("CREDENTIALS") X ("CREDENTIAL")

WORD_LIST (secret_words, SECRET_WORDS);

/* Last words that make the variable about a secret, not the secret:
 * DB_PASSWORD_FILE=/run/secrets/db is the right way to do it. */
#define SECRET_META_WORDS(X) \
  X ("FILE") X ("PATH") X ("DIR") X ("NAME") X ("URL") X ("URI") X ("ENDPOINT") X ("HEADER") \
  X ("LENGTH") X ("TTL") X ("TIMEOUT") X ("EXPIRY") X ("EXPIRES") X ("LIFETIME") \
  X ("ENABLED") X ("REQUIRED") X ("MIN") X ("MAX") X ("POLICY") X ("HOST") X ("PORT") \
  X ("ALGORITHM") X ("ID")

WORD_LIST (secret_meta_words, SECRET_META_WORDS);

#define KEY_WORDS(X) X ("KEY")

WORD_LIST (key_words, KEY_WORDS);

static gboolean
is_secret_name (const char *name)
{
  static const char * const public_keys[] = {
    "GPG_KEY", "PGP_KEY", "PUBLIC_KEY", NULL
  };

  /* A secret word, or API_KEY, SIGNING_KEY but not a public key; then
   * not a name about a secret (the rarer question last). */
  if (!name_has_word (name, &secret_words) &&
      !(name_ends_with_word (name, &key_words) &&
        strchr (name, '_') != NULL &&
        !g_strv_contains (public_keys, name) &&
        !g_str_has_suffix (name, "_PUBLIC_KEY")))
    return FALSE;

  return !name_ends_with_word (name, &secret_meta_words);
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

  for (const char *p = strchr (value, 'A'); p != NULL; p = strchr (p + 1, 'A'))
    if ((p[1] == 'K' || p[1] == 'S') && p[2] == 'I' && p[3] == 'A' &&
        (p == value || !is_upper_alnum (p[-1])) &&
        run_of (p + 4, 16, is_upper_alnum) && !is_upper_alnum (p[20]))
      return TRUE;

  /* They all start with one of these letters. */
  if (value[0] == '\0' || strchr ("gnsx", value[0]) == NULL)
    return FALSE;

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
  static const PodliftInstructionKind kinds[] = { PODLIFT_INSTRUCTION_ENV, PODLIFT_INSTRUCTION_ARG };
  const PodliftDockerfileAst *ast = podlift_lint_context_get_ast (ctx);

  for (guint t = 0; t < G_N_ELEMENTS (kinds); t++)
    {
      guint n;
      const guint *at = podlift_lint_context_get_kind (ctx, kinds[t], &n);

      for (guint k = 0; k < n; k++)
        {
          const PodliftInstruction *insn = INSTRUCTION (ast, at[k]);

          for (guint j = 0; insn->pairs != NULL && j < insn->pairs->len; j++)
            {
              const PodliftKeyValue *pair = g_ptr_array_index (insn->pairs, j);
              g_autofree char *message = NULL;

              if (!is_secret_pair (insn, pair))
                continue;

              message = g_strconcat (insn->kind == PODLIFT_INSTRUCTION_ENV ? "ENV " : "ARG ",
                                     pair->key, " puts a secret into the image: pass it at run "
                                     "time from a Kubernetes Secret (or a build secret mount)",
                                     NULL);
              podlift_lint_report_full (ctx, "PL005", insn, message, &pair->range,
                                        NULL, NULL, NULL);
            }
        }
    }
}

/* Words of the names of tools' settings, and of configuration. */
#define TOOL_WORDS(X) \
  X ("DOWNLOAD") X ("MIRROR") X ("REGISTRY") X ("INDEX") X ("REPO") X ("VERSION") \
  X ("SHA256") X ("CHECKSUM") X ("HOME") X ("PATH") X ("DIR") X ("FILE") X ("PORT") \
  X ("ENGINE") X ("DRIVER") X ("TIMEOUT")
#define CONFIG_LAST_WORDS(X) \
  X ("HOST") X ("HOSTNAME") X ("HOSTS") X ("URL") X ("URI") X ("DSN") X ("ENDPOINT") \
  X ("DATABASE") X ("DB") X ("DOMAIN")
#define CONFIG_FIRST_WORDS(X) X ("DATABASE") X ("DB")

WORD_LIST (tool_words, TOOL_WORDS);
WORD_LIST (config_last_words, CONFIG_LAST_WORDS);
WORD_LIST (config_first_words, CONFIG_FIRST_WORDS);

/* Tools' own settings: the same in every environment. */
static gboolean
is_tool_setting (const char *name)
{
  static const char * const prefixes[] = {
    "PIP_", "NPM_CONFIG_", "YARN_", "POETRY_", "UV_", "MAVEN_", "GRADLE_",
    "CARGO_", "RUSTUP_", "NODE_", "PYTHON", "JAVA_", "BUNDLE_", "GEM_", "COMPOSER_",
  };

  /* GOPROXY, GOFLAGS, GOPRIVATE… */
  if (g_str_has_prefix (name, "GO") && strchr (name, '_') == NULL)
    return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    if (prefixes[i][0] == ascii_upper (name[0]) &&
        g_ascii_strncasecmp (name, prefixes[i], strlen (prefixes[i])) == 0)
      return TRUE;

  return name_has_word (name, &tool_words);
}

static gboolean
is_config_name (const char *name)
{
  const char *underscore = strchr (name, '_');

  if (name_ends_with_word (name, &config_last_words))
    return TRUE;

  return underscore != NULL && word_in (name, underscore - name, &config_first_words);
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
  guint n;
  const guint *at = podlift_lint_context_get_kind (ctx, PODLIFT_INSTRUCTION_ENV, &n);

  for (guint k = 0; k < n; k++)
    {
      const PodliftInstruction *insn = INSTRUCTION (ast, at[k]);

      if (insn->kind != PODLIFT_INSTRUCTION_ENV || insn->pairs == NULL)
        continue;

      for (guint j = 0; j < insn->pairs->len; j++)
        {
          const PodliftKeyValue *pair = g_ptr_array_index (insn->pairs, j);
          g_autofree char *message = NULL;

          /* a secret is PL005's: one finding is enough */
          if (!is_config_pair (pair) || is_secret_pair (insn, pair))
            continue;

          message = g_strconcat ("ENV ", pair->key, " bakes environment-specific configuration "
                                 "into the image: set it from a ConfigMap instead", NULL);
          podlift_lint_report_full (ctx, "PL004", insn, message, &pair->range, NULL, NULL, NULL);
        }
    }
}

