/* podlift-cutover-page-rows.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-cutover-page"

#include "config.h"

#include <glib/gi18n.h>

#include "podlift-binding.h"
#include "podlift-cutover-page-private.h"

/* A row of the checklist: the tick, the title with its owner and state,
 * and for a live check its last result and a Run button; opened, why the
 * item matters, its fields, its state, the check's settings, and Remove.
 * The row keeps its item alive, so that the item outlives the widgets
 * that point back at it. */

#define RUN_STACK_KEY "podlift-run-stack"

char *
podlift_cutover_format_time (gint64 unix_time)
{
  g_autoptr(GDateTime) date = g_date_time_new_from_unix_local (unix_time);

  if (date == NULL)
    return g_strdup ("");

  /* Translators: the date and time of a tick, in g_date_time_format ()
   * syntax, e.g. "Nov 26, 14:32" */
  return g_date_time_format (date, _("%b %-d, %H:%M"));
}

static const char *
check_kind_label (PodliftCheckKind kind)
{
  switch (kind)
    {
    case PODLIFT_CHECK_KIND_HTTP:
      return _("HTTP check");

    case PODLIFT_CHECK_KIND_PROBE:
      return _("Probe check");

    case PODLIFT_CHECK_KIND_DNS:
      return _("DNS check");

    case PODLIFT_CHECK_KIND_TCP:
      return _("TCP check");

    case PODLIFT_CHECK_KIND_IMAGE:
      return _("Image check");

    case PODLIFT_CHECK_KIND_NONE:
    default:
      return NULL;
    }
}

static gboolean
title_or_untitled (GBinding     *binding,
                   const GValue *from,
                   GValue       *to,
                   gpointer      user_data)
{
  const char *title = g_value_get_string (from);

  g_value_set_string (to, title && title[0] ? title : _("Untitled item"));

  return TRUE;
}

static void
update_subtitle (AdwExpanderRow       *row,
                 GParamSpec           *pspec,
                 PodliftChecklistItem *item)
{
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *done = NULL;
  g_autofree char *changed = NULL;
  const char *owner;

  g_assert (ADW_IS_EXPANDER_ROW (row));
  g_assert (PODLIFT_IS_CHECKLIST_ITEM (item));

  if ((owner = podlift_checklist_item_get_owner (item)) && owner[0])
    g_string_append_printf (subtitle, _("Owner: %s"), owner);

  if (subtitle->len > 0 && podlift_checklist_item_get_state (item) != PODLIFT_ITEM_STATE_TODO)
    g_string_append (subtitle, " · ");

  switch (podlift_checklist_item_get_state (item))
    {
    case PODLIFT_ITEM_STATE_DONE:
      done = podlift_cutover_format_time (podlift_checklist_item_get_done_at (item));
      g_string_append_printf (subtitle, podlift_checklist_item_get_done_at (item) ? _("Done at %s") : _("Done"),
                              done);
      break;

    case PODLIFT_ITEM_STATE_SKIPPED:
      g_string_append (subtitle, _("Skipped"));
      break;

    case PODLIFT_ITEM_STATE_FAILED:
      changed = podlift_cutover_format_time (podlift_checklist_item_get_changed_at (item));
      g_string_append_printf (subtitle, podlift_checklist_item_get_changed_at (item) ? _("Failed at %s") : _("Failed"),
                              changed);
      break;

    case PODLIFT_ITEM_STATE_TODO:
    default:
      break;
    }

  adw_expander_row_set_subtitle (row, subtitle->str);

  if (podlift_checklist_item_get_state (item) == PODLIFT_ITEM_STATE_FAILED)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

/* The last result, or which check this is while it has not run. */
static void
update_result (GtkWidget            *box,
               GParamSpec           *pspec,
               PodliftChecklistItem *item)
{
  GtkWidget *icon = gtk_widget_get_first_child (box);
  GtkWidget *label = gtk_widget_get_next_sibling (icon);
  g_autofree char *when = NULL;
  g_autofree char *tooltip = NULL;
  gboolean passed = podlift_checklist_item_get_check_passed (item);
  const char *target = podlift_checklist_item_get_check_target (item);

  gtk_widget_remove_css_class (box, "success");
  gtk_widget_remove_css_class (box, "error");
  gtk_widget_remove_css_class (box, "dim-label");

  if (podlift_checklist_item_get_checked_at (item) == 0)
    {
      gtk_widget_set_visible (icon, FALSE);
      gtk_label_set_label (GTK_LABEL (label), check_kind_label (podlift_checklist_item_get_check_kind (item)));
      gtk_widget_add_css_class (box, "dim-label");
      /* Translators: the tooltip of a check not run yet: what it checks */
      tooltip = g_strdup_printf (_("Not run yet: %s"), target && target[0] ? target : _("no target yet"));
      gtk_widget_set_tooltip_text (box, tooltip);
      return;
    }

  when = podlift_cutover_format_time (podlift_checklist_item_get_checked_at (item));
  gtk_widget_set_visible (icon, TRUE);
  gtk_image_set_from_icon_name (GTK_IMAGE (icon), passed ? "emblem-ok-symbolic" : "dialog-warning-symbolic");
  gtk_label_set_label (GTK_LABEL (label), podlift_checklist_item_get_check_result (item));
  gtk_widget_add_css_class (box, passed ? "success" : "error");
  /* Translators: a check's last result, "Passed at Nov 26, 14:32: HTTP 200 in 12 ms" */
  tooltip = g_strdup_printf (passed ? _("Passed at %s: %s") : _("Failed at %s: %s"), when,
                             podlift_checklist_item_get_check_result (item));
  gtk_widget_set_tooltip_text (box, tooltip);
}

static void
run_clicked_cb (GtkButton          *button,
                PodliftCutoverPage *self)
{
  PodliftChecklistItem *item = g_object_get_data (G_OBJECT (button), "podlift-item");

  g_assert (PODLIFT_IS_CUTOVER_PAGE (self));

  podlift_cutover_page_run_check (self, item);
}

static void
run_stack_gone (gpointer  item,
                GObject  *stack)
{
  if (g_object_get_data (item, RUN_STACK_KEY) == (gpointer)stack)
    g_object_set_data (item, RUN_STACK_KEY, NULL);
}

void
podlift_cutover_page_show_running (PodliftChecklistItem *item,
                                   gboolean              running)
{
  GtkStack *stack = g_object_get_data (G_OBJECT (item), RUN_STACK_KEY);

  if (stack != NULL)
    gtk_stack_set_visible_child_name (stack, running ? "running" : "run");
}

static GtkWidget *
create_check_suffix (PodliftCutoverPage   *self,
                     PodliftChecklistItem *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *result = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *stack = gtk_stack_new ();
  GtkWidget *run = gtk_button_new_from_icon_name ("media-playback-start-symbolic");
  GtkWidget *spinner = gtk_spinner_new ();

  gtk_widget_set_name (result, "item-result");
  gtk_widget_set_valign (result, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (result, "caption");
  gtk_box_append (GTK_BOX (result), gtk_image_new ());
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 26);
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_box_append (GTK_BOX (result), label);
  gtk_box_append (GTK_BOX (box), result);

  gtk_widget_set_name (run, "item-run");
  gtk_widget_set_valign (run, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (run, _("Run the Check"));
  gtk_widget_add_css_class (run, "flat");
  gtk_widget_add_css_class (run, "circular");
  g_object_set_data (G_OBJECT (run), "podlift-item", item);
  g_signal_connect_object (run, "clicked", G_CALLBACK (run_clicked_cb), self, 0);
  gtk_spinner_set_spinning (GTK_SPINNER (spinner), TRUE);
  gtk_widget_set_name (spinner, "item-running");
  gtk_widget_set_valign (spinner, GTK_ALIGN_CENTER);
  gtk_stack_add_named (GTK_STACK (stack), run, "run");
  gtk_stack_add_named (GTK_STACK (stack), spinner, "running");
  gtk_box_append (GTK_BOX (box), stack);

  g_object_set_data (G_OBJECT (item), RUN_STACK_KEY, stack);
  g_object_weak_ref (G_OBJECT (stack), run_stack_gone, item);
  podlift_cutover_page_show_running (item, podlift_cutover_page_is_running (self, item));

  g_signal_connect_object (item, "notify::checked-at", G_CALLBACK (update_result), result, G_CONNECT_SWAPPED);
  g_signal_connect_object (item, "notify::check-target", G_CALLBACK (update_result), result, G_CONNECT_SWAPPED);
  update_result (result, NULL, item);

  return box;
}

static GtkWidget *
create_entry_row (GBindingGroup *bindings,
                  const char    *title,
                  const char    *name,
                  const char    *property)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_widget_set_name (row, name);
  podlift_bind_text (bindings, property, row, "text");

  return row;
}

static GtkWidget *
create_spin_row (GBindingGroup *bindings,
                 const char    *title,
                 const char    *subtitle,
                 const char    *name,
                 const char    *property,
                 double         max,
                 double         step)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (0, max, step);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_name (spin, name);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  podlift_bind_value (bindings, property, GTK_SPIN_BUTTON (spin));

  return row;
}

static GtkWidget *
create_switch_row (GBindingGroup *bindings,
                   const char    *title,
                   const char    *name,
                   const char    *property)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_name (toggle, name);
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  g_binding_group_bind (bindings, property, toggle, "active",
                        G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);

  return row;
}

static void
add_check_rows (AdwExpanderRow       *row,
                GBindingGroup        *bindings,
                PodliftChecklistItem *item)
{
  PodliftCheckKind kind = podlift_checklist_item_get_check_kind (item);
  const char *target_title = kind == PODLIFT_CHECK_KIND_HTTP ? _("URL")
                             : kind == PODLIFT_CHECK_KIND_PROBE ? _("Base URL of the probe paths")
                             : kind == PODLIFT_CHECK_KIND_DNS ? _("Host name")
                             : kind == PODLIFT_CHECK_KIND_TCP ? _("Host and port")
                             : _("Image, as registry/repository:tag");

  adw_expander_row_add_row (row, create_entry_row (bindings, target_title, "item-target", "check-target"));

  if (kind == PODLIFT_CHECK_KIND_HTTP)
    adw_expander_row_add_row (row, create_spin_row (bindings, _("Expected status"),
                                                    _("0 for any 2xx status"), "item-status",
                                                    "check-status", 599, 1));
  if (kind == PODLIFT_CHECK_KIND_HTTP || kind == PODLIFT_CHECK_KIND_PROBE)
    {
      adw_expander_row_add_row (row, create_spin_row (bindings, _("Latency bound"),
                                                      _("Milliseconds; 0 for no bound"), "item-latency",
                                                      "check-max-latency-ms", 60000, 50));
      adw_expander_row_add_row (row, create_switch_row (bindings, _("Verify the TLS certificate"),
                                                        "item-verify-tls", "check-verify-tls"));
    }
  if (kind == PODLIFT_CHECK_KIND_HTTP)
    adw_expander_row_add_row (row, create_switch_row (bindings, _("Follow redirects"),
                                                      "item-redirects", "check-follow-redirects"));
  if (kind == PODLIFT_CHECK_KIND_DNS)
    adw_expander_row_add_row (row, create_entry_row (bindings, _("Expected address or name (empty: any)"),
                                                     "item-expect", "check-expect"));

  adw_expander_row_add_row (row, create_switch_row (bindings, _("Tick the item when the check passes"),
                                                    "item-ticks", "check-ticks"));
}

static void
remove_clicked_cb (GtkButton          *button,
                   PodliftCutoverPage *self)
{
  PodliftChecklistItem *item = g_object_get_data (G_OBJECT (button), "podlift-item");
  guint position;

  g_assert (GTK_IS_BUTTON (button));
  g_assert (PODLIFT_IS_CUTOVER_PAGE (self));

  if (self->items != NULL && g_list_store_find (self->items, item, &position))
    g_list_store_remove (self->items, position);
}

static GtkWidget *
create_state_row (GBindingGroup *bindings)
{
  const char *states[] = { _("To do"), _("Done"), _("Skipped"), _("Failed"), NULL };
  g_autoptr(GtkStringList) model = gtk_string_list_new (states);
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("State"));
  gtk_widget_set_name (row, "item-state");
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  podlift_bind_enum (bindings, "state", ADW_COMBO_ROW (row));

  return row;
}

static GtkWidget *
create_remove_row (PodliftCutoverPage   *self,
                   PodliftChecklistItem *item)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_with_label (_("Remove"));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Remove this item from the checklist"));
  gtk_widget_set_name (remove, "item-remove");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "destructive-action");
  g_object_set_data (G_OBJECT (remove), "podlift-item", item);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

  return row;
}

static void
add_detail_rows (PodliftCutoverPage   *self,
                 AdwExpanderRow       *row,
                 GBindingGroup        *bindings,
                 PodliftChecklistItem *item)
{
  const char *why = podlift_checklist_item_get_why (item);

  if (why != NULL && why[0] != '\0')
    {
      GtkWidget *why_row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (why_row), _("Why it matters"));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (why_row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (why_row), why);
      gtk_widget_set_name (why_row, "item-why");
      adw_expander_row_add_row (row, why_row);
    }

  adw_expander_row_add_row (row, create_entry_row (bindings, _("Title"), "item-title", "title"));
  adw_expander_row_add_row (row, create_entry_row (bindings, _("Owner"), "item-owner", "owner"));
  adw_expander_row_add_row (row, create_entry_row (bindings, _("Note"), "item-note", "note"));
  adw_expander_row_add_row (row, create_state_row (bindings));
  if (podlift_checklist_item_get_check_kind (item) != PODLIFT_CHECK_KIND_NONE)
    add_check_rows (row, bindings, item);
  adw_expander_row_add_row (row, create_remove_row (self, item));
}

GtkWidget *
podlift_cutover_page_create_item_row (gpointer item,
                                      gpointer user_data)
{
  PodliftCutoverPage *self = user_data;
  GBindingGroup *bindings = g_binding_group_new ();
  GtkWidget *row;
  GtkWidget *check;

  g_assert (PODLIFT_IS_CHECKLIST_ITEM (item));
  g_assert (PODLIFT_IS_CUTOVER_PAGE (self));

  row = adw_expander_row_new ();
  gtk_widget_set_name (row, "item-row");
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  g_object_set_data_full (G_OBJECT (row), "podlift-item", g_object_ref (item), g_object_unref);

  check = gtk_check_button_new ();
  gtk_widget_set_name (check, "item-done");
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (check, _("Done"));
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), check);

  if (podlift_checklist_item_get_check_kind (item) != PODLIFT_CHECK_KIND_NONE)
    adw_expander_row_add_action (ADW_EXPANDER_ROW (row), create_check_suffix (self, item));

  add_detail_rows (self, ADW_EXPANDER_ROW (row), bindings, item);

  g_binding_group_bind_full (bindings, "title", row, "title",
                             G_BINDING_SYNC_CREATE,
                             title_or_untitled, NULL, NULL, NULL);
  g_binding_group_bind (bindings, "done", check, "active",
                        G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_binding_group_set_source (bindings, item);
  g_object_set_data_full (G_OBJECT (row), "podlift-bindings", bindings, g_object_unref);

  g_signal_connect_object (item, "notify::state", G_CALLBACK (update_subtitle), row, G_CONNECT_SWAPPED);
  g_signal_connect_object (item, "notify::done-at", G_CALLBACK (update_subtitle), row, G_CONNECT_SWAPPED);
  g_signal_connect_object (item, "notify::changed-at", G_CALLBACK (update_subtitle), row, G_CONNECT_SWAPPED);
  g_signal_connect_object (item, "notify::owner", G_CALLBACK (update_subtitle), row, G_CONNECT_SWAPPED);
  update_subtitle (ADW_EXPANDER_ROW (row), NULL, item);

  return row;
}
