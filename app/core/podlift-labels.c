/* podlift-labels.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "podlift-labels.h"

/* What the user reads for each value of the core enums: the sidebar,
 * the combo rows and the summary all take their words from here. Each
 * table has one label per value, in the order of the enum. */

static const char * const step_titles[] = {
  N_("Knowledge"),
  N_("Container"),
  N_("Manifests"),
  N_("Strategy"),
  N_("Cutover"),
  N_("Review"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (step_titles) == PODLIFT_N_STEPS);

static const char * const stack_labels[] = {
  N_("Unknown"), N_("Node.js"), N_("Python"), N_("Go"), N_("Java"), N_("PHP"),
  N_("Ruby"), N_(".NET"), N_("Rust"), N_("Static site"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (stack_labels) == PODLIFT_STACK_STATIC + 1);

static const char * const database_engine_labels[] = {
  N_("None"), N_("PostgreSQL"), N_("MySQL"), N_("MariaDB"), N_("MongoDB"), N_("Redis"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (database_engine_labels) == PODLIFT_DATABASE_ENGINE_REDIS + 1);

static const char * const state_handling_labels[] = {
  N_("Rework the code to be stateless"),
  N_("Shared volume for all pods"),
  N_("StatefulSet with a volume per pod"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (state_handling_labels) == PODLIFT_STATE_HANDLING_STATEFULSET + 1);

static const char * const strategy_kind_labels[] = {
  N_("Not decided"),
  N_("App only"),
  N_("App and database"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (strategy_kind_labels) == PODLIFT_STRATEGY_KIND_APP_AND_DATABASE + 1);

/**
 * podlift_step_get_title:
 *
 * Returns: (transfer none): the translated title of @step, as the sidebar shows it
 */
const char *
podlift_step_get_title (PodliftStep step)
{
  g_return_val_if_fail (step < G_N_ELEMENTS (step_titles), NULL);

  return _(step_titles[step]);
}

/**
 * podlift_stack_get_label:
 *
 * Returns: (transfer none): the translated name of @stack
 */
const char *
podlift_stack_get_label (PodliftStack stack)
{
  g_return_val_if_fail (stack < G_N_ELEMENTS (stack_labels), NULL);

  return _(stack_labels[stack]);
}

/**
 * podlift_database_engine_get_label:
 *
 * Returns: (transfer none): the translated name of @engine
 */
const char *
podlift_database_engine_get_label (PodliftDatabaseEngine engine)
{
  g_return_val_if_fail (engine < G_N_ELEMENTS (database_engine_labels), NULL);

  return _(database_engine_labels[engine]);
}

/**
 * podlift_state_handling_get_label:
 *
 * Returns: (transfer none): the translated description of @handling
 */
const char *
podlift_state_handling_get_label (PodliftStateHandling handling)
{
  g_return_val_if_fail (handling < G_N_ELEMENTS (state_handling_labels), NULL);

  return _(state_handling_labels[handling]);
}

/**
 * podlift_strategy_kind_get_label:
 *
 * Returns: (transfer none): the translated name of @kind
 */
const char *
podlift_strategy_kind_get_label (PodliftStrategyKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (strategy_kind_labels), NULL);

  return _(strategy_kind_labels[kind]);
}
