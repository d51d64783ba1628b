/* podlift-knowledge-page-lists.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-knowledge-page"

#include "config.h"

#include <glib/gi18n.h>

#include "podlift-binding.h"
#include "podlift-config-file.h"
#include "podlift-cron-job.h"
#include "podlift-dependency.h"
#include "podlift-enum-types.h"
#include "podlift-env-var.h"
#include "podlift-knowledge-page-private.h"
#include "podlift-state-path.h"
#include "podlift-stateful-service.h"

/* The rows of the Knowledge page's lists. Each item of a list store is an
 * expander row: its header sums the item up (and says where it came from),
 * its rows edit the item's fields through a binding group whose source is
 * the item, and a trash button removes the item from its store. */

#define BIDIRECTIONAL (G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE)

/* Protocol names are not translated. */
static const char * const protocol_labels[] = { "TCP", "HTTP", "HTTPS", "UDP" };

static const char *
protocol_get_label (PodliftProtocol protocol)
{
  return protocol < G_N_ELEMENTS (protocol_labels) ? protocol_labels[protocol] : NULL;
}

static void
remove_clicked_cb (GtkButton  *button,
                   GListStore *store)
{
  gpointer item = g_object_get_data (G_OBJECT (button), "podlift-item");
  guint position;

  g_assert (GTK_IS_BUTTON (button));
  g_assert (G_IS_LIST_STORE (store));

  if (g_list_store_find (store, item, &position))
    g_list_store_remove (store, position);
}

static char *
format_source (const char *source)
{
  if (source == NULL)
    return NULL;

  /* Translators: where a pre-filled answer came from, e.g. "from .env:3" */
  return g_strdup_printf (_("from %s"), source);
}

/* Sets the header of an item's row: its title, or @placeholder while the
 * item has none, over the non-empty @parts joined into a subtitle. */
static void
set_header (AdwExpanderRow    *row,
            const char        *title,
            const char        *placeholder,
            const char *const *parts,
            guint              n_parts)
{
  g_autoptr(GPtrArray) shown = g_ptr_array_new ();
  g_autofree char *subtitle = NULL;
  g_autofree char *escaped_title = NULL;
  g_autofree char *escaped_subtitle = NULL;

  g_assert (ADW_IS_EXPANDER_ROW (row));

  for (guint i = 0; i < n_parts; i++)
    if (parts[i] != NULL && parts[i][0] != '\0')
      g_ptr_array_add (shown, (gpointer)parts[i]);
  g_ptr_array_add (shown, NULL);

  subtitle = g_strjoinv (" · ", (char **)shown->pdata);
  escaped_title = g_markup_escape_text (title != NULL ? title : placeholder, -1);
  escaped_subtitle = g_markup_escape_text (subtitle, -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped_title);
  adw_expander_row_set_subtitle (row, escaped_subtitle);
}

static AdwExpanderRow *
create_item_row (gpointer        item,
                 GListStore     *store,
                 const char     *remove_tooltip,
                 gboolean        expanded,
                 GBindingGroup **bindings)
{
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

  g_assert (G_IS_OBJECT (item));
  g_assert (G_IS_LIST_STORE (store));

  gtk_widget_set_name (remove, "remove-button");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (remove, remove_tooltip);
  gtk_widget_add_css_class (remove, "flat");
  g_object_set_data_full (G_OBJECT (remove), "podlift-item", g_object_ref (item), g_object_unref);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_clicked_cb), store, 0);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), remove);

  /* A new, still empty item opens so that it can be filled in. */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), expanded);

  *bindings = g_binding_group_new ();
  g_object_set_data_full (G_OBJECT (row), "podlift-bindings", *bindings, g_object_unref);

  return ADW_EXPANDER_ROW (row);
}

static GtkWidget *
add_entry (AdwExpanderRow *row,
           GBindingGroup  *bindings,
           GType           row_type,
           const char     *title,
           const char     *name,
           const char     *property)
{
  GtkWidget *entry = g_object_new (row_type, "title", title, "name", name, NULL);

  podlift_bind_text (bindings, property, entry, "text");
  adw_expander_row_add_row (row, entry);

  return entry;
}

static GtkWidget *
add_action_row (AdwExpanderRow *row,
                const char     *title,
                const char     *subtitle,
                GtkWidget      *control)
{
  GtkWidget *action_row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (action_row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (action_row), subtitle);
  gtk_widget_set_valign (control, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (action_row), control);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (action_row), control);
  adw_expander_row_add_row (row, action_row);

  return action_row;
}

static void
add_switch (AdwExpanderRow *row,
            GBindingGroup  *bindings,
            const char     *title,
            const char     *subtitle,
            const char     *name,
            const char     *property)
{
  GtkWidget *toggle = gtk_switch_new ();

  gtk_widget_set_name (toggle, name);
  g_binding_group_bind (bindings, property, toggle, "active", BIDIRECTIONAL);
  add_action_row (row, title, subtitle, toggle);
}

static void
add_spin (AdwExpanderRow *row,
          GBindingGroup  *bindings,
          const char     *title,
          const char     *name,
          const char     *property,
          double          upper,
          double          step,
          guint           digits)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (0, upper, step);

  gtk_widget_set_name (spin, name);
  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), digits);
  podlift_bind_value (bindings, property, GTK_SPIN_BUTTON (spin));
  add_action_row (row, title, NULL, spin);
}

static void
describe_state_path (PodliftStatePath *path,
                     GParamSpec       *pspec,
                     AdwExpanderRow   *row)
{
  g_autofree char *from = format_source (podlift_state_path_get_source (path));
  g_autofree char *size = NULL;

  if (podlift_state_path_get_size_gb (path) > 0)
    /* Translators: the size of a volume, e.g. "20.0 GB" */
    size = g_strdup_printf (_("%.1f GB"), podlift_state_path_get_size_gb (path));

  set_header (row, podlift_state_path_get_path (path), _("New path"),
              (const char * const []) { podlift_state_path_get_holds (path), size, from }, 3);
}

GtkWidget *
podlift_knowledge_page_create_state_path_row (gpointer item,
                                              gpointer store)
{
  PodliftStatePath *path = item;
  GBindingGroup *bindings;
  AdwExpanderRow *row;

  g_assert (PODLIFT_IS_STATE_PATH (path));

  row = create_item_row (item, store, _("Remove Path"),
                         podlift_state_path_get_path (path) == NULL, &bindings);
  add_entry (row, bindings, ADW_TYPE_ENTRY_ROW, _("Path"), "state-path-path", "path");
  add_entry (row, bindings, ADW_TYPE_ENTRY_ROW, _("What it holds"), "state-path-holds", "holds");
  add_spin (row, bindings, _("Size (GB)"), "state-path-size", "size-gb", 100000, 0.1, 1);
  g_binding_group_set_source (bindings, item);

  g_signal_connect_object (item, "notify", G_CALLBACK (describe_state_path), row, 0);
  describe_state_path (path, NULL, row);

  return GTK_WIDGET (row);
}

static void
describe_dependency (PodliftDependency *dependency,
                     GParamSpec        *pspec,
                     AdwExpanderRow    *row)
{
  g_autofree char *from = format_source (podlift_dependency_get_source (dependency));
  g_autofree char *title = NULL;
  const char *host = podlift_dependency_get_host (dependency);
  guint port = podlift_dependency_get_port (dependency);
  PodliftProtocol protocol = podlift_dependency_get_protocol (dependency);

  if (host != NULL && port != 0)
    title = g_strdup_printf ("%s:%u", host, port);
  else
    title = g_strdup (host);

  set_header (row, title, _("New dependency"),
              (const char * const []) {
                protocol_get_label (protocol),
                podlift_dependency_get_purpose (dependency),
                from,
              }, 3);
}

GtkWidget *
podlift_knowledge_page_create_dependency_row (gpointer item,
                                              gpointer store)
{
  PodliftDependency *dependency = item;
  GBindingGroup *bindings;
  AdwExpanderRow *row;
  GtkWidget *combo;

  g_assert (PODLIFT_IS_DEPENDENCY (dependency));

  row = create_item_row (item, store, _("Remove Dependency"),
                         podlift_dependency_get_host (dependency) == NULL, &bindings);
  add_entry (row, bindings, ADW_TYPE_ENTRY_ROW, _("Host"), "dependency-host", "host");
  add_spin (row, bindings, _("Port"), "dependency-port", "port", 65535, 1, 0);

  combo = adw_combo_row_new ();
  gtk_widget_set_name (combo, "dependency-protocol");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (combo), _("Protocol"));
  podlift_knowledge_page_setup_combo (ADW_COMBO_ROW (combo), PODLIFT_TYPE_PROTOCOL,
                                      (PodliftEnumLabelFunc)protocol_get_label);
  podlift_bind_enum (bindings, "protocol", ADW_COMBO_ROW (combo));
  adw_expander_row_add_row (row, combo);

  add_entry (row, bindings, ADW_TYPE_ENTRY_ROW, _("Purpose"), "dependency-purpose", "purpose");
  g_binding_group_set_source (bindings, item);
  podlift_knowledge_page_add_check (GTK_WIDGET (row), dependency);

  g_signal_connect_object (item, "notify", G_CALLBACK (describe_dependency), row, 0);
  describe_dependency (dependency, NULL, row);

  return GTK_WIDGET (row);
}

static void
describe_env_var (PodliftEnvVar  *var,
                  GParamSpec     *pspec,
                  AdwExpanderRow *row)
{
  g_autofree char *from = format_source (podlift_env_var_get_source (var));
  const char *value = podlift_env_var_get_value (var);

  /* Never show a secret, not even in a summary. */
  if (podlift_env_var_get_secret (var))
    value = _("Secret value");

  set_header (row, podlift_env_var_get_name (var), _("New variable"),
              (const char * const []) { value, from }, 2);
}

GtkWidget *
podlift_knowledge_page_create_env_var_row (gpointer item,
                                           gpointer store)
{
  PodliftEnvVar *var = item;
  GBindingGroup *bindings;
  AdwExpanderRow *row;
  GtkWidget *value;
  GtkWidget *secret_value;

  g_assert (PODLIFT_IS_ENV_VAR (var));

  row = create_item_row (item, store, _("Remove Variable"),
                         podlift_env_var_get_name (var) == NULL, &bindings);
  add_entry (row, bindings, ADW_TYPE_ENTRY_ROW, _("Name"), "env-name", "name");

  /* One value row each for plain and secret values; the secret one masks. */
  value = add_entry (row, bindings, ADW_TYPE_ENTRY_ROW, _("Value"), "env-value", "value");
  secret_value = add_entry (row, bindings, ADW_TYPE_PASSWORD_ENTRY_ROW,
                            _("Value"), "env-secret-value", "value");
  g_binding_group_bind (bindings, "secret", value, "visible",
                        G_BINDING_SYNC_CREATE | G_BINDING_INVERT_BOOLEAN);
  g_binding_group_bind (bindings, "secret", secret_value, "visible", G_BINDING_SYNC_CREATE);

  add_switch (row, bindings, _("Secret"),
              _("Goes into a Kubernetes Secret and secrets.env, never into the bundle"),
              "env-secret", "secret");
  g_binding_group_set_source (bindings, item);

  g_signal_connect_object (item, "notify", G_CALLBACK (describe_env_var), row, 0);
  describe_env_var (var, NULL, row);

  return GTK_WIDGET (row);
}

static void
describe_config_file (PodliftConfigFile *file,
                      GParamSpec        *pspec,
                      AdwExpanderRow    *row)
{
  g_autofree char *from = format_source (podlift_config_file_get_source (file));

  set_header (row, podlift_config_file_get_path (file), _("New file"),
              (const char * const []) {
                podlift_config_file_get_content_source (file),
                podlift_config_file_get_secret (file) ? _("Secret") : NULL,
                from,
              }, 3);
}

GtkWidget *
podlift_knowledge_page_create_config_file_row (gpointer item,
                                               gpointer store)
{
  PodliftConfigFile *file = item;
  GBindingGroup *bindings;
  AdwExpanderRow *row;

  g_assert (PODLIFT_IS_CONFIG_FILE (file));

  row = create_item_row (item, store, _("Remove File"),
                         podlift_config_file_get_path (file) == NULL, &bindings);
  add_entry (row, bindings, ADW_TYPE_ENTRY_ROW, _("Path in the container"), "config-file-path", "path");
  add_entry (row, bindings, ADW_TYPE_ENTRY_ROW, _("Content from"), "config-file-content", "content-source");
  add_switch (row, bindings, _("Secret"), _("Mounted from a Secret instead of a ConfigMap"),
              "config-file-secret", "secret");
  g_binding_group_set_source (bindings, item);

  g_signal_connect_object (item, "notify", G_CALLBACK (describe_config_file), row, 0);
  describe_config_file (file, NULL, row);

  return GTK_WIDGET (row);
}

static void
describe_cron_job (PodliftCronJob *job,
                   GParamSpec     *pspec,
                   AdwExpanderRow *row)
{
  g_autofree char *from = format_source (podlift_cron_job_get_source (job));

  set_header (row, podlift_cron_job_get_name (job), _("New job"),
              (const char * const []) {
                podlift_cron_job_get_schedule (job),
                podlift_cron_job_get_command (job),
                from,
              }, 3);
}

GtkWidget *
podlift_knowledge_page_create_cron_job_row (gpointer item,
                                            gpointer store)
{
  PodliftCronJob *job = item;
  GBindingGroup *bindings;
  AdwExpanderRow *row;

  g_assert (PODLIFT_IS_CRON_JOB (job));

  row = create_item_row (item, store, _("Remove Job"),
                         podlift_cron_job_get_name (job) == NULL, &bindings);
  add_entry (row, bindings, ADW_TYPE_ENTRY_ROW, _("Name"), "cron-job-name", "name");
  add_entry (row, bindings, ADW_TYPE_ENTRY_ROW, _("Schedule (crontab syntax)"), "cron-job-schedule", "schedule");
  add_entry (row, bindings, ADW_TYPE_ENTRY_ROW, _("Command"), "cron-job-command", "command");
  g_binding_group_set_source (bindings, item);

  g_signal_connect_object (item, "notify", G_CALLBACK (describe_cron_job), row, 0);
  describe_cron_job (job, NULL, row);

  return GTK_WIDGET (row);
}

static void
describe_stateful_service (PodliftStatefulService *service,
                           GParamSpec             *pspec,
                           AdwExpanderRow         *row)
{
  g_autofree char *from = format_source (podlift_stateful_service_get_source (service));

  set_header (row, podlift_stateful_service_get_name (service), _("New service"),
              (const char * const []) {
                podlift_stateful_service_get_kind (service),
                /* Translators: whether a service moves with the application or stays where it is */
                podlift_stateful_service_get_moves (service) ? _("Moves") : _("Stays"),
                from,
              }, 3);
}

GtkWidget *
podlift_knowledge_page_create_stateful_service_row (gpointer item,
                                                    gpointer store)
{
  PodliftStatefulService *service = item;
  GBindingGroup *bindings;
  AdwExpanderRow *row;

  g_assert (PODLIFT_IS_STATEFUL_SERVICE (service));

  row = create_item_row (item, store, _("Remove Service"),
                         podlift_stateful_service_get_name (service) == NULL, &bindings);
  add_entry (row, bindings, ADW_TYPE_ENTRY_ROW, _("Name"), "stateful-service-name", "name");
  add_entry (row, bindings, ADW_TYPE_ENTRY_ROW, _("Kind and version"),
             "stateful-service-kind", "kind");
  add_entry (row, bindings, ADW_TYPE_ENTRY_ROW, _("What it holds"),
             "stateful-service-holds", "holds");
  add_spin (row, bindings, _("Data size (GB)"), "stateful-service-size", "size-gb", 100000, 0.1, 1);
  add_switch (row, bindings, _("Moves with the application"),
              _("The data is copied into the new environment"),
              "stateful-service-moves", "moves");
  g_binding_group_set_source (bindings, item);

  g_signal_connect_object (item, "notify", G_CALLBACK (describe_stateful_service), row, 0);
  describe_stateful_service (service, NULL, row);

  return GTK_WIDGET (row);
}
