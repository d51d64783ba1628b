/* podlift-manifest-checks-secrets.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-manifest-checks"

#include "config.h"

#include <string.h>

#include "podlift-bundle-private.h"
#include "podlift-manifest-checks-private.h"

/* podlift-secret-values: a Secret manifest should hold placeholders
 * ("change-me", "", "<password>", "${DB_PASSWORD}"), the real values
 * coming from elsewhere. Any other value looks real: kube-linter and
 * Polaris look at env values and ConfigMaps, none at Secrets. */

/* Words people write instead of a value, compared without case, with
 * "_" and " " read as "-". */
static const char * const placeholder_words[] = {
  PODLIFT_SECRET_PLACEHOLDER, "changeme", "change-it", "changeit", "replace-me", "replaceme",
  "to-be-replaced", "set-me", "fill-me", "todo", "tbd", "fixme", "placeholder", "redacted",
  "example", "dummy", "none", "null", "nil", "undefined", "empty", "secret", "password",
};

/* Delimiters of a template or a variable: <value>, ${VAR}, {{ .x }},
 * $(VAR), %VAR%, __VAR__. */
static const char * const placeholder_wrappers[][2] = {
  { "<", ">" }, { "${", "}" }, { "{{", "}}" }, { "$(", ")" }, { "%", "%" }, { "__", "__" },
};

static gboolean
is_wrapped (const char *text)
{
  gsize len = strlen (text);

  for (guint i = 0; i < G_N_ELEMENTS (placeholder_wrappers); i++)
    {
      const char *open = placeholder_wrappers[i][0];
      const char *close = placeholder_wrappers[i][1];

      if (len > strlen (open) + strlen (close) &&
          g_str_has_prefix (text, open) && g_str_has_suffix (text, close))
        return TRUE;
    }

  return FALSE;
}

/* "xxxx", "****", "0000" */
static gboolean
is_one_character (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if (*p != text[0])
      return FALSE;

  return TRUE;
}

static gboolean
is_placeholder_word (const char *text)
{
  g_autofree char *word = g_ascii_strdown (text, -1);

  g_strdelimit (word, "_ ", '-');
  for (guint i = 0; i < G_N_ELEMENTS (placeholder_words); i++)
    if (g_str_equal (word, placeholder_words[i]))
      return TRUE;

  /* "your-api-key", "put-the-token-here" */
  return g_str_has_prefix (word, "your-") || g_str_has_suffix (word, "-here");
}

gboolean
podlift_manifest_value_looks_real (const char *value,
                                   gsize       length)
{
  g_autofree char *text = NULL;

  /* Binary data (a keystore) is real. */
  if (memchr (value, '\0', length) != NULL || !g_utf8_validate (value, length, NULL))
    return TRUE;

  text = g_strstrip (g_strndup (value, length));
  if (text[0] == '\0')
    return FALSE;

  /* A certificate alone is public. */
  if (strstr (text, "-----BEGIN CERTIFICATE-----") != NULL && strstr (text, "PRIVATE KEY") == NULL)
    return FALSE;

  return !is_wrapped (text) && !is_one_character (text) && !is_placeholder_word (text);
}

static gboolean
is_base64 (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && !strchr ("+/=\r\n", *p))
      return FALSE;

  return TRUE;
}

/* The value of a data (base64) or stringData (plain) entry. */
static gboolean
entry_looks_real (JsonNode *node,
                  gboolean  encoded)
{
  const char *text;
  g_autofree guchar *decoded = NULL;
  gsize length;

  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  if (json_node_get_value_type (node) != G_TYPE_STRING)
    return TRUE;   /* a number or a boolean */

  text = json_node_get_string (node);
  if (!encoded || !is_base64 (text))
    return podlift_manifest_value_looks_real (text, strlen (text));

  decoded = g_base64_decode (text, &length);

  return podlift_manifest_value_looks_real ((const char *) decoded, length);
}

static void
check_entries (PodliftManifestChecker      *checker,
               const PodliftManifestObject *object,
               const char                  *member,
               gboolean                     encoded)
{
  JsonObject *entries = podlift_manifest_get_object (object->object, member);
  JsonObjectIter iter;
  const char *key;
  JsonNode *value;

  if (entries == NULL)
    return;

  json_object_iter_init (&iter, entries);
  while (json_object_iter_next (&iter, &key, &value))
    {
      if (!entry_looks_real (value, encoded))
        continue;

      /* Never quote the value. */
      podlift_manifest_report (checker, object, PODLIFT_CHECK_SECRET_VALUES,
                               PODLIFT_SEVERITY_ERROR, NULL,
                               podlift_manifest_key_line (object, entries, key, NULL),
                               "Secret key “%s” (%s) holds a value that looks real: keep "
                               "secret values out of manifests", key, member);
    }
}

void
podlift_manifest_check_secret (PodliftManifestChecker      *checker,
                               const PodliftManifestObject *object)
{
  if (!g_str_equal (object->kind, "Secret"))
    return;

  check_entries (checker, object, "data", TRUE);
  check_entries (checker, object, "stringData", FALSE);
}
