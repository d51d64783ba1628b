/* podlift-bundle-private.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "podlift-bundle.h"

G_BEGIN_DECLS

/* The value of a secret in secrets.env until the user types one; read
 * back, it is no value. */
#define PODLIFT_SECRET_PLACEHOLDER "change-me"

/* One file of a bundle as it will be written. */
typedef struct
{
  char     *name;
  GBytes   *contents;
  gboolean  private;
} PodliftBundleFile;

void         podlift_bundle_file_free       (PodliftBundleFile  *file);
GBytes      *podlift_bundle_write_json      (PodliftProject     *project);
gboolean     podlift_bundle_read_json       (PodliftProject     *project,
                                             const char         *data,
                                             gsize               length,
                                             GError            **error);
GBytes      *podlift_bundle_write_env       (PodliftProject     *project,
                                             gboolean            secret,
                                             gboolean            with_values);
void         podlift_bundle_read_secrets    (PodliftProject     *project,
                                             const char         *data);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PodliftBundleFile, podlift_bundle_file_free)

G_END_DECLS
