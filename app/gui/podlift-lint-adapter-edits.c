/* podlift-lint-adapter-edits.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-lint-adapter"

#include "config.h"

#include <string.h>

#include "podlift-lint-adapter-private.h"

/* What a user does with a finding: apply its fix, silence it with a
 * hadolint pragma, or go to it. Each edit is one user action, which one
 * undo takes back. A finding shown before the last keystrokes were
 * linted is first looked up again in fresh findings. */

static char *
dup_line_text (GtkTextBuffer *buffer,
               int            line)
{
  GtkTextIter begin, end;

  gtk_text_buffer_get_iter_at_line (buffer, &begin, line);
  end = begin;
  if (!gtk_text_iter_ends_line (&end))
    gtk_text_iter_forward_to_line_end (&end);

  return gtk_text_buffer_get_slice (buffer, &begin, &end, TRUE);
}

/**
 * podlift_lint_adapter_apply_fix:
 *
 * Replaces the finding's fix range with its fix text, as one edit that
 * one undo takes back.
 *
 * Returns: whether the buffer changed
 */
gboolean
podlift_lint_adapter_apply_fix (PodliftLintAdapter *self,
                                PodliftDiagnostic  *diagnostic)
{
  GtkTextBuffer *buffer;
  g_autoptr(PodliftDiagnostic) finding = NULL;
  GtkTextIter begin, end;

  g_return_val_if_fail (PODLIFT_IS_LINT_ADAPTER (self), FALSE);
  g_return_val_if_fail (PODLIFT_IS_DIAGNOSTIC (diagnostic), FALSE);

  buffer = GTK_TEXT_BUFFER (self->buffer);
  finding = podlift_lint_adapter_resolve (self, diagnostic);
  if (finding == NULL || !podlift_diagnostic_has_fix (finding) ||
      !podlift_lint_get_range_iters (buffer, podlift_diagnostic_get_fix_range (finding), &begin, &end))
    return FALSE;

  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_delete (buffer, &begin, &end);
  gtk_text_buffer_insert (buffer, &begin, podlift_diagnostic_get_fix_text (finding), -1);
  gtk_text_buffer_end_user_action (buffer);
  gtk_text_buffer_place_cursor (buffer, &begin);

  return TRUE;
}

/* Where ",CODE" goes in a "# hadolint ignore=A,B" line: the character
 * offset after its last code, or -1 when @line is no such pragma or
 * already names @code. */
static int
pragma_list_end (const char *line,
                 const char *code)
{
  const char *p = line + strspn (line, " \t");
  const char *end = NULL;

  if (*p != '#')
    return -1;
  p += 1 + strspn (p + 1, " \t");
  if (!g_str_has_prefix (p, "hadolint") || strspn (p + 8, " \t") == 0)
    return -1;
  p += 8 + strspn (p + 8, " \t");
  if (!g_str_has_prefix (p, "ignore"))
    return -1;
  p += 6 + strspn (p + 6, " \t");
  if (*p != '=')
    return -1;
  p += 1 + strspn (p + 1, " \t");

  for (;;)
    {
      const char *start = p;

      while (g_ascii_isalnum (*p))
        p++;
      if (p == start)
        return -1;
      if ((gsize)(p - start) == strlen (code) && strncmp (start, code, p - start) == 0)
        return -1;

      end = p;
      p += strspn (p, " \t");
      if (*p != ',')
        break;
      p += 1 + strspn (p + 1, " \t");
    }

  if (*p != '\0' && *p != '#' && *p != '\r')
    return -1;

  return g_utf8_pointer_to_offset (line, end);
}

/**
 * podlift_lint_adapter_ignore:
 *
 * Silences the finding with a "# hadolint ignore=CODE" line above its
 * instruction, or adds the code to the pragma already there.
 *
 * Returns: whether the buffer changed
 */
gboolean
podlift_lint_adapter_ignore (PodliftLintAdapter *self,
                             PodliftDiagnostic  *diagnostic)
{
  GtkTextBuffer *buffer;
  g_autoptr(PodliftDiagnostic) finding = NULL;
  g_autofree char *text = NULL;
  g_autofree char *pragma = NULL;
  const char *code;
  GtkTextIter where;
  guint line;
  int offset = -1;

  g_return_val_if_fail (PODLIFT_IS_LINT_ADAPTER (self), FALSE);
  g_return_val_if_fail (PODLIFT_IS_DIAGNOSTIC (diagnostic), FALSE);

  buffer = GTK_TEXT_BUFFER (self->buffer);
  finding = podlift_lint_adapter_resolve (self, diagnostic);
  if (finding == NULL || (line = podlift_diagnostic_get_line (finding)) == 0)
    return FALSE;

  code = podlift_diagnostic_get_code (finding);
  if (line >= 2)
    {
      text = dup_line_text (buffer, line - 2);
      offset = pragma_list_end (text, code);
    }

  gtk_text_buffer_begin_user_action (buffer);
  if (offset >= 0)
    {
      pragma = g_strconcat (",", code, NULL);
      gtk_text_buffer_get_iter_at_line_offset (buffer, &where, line - 2, offset);
    }
  else
    {
      g_clear_pointer (&text, g_free);
      text = dup_line_text (buffer, line - 1);
      pragma = g_strdup_printf ("%.*s# hadolint ignore=%s\n",
                                (int)strspn (text, " \t"), text, code);
      gtk_text_buffer_get_iter_at_line (buffer, &where, line - 1);
    }
  gtk_text_buffer_insert (buffer, &where, pragma, -1);
  gtk_text_buffer_end_user_action (buffer);

  return TRUE;
}

/* Moves the cursor to the finding and scrolls it into view. */
void
podlift_lint_adapter_reveal (PodliftLintAdapter *self,
                             PodliftDiagnostic  *diagnostic)
{
  GtkTextBuffer *buffer;
  g_autoptr(PodliftDiagnostic) finding = NULL;
  GtkTextIter begin, end;

  g_return_if_fail (PODLIFT_IS_LINT_ADAPTER (self));
  g_return_if_fail (PODLIFT_IS_DIAGNOSTIC (diagnostic));

  buffer = GTK_TEXT_BUFFER (self->buffer);
  finding = podlift_lint_adapter_resolve (self, diagnostic);
  if (finding == NULL)
    return;

  if (!podlift_lint_get_range_iters (buffer, podlift_diagnostic_get_range (finding), &begin, &end))
    gtk_text_buffer_get_iter_at_line (buffer, &begin, MAX (podlift_diagnostic_get_line (finding), 1) - 1);

  gtk_text_buffer_place_cursor (buffer, &begin);

  if (self->view != NULL)
    {
      gtk_text_view_scroll_to_mark (GTK_TEXT_VIEW (self->view), gtk_text_buffer_get_insert (buffer),
                                    0.2, FALSE, 0, 0);
      gtk_widget_grab_focus (GTK_WIDGET (self->view));
    }
}
