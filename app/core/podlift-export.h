/* podlift-export.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "podlift-project.h"

G_BEGIN_DECLS

/* The bundle written into the application's repository, so that the
 * repository itself opens as the bundle. A file the repository already
 * has with other contents is a conflict: it is never replaced unless the
 * caller says so. secrets.env is never written (secrets.env.example, the
 * names only, is), and .gitignore gains "secrets.env". With a branch
 * name, git (a child process) commits the exported files on a new
 * branch. */

#define PODLIFT_TYPE_EXPORT (podlift_export_get_type ())

G_DECLARE_FINAL_TYPE (PodliftExport, podlift_export, PODLIFT, EXPORT, GObject)

typedef enum
{
  PODLIFT_EXPORT_FILE_NEW,        /* not in the repository yet */
  PODLIFT_EXPORT_FILE_SAME,       /* already there, as it would be written */
  PODLIFT_EXPORT_FILE_DIFFERS,    /* there with other contents: a conflict */
  PODLIFT_EXPORT_FILE_GITIGNORE,  /* the repository's .gitignore, gaining a line */
} PodliftExportFileState;

/* What to do with the files that differ. */
typedef enum
{
  PODLIFT_EXPORT_CONFLICTS_FAIL,     /* write nothing, fail with PODLIFT_ERROR_EXISTS */
  PODLIFT_EXPORT_CONFLICTS_KEEP,     /* write the others, keep the repository's */
  PODLIFT_EXPORT_CONFLICTS_REPLACE,  /* replace them */
} PodliftExportConflicts;

typedef struct
{
  char                   *name;      /* "deploy/base/deployment.yaml" */
  GBytes                 *contents;  /* what the export writes */
  char                   *existing;  /* the repository's text, when it differs */
  PodliftExportFileState  state;
  gboolean                written;   /* after podlift_export_write() */
} PodliftExportFile;

PodliftExport *podlift_export_new            (PodliftProject          *project,
                                              GFile                   *repo);
GFile         *podlift_export_get_repo       (PodliftExport           *self);
gboolean       podlift_export_scan           (PodliftExport           *self,
                                              GCancellable            *cancellable,
                                              GError                 **error);
GPtrArray     *podlift_export_get_files      (PodliftExport           *self);
guint          podlift_export_count_conflicts (PodliftExport          *self);
char          *podlift_export_diff           (PodliftExport           *self);
gboolean       podlift_export_write          (PodliftExport           *self,
                                              PodliftExportConflicts   conflicts,
                                              GCancellable            *cancellable,
                                              GError                 **error);
gboolean       podlift_export_check_git      (PodliftExport           *self,
                                              const char              *branch,
                                              GCancellable            *cancellable,
                                              GError                 **error);
gboolean       podlift_export_commit         (PodliftExport           *self,
                                              const char              *branch,
                                              GCancellable            *cancellable,
                                              GError                 **error);

void           podlift_export_scan_async     (PodliftExport           *self,
                                              GCancellable            *cancellable,
                                              GAsyncReadyCallback      callback,
                                              gpointer                 user_data);
gboolean       podlift_export_scan_finish    (PodliftExport           *self,
                                              GAsyncResult            *result,
                                              GError                 **error);
void           podlift_export_run_async      (PodliftExport           *self,
                                              PodliftExportConflicts   conflicts,
                                              const char              *branch,
                                              GCancellable            *cancellable,
                                              GAsyncReadyCallback      callback,
                                              gpointer                 user_data);
gboolean       podlift_export_run_finish     (PodliftExport           *self,
                                              GAsyncResult            *result,
                                              GError                 **error);

G_END_DECLS
