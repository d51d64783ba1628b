/* podlift-error.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "podlift-error.h"

G_DEFINE_QUARK (podlift-error-quark, podlift_error)

/**
 * podlift_error_set_at:
 * @file: the name of the file read, as the user knows it
 * @line: the line, from 1
 *
 * Sets @error to "FILE:LINE: message" in PODLIFT_ERROR.
 *
 * Returns: %FALSE, so that a parser can `return podlift_error_set_at (…)`
 */
gboolean
podlift_error_set_at (GError     **error,
                      PodliftError code,
                      const char  *file,
                      guint        line,
                      const char  *format,
                      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, PODLIFT_ERROR, code, "%s:%u: %s", file, line, message);
  return FALSE;
}
