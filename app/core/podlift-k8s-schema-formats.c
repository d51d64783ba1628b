/* podlift-k8s-schema-formats.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-k8s-schema"

#include "config.h"

#include <string.h>

#include "podlift-k8s-schema-private.h"

/* The grammar of k8s.io/apimachinery/pkg/api/resource:
 *   <quantity>     ::= <signedNumber><suffix>
 *   <signedNumber> ::= [+-] <number>; <number> ::= <digits> | <digits>.<digits>?
 *                      | .<digits>
 *   <suffix>       ::= <binarySI> | <decimalExponent> | <decimalSI>
 *   <binarySI>     ::= Ki | Mi | Gi | Ti | Pi | Ei
 *   <decimalSI>    ::= n | u | m | "" | k | M | G | T | P | E
 *   <decimalExponent> ::= e <signedNumber> | E <signedNumber> (an integer) */

static const char *
skip_digits (const char *p)
{
  while (g_ascii_isdigit (*p))
    p++;
  return p;
}

static const char *
parse_number (const char *p)
{
  const char *start;
  const char *end;

  if (*p == '+' || *p == '-')
    p++;
  start = p;
  end = skip_digits (p);
  if (*end == '.')
    {
      const char *fraction = skip_digits (end + 1);

      if (end == start && fraction == end + 1)
        return NULL;
      return fraction;
    }
  return end == start ? NULL : end;
}

static gboolean
is_quantity_suffix (const char *suffix)
{
  static const char * const suffixes[] = {
    "", "n", "u", "m", "k", "M", "G", "T", "P", "E",
    "Ki", "Mi", "Gi", "Ti", "Pi", "Ei",
  };

  if (suffix[0] == 'e' || suffix[0] == 'E')
    {
      const char *p = suffix + 1;

      if (*p == '+' || *p == '-')
        p++;
      if (g_ascii_isdigit (*p) && *skip_digits (p) == '\0')
        return TRUE;
      /* "E" alone is exa. */
    }
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    if (strcmp (suffix, suffixes[i]) == 0)
      return TRUE;
  return FALSE;
}

gboolean
podlift_k8s_schema_is_quantity (const char *text)
{
  const char *suffix;

  g_return_val_if_fail (text != NULL, FALSE);

  suffix = parse_number (text);
  return suffix != NULL && is_quantity_suffix (suffix);
}

gboolean
podlift_k8s_schema_is_date_time (const char *text)
{
  g_autoptr(GDateTime) time = NULL;

  g_return_val_if_fail (text != NULL, FALSE);

  /* RFC 3339 wants the "T" (or "t") between date and time. */
  if (strlen (text) < 20 || (text[10] != 'T' && text[10] != 't'))
    return FALSE;
  time = g_date_time_new_from_iso8601 (text, NULL);
  return time != NULL;
}

gboolean
podlift_k8s_schema_is_base64 (const char *text)
{
  gsize length = 0;
  gsize padding = 0;

  g_return_val_if_fail (text != NULL, FALSE);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\n' || *p == '\r')
        continue;
      if (*p == '=')
        padding++;
      else if (padding > 0 ||
               !(g_ascii_isalnum (*p) || *p == '+' || *p == '/'))
        return FALSE;
      length++;
    }
  return length % 4 == 0 && padding <= 2;
}
