/* podlift-page.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-page"

#include "config.h"

#include "podlift-enum-types.h"
#include "podlift-page.h"

/* The base of the six step pages. The window feeds every page the
 * project; a page edits its part of the model and talks upward only
 * through the "add-toast" signal and actions such as "win.show-step". */

typedef struct
{
  PodliftProject *project;
  gulong          changed_handler;
  PodliftStep     step;
  guint           debounce_ms;
  guint           complete : 1;
} PodliftPagePrivate;

G_DEFINE_TYPE_WITH_PRIVATE (PodliftPage, podlift_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_STEP,
  PROP_COMPLETE,
  PROP_DEBOUNCE_MS,
  N_PROPS
};

enum {
  ADD_TOAST,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static void
podlift_page_update_complete (PodliftPage *self)
{
  PodliftPagePrivate *priv = podlift_page_get_instance_private (self);
  gboolean complete = FALSE;

  g_assert (PODLIFT_IS_PAGE (self));

  if (priv->project != NULL)
    complete = podlift_project_get_step_state (priv->project, priv->step, NULL) ==
               PODLIFT_STEP_STATE_COMPLETE;

  if (priv->complete == complete)
    return;

  priv->complete = complete;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_COMPLETE]);
}

static void
podlift_page_dispose (GObject *object)
{
  PodliftPage *self = (PodliftPage *)object;
  PodliftPagePrivate *priv = podlift_page_get_instance_private (self);

  if (priv->project != NULL)
    g_clear_signal_handler (&priv->changed_handler, priv->project);
  g_clear_object (&priv->project);

  G_OBJECT_CLASS (podlift_page_parent_class)->dispose (object);
}

static void
podlift_page_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  PodliftPage *self = PODLIFT_PAGE (object);
  PodliftPagePrivate *priv = podlift_page_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, priv->project);
      break;

    case PROP_STEP:
      g_value_set_enum (value, priv->step);
      break;

    case PROP_COMPLETE:
      g_value_set_boolean (value, priv->complete);
      break;

    case PROP_DEBOUNCE_MS:
      g_value_set_uint (value, priv->debounce_ms);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
podlift_page_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  PodliftPage *self = PODLIFT_PAGE (object);
  PodliftPagePrivate *priv = podlift_page_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_PROJECT:
      podlift_page_set_project (self, g_value_get_object (value));
      break;

    case PROP_STEP:
      priv->step = g_value_get_enum (value);
      break;

    case PROP_DEBOUNCE_MS:
      podlift_page_set_debounce_ms (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
podlift_page_class_init (PodliftPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = podlift_page_dispose;
  object_class->get_property = podlift_page_get_property;
  object_class->set_property = podlift_page_set_property;

  properties [PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL,
                         PODLIFT_TYPE_PROJECT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Set by each subclass in its init (or its template). */
  properties [PROP_STEP] =
    g_param_spec_enum ("step", NULL, NULL,
                       PODLIFT_TYPE_STEP,
                       PODLIFT_STEP_KNOWLEDGE,
                       (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS));

  properties [PROP_COMPLETE] =
    g_param_spec_boolean ("complete", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /* How long after the last keystroke or change a page with an editor
   * works again (lint, generation); tests set 0. */
  properties [PROP_DEBOUNCE_MS] =
    g_param_spec_uint ("debounce-ms", NULL, NULL,
                       0, 10000, PODLIFT_PAGE_DEFAULT_DEBOUNCE_MS,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PodliftPage::add-toast:
   * @toast: an #AdwToast
   *
   * Asks the window to show @toast.
   */
  signals [ADD_TOAST] =
    g_signal_new ("add-toast",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 1, ADW_TYPE_TOAST);
}

static void
podlift_page_init (PodliftPage *self)
{
  PodliftPagePrivate *priv = podlift_page_get_instance_private (self);

  priv->debounce_ms = PODLIFT_PAGE_DEFAULT_DEBOUNCE_MS;
}

/**
 * podlift_page_get_project:
 *
 * Returns: (nullable) (transfer none): the project shown
 */
PodliftProject *
podlift_page_get_project (PodliftPage *self)
{
  PodliftPagePrivate *priv = podlift_page_get_instance_private (self);

  g_return_val_if_fail (PODLIFT_IS_PAGE (self), NULL);

  return priv->project;
}

void
podlift_page_set_project (PodliftPage    *self,
                          PodliftProject *project)
{
  PodliftPagePrivate *priv = podlift_page_get_instance_private (self);

  g_return_if_fail (PODLIFT_IS_PAGE (self));
  g_return_if_fail (!project || PODLIFT_IS_PROJECT (project));

  if (priv->project == project)
    return;

  if (priv->project != NULL)
    g_clear_signal_handler (&priv->changed_handler, priv->project);

  g_set_object (&priv->project, project);

  if (project != NULL)
    priv->changed_handler =
      g_signal_connect_object (project,
                               "changed",
                               G_CALLBACK (podlift_page_update_complete),
                               self,
                               G_CONNECT_SWAPPED);

  if (PODLIFT_PAGE_GET_CLASS (self)->project_set)
    PODLIFT_PAGE_GET_CLASS (self)->project_set (self, project);

  podlift_page_update_complete (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PROJECT]);
}

PodliftStep
podlift_page_get_step (PodliftPage *self)
{
  PodliftPagePrivate *priv = podlift_page_get_instance_private (self);

  g_return_val_if_fail (PODLIFT_IS_PAGE (self), 0);

  return priv->step;
}

gboolean
podlift_page_get_complete (PodliftPage *self)
{
  PodliftPagePrivate *priv = podlift_page_get_instance_private (self);

  g_return_val_if_fail (PODLIFT_IS_PAGE (self), FALSE);

  return priv->complete;
}

/**
 * podlift_page_add_toast:
 * @title: the message, already translated
 *
 * Shows a short message through the window's toast overlay.
 */
void
podlift_page_add_toast (PodliftPage *self,
                        const char  *title)
{
  AdwToast *toast;

  g_return_if_fail (PODLIFT_IS_PAGE (self));
  g_return_if_fail (title != NULL);

  toast = adw_toast_new (title);
  g_signal_emit (self, signals [ADD_TOAST], 0, toast);
  g_object_unref (toast);
}

/**
 * podlift_page_get_state_icon_name:
 * @state: how far a step is
 *
 * The icon that tells, next to a step, how far it is: the sidebar and the
 * Review page show the same one.
 *
 * Returns: (transfer none): an icon name
 */
const char *
podlift_page_get_state_icon_name (PodliftStepState state)
{
  switch (state)
    {
    case PODLIFT_STEP_STATE_COMPLETE:
      return "emblem-ok-symbolic";

    case PODLIFT_STEP_STATE_PROBLEMS:
      return "dialog-warning-symbolic";

    case PODLIFT_STEP_STATE_UNTOUCHED:
    default:
      return "radio-symbolic";
    }
}

guint
podlift_page_get_debounce_ms (PodliftPage *self)
{
  PodliftPagePrivate *priv = podlift_page_get_instance_private (self);

  g_return_val_if_fail (PODLIFT_IS_PAGE (self), 0);

  return priv->debounce_ms;
}

void
podlift_page_set_debounce_ms (PodliftPage *self,
                              guint        debounce_ms)
{
  PodliftPagePrivate *priv = podlift_page_get_instance_private (self);

  g_return_if_fail (PODLIFT_IS_PAGE (self));

  if (priv->debounce_ms == debounce_ms)
    return;

  priv->debounce_ms = debounce_ms;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DEBOUNCE_MS]);
}
