/* podlift-error.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PODLIFT_ERROR (podlift_error_quark ())

typedef enum
{
  PODLIFT_ERROR_FAILED,
  PODLIFT_ERROR_NOT_A_BUNDLE,
  PODLIFT_ERROR_INVALID_BUNDLE,
  PODLIFT_ERROR_UNSUPPORTED_FORMAT,
  PODLIFT_ERROR_EXISTS,
  PODLIFT_ERROR_PARSE,
} PodliftError;

GQuark   podlift_error_quark  (void);
gboolean podlift_error_set_at (GError     **error,
                               PodliftError code,
                               const char  *file,
                               guint        line,
                               const char  *format,
                               ...) G_GNUC_PRINTF (5, 6);

G_END_DECLS
