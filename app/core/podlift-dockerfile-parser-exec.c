/* podlift-dockerfile-parser-exec.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-dockerfile-parser"

#include "config.h"

#include "podlift-dockerfile-parser-private.h"

/* The exec form of an instruction: ["a", "b"], a JSON array of strings
 * and nothing after it, as BuildKit reads it (anything else is the
 * shell form). */

typedef enum
{
  JSON_OK,
  JSON_NOT_JSON,
  JSON_UNTERMINATED,
  JSON_NOT_STRINGS,
} JsonResult;

static inline gsize
json_skip_space (const char *b,
                 gsize       i,
                 gsize       end)
{
  while (i < end && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n'))
    i++;

  return i;
}

/* The offset after the closing quote; 0 when the line ends first;
 * G_MAXSIZE for what JSON does not allow. */
static gsize
scan_json_string (const char *b,
                  gsize       i,
                  gsize       end,
                  gboolean   *plain)
{
  for (i++; i < end; i++)
    {
      guchar c = b[i];
      guint k;

      if (c == '"')
        return i + 1;
      if (c < 0x20)
        return G_MAXSIZE;
      if (c != '\\')
        continue;

      *plain = FALSE;
      if (++i >= end)
        return 0;
      if (b[i] != 'u')
        {
          if (strchr ("\"\\/bfnrt", b[i]) == NULL)
            return G_MAXSIZE;
          continue;
        }
      for (k = 1; k <= 4; k++)
        {
          if (i + k >= end)
            return 0;
          if (!g_ascii_isxdigit (b[i + k]))
            return G_MAXSIZE;
        }
      i += 4;
    }

  return 0;
}

/* A number, true, false or null: the offset after it, or G_MAXSIZE. */
static gsize
scan_json_scalar (const char *b,
                  gsize       i,
                  gsize       end)
{
  static const char * const literals[] = { "true", "false", "null" };
  gsize digits;
  guint k;

  for (k = 0; k < G_N_ELEMENTS (literals); k++)
    {
      gsize len = strlen (literals[k]);

      if (end - i >= len && memcmp (b + i, literals[k], len) == 0)
        return i + len;
    }

  if (i < end && b[i] == '-')
    i++;
  for (digits = i; i < end && (g_ascii_isdigit (b[i]) || b[i] == '.'); i++)
    ;
  if (i == digits)
    return G_MAXSIZE;
  if (i < end && (b[i] == 'e' || b[i] == 'E'))
    {
      i++;
      if (i < end && (b[i] == '+' || b[i] == '-'))
        i++;
      while (i < end && g_ascii_isdigit (b[i]))
        i++;
    }

  return i;
}

/* One element at @i: a string (added to @spans) or a scalar. */
static JsonResult
scan_json_element (const char      *b,
                   gsize           *i,
                   gsize            end,
                   PodliftSpanList *spans,
                   gboolean        *strings_only)
{
  PodliftSpan span = { *i, 0, TRUE };

  if (b[*i] == '"')
    span.end = scan_json_string (b, *i, end, &span.plain);
  else
    {
      span.end = scan_json_scalar (b, *i, end);
      *strings_only = FALSE;
    }

  if (span.end == 0)
    return JSON_UNTERMINATED;
  if (span.end == G_MAXSIZE)
    return JSON_NOT_JSON;

  if (b[*i] == '"')
    span_list_push (spans, &span);
  *i = span.end;

  return JSON_OK;
}

static JsonResult
scan_json_array (const char      *b,
                 gsize            i,
                 gsize            end,
                 PodliftSpanList *spans)
{
  gboolean strings_only = TRUE;
  gboolean first = TRUE;

  for (i = json_skip_space (b, i + 1, end); ; i = json_skip_space (b, i + 1, end))
    {
      JsonResult result;

      if (i == end)
        return JSON_UNTERMINATED;
      if (first && b[i] == ']')
        break;
      result = scan_json_element (b, &i, end, spans, &strings_only);
      if (result != JSON_OK)
        return result;
      i = json_skip_space (b, i, end);
      if (i == end)
        return JSON_UNTERMINATED;
      if (b[i] == ']')
        break;
      if (b[i] != ',')
        return JSON_NOT_JSON;
      first = FALSE;
    }

  if (json_skip_space (b, i + 1, end) != end)
    return JSON_NOT_JSON;

  return strings_only ? JSON_OK : JSON_NOT_STRINGS;
}

static gunichar
json_hex (const char *p)
{
  gunichar value = 0;
  guint k;

  for (k = 0; k < 4; k++)
    value = value * 16 + g_ascii_xdigit_value (p[k]);

  return value;
}

/* The text of the JSON string [start, end), quotes included. */
static void
json_decode (GString    *out,
             const char *b,
             gsize       start,
             gsize       end)
{
  static const char escapes[] = "b\bf\fn\nr\rt\t";
  gsize i;

  g_string_truncate (out, 0);
  for (i = start + 1; i + 1 < end; i++)
    {
      const char *found;
      gunichar c;

      if (b[i] != '\\')
        {
          g_string_append_c (out, b[i]);
          continue;
        }
      i++;
      if (b[i] != 'u')
        {
          found = strchr (escapes, b[i]);
          g_string_append_c (out, found != NULL && b[i] != '\0' ? found[1] : b[i]);
          continue;
        }
      c = json_hex (b + i + 1);
      i += 4;
      if (c >= 0xD800 && c < 0xDC00 && i + 6 < end && b[i + 1] == '\\' && b[i + 2] == 'u'
          && json_hex (b + i + 3) >= 0xDC00 && json_hex (b + i + 3) < 0xE000)
        {
          c = 0x10000 + ((c - 0xD800) << 10) + (json_hex (b + i + 3) - 0xDC00);
          i += 6;
        }
      g_string_append_unichar (out, c >= 0xD800 && c < 0xE000 ? 0xFFFD : c);
    }
}

gboolean
podlift_parser_parse_exec (PodliftParser      *self,
                           PodliftInstruction *insn,
                           gsize               start,
                           gsize               end)
{
  const char *b = self->text;
  PodliftRange range;
  JsonResult result;
  guint i;

  if (start >= end || b[start] != '[')
    return FALSE;

  self->spans.len = 0;
  result = scan_json_array (b, start, end, &self->spans);
  range = logical_range (self, start, end);
  if (result == JSON_UNTERMINATED)
    podlift_parser_add_error (self, &range, "unterminated JSON array");
  else if (result == JSON_NOT_STRINGS)
    podlift_parser_add_error (self, &range, "when using JSON array syntax, "
                              "arrays must be comprised of strings only");
  if (result != JSON_OK)
    return FALSE;

  insn->exec_form = TRUE;
  if (self->spans.len > 0)
    insn->exec_args = podlift_parser_array_new (self->priv, self->spans.len);
  for (i = 0; i < self->spans.len; i++)
    {
      const PodliftSpan *span = &self->spans.items[i];
      PodliftWord *word = arena_alloc (self->priv, sizeof *word);

      word->raw = arena_strndup (self->priv, b + span->start, span->end - span->start);
      if (span->plain)
        word->text = arena_strndup (self->priv, b + span->start + 1, span->end - span->start - 2);
      else
        {
          json_decode (self->scratch, b, span->start, span->end);
          word->text = arena_strndup (self->priv, self->scratch->str, self->scratch->len);
        }
      word->range = logical_range (self, span->start, span->end);
      insn->exec_args->pdata[i] = word;
    }

  return TRUE;
}
