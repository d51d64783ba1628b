/* podlift-manifest-checks-lint.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-manifest-checks"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "podlift-diagnostic-list.h"
#include "podlift-diagnostic-private.h"
#include "podlift-error.h"
#include "podlift-k8s-schema.h"
#include "podlift-manifest-checks-private.h"

/* Linting Kubernetes YAML as `podlift lint` does for Dockerfiles: read,
 * schema, checks, then the configuration's ignores and overrides. */

#define SYNTAX_CODE "podlift-yaml-syntax"

/* Translators: explanation of the finding for a YAML file that cannot be read */
static const char syntax_explanation[] =
  N_("The file cannot be read as YAML, so Kubernetes would refuse it and no other check "
     "could run. Fix the YAML at this line; an editor with YAML support shows where the "
     "indentation or the quoting goes wrong.");

static PodliftDiagnostic *
syntax_finding (const char *file,
                guint       line,
                const char *message)
{
  PodliftRange range = { { line, 1 }, { line, 1 } };

  return podlift_diagnostic_new_full (SYNTAX_CODE, PODLIFT_SEVERITY_ERROR, message, line, 1,
                                      &range, file, _(syntax_explanation));
}

/* The line of the first byte that is not UTF-8 text (a NUL, or an
 * invalid sequence), or 0 when it is all text. */
static guint
binary_line (const char *text,
             gsize       length)
{
  const char *end = NULL;
  const char *nul = memchr (text, '\0', length);
  guint line = 1;

  if (g_utf8_validate (text, nul != NULL ? nul - text : (gssize) length, &end) && nul == NULL)
    return 0;

  for (const char *p = text; p < end; p++)
    if (*p == '\n')
      line++;

  return line;
}

static guint
count_lines (const char *text,
             gsize       length)
{
  guint lines = 0;

  for (const char *p = text; (p = memchr (p, '\n', text + length - p)) != NULL; p++)
    lines++;

  return length > 0 && text[length - 1] != '\n' ? lines + 1 : MAX (lines, 1);
}

/* A PODLIFT_ERROR_PARSE message is "NAME:LINE: problem". libyaml finds
 * an unclosed bracket at the end of the text, after its last line: the
 * finding goes on the last line. */
static PodliftDiagnostic *
parse_error_finding (const PodliftManifestSource *source,
                     gsize                        length,
                     const char                  *name,
                     const GError                *error)
{
  const char *message = error->message;
  gsize len = strlen (name);
  guint64 line = 1;
  char *end;

  if (g_str_has_prefix (message, name) && message[len] == ':' &&
      g_ascii_isdigit (message[len + 1]))
    {
      line = g_ascii_strtoull (message + len + 1, &end, 10);
      message = g_str_has_prefix (end, ": ") ? end + 2 : end;
    }

  line = CLAMP (line, 1, count_lines (source->text, length));

  return syntax_finding (source->file, (guint) line, message);
}

/* Reads one source into @documents; a finding in @findings when it
 * cannot be read. */
static void
read_source (const PodliftManifestSource *source,
             GPtrArray                   *documents,
             GPtrArray                   *findings)
{
  gsize length = source->length < 0 ? strlen (source->text) : (gsize) source->length;
  const char *name = source->file != NULL ? source->file : "-";
  g_autoptr(GPtrArray) parsed = NULL;
  g_autoptr(GError) error = NULL;
  guint line;

  if ((line = binary_line (source->text, length)) > 0)
    {
      g_ptr_array_add (findings,
                       syntax_finding (source->file, line,
                                       "The file is not text: binary data, or an encoding "
                                       "other than UTF-8"));
      return;
    }

  if (!(parsed = podlift_yaml_parse (source->text, length, name, &error)))
    {
      g_ptr_array_add (findings, parse_error_finding (source, length, name, error));
      return;
    }

  for (guint i = 0; i < parsed->len; i++)
    g_ptr_array_add (documents, podlift_yaml_document_ref (g_ptr_array_index (parsed, i)));
}

/* Schema findings, with the file and the object set. */
static void
validate (PodliftYamlDocument *document,
          const char          *file,
          GPtrArray           *findings)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);
  JsonNode *root = podlift_yaml_document_get_root (document);
  g_autofree char *ref = NULL;

  if (root == NULL)
    return;

  podlift_k8s_schema_validate (document, found);

  if (JSON_NODE_HOLDS_OBJECT (root))
    {
      JsonObject *object = json_node_get_object (root);
      const char *kind = podlift_manifest_get_string (object, "kind");
      const char *name =
        podlift_manifest_get_string (podlift_manifest_get_object (object, "metadata"), "name");

      if (kind != NULL)
        ref = g_strconcat (kind, "/", name != NULL ? name : "", NULL);
    }

  for (guint i = 0; i < found->len; i++)
    {
      PodliftDiagnostic *d = g_ptr_array_index (found, i);

      if (podlift_diagnostic_get_file (d) == NULL)
        podlift_diagnostic_set_file (d, file);
      if (podlift_diagnostic_get_object (d) == NULL)
        podlift_diagnostic_set_object (d, ref);
      g_ptr_array_add (findings, g_object_ref (d));
    }
}

/* Applies @config's overrides, then drops what it ignores. */
static gboolean
keep_finding (PodliftDiagnostic *d,
              PodliftLintConfig *config)
{
  const char *code = podlift_diagnostic_get_code (d);
  PodliftSeverity severity;

  if (config == NULL)
    return TRUE;
  if (podlift_lint_config_is_ignored (config, code))
    return FALSE;
  if (podlift_lint_config_get_override (config, code, &severity))
    podlift_diagnostic_set_severity (d, severity);

  return podlift_diagnostic_get_severity (d) != PODLIFT_SEVERITY_IGNORE;
}

static gint
compare_lines (gconstpointer a,
               gconstpointer b)
{
  PodliftDiagnostic *x = *(PodliftDiagnostic **) a;
  PodliftDiagnostic *y = *(PodliftDiagnostic **) b;
  guint lx = podlift_diagnostic_get_line (x);
  guint ly = podlift_diagnostic_get_line (y);

  return lx < ly ? -1 : lx > ly;
}

static GListModel *
finish_list (GPtrArray         *findings,
             PodliftLintConfig *config)
{
  g_autoptr(GPtrArray) kept = g_ptr_array_new_with_free_func (g_object_unref);
  guint n;

  for (guint i = 0; i < findings->len; i++)
    {
      PodliftDiagnostic *d = g_ptr_array_index (findings, i);

      if (keep_finding (d, config))
        g_ptr_array_add (kept, g_object_ref (d));
    }

  /* A stable sort: at one line, the findings keep the checks' order. */
  g_ptr_array_sort (kept, compare_lines);
  n = kept->len;

  return G_LIST_MODEL (podlift_diagnostic_list_new_take ((PodliftDiagnostic **)
                                                          g_ptr_array_steal (kept, NULL), n));
}

GPtrArray *
podlift_manifest_lint_sources (const PodliftManifestSource       *sources,
                               guint                              n_sources,
                               PodliftLintConfig                 *config,
                               const PodliftManifestCheckContext *context)
{
  g_autoptr(GPtrArray) documents = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                                   podlift_yaml_document_unref);
  g_autoptr(GPtrArray) findings = g_ptr_array_new_with_free_func ((GDestroyNotify)
                                                                  g_ptr_array_unref);
  g_autoptr(GPtrArray) checked = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) files = g_ptr_array_new ();
  g_autoptr(GArray) tags = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) finding_tags = g_array_new (FALSE, FALSE, sizeof (guint));
  GPtrArray *lists;

  g_return_val_if_fail (sources != NULL || n_sources == 0, NULL);

  for (guint s = 0; s < n_sources; s++)
    {
      GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);
      guint first = documents->len;

      g_ptr_array_add (findings, found);
      read_source (&sources[s], documents, found);
      for (guint d = first; d < documents->len; d++)
        {
          validate (g_ptr_array_index (documents, d), sources[s].file, found);
          g_ptr_array_add (files, (gpointer) sources[s].file);
          g_array_append_val (tags, s);
        }
    }

  podlift_manifest_checks_run_tagged (documents, (const char * const *) files->pdata,
                                      (const guint *) (gpointer) tags->data, context,
                                      checked, finding_tags);
  for (guint i = 0; i < checked->len; i++)
    g_ptr_array_add (g_ptr_array_index (findings, g_array_index (finding_tags, guint, i)),
                     g_object_ref (g_ptr_array_index (checked, i)));

  lists = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint s = 0; s < n_sources; s++)
    g_ptr_array_add (lists, finish_list (g_ptr_array_index (findings, s), config));

  return lists;
}

GListModel *
podlift_manifest_lint (const char                        *text,
                       gssize                             length,
                       const char                        *file,
                       PodliftLintConfig                 *config,
                       const PodliftManifestCheckContext *context)
{
  PodliftManifestSource source = { text, length, file };
  g_autoptr(GPtrArray) lists = NULL;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (config == NULL || PODLIFT_IS_LINT_CONFIG (config), NULL);

  lists = podlift_manifest_lint_sources (&source, 1, config, context);

  return g_object_ref (g_ptr_array_index (lists, 0));
}
