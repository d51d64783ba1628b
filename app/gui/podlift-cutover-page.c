/* podlift-cutover-page.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-cutover-page"

#include "config.h"

#include <glib/gi18n.h>

#include "podlift-checklist.h"
#include "podlift-checklist-generator.h"
#include "podlift-cutover-page-private.h"

/* The Cutover step: the one checklist store shown as three groups (one
 * filtered view per phase), each with its progress, the overall
 * progress with Start Cutover and Run All Checks, and the timeline in a
 * flap beside them (over them, when the window is narrow). When the plan
 * has changed since the checklist was drawn, a card offers to draw it
 * again. The rows are in -rows.c, the checks in -checks.c, the timeline
 * in -timeline.c. */

G_DEFINE_FINAL_TYPE (PodliftCutoverPage, podlift_cutover_page, PODLIFT_TYPE_PAGE)

static gboolean
phase_filter_func (gpointer item,
                   gpointer user_data)
{
  return podlift_checklist_item_get_phase (item) == (PodliftChecklistPhase)GPOINTER_TO_INT (user_data);
}

static GtkWidget *
create_placeholder (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_top (label, 18);
  gtk_widget_set_margin_bottom (label, 18);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_add_css_class (label, "dim-label");

  return label;
}

/* Counts from the store itself: on "changed" the filtered views may not
 * have caught up with the store yet. Skipped items count as closed. */
static void
podlift_cutover_page_update_progress (PodliftCutoverPage *self)
{
  PodliftProject *project = podlift_page_get_project (PODLIFT_PAGE (self));
  PodliftChecklist *checklist = project ? podlift_project_get_checklist (project) : NULL;
  g_autofree char *overall = NULL;
  guint closed = 0, total = 0;

  g_assert (PODLIFT_IS_CUTOVER_PAGE (self));

  for (guint i = 0; i < N_PHASES; i++)
    {
      g_autofree char *count = NULL;
      guint phase_closed = 0, phase_total = 0;

      if (checklist != NULL)
        podlift_checklist_count (checklist, i, &phase_closed, &phase_total);

      /* Translators: progress of a checklist group, "2 of 5 done" */
      count = g_strdup_printf (_("%u of %u done"), phase_closed, phase_total);
      gtk_label_set_label (self->groups[i].count, count);
      gtk_progress_bar_set_fraction (self->groups[i].progress,
                                     phase_total > 0 ? (double)phase_closed / phase_total : 0.0);
      closed += phase_closed;
      total += phase_total;
    }

  /* Translators: the whole checklist's progress, "6 of 22 items done" */
  overall = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u item done", "%u of %u items done", total),
                             closed, total);
  gtk_label_set_label (self->overall_title, overall);
  gtk_progress_bar_set_fraction (self->overall_progress, total > 0 ? (double)closed / total : 0.0);
}

/* Whether the checklist is the plan's, said in the card. */
static gboolean
check_plan_cb (gpointer user_data)
{
  PodliftCutoverPage *self = user_data;
  PodliftProject *project = podlift_page_get_project (PODLIFT_PAGE (self));
  gboolean empty, current;

  self->plan_check_id = 0;

  if (project == NULL)
    {
      gtk_revealer_set_reveal_child (self->plan_revealer, FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->plan_revealer), FALSE);
      return G_SOURCE_REMOVE;
    }

  empty = g_list_model_get_n_items (G_LIST_MODEL (self->items)) == 0;
  current = !empty && podlift_checklist_is_current (project);
  gtk_label_set_label (self->plan_label,
                       empty ? _("This project has no checklist yet. Podlift draws one from the plan: "
                                 "the answers, the image, the manifests and the strategy.")
                             : _("The plan has changed since this checklist was drawn."));
  gtk_button_set_label (self->plan_button, empty ? _("Draw the Checklist") : _("Update Checklist"));
  gtk_widget_set_visible (GTK_WIDGET (self->plan_button), TRUE);
  gtk_revealer_set_reveal_child (self->plan_revealer, !current);
  gtk_widget_set_visible (GTK_WIDGET (self->plan_revealer), !current);

  return G_SOURCE_REMOVE;
}

static void
project_changed_cb (PodliftCutoverPage *self)
{
  g_assert (PODLIFT_IS_CUTOVER_PAGE (self));

  podlift_cutover_page_update_progress (self);

  /* Once the edits settle: a plan is compared with the checklist by
   * drawing it again. */
  g_clear_handle_id (&self->plan_check_id, g_source_remove);
  self->plan_check_id = g_timeout_add (300, check_plan_cb, self);
}

static void
plan_clicked_cb (PodliftCutoverPage *self)
{
  PodliftProject *project = podlift_page_get_project (PODLIFT_PAGE (self));
  g_autofree char *text = NULL;
  guint added = 0, removed = 0;

  g_assert (PODLIFT_IS_CUTOVER_PAGE (self));

  if (project == NULL)
    return;

  podlift_checklist_regenerate (project, &added, &removed);
  /* Translators: after the checklist is drawn again, "3 items added, 1 removed" */
  text = g_strdup_printf (_("Checklist updated: %u added, %u removed"), added, removed);
  podlift_page_add_toast (PODLIFT_PAGE (self), text);
  check_plan_cb (self);
}

static void
start_clicked_cb (PodliftCutoverPage *self)
{
  PodliftProject *project = podlift_page_get_project (PODLIFT_PAGE (self));

  g_assert (PODLIFT_IS_CUTOVER_PAGE (self));

  if (project != NULL)
    podlift_checklist_start (podlift_project_get_checklist (project));
}

/* A row shows its item's phase and check as they were when it was made:
 * when either changes, the groups are filled again. */
static void
item_layout_changed_cb (PodliftCutoverPage   *self,
                        GParamSpec           *pspec,
                        PodliftChecklistItem *item)
{
  g_assert (PODLIFT_IS_CUTOVER_PAGE (self));

  for (guint i = 0; i < N_PHASES; i++)
    {
      if (g_str_equal (pspec->name, "phase"))
        gtk_filter_changed (self->groups[i].filter, GTK_FILTER_CHANGE_DIFFERENT);
      else
        gtk_list_box_bind_model (self->groups[i].list, G_LIST_MODEL (self->groups[i].model),
                                 podlift_cutover_page_create_item_row, self, NULL);
    }

  podlift_cutover_page_update_progress (self);
}

static void
items_changed_cb (PodliftCutoverPage *self,
                  guint               position,
                  guint               removed,
                  guint               added,
                  GListModel         *model)
{
  g_assert (PODLIFT_IS_CUTOVER_PAGE (self));

  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(PodliftChecklistItem) item = g_list_model_get_item (model, i);

      g_signal_handlers_disconnect_by_func (item, item_layout_changed_cb, self);
      g_signal_connect_object (item, "notify::phase", G_CALLBACK (item_layout_changed_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (item, "notify::check-kind", G_CALLBACK (item_layout_changed_cb),
                               self, G_CONNECT_SWAPPED);
    }
}

static void
podlift_cutover_page_watch_items (PodliftCutoverPage *self,
                                  GListStore         *items)
{
  g_assert (PODLIFT_IS_CUTOVER_PAGE (self));

  if (self->items != NULL)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

          g_signal_handlers_disconnect_by_func (item, item_layout_changed_cb, self);
        }
      g_signal_handlers_disconnect_by_func (self->items, items_changed_cb, self);
    }

  g_set_object (&self->items, items);

  if (items != NULL)
    {
      g_signal_connect_object (items, "items-changed", G_CALLBACK (items_changed_cb),
                               self, G_CONNECT_SWAPPED);
      items_changed_cb (self, 0, 0, g_list_model_get_n_items (G_LIST_MODEL (items)),
                        G_LIST_MODEL (items));
    }
}

static char *
next_item_id (PodliftCutoverPage *self,
              PodliftChecklist   *checklist)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  char *id = NULL;

  for (guint i = n + 1; id == NULL || podlift_checklist_find_item (checklist, id) != NULL; i++)
    {
      g_free (id);
      id = g_strdup_printf ("item-%u", i);
    }

  return id;
}

static void
add_clicked_cb (PodliftCutoverPage *self,
                GtkButton          *button)
{
  PodliftProject *project = podlift_page_get_project (PODLIFT_PAGE (self));
  g_autoptr(PodliftChecklistItem) item = NULL;
  g_autofree char *id = NULL;
  PhaseGroup *group = NULL;
  PodliftChecklistPhase phase = 0;
  GtkListBoxRow *row;
  guint n;

  g_assert (PODLIFT_IS_CUTOVER_PAGE (self));
  g_assert (GTK_IS_BUTTON (button));

  for (guint i = 0; i < N_PHASES; i++)
    if (self->groups[i].add == button)
      {
        group = &self->groups[i];
        phase = i;
      }

  if (group == NULL || project == NULL)
    return;

  id = next_item_id (self, podlift_project_get_checklist (project));
  item = podlift_checklist_item_new ();
  podlift_checklist_item_set_id (item, id);
  podlift_checklist_item_set_title (item, _("New item"));
  podlift_checklist_item_set_phase (item, phase);
  podlift_checklist_item_set_custom (item, TRUE);
  g_list_store_append (self->items, item);

  /* Open the new row, ready for its real title. */
  n = g_list_model_get_n_items (G_LIST_MODEL (group->model));
  if (n > 0 && (row = gtk_list_box_get_row_at_index (group->list, n - 1)) && ADW_IS_EXPANDER_ROW (row))
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
}

static void
podlift_cutover_page_project_set (PodliftPage    *page,
                                  PodliftProject *project)
{
  PodliftCutoverPage *self = PODLIFT_CUTOVER_PAGE (page);
  PodliftChecklist *checklist = project ? podlift_project_get_checklist (project) : NULL;
  GListStore *items = checklist ? podlift_checklist_get_items (checklist) : NULL;
  GListStore *timeline = checklist ? podlift_checklist_get_timeline (checklist) : NULL;

  g_assert (PODLIFT_IS_CUTOVER_PAGE (self));

  podlift_cutover_page_cancel_checks (self);
  podlift_cutover_page_watch_items (self, items);
  g_signal_group_set_target (self->project_signals, project);

  for (guint i = 0; i < N_PHASES; i++)
    gtk_filter_list_model_set_model (self->groups[i].model, G_LIST_MODEL (items));
  podlift_cutover_page_watch_timeline (self, timeline);

  podlift_cutover_page_update_progress (self);
  g_clear_handle_id (&self->plan_check_id, g_source_remove);
  check_plan_cb (self);
}

static void
podlift_cutover_page_dispose (GObject *object)
{
  PodliftCutoverPage *self = (PodliftCutoverPage *)object;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->plan_check_id, g_source_remove);
  podlift_cutover_page_watch_items (self, NULL);
  if (self->timeline_list != NULL)
    podlift_cutover_page_watch_timeline (self, NULL);
  if (self->project_signals != NULL)
    g_signal_group_set_target (self->project_signals, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), PODLIFT_TYPE_CUTOVER_PAGE);

  for (guint i = 0; i < N_PHASES; i++)
    {
      self->groups[i].filter = NULL;
      g_clear_object (&self->groups[i].model);
    }
  g_clear_object (&self->timeline);
  g_clear_object (&self->project_signals);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->running, g_hash_table_unref);

  G_OBJECT_CLASS (podlift_cutover_page_parent_class)->dispose (object);
}

#define BIND_GROUP_CHILD(widget_class, phase, name, field) \
  gtk_widget_class_bind_template_child_full (widget_class, name, FALSE, \
                                             G_STRUCT_OFFSET (PodliftCutoverPage, groups[phase].field))

static void
podlift_cutover_page_class_init (PodliftCutoverPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PodliftPageClass *page_class = PODLIFT_PAGE_CLASS (klass);
  const char *phases[N_PHASES] = { "prepare", "switch", "after" };

  object_class->dispose = podlift_cutover_page_dispose;

  page_class->project_set = podlift_cutover_page_project_set;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/app/podlift/Podlift/ui/podlift-cutover-page.ui");
  for (guint i = 0; i < N_PHASES; i++)
    {
      g_autofree char *add = g_strdup_printf ("%s_add", phases[i]);
      g_autofree char *progress = g_strdup_printf ("%s_progress", phases[i]);
      g_autofree char *count = g_strdup_printf ("%s_count", phases[i]);
      g_autofree char *list = g_strdup_printf ("%s_list", phases[i]);

      BIND_GROUP_CHILD (widget_class, i, g_intern_string (add), add);
      BIND_GROUP_CHILD (widget_class, i, g_intern_string (progress), progress);
      BIND_GROUP_CHILD (widget_class, i, g_intern_string (count), count);
      BIND_GROUP_CHILD (widget_class, i, g_intern_string (list), list);
    }
  gtk_widget_class_bind_template_child (widget_class, PodliftCutoverPage, plan_revealer);
  gtk_widget_class_bind_template_child (widget_class, PodliftCutoverPage, plan_label);
  gtk_widget_class_bind_template_child (widget_class, PodliftCutoverPage, plan_button);
  gtk_widget_class_bind_template_child (widget_class, PodliftCutoverPage, overall_title);
  gtk_widget_class_bind_template_child (widget_class, PodliftCutoverPage, overall_subtitle);
  gtk_widget_class_bind_template_child (widget_class, PodliftCutoverPage, run_all);
  gtk_widget_class_bind_template_child (widget_class, PodliftCutoverPage, run_all_stack);
  gtk_widget_class_bind_template_child (widget_class, PodliftCutoverPage, start_button);
  gtk_widget_class_bind_template_child (widget_class, PodliftCutoverPage, overall_progress);
  gtk_widget_class_bind_template_child (widget_class, PodliftCutoverPage, timeline_summary);
  gtk_widget_class_bind_template_child (widget_class, PodliftCutoverPage, note_entry);
  gtk_widget_class_bind_template_child (widget_class, PodliftCutoverPage, timeline_list);
  gtk_widget_class_bind_template_child (widget_class, PodliftCutoverPage, timeline_toggle);
}

static void
podlift_cutover_page_init (PodliftCutoverPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The bin's own child, not a template child: disposing the template
   * must not take it from under the bin. */
  self->flap = ADW_FLAP (adw_bin_get_child (ADW_BIN (self)));

  self->cancellable = g_cancellable_new ();
  self->running = g_hash_table_new_full (g_direct_hash, g_direct_equal, g_object_unref, NULL);

  for (guint i = 0; i < N_PHASES; i++)
    {
      PhaseGroup *group = &self->groups[i];
      GtkCustomFilter *filter;

      filter = gtk_custom_filter_new (phase_filter_func, GINT_TO_POINTER (i), NULL);
      group->filter = GTK_FILTER (filter);
      group->model = gtk_filter_list_model_new (NULL, GTK_FILTER (filter));

      gtk_list_box_bind_model (group->list, G_LIST_MODEL (group->model),
                               podlift_cutover_page_create_item_row, self, NULL);
      gtk_list_box_set_placeholder (group->list, create_placeholder (_("No items")));
      g_signal_connect_object (group->add, "clicked", G_CALLBACK (add_clicked_cb),
                               self, G_CONNECT_SWAPPED);
    }

  gtk_list_box_set_placeholder (self->timeline_list,
                                create_placeholder (_("Ticks, notes and check results appear here.")));

  g_signal_connect_object (self->start_button, "clicked", G_CALLBACK (start_clicked_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->run_all, "clicked", G_CALLBACK (podlift_cutover_page_run_all),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->plan_button, "clicked", G_CALLBACK (plan_clicked_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->note_entry, "activate", G_CALLBACK (podlift_cutover_page_add_note),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->note_entry, "icon-press", G_CALLBACK (podlift_cutover_page_add_note),
                           self, G_CONNECT_SWAPPED);

  /* The timeline's toggle only matters when the flap covers the page. */
  g_object_bind_property (self->flap, "folded", self->timeline_toggle, "visible", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->flap, "reveal-flap", self->timeline_toggle, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);

  self->project_signals = g_signal_group_new (PODLIFT_TYPE_PROJECT);
  g_signal_group_connect_object (self->project_signals, "changed",
                                 G_CALLBACK (project_changed_cb),
                                 self, G_CONNECT_SWAPPED);

  podlift_cutover_page_update_progress (self);
}
