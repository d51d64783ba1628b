/* podlift-knowledge-page.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-knowledge-page"

#include "config.h"

#include <glib/gi18n.h>

#include "podlift-binding.h"
#include "podlift-enum-types.h"
#include "podlift-knowledge-page-private.h"
#include "podlift-labels.h"

/* The Knowledge step: every answer of the application profile, one
 * preferences group per question family, the answers still missing at
 * the top, and the provenance of each pre-filled answer next to it. */

G_DEFINE_FINAL_TYPE (PodliftKnowledgePage, podlift_knowledge_page, PODLIFT_TYPE_PAGE)

/* How a scalar answer is edited: an entry row, a combo row, or an action
 * row whose activatable widget is a switch or a spin button. */
typedef enum
{
  FIELD_TEXT,
  FIELD_ENUM,
  FIELD_SWITCH,
  FIELD_VALUE,
} FieldKind;

typedef struct
{
  const char *property;
  const char *child;
  FieldKind   kind;
  gssize      offset;
} Field;

#define FIELD(property, kind, member) \
  { property, #member, kind, G_STRUCT_OFFSET (PodliftKnowledgePage, member) }

static const Field fields[] = {
  FIELD ("name",                FIELD_TEXT,   name_row),
  FIELD ("description",         FIELD_TEXT,   description_row),
  FIELD ("stack",               FIELD_ENUM,   stack_row),
  FIELD ("stack-version",       FIELD_TEXT,   stack_version_row),
  FIELD ("stateful",            FIELD_SWITCH, stateful_row),
  FIELD ("state-handling",      FIELD_ENUM,   state_handling_row),
  FIELD ("database-moves",      FIELD_SWITCH, database_moves_row),
  FIELD ("database-engine",     FIELD_ENUM,   database_engine_row),
  FIELD ("database-version",    FIELD_TEXT,   database_version_row),
  FIELD ("database-size-gb",    FIELD_VALUE,  database_size_row),
  FIELD ("sticky-sessions",     FIELD_SWITCH, sticky_sessions_row),
  FIELD ("session-cookie",      FIELD_TEXT,   session_cookie_row),
  FIELD ("build-command",       FIELD_TEXT,   build_command_row),
  FIELD ("launch-command",      FIELD_TEXT,   launch_command_row),
  FIELD ("migrate-command",     FIELD_TEXT,   migrate_command_row),
  FIELD ("port",                FIELD_VALUE,  port_row),
  FIELD ("liveness-path",       FIELD_TEXT,   liveness_path_row),
  FIELD ("readiness-path",      FIELD_TEXT,   readiness_path_row),
  FIELD ("startup-path",        FIELD_TEXT,   startup_path_row),
  FIELD ("startup-seconds",     FIELD_VALUE,  startup_seconds_row),
  FIELD ("vm-vcpu",             FIELD_VALUE,  vm_vcpu_row),
  FIELD ("vm-memory-mb",        FIELD_VALUE,  vm_memory_row),
  FIELD ("vm-instances",        FIELD_VALUE,  vm_instances_row),
  FIELD ("cpu-average-percent", FIELD_VALUE,  cpu_average_row),
  FIELD ("cpu-peak-percent",    FIELD_VALUE,  cpu_peak_row),
  FIELD ("memory-average-mb",   FIELD_VALUE,  memory_average_row),
  FIELD ("memory-peak-mb",      FIELD_VALUE,  memory_peak_row),
  FIELD ("requests-average",    FIELD_VALUE,  requests_average_row),
  FIELD ("requests-peak",       FIELD_VALUE,  requests_peak_row),
};

#undef FIELD

/* The lists of the profile, each with its list box, its Add button and
 * the function building an item's row. */
typedef struct
{
  gssize                      list_offset;
  gssize                      button_offset;
  GListStore               *(*get_store)  (PodliftAppProfile *profile);
  GtkListBoxCreateWidgetFunc  create_row;
} List;

#define LIST(list, button, getter, create) \
  { G_STRUCT_OFFSET (PodliftKnowledgePage, list), \
    G_STRUCT_OFFSET (PodliftKnowledgePage, button), \
    getter, create }

static const List lists[] = {
  LIST (state_path_list, state_path_add_button,
        podlift_app_profile_get_state_paths, podlift_knowledge_page_create_state_path_row),
  LIST (dependency_list, dependency_add_button,
        podlift_app_profile_get_dependencies, podlift_knowledge_page_create_dependency_row),
  LIST (env_list, env_add_button,
        podlift_app_profile_get_env_vars, podlift_knowledge_page_create_env_var_row),
  LIST (config_file_list, config_file_add_button,
        podlift_app_profile_get_config_files, podlift_knowledge_page_create_config_file_row),
  LIST (cron_job_list, cron_job_add_button,
        podlift_app_profile_get_cron_jobs, podlift_knowledge_page_create_cron_job_row),
  LIST (stateful_service_list, stateful_service_add_button,
        podlift_app_profile_get_stateful_services,
        podlift_knowledge_page_create_stateful_service_row),
};

#undef LIST

#define WIDGET_AT(self, offset) G_STRUCT_MEMBER (GtkWidget *, self, offset)

/* The pros and cons of each way of keeping state, by PodliftStateHandling. */
static const struct {
  const char *pros;
  const char *cons;
} state_tradeoffs[] = {
  { N_("The best scaling and the simplest operations: any pod serves any request, "
       "and pods come and go freely."),
    N_("Code changes: files move to object storage such as S3, and sessions to an "
       "external store such as Redis.") },
  { N_("No code change, and all pods see the same files."),
    N_("Needs a ReadWriteMany storage class (EFS, NFS); reads and writes are slower "
       "than on a local disk, and pods writing the same file need locking.") },
  { N_("Each pod keeps a stable name and a disk of its own, as each VM did."),
    N_("Pods don’t share files, and scaling and updates are slower: one pod at a time.") },
};

static char *
enum_label_cb (AdwEnumListItem      *item,
               PodliftEnumLabelFunc  get_label)
{
  g_assert (ADW_IS_ENUM_LIST_ITEM (item));

  return g_strdup (get_label (adw_enum_list_item_get_value (item)));
}

/**
 * podlift_knowledge_page_setup_combo:
 * @get_label: the translated label of a value of @enum_type
 *
 * Lists the values of @enum_type in @row, each under its label.
 */
void
podlift_knowledge_page_setup_combo (AdwComboRow          *row,
                                    GType                 enum_type,
                                    PodliftEnumLabelFunc  get_label)
{
  g_autoptr(AdwEnumListModel) model = adw_enum_list_model_new (enum_type);
  g_autoptr(GtkExpression) expression = NULL;

  g_return_if_fail (ADW_IS_COMBO_ROW (row));
  g_return_if_fail (get_label != NULL);

  expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                            G_CALLBACK (enum_label_cb),
                                            (gpointer)get_label, NULL);
  adw_combo_row_set_expression (row, expression);
  adw_combo_row_set_model (row, G_LIST_MODEL (model));
}

static gboolean
state_handling_to_tradeoffs (GBinding     *binding,
                             const GValue *from,
                             GValue       *to,
                             gpointer      user_data)
{
  int handling = g_value_get_enum (from);
  g_autofree char *pros = NULL;
  g_autofree char *cons = NULL;

  if (handling < 0 || handling >= (int)G_N_ELEMENTS (state_tradeoffs))
    return FALSE;

  pros = g_markup_escape_text (_(state_tradeoffs[handling].pros), -1);
  cons = g_markup_escape_text (_(state_tradeoffs[handling].cons), -1);
  g_value_take_string (to, g_strdup_printf ("<b>%s</b> %s\n<b>%s</b> %s",
                                            _("Pros:"), pros, _("Cons:"), cons));

  return TRUE;
}

static GtkWidget *
field_control (GtkWidget *row,
               FieldKind  kind)
{
  if (kind == FIELD_SWITCH || kind == FIELD_VALUE)
    return adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row));

  return row;
}

static void
bind_field (PodliftKnowledgePage *self,
            const Field          *field)
{
  GtkWidget *control = field_control (WIDGET_AT (self, field->offset), field->kind);

  g_assert (PODLIFT_IS_KNOWLEDGE_PAGE (self));

  switch (field->kind)
    {
    case FIELD_TEXT:
      podlift_bind_text (self->bindings, field->property, control, "text");
      break;

    case FIELD_ENUM:
      podlift_bind_enum (self->bindings, field->property, ADW_COMBO_ROW (control));
      break;

    case FIELD_SWITCH:
      g_binding_group_bind (self->bindings, field->property, control, "active",
                            G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
      break;

    case FIELD_VALUE:
      podlift_bind_value (self->bindings, field->property, GTK_SPIN_BUTTON (control));
      break;

    default:
      g_assert_not_reached ();
    }
}

/* Entry rows have no subtitle: they show where an answer came from in a
 * dim suffix and a tooltip. Combo rows that show their choice as their
 * subtitle use the tooltip alone. Other rows show it as their subtitle,
 * in place of their explanation. */
static void
prepare_source (GtkWidget *row)
{
  if (ADW_IS_ENTRY_ROW (row))
    {
      GtkWidget *label = gtk_label_new (NULL);

      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "caption");
      gtk_widget_set_name (label, "source");
      gtk_widget_set_visible (label, FALSE);
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), label);
      g_object_set_data (G_OBJECT (row), "podlift-source-label", label);
    }
  else
    {
      const char *subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (row));

      g_object_set_data_full (G_OBJECT (row), "podlift-subtitle", g_strdup (subtitle), g_free);
    }
}

static void
show_source (GtkWidget  *row,
             const char *source)
{
  g_autofree char *from = NULL;

  if (source != NULL)
    /* Translators: where a pre-filled answer came from, e.g. "from package.json:12" */
    from = g_strdup_printf (_("from %s"), source);

  if (ADW_IS_ENTRY_ROW (row))
    {
      GtkWidget *label = g_object_get_data (G_OBJECT (row), "podlift-source-label");

      gtk_label_set_text (GTK_LABEL (label), from != NULL ? from : "");
      gtk_widget_set_visible (label, from != NULL);
      gtk_widget_set_tooltip_text (row, from);
    }
  else if (ADW_IS_COMBO_ROW (row) && adw_combo_row_get_use_subtitle (ADW_COMBO_ROW (row)))
    {
      gtk_widget_set_tooltip_text (row, from);
    }
  else
    {
      const char *subtitle = g_object_get_data (G_OBJECT (row), "podlift-subtitle");
      g_autofree char *escaped = from != NULL ? g_markup_escape_text (from, -1) : NULL;

      if (escaped == NULL)
        escaped = g_strdup (subtitle != NULL ? subtitle : "");
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
    }
}

static PodliftAppProfile *
get_profile (PodliftKnowledgePage *self)
{
  PodliftProject *project = podlift_page_get_project (PODLIFT_PAGE (self));

  return project != NULL ? podlift_project_get_profile (project) : NULL;
}

static void
refresh_sources (PodliftKnowledgePage *self)
{
  PodliftAppProfile *profile = get_profile (self);

  g_assert (PODLIFT_IS_KNOWLEDGE_PAGE (self));

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    show_source (WIDGET_AT (self, fields[i].offset),
                 profile != NULL ? podlift_app_profile_get_source (profile, fields[i].property) : NULL);
}

/* An answer changed by hand is no longer the file's: it loses its
 * source, so that the next scan leaves it alone. */
static void
profile_notify_cb (PodliftKnowledgePage *self,
                   GParamSpec           *pspec,
                   PodliftAppProfile    *profile)
{
  g_assert (PODLIFT_IS_KNOWLEDGE_PAGE (self));
  g_assert (PODLIFT_IS_APP_PROFILE (profile));

  if (self->applying == 0 && podlift_app_profile_get_source (profile, pspec->name) != NULL)
    podlift_app_profile_set_source (profile, pspec->name, NULL);
}

static gboolean
missing_unchanged (GtkStringList *shown,
                   GPtrArray     *missing)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (shown)) != missing->len)
    return FALSE;

  for (guint i = 0; i < missing->len; i++)
    if (g_strcmp0 (gtk_string_list_get_string (shown, i), g_ptr_array_index (missing, i)) != 0)
      return FALSE;

  return TRUE;
}

static void
refresh_missing (PodliftKnowledgePage *self)
{
  PodliftProject *project = podlift_page_get_project (PODLIFT_PAGE (self));
  g_autoptr(GPtrArray) missing = NULL;
  guint n_shown;

  g_assert (PODLIFT_IS_KNOWLEDGE_PAGE (self));

  if (project != NULL)
    missing = podlift_project_list_missing (project, PODLIFT_STEP_KNOWLEDGE);
  else
    missing = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_set_visible (self->missing_group, missing->len > 0);

  /* Rebuilding the rows on every key press would flicker. */
  if (missing_unchanged (self->missing, missing))
    return;

  n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->missing));
  g_ptr_array_add (missing, NULL);
  gtk_string_list_splice (self->missing, 0, n_shown, (const char * const *)missing->pdata);
}

static GtkWidget *
create_missing_row (gpointer item,
                    gpointer user_data)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-question-symbolic");
  g_autofree char *title = g_markup_escape_text (gtk_string_object_get_string (item), -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_add_css_class (icon, "dim-label");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  return row;
}

static void
add_clicked_cb (GtkButton            *button,
                PodliftKnowledgePage *self)
{
  PodliftAppProfile *profile = get_profile (self);

  g_assert (GTK_IS_BUTTON (button));
  g_assert (PODLIFT_IS_KNOWLEDGE_PAGE (self));

  if (profile == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      if (WIDGET_AT (self, lists[i].button_offset) == GTK_WIDGET (button))
        {
          GListStore *store = lists[i].get_store (profile);
          g_autoptr(GObject) item = g_object_new (g_list_model_get_item_type (G_LIST_MODEL (store)),
                                                  NULL);

          g_list_store_append (store, item);
          break;
        }
    }
}

static void
podlift_knowledge_page_project_set (PodliftPage    *page,
                                    PodliftProject *project)
{
  PodliftKnowledgePage *self = (PodliftKnowledgePage *)page;
  PodliftAppProfile *profile = project != NULL ? podlift_project_get_profile (project) : NULL;

  g_assert (PODLIFT_IS_KNOWLEDGE_PAGE (self));

  g_binding_group_set_source (self->bindings, profile);
  g_signal_group_set_target (self->profile_signals, profile);
  g_signal_group_set_target (self->project_signals, project);

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      GListStore *store = profile != NULL ? lists[i].get_store (profile) : NULL;

      gtk_list_box_bind_model (GTK_LIST_BOX (WIDGET_AT (self, lists[i].list_offset)),
                               G_LIST_MODEL (store),
                               lists[i].create_row,
                               store,
                               NULL);
    }

  gtk_widget_set_sensitive (adw_bin_get_child (ADW_BIN (self)), project != NULL);

  podlift_knowledge_page_project_set_scan (self);
  podlift_knowledge_page_update_check_all (self);
  refresh_sources (self);
  refresh_missing (self);
}

static void
podlift_knowledge_page_dispose (GObject *object)
{
  PodliftKnowledgePage *self = (PodliftKnowledgePage *)object;

  /* Let go of the model before the widgets bound to it go away. */
  if (self->bindings != NULL)
    g_binding_group_set_source (self->bindings, NULL);

  podlift_knowledge_page_dispose_scan (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), PODLIFT_TYPE_KNOWLEDGE_PAGE);

  g_clear_object (&self->bindings);
  g_clear_object (&self->profile_signals);
  g_clear_object (&self->project_signals);
  g_clear_object (&self->missing);

  G_OBJECT_CLASS (podlift_knowledge_page_parent_class)->dispose (object);
}

static void
podlift_knowledge_page_class_init (PodliftKnowledgePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PodliftPageClass *page_class = PODLIFT_PAGE_CLASS (klass);

  object_class->dispose = podlift_knowledge_page_dispose;

  page_class->project_set = podlift_knowledge_page_project_set;

  gtk_widget_class_set_template_from_resource (widget_class, "/app/podlift/Podlift/ui/podlift-knowledge-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PodliftKnowledgePage, missing_group);
  gtk_widget_class_bind_template_child (widget_class, PodliftKnowledgePage, missing_list);
  gtk_widget_class_bind_template_child (widget_class, PodliftKnowledgePage, state_tradeoffs);
  gtk_widget_class_bind_template_child (widget_class, PodliftKnowledgePage, state_tradeoffs_row);
  gtk_widget_class_bind_template_child (widget_class, PodliftKnowledgePage, state_paths_group);
  gtk_widget_class_bind_template_child (widget_class, PodliftKnowledgePage, state_path_list);
  gtk_widget_class_bind_template_child (widget_class, PodliftKnowledgePage, state_path_add_button);
  gtk_widget_class_bind_template_child (widget_class, PodliftKnowledgePage, dependency_list);
  gtk_widget_class_bind_template_child (widget_class, PodliftKnowledgePage, dependency_add_button);
  gtk_widget_class_bind_template_child (widget_class, PodliftKnowledgePage, env_list);
  gtk_widget_class_bind_template_child (widget_class, PodliftKnowledgePage, env_add_button);
  gtk_widget_class_bind_template_child (widget_class, PodliftKnowledgePage, config_file_list);
  gtk_widget_class_bind_template_child (widget_class, PodliftKnowledgePage, config_file_add_button);
  gtk_widget_class_bind_template_child (widget_class, PodliftKnowledgePage, cron_job_list);
  gtk_widget_class_bind_template_child (widget_class, PodliftKnowledgePage, cron_job_add_button);
  gtk_widget_class_bind_template_child (widget_class, PodliftKnowledgePage, stateful_service_list);
  gtk_widget_class_bind_template_child (widget_class, PodliftKnowledgePage, stateful_service_add_button);
  gtk_widget_class_bind_template_child (widget_class, PodliftKnowledgePage, dependency_check_all_button);
  gtk_widget_class_bind_template_child (widget_class, PodliftKnowledgePage, scan_row);
  gtk_widget_class_bind_template_child (widget_class, PodliftKnowledgePage, rescan_button);
  gtk_widget_class_bind_template_child (widget_class, PodliftKnowledgePage, scan_progress_row);
  gtk_widget_class_bind_template_child (widget_class, PodliftKnowledgePage, scan_progress_title);
  gtk_widget_class_bind_template_child (widget_class, PodliftKnowledgePage, scan_progress_files);
  gtk_widget_class_bind_template_child (widget_class, PodliftKnowledgePage, scan_progress_bar);
  gtk_widget_class_bind_template_child (widget_class, PodliftKnowledgePage, scan_cancel_button);
  gtk_widget_class_bind_template_child (widget_class, PodliftKnowledgePage, not_carried_group);
  gtk_widget_class_bind_template_child (widget_class, PodliftKnowledgePage, not_carried_list);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    gtk_widget_class_bind_template_child_full (widget_class, fields[i].child, FALSE, fields[i].offset);

  podlift_knowledge_page_class_init_scan (widget_class);
}

static void
podlift_knowledge_page_init (PodliftKnowledgePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  podlift_knowledge_page_setup_combo (ADW_COMBO_ROW (self->stack_row),
                                      PODLIFT_TYPE_STACK,
                                      (PodliftEnumLabelFunc)podlift_stack_get_label);
  podlift_knowledge_page_setup_combo (ADW_COMBO_ROW (self->state_handling_row),
                                      PODLIFT_TYPE_STATE_HANDLING,
                                      (PodliftEnumLabelFunc)podlift_state_handling_get_label);
  podlift_knowledge_page_setup_combo (ADW_COMBO_ROW (self->database_engine_row),
                                      PODLIFT_TYPE_DATABASE_ENGINE,
                                      (PodliftEnumLabelFunc)podlift_database_engine_get_label);

  self->bindings = g_binding_group_new ();
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      bind_field (self, &fields[i]);
      prepare_source (WIDGET_AT (self, fields[i].offset));
    }

  /* The state questions only matter for an application that keeps state. */
  g_binding_group_bind (self->bindings, "stateful", self->state_handling_row, "visible",
                        G_BINDING_SYNC_CREATE);
  g_binding_group_bind (self->bindings, "stateful", self->state_tradeoffs_row, "visible",
                        G_BINDING_SYNC_CREATE);
  g_binding_group_bind (self->bindings, "stateful", self->state_paths_group, "visible",
                        G_BINDING_SYNC_CREATE);
  g_binding_group_bind_full (self->bindings, "state-handling", self->state_tradeoffs, "label",
                             G_BINDING_SYNC_CREATE, state_handling_to_tradeoffs, NULL, NULL, NULL);
  g_binding_group_bind (self->bindings, "sticky-sessions", self->session_cookie_row, "sensitive",
                        G_BINDING_SYNC_CREATE);

  self->profile_signals = g_signal_group_new (PODLIFT_TYPE_APP_PROFILE);
  g_signal_group_connect_swapped (self->profile_signals, "sources-changed",
                                  G_CALLBACK (refresh_sources), self);
  g_signal_group_connect_swapped (self->profile_signals, "notify",
                                  G_CALLBACK (profile_notify_cb), self);

  self->project_signals = g_signal_group_new (PODLIFT_TYPE_PROJECT);
  g_signal_group_connect_swapped (self->project_signals, "changed",
                                  G_CALLBACK (refresh_missing), self);

  self->missing = gtk_string_list_new (NULL);
  gtk_list_box_bind_model (GTK_LIST_BOX (self->missing_list), G_LIST_MODEL (self->missing),
                           create_missing_row, NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    g_signal_connect (WIDGET_AT (self, lists[i].button_offset), "clicked",
                      G_CALLBACK (add_clicked_cb), self);

  podlift_knowledge_page_init_checks (self);
  podlift_knowledge_page_init_scan (self);

  gtk_widget_set_visible (self->missing_group, FALSE);
  gtk_widget_set_sensitive (adw_bin_get_child (ADW_BIN (self)), FALSE);
}
