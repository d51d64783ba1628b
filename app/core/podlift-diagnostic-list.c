/* podlift-diagnostic-list.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-diagnostic-list"

#include "config.h"

#include "podlift-diagnostic-list.h"

struct _PodliftDiagnosticList
{
  GObject parent_instance;

  /* owned */
  PodliftDiagnostic **items;
  guint               n_items;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PodliftDiagnosticList, podlift_diagnostic_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
podlift_diagnostic_list_get_item_type (GListModel *model)
{
  return PODLIFT_TYPE_DIAGNOSTIC;
}

static guint
podlift_diagnostic_list_get_n_items (GListModel *model)
{
  PodliftDiagnosticList *self = (PodliftDiagnosticList *)model;

  g_assert (PODLIFT_IS_DIAGNOSTIC_LIST (self));

  return self->n_items;
}

static gpointer
podlift_diagnostic_list_get_item (GListModel *model,
                                  guint       position)
{
  PodliftDiagnosticList *self = (PodliftDiagnosticList *)model;

  g_assert (PODLIFT_IS_DIAGNOSTIC_LIST (self));

  if (position >= self->n_items)
    return NULL;

  return g_object_ref (self->items[position]);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = podlift_diagnostic_list_get_item_type;
  iface->get_n_items = podlift_diagnostic_list_get_n_items;
  iface->get_item = podlift_diagnostic_list_get_item;
}

static void
podlift_diagnostic_list_finalize (GObject *object)
{
  PodliftDiagnosticList *self = (PodliftDiagnosticList *)object;

  for (guint i = 0; i < self->n_items; i++)
    g_object_unref (self->items[i]);
  g_clear_pointer (&self->items, g_free);

  G_OBJECT_CLASS (podlift_diagnostic_list_parent_class)->finalize (object);
}

static void
podlift_diagnostic_list_class_init (PodliftDiagnosticListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = podlift_diagnostic_list_finalize;
}

static void
podlift_diagnostic_list_init (PodliftDiagnosticList *self)
{
}

/**
 * podlift_diagnostic_list_new_take:
 * @diagnostics: (transfer full) (array length=n_diagnostics): allocated with g_malloc()
 *
 * Returns: (transfer full): a list of @diagnostics, which it takes, in order
 */
PodliftDiagnosticList *
podlift_diagnostic_list_new_take (PodliftDiagnostic **diagnostics,
                                  guint               n_diagnostics)
{
  PodliftDiagnosticList *self;

  g_return_val_if_fail (diagnostics != NULL || n_diagnostics == 0, NULL);

  self = g_object_new (PODLIFT_TYPE_DIAGNOSTIC_LIST, NULL);
  self->items = diagnostics;
  self->n_items = n_diagnostics;

  return self;
}
