/* podlift-cli-lint-report.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-cli"

#include "config.h"

#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>

#include "podlift-cli-private.h"
#include "podlift-diagnostic.h"

/* `podlift lint`'s output: hadolint's formats, so that CI jobs and
 * editors that read hadolint read Podlift unchanged. */

#define SARIF_SCHEMA \
  "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

/* The homepage, as in the metainfo. */
#define PODLIFT_HOMEPAGE "https://podlift.app"

/* The linter's messages may quote the file, which may be any
 * bytes: every format gets valid UTF-8. */

static char *
valid_text (const char *text)
{
  if (text == NULL)
    return g_strdup ("");
  if (g_utf8_validate (text, -1, NULL))
    return g_strdup (text);

  return g_utf8_make_valid (text, -1);
}

static void
write_out (const char *text,
           gsize       length)
{
  fwrite (text, 1, length, stdout);
  fflush (stdout);
}

static const char *
tty_colour (PodliftSeverity severity)
{
  switch (severity)
    {
    case PODLIFT_SEVERITY_ERROR:
      return "\033[31m";
    case PODLIFT_SEVERITY_WARNING:
      return "\033[33m";
    case PODLIFT_SEVERITY_INFO:
      return "\033[36m";
    case PODLIFT_SEVERITY_STYLE:
    case PODLIFT_SEVERITY_IGNORE:
    default:
      return "\033[90m";
    }
}

/* FILE:LINE CODE level: message, as hadolint's tty format. */
static void
write_tty (GPtrArray *files,
           gboolean   colour)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint f = 0; f < files->len; f++)
    {
      PodliftLintedFile *file = g_ptr_array_index (files, f);
      guint n = g_list_model_get_n_items (file->diagnostics);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(PodliftDiagnostic) d = g_list_model_get_item (file->diagnostics, i);
          g_autofree char *message = valid_text (podlift_diagnostic_get_message (d));
          PodliftSeverity severity = podlift_diagnostic_get_severity (d);

          g_string_append_printf (out, "%s:%u %s %s%s%s: %s\n",
                                  file->label,
                                  podlift_diagnostic_get_line (d),
                                  podlift_diagnostic_get_code (d),
                                  colour ? tty_colour (severity) : "",
                                  podlift_severity_to_string (severity),
                                  colour ? "\033[0m" : "",
                                  message);
        }
    }

  g_print ("%s", out->str);
}

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  g_autofree char *text = valid_text (value);

  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, text);
}

static void
add_string_value (JsonBuilder *builder,
                  const char  *value)
{
  g_autofree char *text = valid_text (value);

  json_builder_add_string_value (builder, text);
}

static void
add_int (JsonBuilder *builder,
         const char  *name,
         gint64       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

static void
write_json_node (JsonNode *root,
                 gboolean  pretty)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *data = NULL;
  gsize length;

  json_generator_set_pretty (generator, pretty);
  json_generator_set_root (generator, root);
  data = json_generator_to_data (generator, &length);
  write_out (data, length);
  write_out ("\n", 1);
}

/* What a finding about Kubernetes YAML adds: "object" ("Kind/name", or
 * null for one about no object) and "refs" (the same check's names in
 * kube-linter and Polaris). */
static void
add_manifest_members (JsonBuilder       *builder,
                      PodliftDiagnostic *d)
{
  const char *object = podlift_diagnostic_get_object (d);
  const char * const *refs = podlift_diagnostic_get_refs (d);

  json_builder_set_member_name (builder, "object");
  if (object != NULL)
    add_string_value (builder, object);
  else
    json_builder_add_null_value (builder);

  json_builder_set_member_name (builder, "refs");
  json_builder_begin_array (builder);
  for (guint i = 0; refs != NULL && refs[i] != NULL; i++)
    add_string_value (builder, refs[i]);
  json_builder_end_array (builder);
}

/* hadolint's JSON: one array over all files, keys in its order; then,
 * for Kubernetes YAML, object and refs. */
static void
write_json (GPtrArray *files)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_array (builder);
  for (guint f = 0; f < files->len; f++)
    {
      PodliftLintedFile *file = g_ptr_array_index (files, f);
      guint n = g_list_model_get_n_items (file->diagnostics);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(PodliftDiagnostic) d = g_list_model_get_item (file->diagnostics, i);

          json_builder_begin_object (builder);
          add_string (builder, "code", podlift_diagnostic_get_code (d));
          add_int (builder, "column", podlift_diagnostic_get_column (d));
          add_string (builder, "file", file->label);
          add_string (builder, "level",
                      podlift_severity_to_string (podlift_diagnostic_get_severity (d)));
          add_int (builder, "line", podlift_diagnostic_get_line (d));
          add_string (builder, "message", podlift_diagnostic_get_message (d));
          if (file->manifest)
            add_manifest_members (builder, d);
          json_builder_end_object (builder);
        }
    }
  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  write_json_node (root, FALSE);
}

/* SARIF 2.1.0: one run, the rules that fired, one result per finding. */

static const char *
sarif_level (PodliftSeverity severity)
{
  switch (severity)
    {
    case PODLIFT_SEVERITY_ERROR:
      return "error";
    case PODLIFT_SEVERITY_WARNING:
      return "warning";
    case PODLIFT_SEVERITY_INFO:
    case PODLIFT_SEVERITY_STYLE:
    case PODLIFT_SEVERITY_IGNORE:
    default:
      return "note";
    }
}

/* A relative reference for a relative path, a file: URI for an
 * absolute one, with anything unsafe escaped. */
static char *
sarif_uri (const char *label)
{
  g_autofree char *escaped = g_uri_escape_string (label, "/", FALSE);

  if (g_path_is_absolute (label))
    return g_strconcat ("file://", escaped, NULL);

  return g_steal_pointer (&escaped);
}

/* The region: the diagnostic's exact range when it has one, else its
 * line and column. SARIF's end column is exclusive, as our ranges are. */
static void
sarif_add_region (JsonBuilder       *builder,
                  PodliftDiagnostic *d)
{
  const PodliftRange *range = podlift_diagnostic_get_range (d);
  PodliftRange region;

  region.start.line = podlift_diagnostic_get_line (d);
  region.start.column = MAX (podlift_diagnostic_get_column (d), 1);
  region.end.line = region.start.line;
  region.end.column = region.start.column + 1;

  if (range != NULL && range->start.line > 0 && range->start.column > 0 &&
      (range->end.line > range->start.line ||
       (range->end.line == range->start.line && range->end.column >= range->start.column)))
    region = *range;

  json_builder_set_member_name (builder, "region");
  json_builder_begin_object (builder);
  add_int (builder, "startLine", region.start.line);
  add_int (builder, "startColumn", region.start.column);
  add_int (builder, "endLine", region.end.line);
  add_int (builder, "endColumn", region.end.column);
  json_builder_end_object (builder);
}

static void
sarif_add_location (JsonBuilder       *builder,
                    const char        *label,
                    PodliftDiagnostic *d)
{
  g_autofree char *uri = sarif_uri (label);

  json_builder_set_member_name (builder, "locations");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "physicalLocation");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "artifactLocation");
  json_builder_begin_object (builder);
  add_string (builder, "uri", uri);
  json_builder_end_object (builder);
  sarif_add_region (builder, d);
  json_builder_end_object (builder);
  json_builder_end_object (builder);
  json_builder_end_array (builder);
}

static void
sarif_add_message (JsonBuilder *builder,
                   const char  *name,
                   const char  *text)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_object (builder);
  add_string (builder, "text", text);
  json_builder_end_object (builder);
}

static void
sarif_add_rule (JsonBuilder       *builder,
                PodliftDiagnostic *d)
{
  const char *explanation = podlift_diagnostic_get_explanation (d);

  json_builder_begin_object (builder);
  add_string (builder, "id", podlift_diagnostic_get_code (d));
  sarif_add_message (builder, "shortDescription", podlift_diagnostic_get_message (d));
  if (explanation != NULL && explanation[0] != '\0')
    sarif_add_message (builder, "fullDescription", explanation);
  json_builder_end_object (builder);
}

static void
sarif_add_result (JsonBuilder       *builder,
                  PodliftLintedFile *file,
                  PodliftDiagnostic *d,
                  guint              rule_index)
{
  json_builder_begin_object (builder);
  add_string (builder, "ruleId", podlift_diagnostic_get_code (d));
  add_int (builder, "ruleIndex", rule_index);
  add_string (builder, "level", sarif_level (podlift_diagnostic_get_severity (d)));
  sarif_add_message (builder, "message", podlift_diagnostic_get_message (d));
  sarif_add_location (builder, file->label, d);
  if (file->manifest)
    {
      /* SARIF's property bag: what the JSON format adds. */
      json_builder_set_member_name (builder, "properties");
      json_builder_begin_object (builder);
      add_manifest_members (builder, d);
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);
}

/* Fills @rules (one per code, in the order they first fire) and
 * @results; @index maps a code to its place in @rules. */
static void
sarif_add_findings (JsonBuilder *rules,
                    JsonBuilder *results,
                    GPtrArray   *files)
{
  g_autoptr(GHashTable) index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint f = 0; f < files->len; f++)
    {
      PodliftLintedFile *file = g_ptr_array_index (files, f);
      guint n = g_list_model_get_n_items (file->diagnostics);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(PodliftDiagnostic) d = g_list_model_get_item (file->diagnostics, i);
          const char *code = podlift_diagnostic_get_code (d);
          gpointer found;

          if (!g_hash_table_lookup_extended (index, code, NULL, &found))
            {
              found = GUINT_TO_POINTER (g_hash_table_size (index));
              g_hash_table_insert (index, g_strdup (code), found);
              sarif_add_rule (rules, d);
            }
          sarif_add_result (results, file, d, GPOINTER_TO_UINT (found));
        }
    }
}

static void
sarif_add_driver (JsonBuilder *builder,
                  JsonNode    *rules)
{
  json_builder_set_member_name (builder, "tool");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "driver");
  json_builder_begin_object (builder);
  add_string (builder, "name", "podlift");
  add_string (builder, "version", PACKAGE_VERSION);
  add_string (builder, "informationUri", PODLIFT_HOMEPAGE);
  json_builder_set_member_name (builder, "rules");
  json_builder_add_value (builder, rules);
  json_builder_end_object (builder);
  json_builder_end_object (builder);
}

static void
write_sarif (GPtrArray *files)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonBuilder) rules = json_builder_new ();
  g_autoptr(JsonBuilder) results = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_array (rules);
  json_builder_begin_array (results);
  sarif_add_findings (rules, results, files);
  json_builder_end_array (rules);
  json_builder_end_array (results);

  json_builder_begin_object (builder);
  add_string (builder, "$schema", SARIF_SCHEMA);
  add_string (builder, "version", "2.1.0");
  json_builder_set_member_name (builder, "runs");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  sarif_add_driver (builder, json_builder_get_root (rules));
  /* Our columns count characters, not UTF-16 units. */
  add_string (builder, "columnKind", "unicodeCodePoints");
  json_builder_set_member_name (builder, "results");
  json_builder_add_value (builder, json_builder_get_root (results));
  json_builder_end_object (builder);
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  write_json_node (root, TRUE);
}

/* Checkstyle XML. XML 1.0 has no way to write most control characters,
 * even escaped: they become U+FFFD. */
static char *
xml_text (const char *text)
{
  g_autofree char *valid = valid_text (text);
  g_autoptr(GString) clean = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p++)
    {
      if ((guchar) *p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r')
        g_string_append (clean, "\xef\xbf\xbd");
      else
        g_string_append_c (clean, *p);
    }

  return g_markup_escape_text (clean->str, clean->len);
}

static const char *
checkstyle_severity (PodliftSeverity severity)
{
  switch (severity)
    {
    case PODLIFT_SEVERITY_ERROR:
      return "error";
    case PODLIFT_SEVERITY_WARNING:
      return "warning";
    case PODLIFT_SEVERITY_INFO:
    case PODLIFT_SEVERITY_STYLE:
    case PODLIFT_SEVERITY_IGNORE:
    default:
      return "info";
    }
}

static void
checkstyle_add_file (GString    *out,
                     PodliftLintedFile *file)
{
  g_autofree char *name = xml_text (file->label);
  guint n = g_list_model_get_n_items (file->diagnostics);

  g_string_append_printf (out, "<file name=\"%s\">\n", name);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PodliftDiagnostic) d = g_list_model_get_item (file->diagnostics, i);
      g_autofree char *message = xml_text (podlift_diagnostic_get_message (d));
      g_autofree char *source = xml_text (podlift_diagnostic_get_code (d));

      g_string_append_printf (out,
                              "<error line=\"%u\" column=\"%u\" severity=\"%s\" "
                              "message=\"%s\" source=\"%s\"/>\n",
                              podlift_diagnostic_get_line (d),
                              podlift_diagnostic_get_column (d),
                              checkstyle_severity (podlift_diagnostic_get_severity (d)),
                              message, source);
    }
  g_string_append (out, "</file>\n");
}

static void
write_checkstyle (GPtrArray *files)
{
  g_autoptr(GString) out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                         "<checkstyle version=\"4.3\">\n");

  for (guint f = 0; f < files->len; f++)
    checkstyle_add_file (out, g_ptr_array_index (files, f));
  g_string_append (out, "</checkstyle>\n");

  write_out (out->str, out->len);
}

void
podlift_cli_lint_report (GPtrArray         *files,
                         PodliftLintFormat  format,
                         gboolean           colour)
{
  g_return_if_fail (files != NULL);

  switch (format)
    {
    case PODLIFT_LINT_FORMAT_JSON:
      write_json (files);
      break;
    case PODLIFT_LINT_FORMAT_SARIF:
      write_sarif (files);
      break;
    case PODLIFT_LINT_FORMAT_CHECKSTYLE:
      write_checkstyle (files);
      break;
    case PODLIFT_LINT_FORMAT_TTY:
    default:
      write_tty (files, colour);
      break;
    }
}
