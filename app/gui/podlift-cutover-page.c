/* podlift-cutover-page.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-cutover-page"

#include "config.h"

#include <glib/gi18n.h>

#include "podlift-binding.h"
#include "podlift-checklist-item.h"
#include "podlift-cutover-page.h"
#include "podlift-timeline-entry.h"

/* The Cutover step: the one checklist store shown as three groups (one
 * filtered view per phase), each with its progress, and the timeline
 * the core fills as items are ticked. Live checks come later; for now a
 * row only names its check. */

#define N_PHASES (PODLIFT_CHECKLIST_PHASE_AFTER + 1)

typedef struct
{
  /* template widgets */
  GtkButton          *add;
  GtkProgressBar     *progress;
  GtkLabel           *count;
  GtkListBox         *list;

  /* owned */
  GtkFilterListModel *model;

  /* owned by model */
  GtkFilter          *filter;
} PhaseGroup;

struct _PodliftCutoverPage
{
  PodliftPage       parent_instance;

  /* template widgets */
  GtkListBox       *timeline_list;

  /* owned */
  PhaseGroup        groups [N_PHASES];
  GListStore       *timeline;
  GSignalGroup     *project_signals;
  GListStore       *items;
};

G_DEFINE_FINAL_TYPE (PodliftCutoverPage, podlift_cutover_page, PODLIFT_TYPE_PAGE)

static char *
format_local_time (gint64 unix_time)
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
phase_filter_func (gpointer item,
                   gpointer user_data)
{
  return podlift_checklist_item_get_phase (item) == (PodliftChecklistPhase)GPOINTER_TO_INT (user_data);
}

static gboolean
title_or_untitled (GBinding     *binding,
                   const GValue *from,
                   GValue       *to,
                   gpointer      user_data)
{
  const char *title = g_value_get_string (from);

  g_value_set_string (to, title ? title : _("Untitled item"));

  return TRUE;
}

static void
update_row_subtitle (AdwExpanderRow       *row,
                     GParamSpec           *pspec,
                     PodliftChecklistItem *item)
{
  g_autoptr(GString) subtitle = g_string_new (NULL);
  const char *owner;

  g_assert (ADW_IS_EXPANDER_ROW (row));
  g_assert (PODLIFT_IS_CHECKLIST_ITEM (item));

  if ((owner = podlift_checklist_item_get_owner (item)))
    g_string_append_printf (subtitle, _("Owner: %s"), owner);

  if (podlift_checklist_item_get_done (item) && podlift_checklist_item_get_done_at (item) > 0)
    {
      g_autofree char *when = format_local_time (podlift_checklist_item_get_done_at (item));

      if (subtitle->len > 0)
        g_string_append (subtitle, " · ");
      g_string_append_printf (subtitle, _("Done at %s"), when);
    }

  adw_expander_row_set_subtitle (row, subtitle->str);
}

static void
remove_clicked_cb (GtkButton          *button,
                   PodliftCutoverPage *self)
{
  PodliftChecklistItem *item;
  guint position;

  g_assert (GTK_IS_BUTTON (button));
  g_assert (PODLIFT_IS_CUTOVER_PAGE (self));

  item = g_object_get_data (G_OBJECT (button), "podlift-item");

  if (self->items != NULL && g_list_store_find (self->items, item, &position))
    g_list_store_remove (self->items, position);
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
create_item_row (gpointer item,
                 gpointer user_data)
{
  PodliftCutoverPage *self = user_data;
  GBindingGroup *bindings = g_binding_group_new ();
  const char *kind_label;
  GtkWidget *row;
  GtkWidget *check;
  GtkWidget *remove;

  g_assert (PODLIFT_IS_CHECKLIST_ITEM (item));
  g_assert (PODLIFT_IS_CUTOVER_PAGE (self));

  row = adw_expander_row_new ();
  gtk_widget_set_name (row, "item-row");
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);

  check = gtk_check_button_new ();
  gtk_widget_set_name (check, "item-done");
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (check, _("Done"));
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), check);

  remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_name (remove, "item-remove");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (remove, _("Remove Item"));
  gtk_widget_add_css_class (remove, "flat");
  g_object_set_data_full (G_OBJECT (remove), "podlift-item", g_object_ref (item), g_object_unref);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_clicked_cb), self, 0);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), remove);

  /* Actions are packed from the end: the check's label goes left of the
   * remove button, which stays in one column from row to row. */
  if ((kind_label = check_kind_label (podlift_checklist_item_get_check_kind (item))))
    {
      const char *target = podlift_checklist_item_get_check_target (item);
      g_autofree char *text = NULL;
      GtkWidget *label;

      /* Translators: a live check and what it checks, "HTTP check: https://…" */
      text = g_strdup_printf (_("%s: %s"), kind_label, target ? target : "");
      label = gtk_label_new (text);
      gtk_widget_set_name (label, "item-check");
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_MIDDLE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 36);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "caption");
      adw_expander_row_add_action (ADW_EXPANDER_ROW (row), label);
    }

  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            create_entry_row (bindings, _("Title"), "item-title", "title"));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            create_entry_row (bindings, _("Owner"), "item-owner", "owner"));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            create_entry_row (bindings, _("Note"), "item-note", "note"));

  g_binding_group_bind_full (bindings, "title", row, "title",
                             G_BINDING_SYNC_CREATE,
                             title_or_untitled, NULL, NULL, NULL);
  g_binding_group_bind (bindings, "done", check, "active",
                        G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_binding_group_set_source (bindings, item);
  g_object_set_data_full (G_OBJECT (row), "podlift-bindings", bindings, g_object_unref);

  g_signal_connect_object (item, "notify::done-at", G_CALLBACK (update_row_subtitle),
                           row, G_CONNECT_SWAPPED);
  g_signal_connect_object (item, "notify::owner", G_CALLBACK (update_row_subtitle),
                           row, G_CONNECT_SWAPPED);
  update_row_subtitle (ADW_EXPANDER_ROW (row), NULL, item);

  return row;
}

static GtkWidget *
create_timeline_row (PodliftTimelineEntry *entry)
{
  g_autofree char *when = NULL;
  const char *text;
  GtkWidget *row;

  g_assert (PODLIFT_IS_TIMELINE_ENTRY (entry));

  when = format_local_time (podlift_timeline_entry_get_time (entry));
  text = podlift_timeline_entry_get_text (entry);

  row = adw_action_row_new ();
  gtk_widget_set_name (row, "timeline-row");
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text ? text : "");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), when);

  return row;
}

typedef struct
{
  PodliftTimelineEntry *entry;
  guint                 position;
} TimelineSlot;

/* Newest first; of two entries of the same second, the one recorded
 * later (further down the store) first. */
static int
timeline_slot_compare (gconstpointer a,
                       gconstpointer b)
{
  const TimelineSlot *slot_a = a;
  const TimelineSlot *slot_b = b;
  gint64 time_a = podlift_timeline_entry_get_time (slot_a->entry);
  gint64 time_b = podlift_timeline_entry_get_time (slot_b->entry);

  if (time_a != time_b)
    return time_a > time_b ? -1 : 1;

  if (slot_a->position != slot_b->position)
    return slot_a->position > slot_b->position ? -1 : 1;

  return 0;
}

/* The timeline is short and grows one tick at a time: show it again in
 * full on any change. */
static void
timeline_changed_cb (PodliftCutoverPage *self,
                     guint               position,
                     guint               removed,
                     guint               added,
                     GListModel         *model)
{
  g_autoptr(GArray) slots = NULL;
  GtkListBoxRow *row;
  guint n;

  g_assert (PODLIFT_IS_CUTOVER_PAGE (self));
  g_assert (G_IS_LIST_MODEL (model));

  while ((row = gtk_list_box_get_row_at_index (self->timeline_list, 0)))
    gtk_list_box_remove (self->timeline_list, GTK_WIDGET (row));

  n = g_list_model_get_n_items (model);
  slots = g_array_sized_new (FALSE, FALSE, sizeof (TimelineSlot), n);
  for (guint i = 0; i < n; i++)
    {
      TimelineSlot slot = { g_list_model_get_item (model, i), i };

      g_array_append_val (slots, slot);
    }
  g_array_sort (slots, timeline_slot_compare);

  for (guint i = 0; i < n; i++)
    {
      /* takes the reference the first loop got */
      g_autoptr(PodliftTimelineEntry) entry = g_array_index (slots, TimelineSlot, i).entry;

      gtk_list_box_append (self->timeline_list, create_timeline_row (entry));
    }
}

static void
podlift_cutover_page_watch_timeline (PodliftCutoverPage *self,
                                     GListStore         *timeline)
{
  GtkListBoxRow *row;

  g_assert (PODLIFT_IS_CUTOVER_PAGE (self));

  if (self->timeline != NULL)
    g_signal_handlers_disconnect_by_func (self->timeline, timeline_changed_cb, self);

  while ((row = gtk_list_box_get_row_at_index (self->timeline_list, 0)))
    gtk_list_box_remove (self->timeline_list, GTK_WIDGET (row));

  g_set_object (&self->timeline, timeline);

  if (timeline != NULL)
    {
      g_signal_connect_object (timeline, "items-changed", G_CALLBACK (timeline_changed_cb),
                               self, G_CONNECT_SWAPPED);
      timeline_changed_cb (self, 0, 0, g_list_model_get_n_items (G_LIST_MODEL (timeline)),
                           G_LIST_MODEL (timeline));
    }
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
 * have caught up with the store yet. */
static void
podlift_cutover_page_update_progress (PodliftCutoverPage *self)
{
  guint done [N_PHASES] = { 0, };
  guint total [N_PHASES] = { 0, };
  guint n = 0;

  g_assert (PODLIFT_IS_CUTOVER_PAGE (self));

  if (self->items != NULL)
    n = g_list_model_get_n_items (G_LIST_MODEL (self->items));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PodliftChecklistItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);
      PodliftChecklistPhase phase = podlift_checklist_item_get_phase (item);

      if (phase >= N_PHASES)
        continue;

      total[phase]++;
      if (podlift_checklist_item_get_done (item))
        done[phase]++;
    }

  for (guint i = 0; i < N_PHASES; i++)
    {
      g_autofree char *count = NULL;

      /* Translators: progress of a checklist group, "2 of 5 done" */
      count = g_strdup_printf (_("%u of %u done"), done[i], total[i]);
      gtk_label_set_label (self->groups[i].count, count);
      gtk_progress_bar_set_fraction (self->groups[i].progress,
                                     total[i] > 0 ? (double)done[i] / total[i] : 0.0);
    }
}

static void
item_phase_changed_cb (PodliftCutoverPage   *self,
                       GParamSpec           *pspec,
                       PodliftChecklistItem *item)
{
  g_assert (PODLIFT_IS_CUTOVER_PAGE (self));

  for (guint i = 0; i < N_PHASES; i++)
    gtk_filter_changed (self->groups[i].filter, GTK_FILTER_CHANGE_DIFFERENT);

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

      g_signal_connect_object (item, "notify::phase", G_CALLBACK (item_phase_changed_cb),
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

          g_signal_handlers_disconnect_by_func (item, item_phase_changed_cb, self);
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

static gboolean
podlift_cutover_page_has_id (PodliftCutoverPage *self,
                             const char         *id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PodliftChecklistItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      if (g_strcmp0 (podlift_checklist_item_get_id (item), id) == 0)
        return TRUE;
    }

  return FALSE;
}

static void
add_clicked_cb (PodliftCutoverPage *self,
                GtkButton          *button)
{
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

  if (group == NULL || self->items == NULL)
    return;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  for (guint i = n + 1; id == NULL || podlift_cutover_page_has_id (self, id); i++)
    {
      g_free (id);
      id = g_strdup_printf ("item-%u", i);
    }

  item = podlift_checklist_item_new ();
  podlift_checklist_item_set_id (item, id);
  podlift_checklist_item_set_title (item, _("New item"));
  podlift_checklist_item_set_phase (item, phase);
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

  podlift_cutover_page_watch_items (self, items);
  g_signal_group_set_target (self->project_signals, project);

  for (guint i = 0; i < N_PHASES; i++)
    gtk_filter_list_model_set_model (self->groups[i].model, G_LIST_MODEL (items));
  podlift_cutover_page_watch_timeline (self, timeline);

  podlift_cutover_page_update_progress (self);
}

static void
podlift_cutover_page_dispose (GObject *object)
{
  PodliftCutoverPage *self = (PodliftCutoverPage *)object;

  podlift_cutover_page_watch_items (self, NULL);
  if (self->timeline != NULL)
    g_signal_handlers_disconnect_by_func (self->timeline, timeline_changed_cb, self);
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

  object_class->dispose = podlift_cutover_page_dispose;

  page_class->project_set = podlift_cutover_page_project_set;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/app/podlift/Podlift/ui/podlift-cutover-page.ui");
  BIND_GROUP_CHILD (widget_class, PODLIFT_CHECKLIST_PHASE_PREPARE, "prepare_add", add);
  BIND_GROUP_CHILD (widget_class, PODLIFT_CHECKLIST_PHASE_PREPARE, "prepare_progress", progress);
  BIND_GROUP_CHILD (widget_class, PODLIFT_CHECKLIST_PHASE_PREPARE, "prepare_count", count);
  BIND_GROUP_CHILD (widget_class, PODLIFT_CHECKLIST_PHASE_PREPARE, "prepare_list", list);
  BIND_GROUP_CHILD (widget_class, PODLIFT_CHECKLIST_PHASE_SWITCH, "switch_add", add);
  BIND_GROUP_CHILD (widget_class, PODLIFT_CHECKLIST_PHASE_SWITCH, "switch_progress", progress);
  BIND_GROUP_CHILD (widget_class, PODLIFT_CHECKLIST_PHASE_SWITCH, "switch_count", count);
  BIND_GROUP_CHILD (widget_class, PODLIFT_CHECKLIST_PHASE_SWITCH, "switch_list", list);
  BIND_GROUP_CHILD (widget_class, PODLIFT_CHECKLIST_PHASE_AFTER, "after_add", add);
  BIND_GROUP_CHILD (widget_class, PODLIFT_CHECKLIST_PHASE_AFTER, "after_progress", progress);
  BIND_GROUP_CHILD (widget_class, PODLIFT_CHECKLIST_PHASE_AFTER, "after_count", count);
  BIND_GROUP_CHILD (widget_class, PODLIFT_CHECKLIST_PHASE_AFTER, "after_list", list);
  gtk_widget_class_bind_template_child (widget_class, PodliftCutoverPage, timeline_list);
}

static void
podlift_cutover_page_init (PodliftCutoverPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < N_PHASES; i++)
    {
      PhaseGroup *group = &self->groups[i];
      GtkCustomFilter *filter;

      filter = gtk_custom_filter_new (phase_filter_func, GINT_TO_POINTER (i), NULL);
      group->filter = GTK_FILTER (filter);
      group->model = gtk_filter_list_model_new (NULL, GTK_FILTER (filter));

      gtk_list_box_bind_model (group->list, G_LIST_MODEL (group->model),
                               create_item_row, self, NULL);
      gtk_list_box_set_placeholder (group->list, create_placeholder (_("No items")));
      g_signal_connect_object (group->add, "clicked", G_CALLBACK (add_clicked_cb),
                               self, G_CONNECT_SWAPPED);
    }

  gtk_list_box_set_placeholder (self->timeline_list,
                                create_placeholder (_("Nothing ticked yet")));

  self->project_signals = g_signal_group_new (PODLIFT_TYPE_PROJECT);
  g_signal_group_connect_object (self->project_signals, "changed",
                                 G_CALLBACK (podlift_cutover_page_update_progress),
                                 self, G_CONNECT_SWAPPED);

  podlift_cutover_page_update_progress (self);
}
