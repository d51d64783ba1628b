/* podlift-strategy-page-sizing.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-strategy-page"

#include "config.h"

#include <glib/gi18n.h>

#include "podlift-sizing.h"
#include "podlift-strategy-page-private.h"

/* The sizing: the replicas, the autoscaler's bounds, requests and limits
 * with the numbers they come from; a button that puts the counts into
 * the manifests; and the load test: the k6 command to copy, and k6's
 * summary read back (in a thread: --out json files can be large). A
 * file that is not k6's output is told in a toast and changes nothing. */

#define K6_COMMAND "k6 run -e BASE_URL=https://preprod.example.com --summary-export=summary.json loadtest/k6.js"

static GtkWidget *
figure_row (PodliftSizingFigure *figure)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *value = gtk_label_new (figure->value);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), figure->label);
  gtk_label_set_xalign (GTK_LABEL (value), 1);
  gtk_label_set_selectable (GTK_LABEL (value), TRUE);
  gtk_widget_add_css_class (value, "dim-label");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), value);
  return row;
}

void
podlift_strategy_page_show_sizing (PodliftStrategyPage *self,
                                   PodliftProject      *project)
{
  g_autoptr(PodliftSizing) sizing = podlift_sizing_compute (project, 0);
  gboolean applied = podlift_sizing_is_applied (sizing, podlift_project_get_manifests (project));
  g_autofree char *summary = NULL;
  g_autofree char *limits = NULL;
  GtkWidget *child;

  g_assert (PODLIFT_IS_STRATEGY_PAGE (self));

  limits = sizing->cpu_limit > 0 ? g_strdup_printf (_("limits %u m CPU, %u MiB"), sizing->cpu_limit,
                                                    sizing->memory_limit)
                                 : g_strdup_printf (_("limit %u MiB, no CPU limit"), sizing->memory_limit);
  /* Translators: replicas, the autoscaler's bounds, requests, then the limits */
  summary = g_strdup_printf (_("%u replicas, %u to %u with the autoscaler · requests %u m CPU, %u MiB · %s"),
                             sizing->replicas, sizing->hpa_min, sizing->hpa_max, sizing->cpu_request,
                             sizing->memory_request, limits);
  gtk_label_set_label (self->sizing_summary, summary);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->sizing_figures))))
    gtk_list_box_remove (self->sizing_figures, child);
  for (guint i = 0; i < sizing->figures->len; i++)
    gtk_list_box_append (self->sizing_figures, figure_row (g_ptr_array_index (sizing->figures, i)));

  gtk_widget_set_sensitive (GTK_WIDGET (self->apply_sizing), !applied);
  gtk_button_set_label (self->apply_sizing, applied ? _("Used in Manifests") : _("Use in Manifests"));
}

void
podlift_strategy_page_apply_sizing (PodliftStrategyPage *self)
{
  PodliftProject *project = podlift_page_get_project (PODLIFT_PAGE (self));
  g_autoptr(PodliftSizing) sizing = NULL;
  g_autofree char *message = NULL;

  g_assert (PODLIFT_IS_STRATEGY_PAGE (self));

  if (project == NULL)
    return;

  sizing = podlift_sizing_compute (project, 0);
  if (!podlift_sizing_apply (sizing, podlift_project_get_manifests (project)))
    return;

  message = g_strdup_printf (_("The manifests now run %u replicas, %u to %u with the autoscaler"),
                             sizing->replicas, sizing->hpa_min, sizing->hpa_max);
  podlift_page_add_toast (PODLIFT_PAGE (self), message);
}

void
podlift_strategy_page_copy_k6_command (PodliftStrategyPage *self)
{
  g_assert (PODLIFT_IS_STRATEGY_PAGE (self));

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), K6_COMMAND);
  podlift_page_add_toast (PODLIFT_PAGE (self), _("k6 command copied"));
}

typedef struct
{
  GBytes *bytes;
  char   *name;
  guint   latency_ms;
  double  error_percent;
} ReadData;

static void
read_data_free (ReadData *data)
{
  g_clear_pointer (&data->bytes, g_bytes_unref);
  g_free (data->name);
  g_free (data);
}

static void
parse_thread (GTask        *task,
              gpointer      source,
              gpointer      task_data,
              GCancellable *cancellable)
{
  ReadData *data = task_data;
  g_autofree PodliftK6Result *result = g_new0 (PodliftK6Result, 1);
  GError *error = NULL;
  gsize length;
  const char *text = g_bytes_get_data (data->bytes, &length);

  if (!podlift_k6_result_parse (text ? text : "", length, data->name, data->latency_ms,
                                data->error_percent, result, &error))
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, g_steal_pointer (&result), g_free);
}

static void
parsed_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  PodliftStrategyPage *self = PODLIFT_STRATEGY_PAGE (object);
  PodliftProject *project = podlift_page_get_project (PODLIFT_PAGE (self));
  g_autofree PodliftK6Result *k6 = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (!(k6 = g_task_propagate_pointer (G_TASK (result), &error)))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        podlift_page_add_toast (PODLIFT_PAGE (self), error->message);
      return;
    }
  if (project == NULL)
    return;

  podlift_sizing_set_k6_result (podlift_project_get_strategy (project), k6);
  message = g_strdup_printf (_("The load test held %.0f req/s at p95 %.0f ms"), k6->rate, k6->p95_ms);
  podlift_page_add_toast (PODLIFT_PAGE (self), message);
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(PodliftStrategyPage) self = user_data;
  PodliftProject *project = podlift_page_get_project (PODLIFT_PAGE (self));
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  ReadData *data;

  if (!(bytes = g_file_load_bytes_finish (G_FILE (object), result, NULL, &error)))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        podlift_page_add_toast (PODLIFT_PAGE (self), error->message);
      return;
    }
  if (project == NULL)
    return;

  data = g_new0 (ReadData, 1);
  data->bytes = g_steal_pointer (&bytes);
  data->name = g_file_get_basename (G_FILE (object));
  data->latency_ms = podlift_strategy_get_latency_objective_ms (podlift_project_get_strategy (project));
  data->error_percent = podlift_strategy_get_error_objective_percent (podlift_project_get_strategy (project));
  task = g_task_new (self, self->cancellable, parsed_cb, NULL);
  g_task_set_source_tag (task, podlift_strategy_page_read_k6_file);
  g_task_set_task_data (task, data, (GDestroyNotify) read_data_free);
  g_task_run_in_thread (task, parse_thread);
}

/* Reads k6's --summary-export JSON or --out json lines from @file. */
void
podlift_strategy_page_read_k6_file (PodliftStrategyPage *self,
                                    GFile               *file)
{
  g_return_if_fail (PODLIFT_IS_STRATEGY_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));

  g_file_load_bytes_async (file, self->cancellable, loaded_cb, g_object_ref (self));
}

static void
chooser_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     gpointer         user_data)
{
  PodliftStrategyPage *self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      podlift_strategy_page_read_k6_file (self, file);
    }
  g_object_unref (dialog);
}

void
podlift_strategy_page_choose_k6_file (PodliftStrategyPage *self)
{
  GtkFileChooserNative *chooser;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  g_assert (PODLIFT_IS_STRATEGY_PAGE (self));

  chooser = gtk_file_chooser_native_new (_("Read k6 Summary"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Read"), NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
