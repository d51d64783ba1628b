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

/* One file of a bundle as it will be written: @name may have folders
 * ("deploy/base/service.yaml"); no @contents means "remove it". */
typedef struct
{
  char     *name;
  GBytes   *contents;
  gboolean  private;
} PodliftBundleFile;

PodliftBundleFile *podlift_bundle_file_new  (const char         *name,
                                             GBytes             *contents,
                                             gboolean            private);
void         podlift_bundle_file_free       (PodliftBundleFile  *file);
GPtrArray   *podlift_bundle_serialize       (PodliftProject     *project);
/* The text of @file, or NULL when it does not exist; @name in errors. */
gboolean     podlift_bundle_load_text_file  (GFile              *file,
                                             const char         *name,
                                             char              **text,
                                             GCancellable       *cancellable,
                                             GError            **error);

/* podlift-bundle-deploy.c */
void         podlift_bundle_add_deploy      (PodliftProject     *project,
                                             GPtrArray          *files);
void         podlift_bundle_add_stale_deploy (GFile             *dir,
                                              GPtrArray         *files);
gboolean     podlift_bundle_load_deploy     (PodliftProject     *project,
                                             GFile              *dir,
                                             GCancellable       *cancellable,
                                             GError            **error);
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
