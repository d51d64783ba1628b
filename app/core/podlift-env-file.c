/* podlift-env-file.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-env-file"

#include "config.h"

#include "podlift-bundle-private.h"
#include "podlift-env-file.h"

/* A public face for the bundle's env writer, so that an editor shows the
 * file that saving would write. */

/**
 * podlift_env_file_write:
 * @project: a #PodliftProject
 * @secret: the secret variables, or the others
 *
 * Returns: (transfer full): the text of configuration.env or secrets.env
 */
char *
podlift_env_file_write (PodliftProject *project,
                        gboolean        secret)
{
  g_autoptr(GBytes) bytes = NULL;
  const char *data;
  gsize length;

  g_return_val_if_fail (PODLIFT_IS_PROJECT (project), NULL);

  bytes = podlift_bundle_write_env (project, secret, TRUE);
  data = g_bytes_get_data (bytes, &length);

  return g_strndup (data, length);
}
