/* podlift-dockerfile-checks-diff.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-dockerfile-checks"

#include "config.h"

#include <string.h>

#include "podlift-dockerfile-checks-private.h"

/* A unified diff of two texts, as `diff -u` writes it and `patch` reads
 * it, to show what regenerating an artifact would change. Lines are
 * compared by number (each distinct line gets one) with Myers' O(ND)
 * algorithm in its linear-space form: the middle snake splits the
 * problem in two, so memory stays O(N + M) even for two unrelated
 * 5,000-line files. */

#define CONTEXT 3

typedef struct
{
  const char *start;
  gsize       length;        /* without the newline */
  gboolean    newline;
} Line;

typedef struct
{
  const guint *a;
  const guint *b;
  gboolean    *deleted;      /* per line of a */
  gboolean    *inserted;     /* per line of b */
} Diff;

static GArray *
split_lines (const char *text)
{
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (Line));
  const char *p = text;

  while (*p != '\0')
    {
      const char *newline = strchr (p, '\n');
      Line line = { p, newline != NULL ? (gsize)(newline - p) : strlen (p), newline != NULL };

      g_array_append_val (lines, line);
      p += line.length + (line.newline ? 1 : 0);
    }

  return lines;
}

/* One number per distinct line; a last line without its newline is
 * another line than the same text with one. */
static guint *
number_lines (GArray     *lines,
              GHashTable *numbers)
{
  guint *ids = g_new (guint, MAX (lines->len, 1));

  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);
      char *key = g_strdup_printf ("%c%.*s", line->newline ? 'n' : '-',
                                   (int)line->length, line->start);
      gpointer id;

      if (!g_hash_table_lookup_extended (numbers, key, NULL, &id))
        {
          id = GUINT_TO_POINTER (g_hash_table_size (numbers));
          g_hash_table_insert (numbers, key, id);
        }
      else
        g_free (key);

      ids[i] = GPOINTER_TO_UINT (id);
    }

  return ids;
}

static void
mark_all (Diff  *diff,
          gsize  a_lo,
          gsize  a_hi,
          gsize  b_lo,
          gsize  b_hi)
{
  for (gsize i = a_lo; i < a_hi; i++)
    diff->deleted[i] = TRUE;
  for (gsize j = b_lo; j < b_hi; j++)
    diff->inserted[j] = TRUE;
}

/* The search for the middle snake of a[a_lo, a_lo+n) against
 * b[b_lo, b_lo+m): shortest paths from both ends at once, d edits at a
 * time, until they overlap (as diff-match-patch's bisect). v1 holds the
 * furthest x reached on each diagonal from the start, v2 from the end. */
typedef struct
{
  const Diff *diff;
  gssize      a_lo, b_lo, n, m;
  gssize      delta, offset, length;
  gssize     *v1, *v2;
  gssize      k1start, k1end, k2start, k2end;
  gboolean    front;
} Snake;

static gboolean
snake_forward (Snake  *s,
               gssize  d,
               gssize *split_x,
               gssize *split_y)
{
  for (gssize k1 = -d + s->k1start; k1 <= d - s->k1end; k1 += 2)
    {
      gssize k1o = s->offset + k1, k2o = s->offset + s->delta - k1, x1, y1;

      x1 = (k1 == -d || (k1 != d && s->v1[k1o - 1] < s->v1[k1o + 1])) ? s->v1[k1o + 1]
                                                                      : s->v1[k1o - 1] + 1;
      y1 = x1 - k1;
      while (x1 < s->n && y1 < s->m && s->diff->a[s->a_lo + x1] == s->diff->b[s->b_lo + y1])
        x1++, y1++;
      s->v1[k1o] = x1;

      if (x1 > s->n)
        s->k1end += 2;
      else if (y1 > s->m)
        s->k1start += 2;
      else if (s->front && k2o >= 0 && k2o < s->length && s->v2[k2o] != -1 &&
               x1 >= s->n - s->v2[k2o])
        {
          *split_x = x1, *split_y = y1;
          return TRUE;
        }
    }

  return FALSE;
}

static gboolean
snake_backward (Snake  *s,
                gssize  d,
                gssize *split_x,
                gssize *split_y)
{
  for (gssize k2 = -d + s->k2start; k2 <= d - s->k2end; k2 += 2)
    {
      gssize k2o = s->offset + k2, k1o = s->offset + s->delta - k2, x2, y2;

      x2 = (k2 == -d || (k2 != d && s->v2[k2o - 1] < s->v2[k2o + 1])) ? s->v2[k2o + 1]
                                                                      : s->v2[k2o - 1] + 1;
      y2 = x2 - k2;
      while (x2 < s->n && y2 < s->m &&
             s->diff->a[s->a_lo + s->n - x2 - 1] == s->diff->b[s->b_lo + s->m - y2 - 1])
        x2++, y2++;
      s->v2[k2o] = x2;

      if (x2 > s->n)
        s->k2end += 2;
      else if (y2 > s->m)
        s->k2start += 2;
      else if (!s->front && k1o >= 0 && k1o < s->length && s->v1[k1o] != -1 &&
               s->v1[k1o] >= s->n - x2)
        {
          *split_x = s->v1[k1o];
          *split_y = s->offset + s->v1[k1o] - k1o;
          return TRUE;
        }
    }

  return FALSE;
}

/* A point on a shortest edit path, splitting the problem in two; FALSE
 * when the two share nothing. */
static gboolean
middle_snake (const Diff *diff,
              gssize      a_lo,
              gssize      n,
              gssize      b_lo,
              gssize      m,
              gssize     *split_x,
              gssize     *split_y)
{
  gssize max_d = (n + m + 1) / 2;
  Snake s = { diff, a_lo, b_lo, n, m, n - m, max_d, 2 * max_d + 2, NULL, NULL, 0, 0, 0, 0,
              ((n - m) % 2) != 0 };
  g_autofree gssize *v1 = s.v1 = g_new (gssize, s.length);
  g_autofree gssize *v2 = s.v2 = g_new (gssize, s.length);

  for (gssize i = 0; i < s.length; i++)
    v1[i] = v2[i] = -1;
  v1[s.offset + 1] = v2[s.offset + 1] = 0;

  for (gssize d = 0; d < max_d; d++)
    if (snake_forward (&s, d, split_x, split_y) || snake_backward (&s, d, split_x, split_y))
      return TRUE;

  return FALSE;
}

static void
compare (Diff  *diff,
         gsize  a_lo,
         gsize  a_hi,
         gsize  b_lo,
         gsize  b_hi)
{
  gssize x, y;

  while (a_lo < a_hi && b_lo < b_hi && diff->a[a_lo] == diff->b[b_lo])
    a_lo++, b_lo++;
  while (a_lo < a_hi && b_lo < b_hi && diff->a[a_hi - 1] == diff->b[b_hi - 1])
    a_hi--, b_hi--;

  if (a_lo == a_hi || b_lo == b_hi)
    {
      mark_all (diff, a_lo, a_hi, b_lo, b_hi);
      return;
    }

  if (!middle_snake (diff, a_lo, a_hi - a_lo, b_lo, b_hi - b_lo, &x, &y) ||
      (x == 0 && y == 0) || (a_lo + x == a_hi && b_lo + y == b_hi))
    {
      mark_all (diff, a_lo, a_hi, b_lo, b_hi);
      return;
    }

  compare (diff, a_lo, a_lo + x, b_lo, b_lo + y);
  compare (diff, a_lo + x, a_hi, b_lo + y, b_hi);
}

/* The edit script, one entry a line: ' ', '-' or '+', and where. */
typedef struct
{
  char  op;
  guint old_index;           /* the line of a it is, or is before */
  guint new_index;
} Edit;

static GArray *
edit_script (const Diff *diff,
             guint       n,
             guint       m)
{
  GArray *edits = g_array_new (FALSE, FALSE, sizeof (Edit));
  guint i = 0, j = 0;

  while (i < n || j < m)
    {
      Edit edit = { ' ', i, j };

      if (i < n && diff->deleted[i])
        edit.op = '-', i++;
      else if (j < m && diff->inserted[j])
        edit.op = '+', j++;
      else
        i++, j++;

      g_array_append_val (edits, edit);
    }

  return edits;
}

static void
append_line (GString    *out,
             char        op,
             const Line *line)
{
  g_string_append_c (out, op);
  g_string_append_len (out, line->start, line->length);
  g_string_append_c (out, '\n');
  if (!line->newline)
    g_string_append (out, "\\ No newline at end of file\n");
}

/* "-3,4", "-3" for one line, "-2,0" after line 2 for none. */
static void
append_range (GString *out,
              char     sign,
              guint    first,
              guint    count)
{
  if (count == 1)
    g_string_append_printf (out, "%c%u", sign, first + 1);
  else
    g_string_append_printf (out, "%c%u,%u", sign, count == 0 ? first : first + 1, count);
}

static void
append_hunk (GString *out,
             GArray  *edits,
             guint    start,
             guint    end,
             GArray  *old_lines,
             GArray  *new_lines)
{
  const Edit *first = &g_array_index (edits, Edit, start);
  guint old_count = 0, new_count = 0;

  for (guint e = start; e < end; e++)
    {
      char op = g_array_index (edits, Edit, e).op;

      old_count += op != '+';
      new_count += op != '-';
    }

  g_string_append (out, "@@ ");
  append_range (out, '-', first->old_index, old_count);
  g_string_append_c (out, ' ');
  append_range (out, '+', first->new_index, new_count);
  g_string_append (out, " @@\n");

  for (guint e = start; e < end; e++)
    {
      const Edit *edit = &g_array_index (edits, Edit, e);

      if (edit->op == '+')
        append_line (out, '+', &g_array_index (new_lines, Line, edit->new_index));
      else
        append_line (out, edit->op, &g_array_index (old_lines, Line, edit->old_index));
    }
}

/* Changes closer than twice the context share a hunk. */
static void
append_hunks (GString *out,
              GArray  *edits,
              GArray  *old_lines,
              GArray  *new_lines)
{
  guint e = 0;

  while (e < edits->len)
    {
      guint start, last;

      while (e < edits->len && g_array_index (edits, Edit, e).op == ' ')
        e++;
      if (e == edits->len)
        break;

      start = e > CONTEXT ? e - CONTEXT : 0;
      last = e;
      for (guint next = e + 1; next < edits->len && next <= last + 2 * CONTEXT + 1; next++)
        if (g_array_index (edits, Edit, next).op != ' ')
          last = next;

      e = MIN (last + 1 + CONTEXT, edits->len);
      append_hunk (out, edits, start, e, old_lines, new_lines);
    }
}

/**
 * podlift_text_diff:
 * @old_text: (nullable): the text now
 * @new_text: (nullable): the text it would become
 * @label: (nullable): the file name for the headers
 *
 * Returns: (transfer full) (nullable): a unified diff with three lines of
 *   context, or NULL when the texts are the same
 */
char *
podlift_text_diff (const char *old_text,
                   const char *new_text,
                   const char *label)
{
  g_autoptr(GArray) old_lines = NULL;
  g_autoptr(GArray) new_lines = NULL;
  g_autoptr(GArray) edits = NULL;
  g_autoptr(GHashTable) numbers = NULL;
  g_autofree guint *a = NULL;
  g_autofree guint *b = NULL;
  g_autofree gboolean *deleted = NULL;
  g_autofree gboolean *inserted = NULL;
  GString *out;
  Diff diff;

  old_text = old_text != NULL ? old_text : "";
  new_text = new_text != NULL ? new_text : "";
  label = label != NULL ? label : "file";

  if (strcmp (old_text, new_text) == 0)
    return NULL;

  old_lines = split_lines (old_text);
  new_lines = split_lines (new_text);
  numbers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  diff.a = a = number_lines (old_lines, numbers);
  diff.b = b = number_lines (new_lines, numbers);
  diff.deleted = deleted = g_new0 (gboolean, MAX (old_lines->len, 1));
  diff.inserted = inserted = g_new0 (gboolean, MAX (new_lines->len, 1));

  compare (&diff, 0, old_lines->len, 0, new_lines->len);
  edits = edit_script (&diff, old_lines->len, new_lines->len);

  out = g_string_new (NULL);
  g_string_append_printf (out, "--- a/%s\n+++ b/%s\n", label, label);
  append_hunks (out, edits, old_lines, new_lines);

  return g_string_free (out, FALSE);
}
