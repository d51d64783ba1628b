/* podlift-knowledge-page-checks.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-knowledge-page"

#include "config.h"

#include <glib/gi18n.h>

#include "podlift-dependency.h"
#include "podlift-knowledge-page-private.h"
#include "podlift-reachability.h"

/* The Check button of each dependency row, and Check All. A check runs
 * in the background and shows a spinner, then whether the dependency was
 * reached and how, next to the button; while it runs, the button cancels
 * it. Results are view state: they are never saved, and an edit of the
 * host, port or protocol clears them. */

typedef struct
{
  PodliftDependency *dependency;
  GtkWidget         *button;
  GtkWidget         *spinner;
  GtkWidget         *icon;
  GtkWidget         *result;
  GCancellable      *cancellable;
  GWeakRef           page;
} RowCheck;

static void
row_check_free (gpointer data)
{
  RowCheck *check = data;

  if (check->cancellable != NULL)
    g_cancellable_cancel (check->cancellable);
  g_clear_object (&check->cancellable);
  g_clear_object (&check->dependency);
  g_weak_ref_clear (&check->page);
  g_free (check);
}

static RowCheck *
get_check (GtkWidget *row)
{
  return row != NULL ? g_object_get_data (G_OBJECT (row), "podlift-check") : NULL;
}

static void
show_result (RowCheck   *check,
             const char *icon_name,
             const char *style,
             const char *text)
{
  gtk_widget_remove_css_class (check->icon, "success");
  gtk_widget_remove_css_class (check->icon, "error");
  if (style != NULL)
    gtk_widget_add_css_class (check->icon, style);

  gtk_image_set_from_icon_name (GTK_IMAGE (check->icon), icon_name);
  gtk_widget_set_visible (check->icon, icon_name != NULL);
  gtk_label_set_text (GTK_LABEL (check->result), text != NULL ? text : "");
  gtk_widget_set_tooltip_text (check->result, text);
  gtk_widget_set_visible (check->result, text != NULL);
}

static void
set_running (RowCheck *check,
             gboolean  running)
{
  gtk_button_set_label (GTK_BUTTON (check->button), running ? _("Cancel") : _("Check"));
  gtk_widget_set_tooltip_text (check->button,
                               running ? _("Stop checking")
                                       : _("Try to reach it from this computer"));
  gtk_spinner_set_spinning (GTK_SPINNER (check->spinner), running);
  gtk_widget_set_visible (check->spinner, running);
}

static void
update_page (RowCheck *check)
{
  g_autoptr(PodliftKnowledgePage) page = g_weak_ref_get (&check->page);

  if (page != NULL)
    podlift_knowledge_page_update_check_all (page);
}

static void
check_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GtkWidget) row = user_data;
  g_autoptr(PodliftReachability) reachability = NULL;
  g_autoptr(GError) error = NULL;
  RowCheck *check = get_check (row);

  g_assert (check != NULL);

  reachability = podlift_reachability_check_finish (result, &error);
  g_clear_object (&check->cancellable);
  set_running (check, FALSE);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_result (check, NULL, NULL, NULL);
  else if (error != NULL)
    show_result (check, "dialog-error-symbolic", "error", error->message);
  else if (reachability->reachable)
    show_result (check, "emblem-ok-symbolic", "success", reachability->summary);
  else
    show_result (check, "dialog-error-symbolic", "error", reachability->summary);

  update_page (check);
}

static void
start_check (GtkWidget *row)
{
  RowCheck *check = get_check (row);
  GtkWidget *page = gtk_widget_get_ancestor (row, PODLIFT_TYPE_KNOWLEDGE_PAGE);

  g_assert (check != NULL);

  if (check->cancellable != NULL)
    return;

  g_weak_ref_set (&check->page, page);
  check->cancellable = g_cancellable_new ();
  set_running (check, TRUE);
  show_result (check, NULL, NULL, _("Checking…"));
  podlift_reachability_check_async (check->dependency, PODLIFT_KNOWLEDGE_CHECK_TIMEOUT_MS,
                                    check->cancellable, check_done_cb, g_object_ref (row));
  update_page (check);
}

static void
check_clicked_cb (GtkButton *button,
                  GtkWidget *row)
{
  RowCheck *check = get_check (row);

  g_assert (GTK_IS_BUTTON (button));

  if (check->cancellable != NULL)
    g_cancellable_cancel (check->cancellable);
  else
    start_check (row);
}

/* A removed row stops its check; an edited dependency drops its result. */
static void
row_parent_cb (GtkWidget  *row,
               GParamSpec *pspec,
               gpointer    user_data)
{
  RowCheck *check = get_check (row);

  if (gtk_widget_get_parent (row) == NULL && check->cancellable != NULL)
    g_cancellable_cancel (check->cancellable);
}

static void
dependency_notify_cb (GtkWidget  *row,
                      GParamSpec *pspec)
{
  RowCheck *check = get_check (row);

  if (g_strcmp0 (pspec->name, "purpose") == 0 || g_strcmp0 (pspec->name, "source") == 0)
    return;

  if (check->cancellable != NULL)
    g_cancellable_cancel (check->cancellable);
  else
    show_result (check, NULL, NULL, NULL);
}

static GtkWidget *
add_action (GtkWidget *row,
            GtkWidget *widget,
            const char *name)
{
  gtk_widget_set_name (widget, name);
  gtk_widget_set_valign (widget, GTK_ALIGN_CENTER);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), widget);

  return widget;
}

/**
 * podlift_knowledge_page_add_check:
 * @row: the AdwExpanderRow of @dependency
 *
 * Adds a Check button to @row, with the spinner and the result beside it.
 */
void
podlift_knowledge_page_add_check (GtkWidget *row,
                                  gpointer   dependency)
{
  RowCheck *check = g_new0 (RowCheck, 1);

  g_return_if_fail (ADW_IS_EXPANDER_ROW (row));
  g_return_if_fail (PODLIFT_IS_DEPENDENCY (dependency));

  check->dependency = g_object_ref (dependency);
  g_weak_ref_init (&check->page, NULL);
  g_object_set_data_full (G_OBJECT (row), "podlift-check", check, row_check_free);

  /* Actions are packed from the end: the trash button stays last. */
  check->button = add_action (row, gtk_button_new (), "dependency-check");
  check->spinner = add_action (row, gtk_spinner_new (), "dependency-check-spinner");
  check->result = add_action (row, gtk_label_new (NULL), "dependency-check-result");
  check->icon = add_action (row, gtk_image_new (), "dependency-check-icon");

  gtk_widget_add_css_class (check->button, "flat");
  gtk_label_set_ellipsize (GTK_LABEL (check->result), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (check->result), 18);
  gtk_label_set_max_width_chars (GTK_LABEL (check->result), 28);
  gtk_label_set_xalign (GTK_LABEL (check->result), 0);
  gtk_widget_add_css_class (check->result, "caption");
  set_running (check, FALSE);
  show_result (check, NULL, NULL, NULL);

  g_signal_connect (check->button, "clicked", G_CALLBACK (check_clicked_cb), row);
  g_signal_connect (row, "notify::parent", G_CALLBACK (row_parent_cb), NULL);
  g_signal_connect_object (dependency, "notify", G_CALLBACK (dependency_notify_cb), row,
                           G_CONNECT_SWAPPED);
}

static gboolean
any_running (PodliftKnowledgePage *self)
{
  GtkListBox *list = GTK_LIST_BOX (self->dependency_list);
  GtkListBoxRow *row;

  for (guint i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    {
      RowCheck *check = get_check (GTK_WIDGET (row));

      if (check != NULL && check->cancellable != NULL)
        return TRUE;
    }

  return FALSE;
}

static void
check_all_clicked_cb (GtkButton            *button,
                      PodliftKnowledgePage *self)
{
  gboolean cancel = any_running (self);
  GtkListBox *list = GTK_LIST_BOX (self->dependency_list);
  GtkListBoxRow *row;

  g_assert (PODLIFT_IS_KNOWLEDGE_PAGE (self));

  for (guint i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    {
      RowCheck *check = get_check (GTK_WIDGET (row));

      if (check == NULL)
        continue;

      if (cancel && check->cancellable != NULL)
        g_cancellable_cancel (check->cancellable);
      else if (!cancel)
        start_check (GTK_WIDGET (row));
    }
}

/* Check All becomes Cancel while any check runs. */
void
podlift_knowledge_page_update_check_all (PodliftKnowledgePage *self)
{
  gboolean running;

  g_return_if_fail (PODLIFT_IS_KNOWLEDGE_PAGE (self));

  running = any_running (self);
  gtk_button_set_label (GTK_BUTTON (self->dependency_check_all_button),
                        running ? _("Cancel") : _("Check All"));
  gtk_widget_set_tooltip_text (self->dependency_check_all_button,
                               running ? _("Stop every check")
                                       : _("Try to reach every dependency from this computer"));
}

void
podlift_knowledge_page_init_checks (PodliftKnowledgePage *self)
{
  g_return_if_fail (PODLIFT_IS_KNOWLEDGE_PAGE (self));

  g_signal_connect (self->dependency_check_all_button, "clicked",
                    G_CALLBACK (check_all_clicked_cb), self);
}
