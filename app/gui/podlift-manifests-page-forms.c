/* podlift-manifests-page-forms.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-manifests-page"

#include "config.h"

#include <glib/gi18n.h>

#include "podlift-binding.h"
#include "podlift-enum-types.h"
#include "podlift-manifests-page-private.h"

/* The form of the selected resource: one stack page a kind of resource,
 * its rows bound to PodliftManifestSet once and for all. The figures
 * that come from elsewhere (the sizing answers, the Knowledge step) are
 * read from the generated document, so the form shows what is written. */

static const struct
{
  const char *icon_name;
  const char *form;
} kinds [] = {
  [PODLIFT_RESOURCE_NAMESPACE] = { "folder-symbolic", "namespace" },
  [PODLIFT_RESOURCE_SERVICE_ACCOUNT] = { "avatar-default-symbolic", "plain" },
  [PODLIFT_RESOURCE_CONFIG_MAP] = { "preferences-system-symbolic", "keys" },
  [PODLIFT_RESOURCE_SECRET] = { "dialog-password-symbolic", "keys" },
  [PODLIFT_RESOURCE_CONFIG_FILES] = { "text-x-generic-symbolic", "keys" },
  [PODLIFT_RESOURCE_PERSISTENT_VOLUME_CLAIM] = { "drive-harddisk-symbolic", "storage" },
  [PODLIFT_RESOURCE_DEPLOYMENT] = { "application-x-executable-symbolic", "workload" },
  [PODLIFT_RESOURCE_STATEFUL_SET] = { "drive-multidisk-symbolic", "workload" },
  [PODLIFT_RESOURCE_HEADLESS_SERVICE] = { "network-workgroup-symbolic", "service" },
  [PODLIFT_RESOURCE_SERVICE] = { "network-wired-symbolic", "service" },
  [PODLIFT_RESOURCE_BACKEND_CONFIG] = { "preferences-other-symbolic", "plain" },
  [PODLIFT_RESOURCE_INGRESS] = { "network-server-symbolic", "ingress" },
  [PODLIFT_RESOURCE_POD_DISRUPTION_BUDGET] = { "security-high-symbolic", "disruption-budget" },
  [PODLIFT_RESOURCE_HORIZONTAL_POD_AUTOSCALER] = { "zoom-fit-best-symbolic", "autoscaler" },
  [PODLIFT_RESOURCE_MIGRATION_JOB] = { "system-run-symbolic", "job" },
  [PODLIFT_RESOURCE_CRON_JOB] = { "alarm-symbolic", "job" },
};

/* What the resources list calls the resource: plain words, as the
 * Kubernetes kinds run long ("HorizontalPodAutoscaler"). */
const char *
podlift_resource_kind_get_title (PodliftResourceKind kind)
{
  switch (kind)
    {
    case PODLIFT_RESOURCE_NAMESPACE:
      return _("Namespace");
    case PODLIFT_RESOURCE_SERVICE_ACCOUNT:
      return _("Service Account");
    case PODLIFT_RESOURCE_CONFIG_MAP:
      return _("Configuration");
    case PODLIFT_RESOURCE_SECRET:
      return _("Secrets");
    case PODLIFT_RESOURCE_CONFIG_FILES:
      return _("Configuration Files");
    case PODLIFT_RESOURCE_PERSISTENT_VOLUME_CLAIM:
      return _("Shared Volume");
    case PODLIFT_RESOURCE_DEPLOYMENT:
      return _("Deployment");
    case PODLIFT_RESOURCE_STATEFUL_SET:
      return _("StatefulSet");
    case PODLIFT_RESOURCE_HEADLESS_SERVICE:
      return _("Pod Addresses");
    case PODLIFT_RESOURCE_SERVICE:
      return _("Service");
    case PODLIFT_RESOURCE_BACKEND_CONFIG:
      return _("Load Balancer");
    case PODLIFT_RESOURCE_INGRESS:
      return _("Ingress");
    case PODLIFT_RESOURCE_POD_DISRUPTION_BUDGET:
      return _("Disruption Budget");
    case PODLIFT_RESOURCE_HORIZONTAL_POD_AUTOSCALER:
      return _("Autoscaler");
    case PODLIFT_RESOURCE_MIGRATION_JOB:
      return _("Migration Job");
    case PODLIFT_RESOURCE_CRON_JOB:
      return _("Scheduled Job");
    default:
      return NULL;
    }
}

const char *
podlift_resource_kind_get_icon_name (PodliftResourceKind kind)
{
  if (kind >= G_N_ELEMENTS (kinds))
    return "text-x-generic-symbolic";

  return kinds [kind].icon_name;
}

/* What the resource does, in a sentence. */
static const char *
kind_get_description (PodliftResourceKind kind)
{
  switch (kind)
    {
    case PODLIFT_RESOURCE_NAMESPACE:
      return _("A space of its own in the cluster, where the pods must meet the "
               "“restricted” security standard.");
    case PODLIFT_RESOURCE_SERVICE_ACCOUNT:
      return _("The identity the pods run as. It carries no token: the application "
               "does not talk to the Kubernetes API.");
    case PODLIFT_RESOURCE_CONFIG_MAP:
      return _("The configuration the pods read as environment variables, as in configuration.env.");
    case PODLIFT_RESOURCE_SECRET:
      return _("The secrets the pods read as environment variables. Their values never "
               "leave secrets.env: the manifest has placeholders to replace in the cluster.");
    case PODLIFT_RESOURCE_CONFIG_FILES:
      return _("Configuration files the pods mount where the application reads them on the VMs.");
    case PODLIFT_RESOURCE_PERSISTENT_VOLUME_CLAIM:
      return _("A volume that every pod mounts, for the files the application keeps on disk.");
    case PODLIFT_RESOURCE_DEPLOYMENT:
      return _("Runs the application's pods, and replaces them one at a time at each "
               "release so that it keeps answering.");
    case PODLIFT_RESOURCE_STATEFUL_SET:
      return _("Runs the application's pods, each with a stable name and a volume of its own.");
    case PODLIFT_RESOURCE_HEADLESS_SERVICE:
      return _("Gives each pod of the StatefulSet a stable address of its own.");
    case PODLIFT_RESOURCE_SERVICE:
      return _("A stable address in front of the pods, whichever of them run at the moment.");
    case PODLIFT_RESOURCE_BACKEND_CONFIG:
      return _("Settings of the GKE load balancer: its health check and sticky sessions.");
    case PODLIFT_RESOURCE_INGRESS:
      return _("Brings the users' requests from the application's public name to the Service.");
    case PODLIFT_RESOURCE_POD_DISRUPTION_BUDGET:
      return _("Keeps enough pods running while nodes are drained for maintenance.");
    case PODLIFT_RESOURCE_HORIZONTAL_POD_AUTOSCALER:
      return _("Adds pods when they are busy and removes them when traffic falls.");
    case PODLIFT_RESOURCE_MIGRATION_JOB:
      return _("Migrates the database schema once, before the new pods start.");
    case PODLIFT_RESOURCE_CRON_JOB:
      return _("Runs a task of the VMs' crontab on its schedule, in a pod of its own.");
    default:
      return NULL;
    }
}

/* Enum rows {{{ */

static char *
ingress_controller_label (AdwEnumListItem *item,
                          gpointer         user_data)
{
  g_assert (ADW_IS_ENUM_LIST_ITEM (item));

  /* Product names stay as their makers write them. */
  switch ((PodliftIngressController)adw_enum_list_item_get_value (item))
    {
    case PODLIFT_INGRESS_CONTROLLER_NONE:
      /* Translators: no controller; "ClientIP affinity" is a Kubernetes setting */
      return g_strdup (_("None (Service ClientIP affinity)"));

    case PODLIFT_INGRESS_CONTROLLER_NGINX:
      return g_strdup ("ingress-nginx");

    case PODLIFT_INGRESS_CONTROLLER_AWS_ALB:
      return g_strdup ("AWS Load Balancer Controller");

    case PODLIFT_INGRESS_CONTROLLER_GKE:
      return g_strdup ("GKE Ingress");

    case PODLIFT_INGRESS_CONTROLLER_TRAEFIK:
      return g_strdup ("Traefik");

    default:
      return g_strdup (adw_enum_list_item_get_nick (item));
    }
}

static char *
storage_provider_label (AdwEnumListItem *item,
                        gpointer         user_data)
{
  g_assert (ADW_IS_ENUM_LIST_ITEM (item));

  switch ((PodliftStorageProvider)adw_enum_list_item_get_value (item))
    {
    case PODLIFT_STORAGE_PROVIDER_GENERIC:
      /* Translators: any cluster, with the storage class given below */
      return g_strdup (_("Any cluster"));

    case PODLIFT_STORAGE_PROVIDER_EKS_EFS:
      return g_strdup ("Amazon EFS (EKS)");

    case PODLIFT_STORAGE_PROVIDER_GKE_FILESTORE:
      return g_strdup ("Filestore (GKE)");

    default:
      return g_strdup (adw_enum_list_item_get_nick (item));
    }
}

/* The popover of an AdwComboRow cuts its labels at 20 characters, too
 * short for "AWS Load Balancer Controller": this list factory shows them
 * whole, with the check mark on the selected one. */
static void
list_item_update_check (GtkListItem *list_item,
                        GParamSpec  *pspec,
                        AdwComboRow *row)
{
  GtkWidget *check;

  g_assert (GTK_IS_LIST_ITEM (list_item));
  g_assert (ADW_IS_COMBO_ROW (row));

  check = gtk_widget_get_last_child (gtk_list_item_get_child (list_item));
  gtk_widget_set_opacity (check,
                          adw_combo_row_get_selected_item (row) == gtk_list_item_get_item (list_item));
}

static void
list_item_setup_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    AdwComboRow              *row)
{
  GtkWidget *box;
  GtkWidget *label;

  g_assert (GTK_IS_LIST_ITEM (list_item));

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name ("object-select-symbolic"));
  gtk_list_item_set_child (list_item, box);
}

static void
list_item_bind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   AdwComboRow              *row)
{
  g_auto(GValue) value = G_VALUE_INIT;
  GtkWidget *label;
  gulong handler;

  g_assert (GTK_IS_LIST_ITEM (list_item));
  g_assert (ADW_IS_COMBO_ROW (row));

  label = gtk_widget_get_first_child (gtk_list_item_get_child (list_item));
  if (gtk_expression_evaluate (adw_combo_row_get_expression (row),
                               gtk_list_item_get_item (list_item),
                               &value))
    gtk_label_set_label (GTK_LABEL (label), g_value_get_string (&value));

  handler = g_signal_connect_object (row,
                                     "notify::selected-item",
                                     G_CALLBACK (list_item_update_check),
                                     list_item,
                                     G_CONNECT_SWAPPED);
  g_object_set_data (G_OBJECT (list_item), "podlift-check-handler", GSIZE_TO_POINTER (handler));
  list_item_update_check (list_item, NULL, row);
}

static void
list_item_unbind_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     AdwComboRow              *row)
{
  gulong handler;

  g_assert (GTK_IS_LIST_ITEM (list_item));
  g_assert (ADW_IS_COMBO_ROW (row));

  handler = GPOINTER_TO_SIZE (g_object_steal_data (G_OBJECT (list_item), "podlift-check-handler"));
  g_clear_signal_handler (&handler, row);
}

static void
setup_enum_row (AdwComboRow *row,
                GType        enum_type,
                GCallback    label_func)
{
  g_autoptr(AdwEnumListModel) model = adw_enum_list_model_new (enum_type);
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_assert (ADW_IS_COMBO_ROW (row));

  adw_combo_row_set_model (row, G_LIST_MODEL (model));
  adw_combo_row_set_expression (row,
                                gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                             label_func, NULL, NULL));

  g_signal_connect (factory, "setup", G_CALLBACK (list_item_setup_cb), row);
  g_signal_connect (factory, "bind", G_CALLBACK (list_item_bind_cb), row);
  g_signal_connect (factory, "unbind", G_CALLBACK (list_item_unbind_cb), row);
  adw_combo_row_set_list_factory (row, factory);
}

/* }}} */

/* Reading the document {{{ */

/* The node at @path ("spec/ports/0/port") under @node, or NULL. */
static JsonNode *
lookup (JsonNode   *node,
        const char *path)
{
  g_auto(GStrv) parts = g_strsplit (path, "/", -1);

  for (guint i = 0; node != NULL && parts [i] != NULL; i++)
    {
      if (JSON_NODE_HOLDS_OBJECT (node))
        node = json_object_get_member (json_node_get_object (node), parts [i]);
      else if (JSON_NODE_HOLDS_ARRAY (node) && g_ascii_isdigit (parts [i][0]))
        {
          JsonArray *array = json_node_get_array (node);
          guint index = (guint)g_ascii_strtoull (parts [i], NULL, 10);

          node = index < json_array_get_length (array) ? json_array_get_element (array, index) : NULL;
        }
      else
        node = NULL;
    }

  return node;
}

/* The scalar at @path as text, or NULL. */
static char *
lookup_text (JsonNode   *node,
             const char *path)
{
  node = lookup (node, path);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return NULL;

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return g_strdup (json_node_get_string (node));

    case G_TYPE_INT64:
      return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));

    case G_TYPE_BOOLEAN:
      return g_strdup (json_node_get_boolean (node) ? "true" : "false");

    default:
      return NULL;
    }
}

/* The pod template of a workload or a job. */
static JsonNode *
lookup_pod (PodliftManifest *manifest)
{
  JsonNode *document = podlift_manifest_get_document (manifest);
  JsonNode *pod = lookup (document, "spec/jobTemplate/spec/template/spec");

  return pod != NULL ? pod : lookup (document, "spec/template/spec");
}

/* }}} */

static void
set_fact (GtkLabel   *label,
          const char *value,
          const char *missing)
{
  gtk_label_set_label (label, value != NULL && *value ? value : missing);
  gtk_widget_set_tooltip_text (GTK_WIDGET (label), value != NULL && *value ? value : NULL);
}

/* "1200m in the manifest", and where that comes from. */
static void
show_sizing (AdwActionRow  *row,
             GtkSpinButton *spin,
             JsonNode      *container,
             const char    *path,
             const char    *none)
{
  g_autofree char *value = lookup_text (container, path);
  g_autofree char *subtitle = NULL;

  if (value == NULL)
    subtitle = g_strdup (none);
  else if (gtk_spin_button_get_value_as_int (spin) == 0)
    /* Translators: %s is a quantity such as 1200m or 3904Mi */
    subtitle = g_strdup_printf (_("%s, from the sizing answers"), value);
  else
    /* Translators: %s is a quantity such as 1200m or 3904Mi */
    subtitle = g_strdup_printf (_("%s in the manifest"), value);

  adw_action_row_set_subtitle (row, subtitle);
}

/* The probe's path, or how it checks without one. */
static char *
describe_probe (JsonNode   *container,
                const char *probe)
{
  g_autofree char *path = g_strdup_printf ("%s/httpGet/path", probe);
  g_autofree char *tcp = g_strdup_printf ("%s/tcpSocket", probe);
  char *value = lookup_text (container, path);

  if (value != NULL)
    return value;
  if (lookup (container, tcp) != NULL)
    /* Translators: a probe that only opens a connection to the port */
    return g_strdup (_("Port open (TCP)"));

  return NULL;
}

static void
show_workload (PodliftManifestsPage *self,
               PodliftManifest      *manifest)
{
  g_autoptr(PodliftProject) project = g_signal_group_dup_target (self->project_signals);
  JsonNode *container = lookup (lookup_pod (manifest), "containers/0");
  g_autofree char *port = lookup_text (container, "ports/0/containerPort");
  g_autofree char *liveness = describe_probe (container, "livenessProbe");
  g_autofree char *readiness = describe_probe (container, "readinessProbe");
  g_autofree char *startup = describe_probe (container, "startupProbe");
  g_autofree char *startup_time = NULL;
  guint seconds = 0;

  g_assert (PODLIFT_IS_MANIFESTS_PAGE (self));

  show_sizing (self->cpu_request_row, self->cpu_request_spin, container,
               "resources/requests/cpu", NULL);
  show_sizing (self->cpu_limit_row, self->cpu_limit_spin, container, "resources/limits/cpu",
               _("No limit: the pods may use idle CPU"));
  show_sizing (self->memory_request_row, self->memory_request_spin, container,
               "resources/requests/memory", NULL);
  show_sizing (self->memory_limit_row, self->memory_limit_spin, container,
               "resources/limits/memory", NULL);

  if (project != NULL)
    seconds = podlift_app_profile_get_startup_seconds (podlift_project_get_profile (project));
  if (seconds > 0)
    /* Translators: a duration in seconds */
    startup_time = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u second", "%u seconds", seconds),
                                    seconds);

  set_fact (self->port_label, port, _("None"));
  set_fact (self->liveness_label, liveness, _("None"));
  set_fact (self->readiness_label, readiness, _("None"));
  set_fact (self->startup_label, startup, _("None"));
  set_fact (self->startup_time_label, startup_time, _("Not answered: 30 seconds"));
}

static void
show_service (PodliftManifestsPage *self,
              PodliftManifest      *manifest)
{
  JsonNode *document = podlift_manifest_get_document (manifest);
  g_autofree char *port = lookup_text (document, "spec/ports/0/port");
  g_autofree char *target = lookup_text (document, "spec/ports/0/targetPort");
  g_autofree char *type = lookup_text (document, "spec/type");
  g_autofree char *cluster_ip = lookup_text (document, "spec/clusterIP");
  g_autofree char *namespace = lookup_text (document, "metadata/namespace");
  g_autofree char *address = NULL;
  g_autofree char *ports = NULL;

  g_assert (PODLIFT_IS_MANIFESTS_PAGE (self));

  address = g_strdup_printf ("%s.%s.svc", podlift_manifest_get_name (manifest),
                             namespace != NULL ? namespace : "default");
  if (port != NULL)
    /* Translators: a Service port, then the pods' port it forwards to */
    ports = g_strdup_printf (_("%s → %s"), port, target != NULL ? target : port);
  if (g_strcmp0 (cluster_ip, "None") == 0)
    {
      g_free (type);
      /* Translators: a Service with no address of its own */
      type = g_strdup (_("Headless"));
    }

  set_fact (self->service_address_label, address, NULL);
  set_fact (self->service_port_label, ports, _("None"));
  set_fact (self->service_type_label, type, "ClusterIP");
}

/* Where the pods mount the claim: found through the workload's volumes. */
static char *
find_mount_path (PodliftManifestsPage *self,
                 PodliftManifest      *claim)
{
  g_assert (PODLIFT_IS_MANIFESTS_PAGE (self));

  for (guint i = 0; i < self->manifests->len; i++)
    {
      JsonNode *pod = lookup_pod (g_ptr_array_index (self->manifests, i));
      JsonNode *volumes = lookup (pod, "volumes");
      JsonNode *mounts = lookup (pod, "containers/0/volumeMounts");

      for (guint v = 0; volumes != NULL && JSON_NODE_HOLDS_ARRAY (volumes) &&
                        v < json_array_get_length (json_node_get_array (volumes)); v++)
        {
          JsonNode *volume = json_array_get_element (json_node_get_array (volumes), v);
          g_autofree char *claim_name = lookup_text (volume, "persistentVolumeClaim/claimName");
          g_autofree char *volume_name = lookup_text (volume, "name");

          if (g_strcmp0 (claim_name, podlift_manifest_get_name (claim)) != 0)
            continue;

          for (guint m = 0; mounts != NULL && JSON_NODE_HOLDS_ARRAY (mounts) &&
                            m < json_array_get_length (json_node_get_array (mounts)); m++)
            {
              JsonNode *mount = json_array_get_element (json_node_get_array (mounts), m);
              g_autofree char *mount_name = lookup_text (mount, "name");

              if (g_strcmp0 (mount_name, volume_name) == 0)
                return lookup_text (mount, "mountPath");
            }
        }
    }

  return NULL;
}

static void
show_storage (PodliftManifestsPage *self,
              PodliftManifest      *manifest)
{
  JsonNode *document = podlift_manifest_get_document (manifest);
  g_autofree char *path = find_mount_path (self, manifest);
  g_autofree char *size = lookup_text (document, "spec/resources/requests/storage");
  g_autofree char *mode = lookup_text (document, "spec/accessModes/0");
  g_autofree char *text = NULL;

  g_assert (PODLIFT_IS_MANIFESTS_PAGE (self));

  if (size != NULL && mode != NULL)
    /* Translators: a volume size such as 8Gi, then its access mode such as ReadWriteMany */
    text = g_strdup_printf (_("%s, %s"), size, mode);

  set_fact (self->claim_path_label, path, _("Not mounted"));
  set_fact (self->claim_size_label, text != NULL ? text : size, NULL);
}

/* The command as typed: "sh -c" and its script show as the script. */
static char *
describe_command (JsonNode *container)
{
  JsonNode *command = lookup (container, "command");
  g_autoptr(GStrvBuilder) words = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;
  JsonArray *array;

  if (command == NULL || !JSON_NODE_HOLDS_ARRAY (command))
    return NULL;

  array = json_node_get_array (command);
  for (guint i = 0; i < json_array_get_length (array); i++)
    g_strv_builder_add (words, json_array_get_string_element (array, i));
  strv = g_strv_builder_end (words);

  if (g_strv_length (strv) == 3 && g_str_has_suffix (strv [0], "sh") && g_str_equal (strv [1], "-c"))
    return g_strdup (strv [2]);

  return g_strjoinv (" ", strv);
}

static void
show_job (PodliftManifestsPage *self,
          PodliftManifest      *manifest)
{
  JsonNode *container = lookup (lookup_pod (manifest), "containers/0");
  g_autofree char *command = describe_command (container);
  g_autofree char *schedule = lookup_text (podlift_manifest_get_document (manifest), "spec/schedule");

  g_assert (PODLIFT_IS_MANIFESTS_PAGE (self));

  set_fact (self->job_command_label, command, _("The image's own"));
  set_fact (self->job_schedule_label, schedule, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->job_schedule_row), schedule != NULL);
}

static GtkWidget *
create_key_row (const char *key,
                const char *value,
                gboolean    secret)
{
  GtkWidget *row = adw_action_row_new ();

  gtk_widget_set_name (row, key);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), key);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
  gtk_widget_add_css_class (row, "monospace");

  /* Values of secrets are never shown, not even the placeholder. */
  if (secret)
    adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                               gtk_image_new_from_icon_name ("channel-secure-symbolic"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), secret ? _("Set in the cluster") : value);
  if (!secret && value != NULL)
    gtk_widget_set_tooltip_text (row, value);

  return row;
}

static GtkWidget *
create_knowledge_row (void)
{
  GtkWidget *row = adw_action_row_new ();

  gtk_widget_set_name (row, "knowledge-row");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Change in the Knowledge Step"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-step");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", "knowledge");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));

  return row;
}

static void
show_keys (PodliftManifestsPage *self,
           PodliftManifest      *manifest)
{
  JsonNode *document = podlift_manifest_get_document (manifest);
  gboolean secret = g_strcmp0 (podlift_manifest_get_k8s_kind (manifest), "Secret") == 0;
  JsonNode *data = lookup (document, secret ? "stringData" : "data");
  GtkWidget *child;

  g_assert (PODLIFT_IS_MANIFESTS_PAGE (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->keys_list))) != NULL)
    gtk_list_box_remove (self->keys_list, child);

  if (data != NULL && JSON_NODE_HOLDS_OBJECT (data))
    {
      JsonObjectIter iter;
      const char *key;
      JsonNode *value;

      json_object_iter_init_ordered (&iter, json_node_get_object (data));
      while (json_object_iter_next_ordered (&iter, &key, &value))
        gtk_list_box_append (self->keys_list,
                             create_key_row (key,
                                             JSON_NODE_HOLDS_VALUE (value) ? json_node_get_string (value) : NULL,
                                             secret));
    }
  gtk_list_box_append (self->keys_list, create_knowledge_row ());

  adw_preferences_group_set_title (self->keys_group,
                                   podlift_manifest_get_kind (manifest) == PODLIFT_RESOURCE_CONFIG_FILES
                                   ? _("Files") : _("Keys"));
}

static void
show_notes (PodliftManifestsPage *self,
            PodliftManifest      *manifest)
{
  const char * const *notes = manifest != NULL ? podlift_manifest_get_notes (manifest) : NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  g_assert (PODLIFT_IS_MANIFESTS_PAGE (self));

  for (guint i = 0; notes != NULL && notes [i] != NULL; i++)
    g_string_append_printf (text, "%s%s", text->len > 0 ? "\n\n" : "", notes [i]);

  gtk_label_set_label (self->notes_label, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->notes_group), text->len > 0);
}

/* Shows the form of the selected resource, with what it says now. */
void
podlift_manifests_page_show_form (PodliftManifestsPage *self)
{
  g_autofree char *object_ref = NULL;
  PodliftManifest *manifest;
  PodliftResourceKind kind;
  const char *form;

  g_return_if_fail (PODLIFT_IS_MANIFESTS_PAGE (self));

  manifest = podlift_manifests_page_get_selected (self);
  show_notes (self, manifest);
  if (manifest == NULL)
    {
      gtk_label_set_label (self->form_title, _("No Resources"));
      gtk_label_set_label (self->form_subtitle, NULL);
      gtk_label_set_label (self->form_description, NULL);
      gtk_image_set_from_icon_name (self->form_icon, "text-x-generic-symbolic");
      gtk_stack_set_visible_child_name (self->form_stack, "plain");
      return;
    }

  kind = podlift_manifest_get_kind (manifest);
  form = kind < G_N_ELEMENTS (kinds) ? kinds [kind].form : "plain";

  object_ref = podlift_manifest_dup_object_ref (manifest);
  gtk_image_set_from_icon_name (self->form_icon, podlift_resource_kind_get_icon_name (kind));
  gtk_label_set_label (self->form_title, podlift_resource_kind_get_title (kind));
  gtk_label_set_label (self->form_subtitle, object_ref);
  gtk_label_set_label (self->form_description, kind_get_description (kind));

  if (g_str_equal (form, "workload"))
    show_workload (self, manifest);
  else if (g_str_equal (form, "service"))
    show_service (self, manifest);
  else if (g_str_equal (form, "storage"))
    show_storage (self, manifest);
  else if (g_str_equal (form, "job"))
    show_job (self, manifest);
  else if (g_str_equal (form, "keys"))
    show_keys (self, manifest);

  gtk_stack_set_visible_child_name (self->form_stack, form);

  /* A switched-off resource keeps its settings for when it comes back. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->form_stack), podlift_manifest_get_enabled (manifest));
}

void
podlift_manifests_page_init_forms (PodliftManifestsPage *self)
{
  GBindingGroup *group;

  g_return_if_fail (PODLIFT_IS_MANIFESTS_PAGE (self));

  setup_enum_row (self->controller_row, PODLIFT_TYPE_INGRESS_CONTROLLER,
                  G_CALLBACK (ingress_controller_label));
  setup_enum_row (self->storage_provider_row, PODLIFT_TYPE_STORAGE_PROVIDER,
                  G_CALLBACK (storage_provider_label));

  group = self->manifests_bindings;

  podlift_bind_text (group, "namespace", self->namespace_row, "text");

  podlift_bind_value (group, "replicas", self->replicas_spin);
  /* While the autoscaler runs, it sets the count. */
  g_binding_group_bind (group, "hpa-enabled", self->replicas_row, "sensitive",
                        G_BINDING_SYNC_CREATE | G_BINDING_INVERT_BOOLEAN);
  podlift_bind_value (group, "cpu-request-millicores", self->cpu_request_spin);
  podlift_bind_value (group, "cpu-limit-millicores", self->cpu_limit_spin);
  podlift_bind_value (group, "memory-request-mb", self->memory_request_spin);
  podlift_bind_value (group, "memory-limit-mb", self->memory_limit_spin);

  podlift_bind_enum (group, "ingress-controller", self->controller_row);
  podlift_bind_text (group, "ingress-class", self->ingress_class_row, "text");
  podlift_bind_text (group, "ingress-host", self->host_row, "text");
  podlift_bind_text (group, "tls-secret", self->tls_secret_row, "text");

  podlift_bind_value (group, "min-replicas", self->min_replicas_spin);
  podlift_bind_value (group, "max-replicas", self->max_replicas_spin);
  podlift_bind_value (group, "cpu-target-percent", self->cpu_target_spin);
  podlift_bind_value (group, "memory-target-percent", self->memory_target_spin);

  podlift_bind_value (group, "pdb-min-available", self->pdb_min_available_spin);

  podlift_bind_enum (group, "storage-provider", self->storage_provider_row);
  podlift_bind_text (group, "storage-class", self->storage_class_row, "text");
}
