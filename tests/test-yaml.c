/* test-yaml.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "podlift-error.h"
#include "podlift-yaml.h"

/* Reading YAML into json-glib nodes with lines, and writing it back. */

static GPtrArray *
parse_ok (const char *text)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *docs = podlift_yaml_parse (text, -1, "t.yaml", &error);

  g_assert_no_error (error);
  g_assert_nonnull (docs);
  return docs;
}

static void
test_yaml_types_and_lines (void)
{
  g_autoptr(GPtrArray) docs = parse_ok ("---\n"
                                        "apiVersion: v1\n"
                                        "kind: Service\n"
                                        "spec:\n"
                                        "  ports:\n"
                                        "    - port: 80\n"
                                        "      targetPort: http\n"
                                        "      enabled: true\n"
                                        "      ratio: 0.5\n"
                                        "      quoted: \"8080\"\n"
                                        "      nothing: ~\n"
                                        "      mode: 0644\n"
                                        "      legacy: yes\n"
                                        "---\n"
                                        "kind: ConfigMap\n");
  PodliftYamlDocument *doc = g_ptr_array_index (docs, 0);
  JsonObject *root, *spec, *port;
  JsonArray *ports;

  g_assert_cmpuint (docs->len, ==, 2);
  g_assert_cmpuint (podlift_yaml_document_get_line (doc), ==, 2);
  g_assert_cmpuint (podlift_yaml_document_get_line (g_ptr_array_index (docs, 1)), ==, 15);

  root = json_node_get_object (podlift_yaml_document_get_root (doc));
  g_assert_cmpstr (json_object_get_string_member (root, "kind"), ==, "Service");
  g_assert_cmpuint (podlift_yaml_document_get_key_line (doc, root, "kind"), ==, 3);
  spec = json_object_get_object_member (root, "spec");
  ports = json_object_get_array_member (spec, "ports");
  port = json_array_get_object_element (ports, 0);
  g_assert_cmpint (json_node_get_value_type (json_object_get_member (port, "port")), ==, G_TYPE_INT64);
  g_assert_cmpint (json_object_get_int_member (port, "port"), ==, 80);
  g_assert_true (json_object_get_boolean_member (port, "enabled"));
  g_assert_cmpfloat (json_object_get_double_member (port, "ratio"), ==, 0.5);
  g_assert_cmpstr (json_object_get_string_member (port, "quoted"), ==, "8080");
  g_assert_true (json_object_get_null_member (port, "nothing"));
  /* As Kubernetes reads them (YAML 1.1) */
  g_assert_cmpint (json_object_get_int_member (port, "mode"), ==, 0644);
  g_assert_true (json_object_get_boolean_member (port, "legacy"));
  g_assert_cmpuint (podlift_yaml_document_get_key_line (doc, port, "targetPort"), ==, 7);
  g_assert_cmpuint (podlift_yaml_document_get_node_line (doc, json_array_get_element (ports, 0)), ==, 6);
}

static void
test_yaml_errors (void)
{
  struct { const char *text; const char *message; } cases[] = {
    { "a: 1\nb: [1, 2\nc: 3\n", "t.yaml:" },
    { "a: 1\nb:\n  c: 1\n  c: 2\n", "t.yaml:4: the key \"c\" appears twice" },
    { "a: *nothing\n", "t.yaml:1: the alias" },
    { "a: \"unterminated\n", "t.yaml:" },
  };

  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) docs = podlift_yaml_parse (cases[k].text, -1, "t.yaml", &error);

      g_assert_null (docs);
      g_assert_error (error, PODLIFT_ERROR, PODLIFT_ERROR_PARSE);
      g_assert_true (g_str_has_prefix (error->message, cases[k].message));
    }

  {
    g_autoptr(GError) error = NULL;
    const char binary[] = "a: 1\n\0\xff\xfe";
    g_autoptr(GPtrArray) docs = podlift_yaml_parse (binary, sizeof binary, "bin.yaml", &error);

    g_assert_null (docs);
    g_assert_cmpstr (error->message, ==, "bin.yaml:1: the file is not text");
  }
}

static void
test_yaml_emit_round_trip (void)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) docs = NULL;
  JsonObject *back;
  const char *strings[] = { "true", "no", "8080", "1.5", "null", "", "plain words", "a: b", "- x" };

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "zeta");
  json_builder_add_int_value (b, 3);
  json_builder_set_member_name (b, "alpha");
  json_builder_add_boolean_value (b, FALSE);
  json_builder_set_member_name (b, "script");
  json_builder_add_string_value (b, "set -e\npython manage.py migrate\n");
  json_builder_set_member_name (b, "empty");
  json_builder_begin_object (b);
  json_builder_end_object (b);
  for (guint k = 0; k < G_N_ELEMENTS (strings); k++)
    {
      g_autofree char *name = g_strdup_printf ("s%u", k);
      json_builder_set_member_name (b, name);
      json_builder_add_string_value (b, strings[k]);
    }
  json_builder_end_object (b);
  node = json_builder_get_root (b);

  text = podlift_yaml_emit_node (node);
  g_assert_true (g_str_has_prefix (text, "---\nzeta: 3\nalpha: false\nscript: |\n"));
  g_assert_nonnull (strstr (text, "s0: 'true'\n"));
  g_assert_nonnull (strstr (text, "s1: 'no'\n"));

  docs = parse_ok (text);
  g_assert_cmpuint (docs->len, ==, 1);
  back = json_node_get_object (podlift_yaml_document_get_root (g_ptr_array_index (docs, 0)));
  g_assert_cmpstr (json_object_get_string_member (back, "script"), ==, "set -e\npython manage.py migrate\n");
  for (guint k = 0; k < G_N_ELEMENTS (strings); k++)
    {
      g_autofree char *name = g_strdup_printf ("s%u", k);
      g_assert_cmpstr (json_object_get_string_member (back, name), ==, strings[k]);
    }
  g_assert_true (json_node_equal (node, podlift_yaml_document_get_root (g_ptr_array_index (docs, 0))));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/yaml/types-and-lines", test_yaml_types_and_lines);
  g_test_add_func ("/yaml/errors", test_yaml_errors);
  g_test_add_func ("/yaml/emit-round-trip", test_yaml_emit_round_trip);

  return g_test_run ();
}
