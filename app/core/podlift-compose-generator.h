/* podlift-compose-generator.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podlift-project.h"

G_BEGIN_DECLS

/* compose.yaml for trying the image on a workstation: the application
 * built from ".", its port published, env_file configuration.env and
 * secrets.env, and, when a database moves, a service of that engine and
 * version with a named volume and a healthcheck. Written with libyaml. */
char      *podlift_compose_generate          (PodliftProject *project);

/* The configuration keys, the one list that configuration.env,
 * secrets.env and later the ConfigMap and the Secret all carry: the
 * names of the env vars, secret or not, sorted as the model lists them. */
GPtrArray *podlift_project_list_config_keys  (PodliftProject *project,
                                              gboolean        secret);

G_END_DECLS
