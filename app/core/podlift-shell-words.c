/* podlift-shell-words.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-shell"

#include "config.h"

#include <string.h>

#include "podlift-shell-parser-private.h"

/* Reading one word: quotes, escapes, $… expansions, and the commands of
 * $( … ) and `…` (kept until the command that holds them is complete). */

static gboolean
is_name_start (char c)
{
  return g_ascii_isalpha (c) || c == '_';
}

gboolean
podlift_shell_is_assignment_word (const char *word)
{
  const char *s = word;

  if (!is_name_start (*s))
    return FALSE;

  while (g_ascii_isalnum (*s) || *s == '_')
    s++;

  return *s == '=' || (s[0] == '+' && s[1] == '=');
}

/* Where the commands of the substitutions in the current command wait
 * for it to be complete. */
static PodliftShellScript *
pending_script (Parser *ps)
{
  if (ps->pending == NULL)
    ps->pending = podlift_shell_script_new_in (ps->store);

  return ps->pending;
}

static void
add_pending (Parser             *ps,
             PodliftShellScript *inner)
{
  if (inner->has_pipe)
    ps->script->has_pipe = TRUE;

  if (inner->commands->len == 0)
    return;

  podlift_shell_move_commands (pending_script (ps)->commands, inner->commands,
                               PODLIFT_SHELL_OP_SEQUENCE);
}

/* Past the ')' that matches the '(' at @p, skipping quoted text. */
const char *
podlift_shell_skip_balanced (const char *p,
                             const char *end,
                             char        open,
                             char        close)
{
  guint depth = 0;

  while (p < end)
    {
      char c = *p++;

      if (c == '\\' && p < end)
        p++;
      else if (c == '\'')
        {
          const char *q = memchr (p, '\'', end - p);
          p = q != NULL ? q + 1 : end;
        }
      else if (c == '"')
        {
          while (p < end && *p != '"')
            p += (*p == '\\' && p + 1 < end) ? 2 : 1;
          p = MIN (p + 1, end);
        }
      else if (c == open)
        depth++;
      else if (c == close && --depth == 0)
        break;
    }

  return p;
}

/* $( … ): parsed in place by a child parser that stops at the ')'. */
void
podlift_shell_read_substitution (Parser *ps)
{
  PodliftShellScript *pending;
  guint count;
  Parser child;

  if (ps->depth >= MAX_DEPTH)
    {
      ps->p = podlift_shell_skip_balanced (ps->p - 1, ps->end, '(', ')');
      return;
    }

  /* The child writes straight into the pending list. */
  pending = pending_script (ps);
  count = pending->commands->len;

  podlift_shell_parser_init (&child, pending, ps->store, ps->p, ps->end, ps->depth + 1);
  child.copy = ps->copy;
  child.copy_of = ps->copy_of;
  podlift_shell_parse_list (&child, TRUE);
  ps->p = child.p;
  podlift_shell_parser_clear (&child);

  if (pending->commands->len > count)
    {
      PodliftShellCommand *last = g_ptr_array_index (pending->commands, pending->commands->len - 1);

      last->next = PODLIFT_SHELL_OP_SEQUENCE;
    }

  if (pending->has_pipe)
    ps->script->has_pipe = TRUE;
}

static void
read_backtick (Parser *ps)
{
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(PodliftShellScript) inner = NULL;
  const char *start = ps->p++;

  while (ps->p < ps->end && *ps->p != '`')
    {
      if (ps->p[0] == '\\' && ps->p + 1 < ps->end && strchr ("`\\$", ps->p[1]) != NULL)
        ps->p++;
      g_string_append_c (body, *ps->p++);
    }

  if (ps->p < ps->end)
    ps->p++;

  g_string_append_len (ps->word, start, ps->p - start);
  inner = podlift_shell_parse_nested (ps->store, body->str, body->len, ps->depth + 1);
  add_pending (ps, inner);
}

static void
read_dollar (Parser *ps)
{
  const char *start = ps->p;
  char next = ps->p + 1 < ps->end ? ps->p[1] : '\0';

  if (next == '(' && ps->p + 2 < ps->end && ps->p[2] == '(')
    ps->p = podlift_shell_skip_balanced (ps->p + 1, ps->end, '(', ')');
  else if (next == '(')
    {
      ps->p += 2;
      podlift_shell_read_substitution (ps);
    }
  else if (next == '{')
    ps->p = podlift_shell_skip_balanced (ps->p + 1, ps->end, '{', '}');
  else
    ps->p++;

  g_string_append_len (ps->word, start, ps->p - start);
}

static void
read_double_quoted (Parser *ps)
{
  ps->p++;

  while (ps->p < ps->end && *ps->p != '"')
    {
      char c = *ps->p;

      if (c == '\\' && ps->p + 1 < ps->end)
        {
          char next = ps->p[1];

          if (next != '\n' && strchr ("$`\"\\", next) == NULL)
            g_string_append_c (ps->word, '\\');
          if (next != '\n')
            g_string_append_c (ps->word, next);
          ps->p += 2;
        }
      else if (c == '$')
        read_dollar (ps);
      else if (c == '`')
        read_backtick (ps);
      else
        {
          g_string_append_c (ps->word, c);
          ps->p++;
        }
    }

  if (ps->p < ps->end)
    ps->p++;
}

static void
read_single_quoted (Parser *ps)
{
  const char *start = ps->p + 1;
  const char *close = memchr (start, '\'', ps->end - start);

  if (close == NULL)
    close = ps->end;

  g_string_append_len (ps->word, start, close - start);
  ps->p = MIN (close + 1, ps->end);
}

static char
ansi_escape (char c)
{
  switch (c)
    {
    case 'n': return '\n';
    case 't': return '\t';
    case 'r': return '\r';
    case 'a': return '\a';
    case 'b': return '\b';
    case 'f': return '\f';
    case 'v': return '\v';
    case 'e':
    case 'E': return '\033';
    case '\\':
    case '\'':
    case '"':
    case '?': return c;
    default: return '\0';
    }
}

/* $'…': ANSI-C quoting, with the common escapes decoded. */
static void
read_ansi_quoted (Parser *ps)
{
  ps->p += 2;

  while (ps->p < ps->end && *ps->p != '\'')
    {
      if (ps->p[0] == '\\' && ps->p + 1 < ps->end)
        {
          char decoded = ansi_escape (ps->p[1]);

          if (decoded == '\0')
            g_string_append_len (ps->word, ps->p, 2);
          else
            g_string_append_c (ps->word, decoded);
          ps->p += 2;
        }
      else
        g_string_append_c (ps->word, *ps->p++);
    }

  if (ps->p < ps->end)
    ps->p++;
}

/* Follows whether the word read so far can still be NAME=value: @c is
 * the character at @at of the text (for an unquoted one). */
static void
note_char (Parser     *ps,
           char        c,
           const char *at,
           gboolean    quoted)
{
  if (ps->name_state == NAME_ASSIGNMENT || ps->name_state == NAME_INVALID)
    return;

  if (quoted)
    ps->name_state = NAME_INVALID;
  else if (c == '=')
    ps->name_state = ps->name_state == NAME_VALID ? NAME_ASSIGNMENT : NAME_INVALID;
  else if (is_name_start (c) || (g_ascii_isdigit (c) && ps->name_state == NAME_VALID))
    ps->name_state = NAME_VALID;
  else if (c == '+' && ps->name_state == NAME_VALID && at + 1 < ps->end && at[1] == '=')
    ps->name_state = NAME_VALID;
  else
    ps->name_state = NAME_INVALID;
}

static gboolean
is_word_end (char c)
{
  switch (c)
    {
    case ' ':
    case '\t':
    case '\r':
    case '\n':
    case ';':
    case '&':
    case '|':
    case '(':
    case ')':
    case '<':
    case '>':
      return TRUE;

    default:
      return FALSE;
    }
}

/* A quoted or expanded piece of a word: returns FALSE for a plain
 * character. */
static gboolean
read_word_piece (Parser *ps)
{
  char c = *ps->p;
  char next = ps->p + 1 < ps->end ? ps->p[1] : '\0';

  if (c == '\'')
    read_single_quoted (ps);
  else if (c == '"')
    read_double_quoted (ps);
  else if (c == '$' && next == '\'')
    read_ansi_quoted (ps);
  else if (c == '$' && next == '"')
    {
      ps->p++;
      read_double_quoted (ps);
    }
  else if (c == '$')
    read_dollar (ps);
  else if (c == '`')
    read_backtick (ps);
  else if (c == '\\' && next == '\n')
    {
      ps->p += 2;
      return TRUE;
    }
  else if (c == '\\' && next != '\0')
    {
      g_string_append_c (ps->word, next);
      ps->p += 2;
    }
  else
    return FALSE;

  note_char (ps, c, NULL, TRUE);
  return TRUE;
}

/* Characters that end a word, or start a quoted or expanded piece. */
static const guint8 special_chars[256] = {
  [' '] = 1, ['\t'] = 1, ['\r'] = 1, ['\n'] = 1, [';'] = 1, ['&'] = 1, ['|'] = 1,
  ['('] = 1, [')'] = 1, ['<'] = 1, ['>'] = 1, ['\''] = 1, ['"'] = 1, ['$'] = 1,
  ['`'] = 1, ['\\'] = 1,
};

/* Plain characters, in one go: the name state and the digits follow
 * them only as long as they can still change. */
static void
read_plain_run (Parser   *ps,
                WordInfo *info,
                gboolean  plain)
{
  const char *start = ps->p;
  const char *end = ps->end;
  const char *p = start;
  const char *q = start;

  while (p < end && !special_chars[(guchar)*p])
    p++;
  ps->p = p;

  while (q < p && ps->name_state < NAME_INVALID)
    {
      /* NAME_VALID goes on over letters, digits and '_' */
      if (ps->name_state == NAME_VALID)
        while (q < p && (g_ascii_isalnum (*q) || *q == '_'))
          q++;
      if (q < p)
        {
          note_char (ps, *q, q, FALSE);
          q++;
        }
    }

  if (info->digits)
    for (q = start; q < p && info->digits; q++)
      info->digits = g_ascii_isdigit (*q);

  if (!plain)
    g_string_append_len (ps->word, start, p - start);
}

/* Reads one word, quotes removed: as long as it is plain (no quote, no
 * escape, no expansion), it is left where it is in the text
 * (ps->plain), else it is copied to ps->word. */
void
podlift_shell_read_word (Parser   *ps,
                         WordInfo *info)
{
  const char *start = ps->p;
  gboolean plain = TRUE;

  ps->name_state = NAME_START;
  info->quoted = FALSE;
  info->digits = TRUE;

  while (ps->p < ps->end)
    {
      char c = *ps->p;

      if (!special_chars[(guchar)c])
        {
          read_plain_run (ps, info, plain);
          continue;
        }

      if (c == '(' && ps->name_state == NAME_ASSIGNMENT &&
          (plain ? ps->p > start && ps->p[-1] == '='
                 : ps->word->len > 0 && ps->word->str[ps->word->len - 1] == '='))
        {
          const char *open = ps->p;

          ps->p = podlift_shell_skip_balanced (ps->p, ps->end, '(', ')');
          if (!plain)
            g_string_append_len (ps->word, open, ps->p - open);
          continue;
        }

      if (is_word_end (c))
        break;

      if (plain)
        {
          g_string_truncate (ps->word, 0);
          g_string_append_len (ps->word, start, ps->p - start);
          plain = FALSE;
        }

      if (read_word_piece (ps))
        {
          info->quoted = TRUE;
          info->digits = FALSE;
          continue;
        }

      note_char (ps, c, ps->p, FALSE);
      if (!g_ascii_isdigit (c))
        info->digits = FALSE;
      g_string_append_c (ps->word, c);
      ps->p++;
    }

  ps->plain = plain ? start : NULL;
  ps->plain_len = plain ? (gsize) (ps->p - start) : 0;
  info->assignment = ps->name_state == NAME_ASSIGNMENT;
  if (plain ? ps->plain_len == 0 : ps->word->len == 0)
    info->digits = FALSE;
}

/* The word read last, and its length: not NUL-terminated when plain. */
const char *
podlift_shell_word_text (Parser *ps,
                         gsize  *len)
{
  *len = ps->plain != NULL ? ps->plain_len : ps->word->len;

  return ps->plain != NULL ? ps->plain : ps->word->str;
}
