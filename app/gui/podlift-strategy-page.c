/* podlift-strategy-page.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-strategy-page"

#include "config.h"

#include <glib/gi18n.h>

#include "podlift-binding.h"
#include "podlift-enum-types.h"
#include "podlift-strategy-page.h"

/* The Strategy step: the two ways to move (two cards), the traffic
 * switch, the sizing source, the rollback plan and notes. The text views
 * are synced with the model by hand, since a GtkTextBuffer has no "text"
 * property to bind. */
struct _PodliftStrategyPage
{
  PodliftPage      parent_instance;

  /* template widgets */
  GtkToggleButton *app_only_card;
  GtkToggleButton *app_and_database_card;
  AdwEntryRow     *public_hostname;
  GtkSpinButton   *dns_ttl;
  GtkSpinButton   *lowered_ttl;
  GtkSwitch       *maintenance_page;
  AdwComboRow     *sizing_source;
  AdwEntryRow     *cutover_window;
  GtkTextView     *rollback_plan;
  GtkTextView     *notes;

  /* owned */
  GBindingGroup   *bindings;
  GSignalGroup    *signals;

  /* set while the page writes a buffer, so the write is not sent back */
  guint            syncing : 1;
};

G_DEFINE_FINAL_TYPE (PodliftStrategyPage, podlift_strategy_page, PODLIFT_TYPE_PAGE)

static char *
sizing_source_label (AdwEnumListItem *item,
                     int              value,
                     gpointer         user_data)
{
  switch ((PodliftSizingSource)value)
    {
    case PODLIFT_SIZING_SOURCE_VM:
      return g_strdup (_("VM figures"));

    case PODLIFT_SIZING_SOURCE_LOAD_TEST:
      return g_strdup (_("Load test"));

    default:
      return g_strdup ("");
    }
}

/* A card is active when the model's kind is the card's kind (passed as
 * user data); undecided leaves both cards off. */
static gboolean
kind_to_active (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      user_data)
{
  g_value_set_boolean (to, g_value_get_enum (from) == GPOINTER_TO_INT (user_data));

  return TRUE;
}

/* Only the card being switched on says something; the one the toggle
 * group switches off leaves the model alone. */
static gboolean
active_to_kind (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      user_data)
{
  if (!g_value_get_boolean (from))
    return FALSE;

  g_value_set_enum (to, GPOINTER_TO_INT (user_data));

  return TRUE;
}

static GtkTextView *
podlift_strategy_page_view_for (PodliftStrategyPage *self,
                                const char          *property)
{
  g_assert (PODLIFT_IS_STRATEGY_PAGE (self));

  if (g_strcmp0 (property, "rollback-plan") == 0)
    return self->rollback_plan;
  if (g_strcmp0 (property, "notes") == 0)
    return self->notes;

  return NULL;
}

static void
podlift_strategy_page_sync_buffer (PodliftStrategyPage *self,
                                   const char          *property)
{
  g_autoptr(PodliftStrategy) strategy = NULL;
  g_autofree char *value = NULL;
  g_autofree char *current = NULL;
  GtkTextBuffer *buffer;
  GtkTextIter begin, end;

  g_assert (PODLIFT_IS_STRATEGY_PAGE (self));

  buffer = gtk_text_view_get_buffer (podlift_strategy_page_view_for (self, property));
  strategy = g_binding_group_dup_source (self->bindings);
  if (strategy != NULL)
    g_object_get (strategy, property, &value, NULL);

  gtk_text_buffer_get_bounds (buffer, &begin, &end);
  current = gtk_text_buffer_get_text (buffer, &begin, &end, FALSE);

  if (g_strcmp0 (current, value ? value : "") == 0)
    return;

  self->syncing = TRUE;
  gtk_text_buffer_set_text (buffer, value ? value : "", -1);
  self->syncing = FALSE;
}

static void
podlift_strategy_page_push_buffer (PodliftStrategyPage *self,
                                   GtkTextBuffer       *buffer,
                                   const char          *property)
{
  g_autoptr(PodliftStrategy) strategy = NULL;
  g_autofree char *text = NULL;
  GtkTextIter begin, end;

  g_assert (PODLIFT_IS_STRATEGY_PAGE (self));
  g_assert (GTK_IS_TEXT_BUFFER (buffer));

  if (self->syncing)
    return;

  if (!(strategy = g_binding_group_dup_source (self->bindings)))
    return;

  gtk_text_buffer_get_bounds (buffer, &begin, &end);
  text = gtk_text_buffer_get_text (buffer, &begin, &end, FALSE);
  g_object_set (strategy, property, text, NULL);
}

static void
rollback_plan_changed_cb (PodliftStrategyPage *self,
                          GtkTextBuffer       *buffer)
{
  g_assert (PODLIFT_IS_STRATEGY_PAGE (self));

  podlift_strategy_page_push_buffer (self, buffer, "rollback-plan");
}

static void
notes_changed_cb (PodliftStrategyPage *self,
                  GtkTextBuffer       *buffer)
{
  g_assert (PODLIFT_IS_STRATEGY_PAGE (self));

  podlift_strategy_page_push_buffer (self, buffer, "notes");
}

static void
strategy_notify_text_cb (PodliftStrategyPage *self,
                         GParamSpec          *pspec,
                         PodliftStrategy     *strategy)
{
  g_assert (PODLIFT_IS_STRATEGY_PAGE (self));

  podlift_strategy_page_sync_buffer (self, pspec->name);
}

static void
podlift_strategy_page_project_set (PodliftPage    *page,
                                   PodliftProject *project)
{
  PodliftStrategyPage *self = PODLIFT_STRATEGY_PAGE (page);
  PodliftStrategy *strategy = project ? podlift_project_get_strategy (project) : NULL;

  g_assert (PODLIFT_IS_STRATEGY_PAGE (self));

  g_binding_group_set_source (self->bindings, strategy);
  g_signal_group_set_target (self->signals, strategy);

  podlift_strategy_page_sync_buffer (self, "rollback-plan");
  podlift_strategy_page_sync_buffer (self, "notes");
}

static void
podlift_strategy_page_dispose (GObject *object)
{
  PodliftStrategyPage *self = (PodliftStrategyPage *)object;

  if (self->bindings != NULL)
    g_binding_group_set_source (self->bindings, NULL);
  if (self->signals != NULL)
    g_signal_group_set_target (self->signals, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), PODLIFT_TYPE_STRATEGY_PAGE);

  g_clear_object (&self->bindings);
  g_clear_object (&self->signals);

  G_OBJECT_CLASS (podlift_strategy_page_parent_class)->dispose (object);
}

static void
podlift_strategy_page_class_init (PodliftStrategyPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PodliftPageClass *page_class = PODLIFT_PAGE_CLASS (klass);

  object_class->dispose = podlift_strategy_page_dispose;

  page_class->project_set = podlift_strategy_page_project_set;

  g_type_ensure (PODLIFT_TYPE_SIZING_SOURCE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/app/podlift/Podlift/ui/podlift-strategy-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PodliftStrategyPage, app_only_card);
  gtk_widget_class_bind_template_child (widget_class, PodliftStrategyPage, app_and_database_card);
  gtk_widget_class_bind_template_child (widget_class, PodliftStrategyPage, public_hostname);
  gtk_widget_class_bind_template_child (widget_class, PodliftStrategyPage, dns_ttl);
  gtk_widget_class_bind_template_child (widget_class, PodliftStrategyPage, lowered_ttl);
  gtk_widget_class_bind_template_child (widget_class, PodliftStrategyPage, maintenance_page);
  gtk_widget_class_bind_template_child (widget_class, PodliftStrategyPage, sizing_source);
  gtk_widget_class_bind_template_child (widget_class, PodliftStrategyPage, cutover_window);
  gtk_widget_class_bind_template_child (widget_class, PodliftStrategyPage, rollback_plan);
  gtk_widget_class_bind_template_child (widget_class, PodliftStrategyPage, notes);
}

static void
podlift_strategy_page_init (PodliftStrategyPage *self)
{
  GtkExpression *expression;

  gtk_widget_init_template (GTK_WIDGET (self));

  expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL,
                                            1, (GtkExpression *[]) {
                                              gtk_property_expression_new (ADW_TYPE_ENUM_LIST_ITEM,
                                                                           NULL, "value"),
                                            },
                                            G_CALLBACK (sizing_source_label),
                                            NULL, NULL);
  adw_combo_row_set_expression (self->sizing_source, expression);
  gtk_expression_unref (expression);

  self->bindings = g_binding_group_new ();
  g_binding_group_bind_full (self->bindings, "kind", self->app_only_card, "active",
                             G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                             kind_to_active, active_to_kind,
                             GINT_TO_POINTER (PODLIFT_STRATEGY_KIND_APP_ONLY), NULL);
  g_binding_group_bind_full (self->bindings, "kind", self->app_and_database_card, "active",
                             G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                             kind_to_active, active_to_kind,
                             GINT_TO_POINTER (PODLIFT_STRATEGY_KIND_APP_AND_DATABASE), NULL);
  podlift_bind_text (self->bindings, "public-hostname", self->public_hostname, "text");
  podlift_bind_value (self->bindings, "dns-ttl-seconds", self->dns_ttl);
  podlift_bind_value (self->bindings, "lowered-ttl-seconds", self->lowered_ttl);
  g_binding_group_bind (self->bindings, "maintenance-page", self->maintenance_page, "active",
                        G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  podlift_bind_enum (self->bindings, "sizing-source", self->sizing_source);
  podlift_bind_text (self->bindings, "cutover-window", self->cutover_window, "text");

  self->signals = g_signal_group_new (PODLIFT_TYPE_STRATEGY);
  g_signal_group_connect_object (self->signals, "notify::rollback-plan",
                                 G_CALLBACK (strategy_notify_text_cb), self,
                                 G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->signals, "notify::notes",
                                 G_CALLBACK (strategy_notify_text_cb), self,
                                 G_CONNECT_SWAPPED);

  g_signal_connect_object (gtk_text_view_get_buffer (self->rollback_plan), "changed",
                           G_CALLBACK (rollback_plan_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_text_view_get_buffer (self->notes), "changed",
                           G_CALLBACK (notes_changed_cb), self,
                           G_CONNECT_SWAPPED);
}
