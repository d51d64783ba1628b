/* podlift-project.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-project"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "podlift-project.h"

/* The single source of truth of a migration plan: one sub-model per step,
 * a dirty flag, and a "changed" signal raised for any edit anywhere. */
struct _PodliftProject
{
  GObject parent_instance;

  /* owned */
  GFile              *file;
  PodliftAppProfile  *profile;
  PodliftDockerfile  *dockerfile;
  PodliftManifestSet *manifests;
  PodliftStrategy    *strategy;
  PodliftChecklist   *checklist;
  JsonObject         *unknown;

  guint64             serial;

  guint               dirty : 1;
};

G_DEFINE_FINAL_TYPE (PodliftProject, podlift_project, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_FILE,
  PROP_DIRTY,
  PROP_PROFILE,
  PROP_DOCKERFILE,
  PROP_MANIFESTS,
  PROP_STRATEGY,
  PROP_CHECKLIST,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static void
podlift_project_changed (PodliftProject *self)
{
  g_assert (PODLIFT_IS_PROJECT (self));

  self->serial++;
  podlift_project_set_dirty (self, TRUE);
  g_signal_emit (self, signals [CHANGED], 0);
}

static void
profile_notify_cb (PodliftProject    *self,
                   GParamSpec        *pspec,
                   PodliftAppProfile *profile)
{
  g_assert (PODLIFT_IS_PROJECT (self));

  if (g_strcmp0 (pspec->name, "name") == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TITLE]);

  podlift_project_changed (self);
}

static void
store_items_changed_cb (PodliftProject *self,
                        guint           position,
                        guint           removed,
                        guint           added,
                        GListModel     *model)
{
  g_assert (PODLIFT_IS_PROJECT (self));

  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      g_signal_connect_object (item,
                               "notify",
                               G_CALLBACK (podlift_project_changed),
                               self,
                               G_CONNECT_SWAPPED);
    }

  podlift_project_changed (self);
}

static void
podlift_project_watch_store (PodliftProject *self,
                             GListStore     *store)
{
  g_assert (PODLIFT_IS_PROJECT (self));
  g_assert (G_IS_LIST_STORE (store));

  g_signal_connect_object (store,
                           "items-changed",
                           G_CALLBACK (store_items_changed_cb),
                           self,
                           G_CONNECT_SWAPPED);
}

static void
podlift_project_watch_model (PodliftProject *self,
                             gpointer        model)
{
  g_assert (PODLIFT_IS_PROJECT (self));
  g_assert (G_IS_OBJECT (model));

  g_signal_connect_object (model,
                           "notify",
                           G_CALLBACK (podlift_project_changed),
                           self,
                           G_CONNECT_SWAPPED);
}

static void
podlift_project_dispose (GObject *object)
{
  PodliftProject *self = (PodliftProject *)object;

  g_clear_object (&self->profile);
  g_clear_object (&self->dockerfile);
  g_clear_object (&self->manifests);
  g_clear_object (&self->strategy);
  g_clear_object (&self->checklist);

  G_OBJECT_CLASS (podlift_project_parent_class)->dispose (object);
}

static void
podlift_project_finalize (GObject *object)
{
  PodliftProject *self = (PodliftProject *)object;

  g_clear_object (&self->file);
  g_clear_pointer (&self->unknown, json_object_unref);

  G_OBJECT_CLASS (podlift_project_parent_class)->finalize (object);
}

static void
podlift_project_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PodliftProject *self = PODLIFT_PROJECT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, podlift_project_get_title (self));
      break;

    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_DIRTY:
      g_value_set_boolean (value, self->dirty);
      break;

    case PROP_PROFILE:
      g_value_set_object (value, self->profile);
      break;

    case PROP_DOCKERFILE:
      g_value_set_object (value, self->dockerfile);
      break;

    case PROP_MANIFESTS:
      g_value_set_object (value, self->manifests);
      break;

    case PROP_STRATEGY:
      g_value_set_object (value, self->strategy);
      break;

    case PROP_CHECKLIST:
      g_value_set_object (value, self->checklist);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
podlift_project_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PodliftProject *self = PODLIFT_PROJECT (object);

  switch (prop_id)
    {
    case PROP_FILE:
      podlift_project_set_file (self, g_value_get_object (value));
      break;

    case PROP_DIRTY:
      podlift_project_set_dirty (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
podlift_project_class_init (PodliftProjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = podlift_project_dispose;
  object_class->finalize = podlift_project_finalize;
  object_class->get_property = podlift_project_get_property;
  object_class->set_property = podlift_project_set_property;

  properties [PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties [PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL,
                         G_TYPE_FILE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_DIRTY] =
    g_param_spec_boolean ("dirty", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_PROFILE] =
    g_param_spec_object ("profile", NULL, NULL,
                         PODLIFT_TYPE_APP_PROFILE,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties [PROP_DOCKERFILE] =
    g_param_spec_object ("dockerfile", NULL, NULL,
                         PODLIFT_TYPE_DOCKERFILE,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties [PROP_MANIFESTS] =
    g_param_spec_object ("manifests", NULL, NULL,
                         PODLIFT_TYPE_MANIFEST_SET,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties [PROP_STRATEGY] =
    g_param_spec_object ("strategy", NULL, NULL,
                         PODLIFT_TYPE_STRATEGY,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties [PROP_CHECKLIST] =
    g_param_spec_object ("checklist", NULL, NULL,
                         PODLIFT_TYPE_CHECKLIST,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PodliftProject::changed:
   *
   * Emitted after any edit of any part of the project.
   */
  signals [CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 0);
}

static void
podlift_project_init (PodliftProject *self)
{
  self->profile = podlift_app_profile_new ();
  self->dockerfile = podlift_dockerfile_new ();
  self->manifests = podlift_manifest_set_new ();
  self->strategy = podlift_strategy_new ();
  self->checklist = podlift_checklist_new ();

  g_signal_connect_object (self->profile,
                           "notify",
                           G_CALLBACK (profile_notify_cb),
                           self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->profile,
                           "sources-changed",
                           G_CALLBACK (podlift_project_changed),
                           self,
                           G_CONNECT_SWAPPED);
  podlift_project_watch_model (self, self->dockerfile);
  podlift_project_watch_model (self, self->manifests);
  podlift_project_watch_model (self, self->strategy);

  podlift_project_watch_store (self, podlift_app_profile_get_state_paths (self->profile));
  podlift_project_watch_store (self, podlift_app_profile_get_dependencies (self->profile));
  podlift_project_watch_store (self, podlift_app_profile_get_env_vars (self->profile));
  podlift_project_watch_store (self, podlift_app_profile_get_config_files (self->profile));
  podlift_project_watch_store (self, podlift_app_profile_get_cron_jobs (self->profile));
  podlift_project_watch_store (self, podlift_app_profile_get_stateful_services (self->profile));
  podlift_project_watch_store (self, podlift_checklist_get_items (self->checklist));
  podlift_project_watch_store (self, podlift_checklist_get_timeline (self->checklist));
}

PodliftProject *
podlift_project_new (void)
{
  return g_object_new (PODLIFT_TYPE_PROJECT, NULL);
}

/**
 * podlift_project_get_title:
 *
 * Returns: the application's name, or "Untitled Project"
 */
const char *
podlift_project_get_title (PodliftProject *self)
{
  const char *name;

  g_return_val_if_fail (PODLIFT_IS_PROJECT (self), NULL);

  name = podlift_app_profile_get_name (self->profile);

  return name != NULL ? name : _("Untitled Project");
}

/**
 * podlift_project_get_file:
 *
 * Returns: (nullable) (transfer none): the bundle folder, or %NULL when
 *   the project was never saved
 */
GFile *
podlift_project_get_file (PodliftProject *self)
{
  g_return_val_if_fail (PODLIFT_IS_PROJECT (self), NULL);

  return self->file;
}

void
podlift_project_set_file (PodliftProject *self,
                          GFile          *file)
{
  g_return_if_fail (PODLIFT_IS_PROJECT (self));
  g_return_if_fail (!file || G_IS_FILE (file));

  if (self->file == file || (self->file && file && g_file_equal (self->file, file)))
    return;

  g_set_object (&self->file, file);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FILE]);
}

gboolean
podlift_project_get_dirty (PodliftProject *self)
{
  g_return_val_if_fail (PODLIFT_IS_PROJECT (self), FALSE);

  return self->dirty;
}

void
podlift_project_set_dirty (PodliftProject *self,
                           gboolean        dirty)
{
  g_return_if_fail (PODLIFT_IS_PROJECT (self));

  dirty = !!dirty;

  if (self->dirty == dirty)
    return;

  self->dirty = dirty;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DIRTY]);
}

PodliftAppProfile *
podlift_project_get_profile (PodliftProject *self)
{
  g_return_val_if_fail (PODLIFT_IS_PROJECT (self), NULL);

  return self->profile;
}

PodliftDockerfile *
podlift_project_get_dockerfile (PodliftProject *self)
{
  g_return_val_if_fail (PODLIFT_IS_PROJECT (self), NULL);

  return self->dockerfile;
}

PodliftManifestSet *
podlift_project_get_manifests (PodliftProject *self)
{
  g_return_val_if_fail (PODLIFT_IS_PROJECT (self), NULL);

  return self->manifests;
}

PodliftStrategy *
podlift_project_get_strategy (PodliftProject *self)
{
  g_return_val_if_fail (PODLIFT_IS_PROJECT (self), NULL);

  return self->strategy;
}

PodliftChecklist *
podlift_project_get_checklist (PodliftProject *self)
{
  g_return_val_if_fail (PODLIFT_IS_PROJECT (self), NULL);

  return self->checklist;
}

/**
 * podlift_project_get_unknown:
 *
 * The members of podlift.json this version of Podlift does not know,
 * as they were read, so that a save writes them back.
 *
 * Returns: (nullable) (transfer none): a #JsonObject
 */
JsonObject *
podlift_project_get_unknown (PodliftProject *self)
{
  g_return_val_if_fail (PODLIFT_IS_PROJECT (self), NULL);

  return self->unknown;
}

void
podlift_project_set_unknown (PodliftProject *self,
                             JsonObject     *unknown)
{
  g_return_if_fail (PODLIFT_IS_PROJECT (self));

  if (self->unknown == unknown)
    return;

  g_clear_pointer (&self->unknown, json_object_unref);
  if (unknown != NULL)
    self->unknown = json_object_ref (unknown);
}

/**
 * podlift_project_get_serial:
 *
 * Returns: a number that grows with every edit, so that a save can tell
 *   whether the project changed while it was written
 */
guint64
podlift_project_get_serial (PodliftProject *self)
{
  g_return_val_if_fail (PODLIFT_IS_PROJECT (self), 0);

  return self->serial;
}
