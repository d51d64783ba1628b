/* podlift-scan-match.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podlift-scan-private.h"

G_BEGIN_DECLS

/* Small helpers shared by the Go, Java, PHP, Ruby, .NET and Rust
 * detectors. They work on the few files a detector reads, never on the
 * whole tree's contents. */

/* Matches @pattern (a GRegex, multi-line) in @text; on success sets
 * @capture to group 1 (or the whole match) and @line to its line. */
gboolean    podlift_scan_match           (const char          *text,
                                          const char          *pattern,
                                          char               **capture,
                                          guint               *line);

/* The line (1-based) of byte @offset in @text. */
guint       podlift_scan_line_at         (const char          *text,
                                          gsize                offset);

/* The shallowest file whose name ends with @suffix (".csproj"), or NULL. */
const char *podlift_scan_find_suffix     (PodliftScanContext  *ctx,
                                          const char          *suffix);

/* The first file (sorted) under the folder @dir ("db/migrate/") whose
 * name ends with @suffix (NULL: any), or NULL. */
const char *podlift_scan_find_under      (PodliftScanContext  *ctx,
                                          const char          *dir,
                                          const char          *suffix);

/* The folder of @path with a trailing '/', or "" at the top. */
char       *podlift_scan_dir_of          (const char          *path);

/* Sets @key to @value at the line of @needle in @file (@text is its
 * contents); the whole file when @needle is absent. */
void        podlift_scan_set_at          (PodliftScanContext  *ctx,
                                          const char          *key,
                                          const char          *value,
                                          const char          *file,
                                          const char          *text,
                                          const char          *needle);

/* One driver: a needle in a manifest and the database engine it means. */
typedef struct
{
  const char *needle;
  const char *engine;
} PodliftScanDriver;

/* Sets the database from the first of @drivers (NULL-terminated) found
 * in @text; returns whether one was found. */
gboolean    podlift_scan_set_driver      (PodliftScanContext      *ctx,
                                          const PodliftScanDriver *drivers,
                                          const char              *file,
                                          const char              *text);

G_END_DECLS
