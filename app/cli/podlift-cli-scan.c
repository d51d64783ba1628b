/* podlift-cli-scan.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "podlift-app-profile.h"
#include "podlift-bundle.h"
#include "podlift-cli.h"
#include "podlift-cli-private.h"
#include "podlift-error.h"
#include "podlift-scanner.h"

/* `podlift scan DIR`, `podlift scan --import FILE…` and the scanning
 * half of `podlift new --from-source DIR --import FILE… BUNDLE`. The
 * tty output is read from the report's JSON, the one `--format json`
 * prints, so both always say the same. */

/* A folder that cannot be listed is an error of its own, named by its
 * path, before the scanner walks it. */
static gboolean
check_directory (GFile   *dir,
                 GError **error)
{
  g_autoptr(GFileEnumerator) children = NULL;
  g_autofree char *name = g_file_get_parse_name (dir);
  g_autoptr(GError) local_error = NULL;

  children = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                        G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (children == NULL)
    {
      g_set_error (error, local_error->domain, local_error->code,
                   "%s: %s", name, local_error->message);
      return FALSE;
    }

  return TRUE;
}

/**
 * podlift_cli_scan_collect:
 * @source_dir: (nullable): a source folder to scan
 * @imports: (nullable): files a VM runs, to import
 *
 * Returns: (transfer full): one report of everything, or %NULL with
 *   the first error ("FILE:LINE: message" for a malformed import)
 */
static PodliftScanReport *
podlift_cli_scan_collect (const char          *source_dir,
                          const char * const  *imports,
                          GError             **error)
{
  g_autoptr(PodliftScanReport) report = NULL;

  if (source_dir != NULL)
    {
      g_autoptr(GFile) dir = g_file_new_for_commandline_arg (source_dir);

      if (!check_directory (dir, error))
        return NULL;
      if (!(report = podlift_scan_directory (dir, NULL, NULL, NULL, error)))
        return NULL;
    }
  else
    report = podlift_scan_report_new ();

  for (guint i = 0; imports != NULL && imports[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (imports[i]);

      if (!podlift_scan_import_file (report, file, error))
        return NULL;
    }

  return g_steal_pointer (&report);
}

static void
print_json (JsonNode *root)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

static const char *
member_string (JsonObject *object,
               const char *key)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, key) : NULL;

  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

static JsonObject *
get_object_or_null (JsonObject *object,
                    const char *key)
{
  JsonNode *node = json_object_get_member (object, key);

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static JsonArray *
get_array_or_null (JsonObject *object,
                   const char *key)
{
  JsonNode *node = json_object_get_member (object, key);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static char *
object_to_string (JsonObject *object)
{
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);

  json_node_set_object (node, object);

  return json_to_string (node, FALSE);
}

/* A JSON scalar as the tty shows it. */
static char *
scalar_text (JsonNode *node)
{
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return g_strdup ("");
  if (json_node_get_value_type (node) == G_TYPE_STRING)
    return g_strdup (json_node_get_string (node));
  if (json_node_get_value_type (node) == G_TYPE_BOOLEAN)
    return g_strdup (json_node_get_boolean (node) ? "true" : "false");
  if (json_node_get_value_type (node) == G_TYPE_INT64)
    return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));

  return json_to_string (node, FALSE);
}

/* "LABEL: TEXT (from SOURCE)" */
static void
print_found (const char *indent,
             const char *label,
             const char *text,
             const char *source)
{
  g_autofree char *from = source != NULL ? g_strdup_printf (_("from %s"), source) : NULL;

  g_print ("%s%s%s%s%s%s%s\n", indent,
           label != NULL ? label : "", label != NULL ? ": " : "",
           text,
           from != NULL ? " (" : "", from != NULL ? from : "", from != NULL ? ")" : "");
}

static char *
ingress_text (JsonObject *ingress)
{
  g_autoptr(GString) text = g_string_new (NULL);
  JsonNode *hosts = json_object_get_member (ingress, "hosts");
  JsonNode *tls = json_object_get_member (ingress, "tls");
  const char *max_body = member_string (ingress, "max_body_size");

  if (hosts != NULL && JSON_NODE_HOLDS_ARRAY (hosts))
    {
      JsonArray *array = json_node_get_array (hosts);

      for (guint i = 0; i < json_array_get_length (array); i++)
        g_string_append_printf (text, "%s%s", i > 0 ? ", " : "",
                                json_array_get_string_element (array, i));
    }
  if (tls != NULL && json_node_get_value_type (tls) == G_TYPE_BOOLEAN && json_node_get_boolean (tls))
    g_string_append (text, _(", TLS"));
  if (max_body != NULL)
    g_string_append_printf (text, _(", bodies up to %s"), max_body);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* One item of a list, on its own line. */
static char *
item_text (const char *key,
           JsonObject *item)
{
  if (g_str_equal (key, "env_vars"))
    {
      JsonNode *secret = json_object_get_member (item, "secret");
      gboolean is_secret = secret != NULL && json_node_get_value_type (secret) == G_TYPE_BOOLEAN &&
                           json_node_get_boolean (secret);

      return g_strdup_printf ("%s%s", member_string (item, "name"), is_secret ? _(" (secret)") : "");
    }
  if (g_str_equal (key, "cron_jobs"))
    return g_strdup_printf ("%s  %s", member_string (item, "schedule"), member_string (item, "command"));
  if (g_str_equal (key, "dependencies"))
    {
      JsonNode *port = json_object_get_member (item, "port");
      g_autofree char *port_text = scalar_text (port);

      return port_text[0] != '\0' && !g_str_equal (port_text, "0")
             ? g_strdup_printf ("%s:%s", member_string (item, "host"), port_text)
             : g_strdup (member_string (item, "host"));
    }
  if (g_str_equal (key, "existing_files"))
    return g_strdup_printf ("%s (%s)", member_string (item, "path"), member_string (item, "kind"));
  if (g_str_equal (key, "stateful_paths"))
    return g_strdup (member_string (item, "path"));

  return object_to_string (item);
}

static void
print_list (const char *key,
            JsonArray  *array)
{
  g_print ("%s:\n", key);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *item = json_array_get_object_element (array, i);
      g_autofree char *text = NULL;

      if (item == NULL)
        continue;
      text = item_text (key, item);
      print_found ("  ", NULL, text, member_string (item, "source"));
    }
}

/* An object answer: { value, source }, database { engine, source },
 * ingress { hosts, tls, max_body_size, source } or health_paths, one
 * such answer per probe. Returns FALSE when it holds no answer. */
static gboolean
print_object (const char *key,
              JsonObject *object)
{
  g_autofree char *text = NULL;

  if (g_str_equal (key, "health_paths"))
    {
      g_autoptr(GList) probes = json_object_get_members (object);
      gboolean any = FALSE;

      for (GList *l = probes; l != NULL; l = l->next)
        {
          JsonObject *probe = get_object_or_null (object, l->data);
          g_autofree char *label = g_strdup_printf ("%s.%s", key, (char *) l->data);
          g_autofree char *value = NULL;

          if (probe == NULL)
            continue;
          value = scalar_text (json_object_get_member (probe, "value"));
          print_found ("", label, value, member_string (probe, "source"));
          any = TRUE;
        }
      return any;
    }

  if (json_object_has_member (object, "value"))
    text = scalar_text (json_object_get_member (object, "value"));
  else if (json_object_has_member (object, "engine"))
    text = scalar_text (json_object_get_member (object, "engine"));
  else if (json_object_has_member (object, "hosts"))
    text = ingress_text (object);
  else
    text = object_to_string (object);

  print_found ("", key, text, member_string (object, "source"));
  return TRUE;
}

static void
print_not_carried_over (JsonArray *dropped)
{
  guint n = dropped != NULL ? json_array_get_length (dropped) : 0;

  if (n == 0)
    return;

  g_print (_("Not carried over:\n"));
  for (guint i = 0; i < n; i++)
    {
      JsonObject *item = json_array_get_object_element (dropped, i);
      g_autofree char *text = NULL;

      if (item == NULL)
        continue;
      text = g_strdup_printf ("%s — %s", member_string (item, "what"), member_string (item, "why"));
      print_found ("  ", NULL, text, member_string (item, "source"));
    }
}

/* Lists every answer found with its source, then what was not found,
 * then what cannot be carried over and why. */
static void
print_tty (JsonObject *root)
{
  g_autoptr(GList) keys = json_object_get_members (root);
  g_autoptr(GString) missing = g_string_new (NULL);
  JsonArray *dropped = NULL;
  gboolean found;

  for (GList *l = keys; l != NULL; l = l->next)
    {
      const char *key = l->data;
      JsonNode *node = json_object_get_member (root, key);

      if (g_str_equal (key, "not_carried_over") && JSON_NODE_HOLDS_ARRAY (node))
        {
          dropped = json_node_get_array (node);
          continue;
        }

      if (JSON_NODE_HOLDS_OBJECT (node))
        found = print_object (key, json_node_get_object (node));
      else if (JSON_NODE_HOLDS_ARRAY (node) && json_array_get_length (json_node_get_array (node)) > 0)
        found = (print_list (key, json_node_get_array (node)), TRUE);
      else
        found = FALSE;

      if (!found)
        g_string_append_printf (missing, "%s%s", missing->len > 0 ? ", " : "", key);
    }

  if (missing->len > 0)
    g_print (_("not found: %s\n"), missing->str);

  print_not_carried_over (dropped);
}

static gboolean
parse_format (const char  *text,
              gboolean    *json,
              GError     **error)
{
  if (text == NULL || g_str_equal (text, "tty"))
    *json = FALSE;
  else if (g_str_equal (text, "json"))
    *json = TRUE;
  else
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("scan: unknown format “%s” (tty or json)"), text);
      return FALSE;
    }

  return TRUE;
}

/**
 * podlift_cli_scan:
 *
 * `podlift scan DIR [--format tty|json]` and
 * `podlift scan --import FILE… [--format tty|json]`.
 */
int
podlift_cli_scan (int    argc,
                  char **argv)
{
  g_autofree char *format = NULL;
  gboolean import = FALSE;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      N_("Output format: tty (default) or json"), N_("FORMAT") },
    { "import", 0, 0, G_OPTION_ARG_NONE, &import,
      N_("Import the files a VM runs (systemd units, crontabs, nginx and Apache sites, compose files) instead of scanning a folder"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(PodliftScanReport) report = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;

  context = g_option_context_new (_("DIR | --import FILE… — show what Podlift can tell"));
  g_option_context_set_summary (context,
                                _("Scans a source folder, or reads the files a VM runs, and prints\n"
                                  "each answer found with the file and line it comes from."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error) ||
      !parse_format (format, &json, &error))
    return podlift_cli_fail_error (error);

  if (import ? argc < 2 : argc != 2)
    {
      g_printerr ("%s: %s\n", g_get_prgname (),
                  _("scan: give one DIR, or --import and FILEs (see “podlift scan --help”)"));
      return PODLIFT_EXIT_USAGE;
    }

  report = podlift_cli_scan_collect (import ? NULL : argv[1],
                                     import ? (const char * const *) argv + 1 : NULL,
                                     &error);
  if (report == NULL)
    return podlift_cli_fail_error (error);

  root = podlift_scan_report_to_json (report);
  if (json)
    print_json (root);
  else
    print_tty (json_node_get_object (root));

  return PODLIFT_EXIT_OK;
}

/* What the bundle has no place for yet: kept out, and said so. */
static void
print_unkept (JsonObject *root)
{
  static const char * const keys[] = { "user", "working_dir", "ingress" };
  gboolean header = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      JsonObject *answer = get_object_or_null (root, keys[i]);
      g_autofree char *value = NULL;
      g_autofree char *text = NULL;

      if (answer == NULL)
        continue;
      if (!header)
        g_print (_("Not kept in the bundle (no answer for it yet):\n"));
      header = TRUE;
      value = json_object_has_member (answer, "hosts")
              ? ingress_text (answer)
              : scalar_text (json_object_get_member (answer, "value"));
      text = g_strdup_printf ("%s %s", keys[i], value);
      print_found ("  ", NULL, text, member_string (answer, "source"));
    }
}

/* "  env-vars: DATABASE_URL (from settings.py:12)" for each scanned item. */
static void
print_filled_items (GListStore *store,
                    const char *label,
                    const char *key_property)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (store), i);
      g_autofree char *key = NULL;
      g_autofree char *source = NULL;

      g_object_get (item, key_property, &key, "source", &source, NULL);
      if (source != NULL)
        print_found ("  ", label, key != NULL ? key : "", source);
    }
}

static void
print_filled (PodliftProject *project,
              guint           filled)
{
  PodliftAppProfile *profile = podlift_project_get_profile (project);
  g_autoptr(GPtrArray) keys = podlift_app_profile_list_sources (profile);

  g_print (g_dngettext (GETTEXT_PACKAGE, "Filled %u answer:\n", "Filled %u answers:\n", filled),
           filled);
  for (guint i = 0; i < keys->len; i++)
    {
      const char *key = g_ptr_array_index (keys, i);
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (profile), key);
      g_auto(GValue) value = G_VALUE_INIT;
      g_auto(GValue) text = G_VALUE_INIT;

      if (pspec == NULL)
        continue;
      g_value_init (&value, pspec->value_type);
      g_value_init (&text, G_TYPE_STRING);
      g_object_get_property (G_OBJECT (profile), key, &value);
      if (G_VALUE_HOLDS_BOOLEAN (&value))
        g_value_set_string (&text, g_value_get_boolean (&value) ? "true" : "false");
      else if (G_VALUE_HOLDS_ENUM (&value))
        g_value_set_string (&text, podlift_enum_to_nick (pspec->value_type, g_value_get_enum (&value)));
      else if (!g_value_transform (&value, &text))
        continue;
      print_found ("  ", key, g_value_get_string (&text), podlift_app_profile_get_source (profile, key));
    }

  print_filled_items (podlift_app_profile_get_state_paths (profile), "state-paths", "path");
  print_filled_items (podlift_app_profile_get_env_vars (profile), "env-vars", "name");
  print_filled_items (podlift_app_profile_get_dependencies (profile), "dependencies", "host");
  print_filled_items (podlift_app_profile_get_cron_jobs (profile), "cron-jobs", "name");
}

static gboolean
check_no_bundle (GFile   *dir,
                 GError **error)
{
  g_autoptr(GFile) json = g_file_get_child (dir, "podlift.json");
  g_autofree char *path = NULL;

  if (!g_file_query_exists (json, NULL))
    return TRUE;

  path = g_file_get_parse_name (dir);
  g_set_error (error, PODLIFT_ERROR, PODLIFT_ERROR_EXISTS,
               _("%s already holds a Podlift bundle"), path);
  return FALSE;
}

/**
 * podlift_cli_new_scanned:
 * @source_dir: (nullable): the folder of `--from-source`
 * @imports: (nullable): the files of `--import`
 * @bundle: the bundle folder to create
 *
 * Scans and imports everything first, so that nothing is written when
 * a file cannot be read; then fills a new project and saves it.
 */
int
podlift_cli_new_scanned (const char         *source_dir,
                         const char * const *imports,
                         const char         *bundle)
{
  g_autoptr(GFile) dir = g_file_new_for_commandline_arg (bundle);
  g_autoptr(PodliftScanReport) report = NULL;
  g_autoptr(PodliftProject) project = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  guint filled;

  if (!check_no_bundle (dir, &error))
    return podlift_cli_fail_error (error);
  if (!(report = podlift_cli_scan_collect (source_dir, imports, &error)))
    return podlift_cli_fail_error (error);

  project = podlift_project_new ();
  filled = podlift_scan_report_apply (report, project);
  if (!podlift_bundle_save (project, dir, NULL, &error))
    return podlift_cli_fail_error (error);

  path = g_file_get_parse_name (dir);
  g_print (_("Created %s\n"), path);
  print_filled (project, filled);

  root = podlift_scan_report_to_json (report);
  print_unkept (json_node_get_object (root));
  print_not_carried_over (get_array_or_null (json_node_get_object (root), "not_carried_over"));

  return PODLIFT_EXIT_OK;
}
