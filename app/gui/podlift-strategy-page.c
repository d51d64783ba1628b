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
#include "podlift-runbook.h"
#include "podlift-strategy-page-private.h"

/* The Strategy step: the two ways to move (two cards) and the
 * recommendation, the downtime estimate (-estimate.c), the runbook
 * (-runbook.c), the traffic switch, the sizing (-sizing.c), the rollback
 * plan and notes. What the core works out from the project is shown
 * again, once per main-loop turn, whenever the project changes. The text
 * views are synced with the model by hand, since a GtkTextBuffer has no
 * "text" property to bind. */

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

static char *
maintenance_kind_label (AdwEnumListItem *item,
                        int              value,
                        gpointer         user_data)
{
  if (value == PODLIFT_MAINTENANCE_KIND_CLUSTER)
    return g_strdup (_("In the cluster"));
  return g_strdup (_("Static, on the VMs' front"));
}

static char *
run_from_label (AdwEnumListItem *item,
                int              value,
                gpointer         user_data)
{
  if (value == PODLIFT_RUN_FROM_HOST)
    return g_strdup (_("A host beside the database"));
  return g_strdup (_("A pod in the cluster"));
}

static char *
volume_copy_label (AdwEnumListItem *item,
                   int              value,
                   gpointer         user_data)
{
  if (value == PODLIFT_VOLUME_COPY_RSYNC)
    return g_strdup (_("rsync into a helper pod"));
  return g_strdup (_("tar through kubectl exec"));
}

static void
set_labels (AdwComboRow *row,
            GCallback    label)
{
  GtkExpression *expression;

  expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL,
                                            1, (GtkExpression *[]) {
                                              gtk_property_expression_new (ADW_TYPE_ENUM_LIST_ITEM,
                                                                           NULL, "value"),
                                            },
                                            label, NULL, NULL);
  adw_combo_row_set_expression (row, expression);
  gtk_expression_unref (expression);
}

/* Shows again what the core works out from the project. */
static gboolean
refresh_cb (gpointer user_data)
{
  PodliftStrategyPage *self = user_data;
  PodliftProject *project = podlift_page_get_project (PODLIFT_PAGE (self));

  g_assert (PODLIFT_IS_STRATEGY_PAGE (self));

  self->refresh_source = 0;
  if (project == NULL)
    return G_SOURCE_REMOVE;

  podlift_strategy_page_show_recommendation (self, project);
  podlift_strategy_page_show_downtime (self, project);
  podlift_strategy_page_show_runbook (self, project);
  podlift_strategy_page_show_sizing (self, project);
  return G_SOURCE_REMOVE;
}

static void
project_changed_cb (PodliftStrategyPage *self)
{
  g_assert (PODLIFT_IS_STRATEGY_PAGE (self));

  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add (refresh_cb, self);
}

static void
read_k6_cb (PodliftStrategyPage *self)
{
  g_assert (PODLIFT_IS_STRATEGY_PAGE (self));

  podlift_strategy_page_choose_k6_file (self);
}

static void
copy_k6_command_cb (PodliftStrategyPage *self)
{
  g_assert (PODLIFT_IS_STRATEGY_PAGE (self));

  podlift_strategy_page_copy_k6_command (self);
}

static void
apply_sizing_cb (PodliftStrategyPage *self)
{
  g_assert (PODLIFT_IS_STRATEGY_PAGE (self));

  podlift_strategy_page_apply_sizing (self);
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
  g_signal_group_set_target (self->project_signals, project);

  podlift_strategy_page_sync_buffer (self, "rollback-plan");
  podlift_strategy_page_sync_buffer (self, "notes");

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  refresh_cb (self);
}

static void
podlift_strategy_page_dispose (GObject *object)
{
  PodliftStrategyPage *self = (PodliftStrategyPage *)object;

  if (self->bindings != NULL)
    g_binding_group_set_source (self->bindings, NULL);
  if (self->signals != NULL)
    g_signal_group_set_target (self->signals, NULL);
  if (self->project_signals != NULL)
    g_signal_group_set_target (self->project_signals, NULL);
  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->refresh_source, g_source_remove);

  gtk_widget_dispose_template (GTK_WIDGET (self), PODLIFT_TYPE_STRATEGY_PAGE);

  g_clear_object (&self->bindings);
  g_clear_object (&self->signals);
  g_clear_object (&self->project_signals);
  g_clear_object (&self->cancellable);

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
  g_type_ensure (PODLIFT_TYPE_MAINTENANCE_KIND);
  g_type_ensure (PODLIFT_TYPE_RUN_FROM);
  g_type_ensure (PODLIFT_TYPE_VOLUME_COPY);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/app/podlift/Podlift/ui/podlift-strategy-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PodliftStrategyPage, app_only_card);
  gtk_widget_class_bind_template_child (widget_class, PodliftStrategyPage, app_and_database_card);
  gtk_widget_class_bind_template_child (widget_class, PodliftStrategyPage, app_only_badge);
  gtk_widget_class_bind_template_child (widget_class, PodliftStrategyPage, app_and_database_badge);
  gtk_widget_class_bind_template_child (widget_class, PodliftStrategyPage, recommendation_title);
  gtk_widget_class_bind_template_child (widget_class, PodliftStrategyPage, reasons);
  gtk_widget_class_bind_template_child (widget_class, PodliftStrategyPage, downtime_total);
  gtk_widget_class_bind_template_child (widget_class, PodliftStrategyPage, downtime_bar);
  gtk_widget_class_bind_template_child (widget_class, PodliftStrategyPage, downtime_legend);
  gtk_widget_class_bind_template_child (widget_class, PodliftStrategyPage, dump_rate);
  gtk_widget_class_bind_template_child (widget_class, PodliftStrategyPage, transfer_rate);
  gtk_widget_class_bind_template_child (widget_class, PodliftStrategyPage, restore_rate);
  gtk_widget_class_bind_template_child (widget_class, PodliftStrategyPage, volume_rate);
  gtk_widget_class_bind_template_child (widget_class, PodliftStrategyPage, checks_minutes);
  gtk_widget_class_bind_template_child (widget_class, PodliftStrategyPage, maintenance_kind);
  gtk_widget_class_bind_template_child (widget_class, PodliftStrategyPage, run_from);
  gtk_widget_class_bind_template_child (widget_class, PodliftStrategyPage, volume_copy);
  gtk_widget_class_bind_template_child (widget_class, PodliftStrategyPage, runbook);
  gtk_widget_class_bind_template_child (widget_class, PodliftStrategyPage, public_hostname);
  gtk_widget_class_bind_template_child (widget_class, PodliftStrategyPage, dns_ttl);
  gtk_widget_class_bind_template_child (widget_class, PodliftStrategyPage, lowered_ttl);
  gtk_widget_class_bind_template_child (widget_class, PodliftStrategyPage, maintenance_page);
  gtk_widget_class_bind_template_child (widget_class, PodliftStrategyPage, sizing_source);
  gtk_widget_class_bind_template_child (widget_class, PodliftStrategyPage, cpu_limit);
  gtk_widget_class_bind_template_child (widget_class, PodliftStrategyPage, latency_objective);
  gtk_widget_class_bind_template_child (widget_class, PodliftStrategyPage, error_objective);
  gtk_widget_class_bind_template_child (widget_class, PodliftStrategyPage, load_test_pods);
  gtk_widget_class_bind_template_child (widget_class, PodliftStrategyPage, read_k6);
  gtk_widget_class_bind_template_child (widget_class, PodliftStrategyPage, apply_sizing);
  gtk_widget_class_bind_template_child (widget_class, PodliftStrategyPage, sizing_summary);
  gtk_widget_class_bind_template_child (widget_class, PodliftStrategyPage, sizing_figures);
  gtk_widget_class_bind_template_child (widget_class, PodliftStrategyPage, cutover_window);
  gtk_widget_class_bind_template_child (widget_class, PodliftStrategyPage, rollback_plan);
  gtk_widget_class_bind_template_child (widget_class, PodliftStrategyPage, notes);
  gtk_widget_class_bind_template_callback (widget_class, read_k6_cb);
  gtk_widget_class_bind_template_callback (widget_class, copy_k6_command_cb);
  gtk_widget_class_bind_template_callback (widget_class, apply_sizing_cb);
}

static void
podlift_strategy_page_init (PodliftStrategyPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  set_labels (self->sizing_source, G_CALLBACK (sizing_source_label));
  set_labels (self->maintenance_kind, G_CALLBACK (maintenance_kind_label));
  set_labels (self->run_from, G_CALLBACK (run_from_label));
  set_labels (self->volume_copy, G_CALLBACK (volume_copy_label));

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
  podlift_bind_enum (self->bindings, "maintenance-kind", self->maintenance_kind);
  podlift_bind_enum (self->bindings, "run-from", self->run_from);
  podlift_bind_enum (self->bindings, "volume-copy", self->volume_copy);
  g_binding_group_bind (self->bindings, "maintenance-page", self->maintenance_kind, "sensitive",
                        G_BINDING_SYNC_CREATE);
  g_binding_group_bind (self->bindings, "cpu-limit", self->cpu_limit, "active",
                        G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  podlift_bind_value (self->bindings, "latency-objective-ms", self->latency_objective);
  podlift_bind_value (self->bindings, "error-objective-percent", self->error_objective);
  podlift_bind_value (self->bindings, "load-test-pods", self->load_test_pods);

  self->signals = g_signal_group_new (PODLIFT_TYPE_STRATEGY);
  g_signal_group_connect_object (self->signals, "notify::rollback-plan",
                                 G_CALLBACK (strategy_notify_text_cb), self,
                                 G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->signals, "notify::notes",
                                 G_CALLBACK (strategy_notify_text_cb), self,
                                 G_CONNECT_SWAPPED);

  self->project_signals = g_signal_group_new (PODLIFT_TYPE_PROJECT);
  g_signal_group_connect_object (self->project_signals, "changed",
                                 G_CALLBACK (project_changed_cb), self,
                                 G_CONNECT_SWAPPED);
  self->cancellable = g_cancellable_new ();
  podlift_strategy_page_init_estimate (self);

  g_signal_connect_object (gtk_text_view_get_buffer (self->rollback_plan), "changed",
                           G_CALLBACK (rollback_plan_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_text_view_get_buffer (self->notes), "changed",
                           G_CALLBACK (notes_changed_cb), self,
                           G_CONNECT_SWAPPED);
}
