/* podlift-lint-config-file.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-lint-config"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>
#include <yaml.h>

#include "podlift-diagnostic.h"
#include "podlift-lint-config.h"
#include "podlift-lint-config-private.h"

/* Reading .hadolint.yaml with libyaml's events, and finding it the way
 * hadolint does. */

/* libyaml's parser and its current event. The parser is deleted only if
 * yaml_parser_initialize() succeeded. */
typedef struct
{
  yaml_parser_t  parser;
  yaml_event_t   event;
  const char    *name;
  guint          initialized : 1;
  guint          has_event : 1;
} ConfigReader;

static void
config_reader_clear (ConfigReader *reader)
{
  if (reader->has_event)
    yaml_event_delete (&reader->event);
  if (reader->initialized)
    yaml_parser_delete (&reader->parser);
  reader->has_event = FALSE;
  reader->initialized = FALSE;
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ConfigReader, config_reader_clear)

/* What a file said: the values it set, applied only once all of it
 * was read. */
typedef struct
{
  PodliftLintConfig *values;       /* the lists */
  PodliftThreshold   threshold;
  gboolean           no_fail;
  gboolean           strict_labels;
  gboolean           disable_ignore_pragma;
  guint              seen_threshold : 1;
  guint              seen_no_fail : 1;
  guint              seen_strict_labels : 1;
  guint              seen_disable_ignore_pragma : 1;
} ConfigFileData;

#define OVERRIDE_SHAPE _("“override” must map error, warning, info or style to a list of rules")

static const char * const label_types[] = {
  "text", "url", "semver", "hash", "rfc3339", "spdx", "email",
};

static const char * const threshold_names[] = {
  [PODLIFT_THRESHOLD_ERROR] = "error",
  [PODLIFT_THRESHOLD_WARNING] = "warning",
  [PODLIFT_THRESHOLD_INFO] = "info",
  [PODLIFT_THRESHOLD_STYLE] = "style",
  [PODLIFT_THRESHOLD_NONE] = "none",
};

static gboolean G_GNUC_PRINTF (4, 5)
reader_fail (ConfigReader  *reader,
             gsize          mark_line,
             GError       **error,
             const char    *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               "%s:%" G_GSIZE_FORMAT ": %s", reader->name, mark_line + 1, message);

  return FALSE;
}

static gboolean
reader_next (ConfigReader  *reader,
             GError       **error)
{
  if (reader->has_event)
    yaml_event_delete (&reader->event);
  reader->has_event = FALSE;

  if (!yaml_parser_parse (&reader->parser, &reader->event))
    {
      const char *problem = reader->parser.problem != NULL ? reader->parser.problem : "?";

      if (reader->parser.context != NULL)
        return reader_fail (reader, reader->parser.problem_mark.line, error,
                            /* Translators: libyaml's English words, such as "did not
                             * find expected key while parsing a block mapping" */
                            _("invalid YAML: %s %s"), problem, reader->parser.context);

      return reader_fail (reader, reader->parser.problem_mark.line, error,
                          _("invalid YAML: %s"), problem);
    }

  reader->has_event = TRUE;

  return TRUE;
}

static gboolean
reader_is_null (ConfigReader *reader)
{
  const yaml_event_t *event = &reader->event;
  const char *value;

  if (event->type != YAML_SCALAR_EVENT || event->data.scalar.style != YAML_PLAIN_SCALAR_STYLE)
    return FALSE;

  value = (const char *)event->data.scalar.value;

  return *value == '\0' || strcmp (value, "~") == 0 || g_ascii_strcasecmp (value, "null") == 0;
}

static const char *
reader_scalar (ConfigReader *reader)
{
  return (const char *)reader->event.data.scalar.value;
}

static gsize
reader_line (ConfigReader *reader)
{
  return reader->event.start_mark.line;
}

/* Skips the node whose first event is the current one. */
static gboolean
reader_skip_node (ConfigReader  *reader,
                  GError       **error)
{
  guint depth = 0;

  do
    {
      yaml_event_type_t type = reader->event.type;

      if (type == YAML_SEQUENCE_START_EVENT || type == YAML_MAPPING_START_EVENT)
        depth++;
      else if (type == YAML_SEQUENCE_END_EVENT || type == YAML_MAPPING_END_EVENT)
        depth--;

      if (depth > 0 && !reader_next (reader, error))
        return FALSE;
    }
  while (depth > 0);

  return TRUE;
}

typedef void (*AddString) (PodliftLintConfig *values,
                           const char        *text,
                           gpointer           user_data);

/* A list of strings (or null; or, with @allow_scalar, one string). */
static gboolean
read_string_list (ConfigReader       *reader,
                  const char         *key,
                  gboolean            allow_scalar,
                  PodliftLintConfig  *values,
                  AddString           add,
                  gpointer            user_data,
                  GError            **error)
{
  if (reader_is_null (reader))
    return TRUE;

  if (reader->event.type == YAML_SCALAR_EVENT && allow_scalar)
    {
      add (values, reader_scalar (reader), user_data);
      return TRUE;
    }

  if (reader->event.type != YAML_SEQUENCE_START_EVENT)
    return reader_fail (reader, reader_line (reader), error,
                        _("“%s” must be a list, such as “%s: [DL3008]”"), key, key);

  for (;;)
    {
      if (!reader_next (reader, error))
        return FALSE;

      if (reader->event.type == YAML_SEQUENCE_END_EVENT)
        return TRUE;

      if (reader->event.type != YAML_SCALAR_EVENT)
        return reader_fail (reader, reader_line (reader), error,
                            _("“%s” must be a list of strings"), key);

      add (values, reader_scalar (reader), user_data);
    }
}

static void
add_ignored (PodliftLintConfig *values,
             const char        *code,
             gpointer           user_data)
{
  podlift_lint_config_ignore (values, code);
}

static void
add_trusted (PodliftLintConfig *values,
             const char        *registry,
             gpointer           user_data)
{
  podlift_lint_config_add_trusted_registry (values, registry);
}

static void
add_override (PodliftLintConfig *values,
              const char        *code,
              gpointer           user_data)
{
  podlift_lint_config_override (values, code, GPOINTER_TO_INT (user_data));
}

static gboolean
read_bool (ConfigReader  *reader,
           const char    *key,
           gboolean      *value,
           GError       **error)
{
  static const char * const yes[] = { "true", "yes", "on" };
  static const char * const no[] = { "false", "no", "off" };
  const char *text;

  if (reader->event.type != YAML_SCALAR_EVENT)
    return reader_fail (reader, reader_line (reader), error, _("“%s” must be true or false"), key);

  text = reader_scalar (reader);

  for (guint i = 0; i < G_N_ELEMENTS (yes); i++)
    {
      if (g_ascii_strcasecmp (text, yes[i]) == 0 || g_ascii_strcasecmp (text, no[i]) == 0)
        {
          *value = g_ascii_strcasecmp (text, yes[i]) == 0;
          return TRUE;
        }
    }

  return reader_fail (reader, reader_line (reader), error, _("“%s” must be true or false"), key);
}

static gboolean
read_threshold (ConfigReader      *reader,
                PodliftThreshold  *threshold,
                GError           **error)
{
  const char *text = reader->event.type == YAML_SCALAR_EVENT ? reader_scalar (reader) : "";

  /* hadolint's "ignore" fails on any finding that is shown: style. */
  if (g_ascii_strcasecmp (text, "ignore") == 0)
    {
      *threshold = PODLIFT_THRESHOLD_STYLE;
      return TRUE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (threshold_names); i++)
    {
      if (g_ascii_strcasecmp (text, threshold_names[i]) == 0)
        {
          *threshold = (PodliftThreshold)i;
          return TRUE;
        }
    }

  return reader_fail (reader, reader_line (reader), error,
                      _("“failure-threshold” must be error, warning, info, style, ignore or none"));
}

/* override: {error: [DL3001], warning: […], info: […], style: […]} */
static gboolean
read_override (ConfigReader       *reader,
               PodliftLintConfig  *values,
               GError            **error)
{
  if (reader_is_null (reader))
    return TRUE;

  if (reader->event.type != YAML_MAPPING_START_EVENT)
    return reader_fail (reader, reader_line (reader), error, OVERRIDE_SHAPE);

  for (;;)
    {
      g_autofree char *level = NULL;
      PodliftSeverity severity;
      gboolean known;

      if (!reader_next (reader, error))
        return FALSE;
      if (reader->event.type == YAML_MAPPING_END_EVENT)
        return TRUE;
      if (reader->event.type != YAML_SCALAR_EVENT)
        return reader_fail (reader, reader_line (reader), error, OVERRIDE_SHAPE);

      level = g_strdup (reader_scalar (reader));
      known = podlift_severity_from_string (level, &severity) &&
              severity != PODLIFT_SEVERITY_IGNORE;

      if (!reader_next (reader, error))
        return FALSE;

      if (!known)
        {
          /* hadolint reads only the four levels and skips other keys. */
          if (!reader_skip_node (reader, error))
            return FALSE;
          continue;
        }

      if (!read_string_list (reader, level, FALSE, values, add_override,
                             GINT_TO_POINTER (severity), error))
        return FALSE;
    }
}

/* label-schema: {author: text, version: semver, …} */
static gboolean
read_label_schema (ConfigReader       *reader,
                   PodliftLintConfig  *values,
                   GError            **error)
{
  if (reader_is_null (reader))
    return TRUE;

  if (reader->event.type != YAML_MAPPING_START_EVENT)
    return reader_fail (reader, reader_line (reader), error,
                        _("“label-schema” must map label names to types"));

  for (;;)
    {
      g_autofree char *label = NULL;
      const char *type;
      gboolean known = FALSE;

      if (!reader_next (reader, error))
        return FALSE;
      if (reader->event.type == YAML_MAPPING_END_EVENT)
        return TRUE;
      if (reader->event.type != YAML_SCALAR_EVENT)
        return reader_fail (reader, reader_line (reader), error,
                            _("“label-schema” must map label names to types"));

      label = g_strdup (reader_scalar (reader));

      if (!reader_next (reader, error))
        return FALSE;

      type = reader->event.type == YAML_SCALAR_EVENT ? reader_scalar (reader) : "";
      for (guint i = 0; i < G_N_ELEMENTS (label_types); i++)
        known |= strcmp (type, label_types[i]) == 0;

      if (!known)
        return reader_fail (reader, reader_line (reader), error,
                            _("label “%s”: the type must be text, url, semver, hash, "
                              "rfc3339, spdx or email"),
                            label);

      g_hash_table_replace (podlift_lint_config_get_label_schema (values),
                            g_strdup (label), g_strdup (type));
    }
}

static gboolean
read_key (ConfigReader    *reader,
          const char      *key,
          ConfigFileData  *data,
          GError         **error)
{
  PodliftLintConfig *values = data->values;

  if (strcmp (key, "ignored") == 0)
    return read_string_list (reader, key, FALSE, values, add_ignored, NULL, error);
  if (strcmp (key, "trustedRegistries") == 0)
    return read_string_list (reader, key, TRUE, values, add_trusted, NULL, error);
  if (strcmp (key, "override") == 0)
    return read_override (reader, values, error);
  if (strcmp (key, "label-schema") == 0)
    return read_label_schema (reader, values, error);
  if (strcmp (key, "failure-threshold") == 0)
    {
      data->seen_threshold = TRUE;
      return read_threshold (reader, &data->threshold, error);
    }
  if (strcmp (key, "no-fail") == 0)
    {
      data->seen_no_fail = TRUE;
      return read_bool (reader, key, &data->no_fail, error);
    }
  if (strcmp (key, "strict-labels") == 0)
    {
      data->seen_strict_labels = TRUE;
      return read_bool (reader, key, &data->strict_labels, error);
    }
  if (strcmp (key, "disable-ignore-pragma") == 0)
    {
      data->seen_disable_ignore_pragma = TRUE;
      return read_bool (reader, key, &data->disable_ignore_pragma, error);
    }

  /* no-color, format, verbose and keys of later versions: not ours. */
  return reader_skip_node (reader, error);
}

static gboolean
read_document (ConfigReader    *reader,
               ConfigFileData  *data,
               GError         **error)
{
  if (!reader_next (reader, error) || !reader_next (reader, error))
    return FALSE;

  /* An empty file. */
  if (reader->event.type == YAML_STREAM_END_EVENT)
    return TRUE;

  if (!reader_next (reader, error))
    return FALSE;

  if (reader_is_null (reader))
    return TRUE;

  if (reader->event.type != YAML_MAPPING_START_EVENT)
    return reader_fail (reader, reader_line (reader), error,
                        _("the configuration must be a mapping of keys such as "
                          "“ignored” or “override”"));

  for (;;)
    {
      g_autofree char *key = NULL;

      if (!reader_next (reader, error))
        return FALSE;
      if (reader->event.type == YAML_MAPPING_END_EVENT)
        return TRUE;
      if (reader->event.type != YAML_SCALAR_EVENT)
        return reader_fail (reader, reader_line (reader), error, _("a key must be a string"));

      key = g_strdup (reader_scalar (reader));

      if (!reader_next (reader, error) || !read_key (reader, key, data, error))
        return FALSE;
    }
}

static void
apply_file_data (PodliftLintConfig    *self,
                 const ConfigFileData *data)
{
  podlift_lint_config_merge_lists (self, data->values);

  if (data->seen_threshold)
    podlift_lint_config_set_failure_threshold (self, data->threshold);
  if (data->seen_no_fail)
    podlift_lint_config_set_no_fail (self, data->no_fail);
  if (data->seen_strict_labels)
    podlift_lint_config_set_strict_labels (self, data->strict_labels);
  if (data->seen_disable_ignore_pragma)
    podlift_lint_config_set_disable_ignore_pragma (self, data->disable_ignore_pragma);
}

static gboolean
load_data (PodliftLintConfig  *self,
           const char         *contents,
           gsize               length,
           const char         *name,
           GError            **error)
{
  g_auto(ConfigReader) reader = { .name = name };
  g_autoptr(PodliftLintConfig) values = podlift_lint_config_new ();
  ConfigFileData data = { .values = values };

  if (!yaml_parser_initialize (&reader.parser))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, "%s: %s", name, _("out of memory"));
      return FALSE;
    }

  reader.initialized = TRUE;
  yaml_parser_set_input_string (&reader.parser, (const unsigned char *)contents, length);

  if (!read_document (&reader, &data, error))
    return FALSE;

  apply_file_data (self, &data);

  return TRUE;
}

/**
 * podlift_lint_config_load_file:
 *
 * Reads a .hadolint.yaml on top of what @self holds: its lists are
 * added, its other keys replace. Nothing changes when it fails: a
 * G_IO_ERROR of GIO when the file cannot be read, G_IO_ERROR_INVALID_DATA
 * with "FILE:LINE: …" when it is not a hadolint configuration.
 */
gboolean
podlift_lint_config_load_file (PodliftLintConfig  *self,
                               GFile              *file,
                               GError            **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  gsize length = 0;

  g_return_val_if_fail (PODLIFT_IS_LINT_CONFIG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, error))
    return FALSE;

  name = g_file_get_parse_name (file);

  return load_data (self, contents, length, name, error);
}

static GFile *
first_existing (const char         *directory,
                const char * const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = g_build_filename (directory, names[i], NULL);

      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        return g_file_new_for_path (path);
    }

  return NULL;
}

/**
 * podlift_lint_config_find:
 * @directory: (nullable): where to look first (NULL: the current directory)
 *
 * Finds the configuration file the way hadolint does, the first found
 * wins: .hadolint.{yaml,yml} in @directory, $XDG_CONFIG_HOME/hadolint.{yaml,yml},
 * ~/.config/hadolint.{yaml,yml}, ~/.hadolint/{hadolint,config}.{yaml,yml},
 * ~/.hadolint.{yaml,yml}. $HOME and $XDG_CONFIG_HOME are read at each call.
 *
 * Returns: (transfer full) (nullable): the file, or NULL
 */
GFile *
podlift_lint_config_find (GFile *directory)
{
  static const char * const hidden[] = { ".hadolint.yaml", ".hadolint.yml", NULL };
  static const char * const visible[] = { "hadolint.yaml", "hadolint.yml", NULL };
  static const char * const app_dir[] = {
    "hadolint.yaml", "hadolint.yml", "config.yaml", "config.yml", NULL
  };
  g_autofree char *start = NULL;
  g_autofree char *user_config = NULL;
  g_autofree char *app_data = NULL;
  const char *home = g_getenv ("HOME");
  const char *xdg = g_getenv ("XDG_CONFIG_HOME");
  GFile *found = NULL;

  g_return_val_if_fail (directory == NULL || G_IS_FILE (directory), NULL);

  if (home == NULL || *home == '\0')
    home = g_get_home_dir ();

  start = directory != NULL ? g_file_get_path (directory) : g_get_current_dir ();
  user_config = g_build_filename (home, ".config", NULL);
  app_data = g_build_filename (home, ".hadolint", NULL);

  if (start != NULL)
    found = first_existing (start, hidden);
  if (found == NULL && xdg != NULL && g_path_is_absolute (xdg))
    found = first_existing (xdg, visible);
  if (found == NULL)
    found = first_existing (user_config, visible);
  if (found == NULL)
    found = first_existing (app_data, app_dir);
  if (found == NULL)
    found = first_existing (home, hidden);

  return found;
}
