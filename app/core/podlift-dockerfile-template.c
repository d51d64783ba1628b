/* podlift-dockerfile-template.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-dockerfile-template"

#include "config.h"

#include <string.h>

#include "podlift-core-resources.h"
#include "podlift-dockerfile-generator-private.h"
#include "podlift-error.h"

/* The small template language of the Dockerfile drafts (see the private
 * header): a text is cut into tokens once, with the lines of standalone
 * tags already dropped, then rendered recursively. */

#define TEMPLATES_PATH "/app/podlift/Podlift/templates/"
#define MAX_DEPTH 8

typedef enum
{
  TOKEN_TEXT,
  TOKEN_VALUE,
  TOKEN_SECTION,
  TOKEN_INVERTED,
  TOKEN_CLOSE,
  TOKEN_PARTIAL,
} TokenKind;

typedef struct
{
  TokenKind   kind;
  const char *start;    /* TEXT: the text; others: the name */
  gsize       length;
  guint       close;    /* SECTION, INVERTED: index of the matching CLOSE */
} Token;

typedef struct
{
  PodliftTemplateVars *vars;
  GString             *out;
  guint                depth;
} Renderer;

static gboolean render_text (Renderer    *renderer,
                             const char  *text,
                             const char  *dot,
                             GError     **error);

/* ---- Values ---------------------------------------------------------------- */

PodliftTemplateVars *
podlift_template_vars_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                (GDestroyNotify) g_ptr_array_unref);
}

void
podlift_template_set_list (PodliftTemplateVars *vars,
                           const char          *name,
                           GPtrArray           *items)
{
  g_return_if_fail (vars != NULL);
  g_return_if_fail (name != NULL);

  if (items == NULL)
    items = g_ptr_array_new_with_free_func (g_free);

  g_hash_table_replace (vars, g_strdup (name), items);
}

void
podlift_template_set (PodliftTemplateVars *vars,
                      const char          *name,
                      const char          *value)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_free);

  if (value != NULL && value[0] != '\0')
    g_ptr_array_add (items, g_strdup (value));

  podlift_template_set_list (vars, name, items);
}

void
podlift_template_set_printf (PodliftTemplateVars *vars,
                             const char          *name,
                             const char          *format,
                             ...)
{
  g_autofree char *value = NULL;
  va_list args;

  va_start (args, format);
  value = g_strdup_vprintf (format, args);
  va_end (args);

  podlift_template_set (vars, name, value);
}

void
podlift_template_set_flag (PodliftTemplateVars *vars,
                           const char          *name,
                           gboolean             value)
{
  podlift_template_set (vars, name, value ? "yes" : NULL);
}

/* ---- Tokens ------------------------------------------------------------------ */

static gboolean
is_blank (const char *start,
          const char *end)
{
  for (const char *p = start; p < end; p++)
    if (*p != ' ' && *p != '\t')
      return FALSE;

  return TRUE;
}

static void
add_token (GArray     *tokens,
           TokenKind   kind,
           const char *start,
           gsize       length)
{
  Token token = { kind, start, length, 0 };

  g_array_append_val (tokens, token);
}

/* A block tag, partial or comment alone on its line: the blanks before
 * it are dropped from the text token, and the rest of the line after it
 * is skipped. Returns where the text goes on. */
static const char *
drop_standalone_line (GArray     *tokens,
                      const char *text,
                      const char *tag_start,
                      const char *tag_end)
{
  const char *line_start = tag_start;
  const char *line_end = strchr (tag_end, '\n');
  Token *before;

  while (line_start > text && line_start[-1] != '\n')
    line_start--;

  if (line_end == NULL)
    line_end = tag_end + strlen (tag_end);

  if (!is_blank (line_start, tag_start) || !is_blank (tag_end, line_end))
    return tag_end;

  /* the text token before the tag ends with these blanks (a tag on the
   * same line would have made them not blank) */
  before = tokens->len > 1 ? &g_array_index (tokens, Token, tokens->len - 2) : NULL;
  if (before != NULL && before->kind == TOKEN_TEXT && before->start + before->length == tag_start)
    before->length -= tag_start - line_start;

  return *line_end == '\n' ? line_end + 1 : line_end;
}

static gboolean
match_sections (GArray  *tokens,
                GError **error)
{
  g_autoptr(GArray) open = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < tokens->len; i++)
    {
      Token *token = &g_array_index (tokens, Token, i);
      Token *opener;

      if (token->kind == TOKEN_SECTION || token->kind == TOKEN_INVERTED)
        g_array_append_val (open, i);

      if (token->kind != TOKEN_CLOSE)
        continue;

      opener = open->len > 0
               ? &g_array_index (tokens, Token, g_array_index (open, guint, open->len - 1))
               : NULL;
      if (opener == NULL || opener->length != token->length ||
          strncmp (opener->start, token->start, token->length) != 0)
        {
          g_set_error (error, PODLIFT_ERROR, PODLIFT_ERROR_FAILED,
                       "Template: {{/%.*s}} closes no open block", (int) token->length,
                       token->start);
          return FALSE;
        }

      opener->close = i;
      g_array_set_size (open, open->len - 1);
    }

  if (open->len > 0)
    {
      Token *opener = &g_array_index (tokens, Token, g_array_index (open, guint, 0));

      g_set_error (error, PODLIFT_ERROR, PODLIFT_ERROR_FAILED,
                   "Template: {{#%.*s}} is never closed", (int) opener->length, opener->start);
      return FALSE;
    }

  return TRUE;
}

static TokenKind
tag_kind (char c)
{
  switch (c)
    {
    case '#': return TOKEN_SECTION;
    case '^': return TOKEN_INVERTED;
    case '/': return TOKEN_CLOSE;
    case '>': return TOKEN_PARTIAL;
    case '!': return TOKEN_TEXT;        /* a comment: an empty text */
    default: return TOKEN_VALUE;
    }
}

static GArray *
tokenize (const char  *text,
          GError     **error)
{
  g_autoptr(GArray) tokens = g_array_new (FALSE, FALSE, sizeof (Token));
  const char *p = text;
  const char *open;

  while ((open = strstr (p, "{{")) != NULL)
    {
      const char *close = strstr (open + 2, "}}");
      const char *name = open + 2;
      TokenKind kind;

      if (close == NULL)
        {
          g_set_error (error, PODLIFT_ERROR, PODLIFT_ERROR_FAILED,
                       "Template: “{{” without “}}” at “%.20s”", open);
          return NULL;
        }

      add_token (tokens, TOKEN_TEXT, p, open - p);
      kind = tag_kind (*name);
      if (kind != TOKEN_VALUE)
        name++;
      while (name < close && *name == ' ')
        name++;
      while (close > name && close[-1] == ' ')
        close--;

      if (kind == TOKEN_TEXT)
        add_token (tokens, TOKEN_TEXT, name, 0);
      else
        add_token (tokens, kind, name, close - name);

      close = strstr (close, "}}");
      p = close + 2;
      if (kind != TOKEN_VALUE)
        p = drop_standalone_line (tokens, text, open, p);
    }

  add_token (tokens, TOKEN_TEXT, p, strlen (p));

  if (!match_sections (tokens, error))
    return NULL;

  return g_steal_pointer (&tokens);
}

/* ---- Rendering ----------------------------------------------------------------- */

static GPtrArray *
lookup (Renderer     *renderer,
        const Token  *token,
        GError      **error)
{
  g_autofree char *name = g_strndup (token->start, token->length);
  GPtrArray *items = g_hash_table_lookup (renderer->vars, name);

  if (items == NULL)
    g_set_error (error, PODLIFT_ERROR, PODLIFT_ERROR_FAILED,
                 "Template: “%s” is not set", name);

  return items;
}

static gboolean
render_value (Renderer     *renderer,
              const Token  *token,
              const char   *dot,
              GError      **error)
{
  GPtrArray *items;

  if (token->length == 1 && token->start[0] == '.')
    {
      if (dot == NULL)
        {
          g_set_error_literal (error, PODLIFT_ERROR, PODLIFT_ERROR_FAILED,
                               "Template: {{.}} outside a block");
          return FALSE;
        }
      g_string_append (renderer->out, dot);
      return TRUE;
    }

  if ((items = lookup (renderer, token, error)) == NULL)
    return FALSE;

  if (items->len > 1)
    {
      g_set_error (error, PODLIFT_ERROR, PODLIFT_ERROR_FAILED,
                   "Template: “%.*s” is a list: use it in a block", (int) token->length,
                   token->start);
      return FALSE;
    }

  if (items->len == 1)
    g_string_append (renderer->out, g_ptr_array_index (items, 0));

  return TRUE;
}

static gboolean
render_partial (Renderer     *renderer,
                const Token  *token,
                const char   *dot,
                GError      **error)
{
  g_autofree char *path = g_strdup_printf (TEMPLATES_PATH "_%.*s", (int) token->length,
                                           token->start);
  g_autoptr(GBytes) bytes = NULL;

  if (renderer->depth >= MAX_DEPTH)
    {
      g_set_error (error, PODLIFT_ERROR, PODLIFT_ERROR_FAILED,
                   "Template: partials nest too deep at “%s”", path);
      return FALSE;
    }

  bytes = g_resource_lookup_data (podlift_core_get_resource (), path,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return FALSE;

  return render_text (renderer, g_bytes_get_data (bytes, NULL), dot, error);
}

static gboolean
render_tokens (Renderer     *renderer,
               GArray       *tokens,
               guint         from,
               guint         to,
               const char   *dot,
               GError      **error)
{
  for (guint i = from; i < to; i++)
    {
      const Token *token = &g_array_index (tokens, Token, i);
      GPtrArray *items;
      gboolean ok = TRUE;

      switch (token->kind)
        {
        case TOKEN_TEXT:
          g_string_append_len (renderer->out, token->start, token->length);
          break;

        case TOKEN_VALUE:
          ok = render_value (renderer, token, dot, error);
          break;

        case TOKEN_PARTIAL:
          ok = render_partial (renderer, token, dot, error);
          break;

        case TOKEN_SECTION:
        case TOKEN_INVERTED:
          if ((items = lookup (renderer, token, error)) == NULL)
            return FALSE;
          if (token->kind == TOKEN_INVERTED && items->len == 0)
            ok = render_tokens (renderer, tokens, i + 1, token->close, dot, error);
          for (guint j = 0; token->kind == TOKEN_SECTION && ok && j < items->len; j++)
            ok = render_tokens (renderer, tokens, i + 1, token->close,
                                g_ptr_array_index (items, j), error);
          i = token->close;
          break;

        case TOKEN_CLOSE:
        default:
          g_assert_not_reached ();
        }

      if (!ok)
        return FALSE;
    }

  return TRUE;
}

static gboolean
render_text (Renderer    *renderer,
             const char  *text,
             const char  *dot,
             GError     **error)
{
  g_autoptr(GArray) tokens = tokenize (text, error);
  gboolean ok;

  if (tokens == NULL)
    return FALSE;

  renderer->depth++;
  ok = render_tokens (renderer, tokens, 0, tokens->len, dot, error);
  renderer->depth--;

  return ok;
}

char *
podlift_template_render (const char           *text,
                         PodliftTemplateVars  *vars,
                         GError              **error)
{
  g_autoptr(GString) out = g_string_new (NULL);
  Renderer renderer = { vars, out, 0 };

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (vars != NULL, NULL);

  if (!render_text (&renderer, text, NULL, error))
    return NULL;

  return g_string_free (g_steal_pointer (&out), FALSE);
}

char *
podlift_template_render_resource (const char           *name,
                                  PodliftTemplateVars  *vars,
                                  GError              **error)
{
  g_autofree char *path = g_strconcat (TEMPLATES_PATH, name, NULL);
  g_autoptr(GBytes) bytes = NULL;

  bytes = g_resource_lookup_data (podlift_core_get_resource (), path,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;

  return podlift_template_render (g_bytes_get_data (bytes, NULL), vars, error);
}
