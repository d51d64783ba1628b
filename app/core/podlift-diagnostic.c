/* podlift-diagnostic.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-diagnostic"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "podlift-diagnostic.h"
#include "podlift-diagnostic-private.h"
#include "podlift-enum-types.h"

/* One finding. Everything but the severity and the file is set once by
 * the linter; the properties are read-only so that a list view can bind
 * to them.
 *
 * The linter makes thousands on every keystroke, so a finding borrows
 * what it can: the code, the rule's message and the explanation are
 * static strings of the rule tables (the explanation a msgid, translated
 * when read), and the file is a GRefString shared by the findings of a
 * lint. The *_owned bits say which strings are copies of its own. */
struct _PodliftDiagnostic
{
  GObject parent_instance;

  const char *code;
  const char *message;
  char *file;                           /* GRefString */
  const char *explanation;
  char *fix_text;
  char *fix_title;
  char *object;                         /* "Kind/name", manifests only */
  char **refs;                          /* other tools' names, manifests only */
  PodliftSeverity severity;
  guint line;
  guint column;
  PodliftRange range;
  PodliftRange fix_range;
  guint has_fix : 1;
  guint code_owned : 1;
  guint message_owned : 1;
  guint explanation_owned : 1;
  guint explanation_msgid : 1;          /* translate when read */
  guint fix_title_msgid : 1;
};

G_DEFINE_FINAL_TYPE (PodliftDiagnostic, podlift_diagnostic, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CODE,
  PROP_SEVERITY,
  PROP_MESSAGE,
  PROP_FILE,
  PROP_LINE,
  PROP_COLUMN,
  PROP_EXPLANATION,
  PROP_HAS_FIX,
  PROP_OBJECT,
  PROP_REFS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static const char * const severity_names[] = {
  [PODLIFT_SEVERITY_ERROR] = "error",
  [PODLIFT_SEVERITY_WARNING] = "warning",
  [PODLIFT_SEVERITY_INFO] = "info",
  [PODLIFT_SEVERITY_STYLE] = "style",
  [PODLIFT_SEVERITY_IGNORE] = "ignore",
};

static void
podlift_diagnostic_finalize (GObject *object)
{
  PodliftDiagnostic *self = (PodliftDiagnostic *)object;

  if (self->code_owned)
    g_free ((char *)self->code);
  if (self->message_owned)
    g_free ((char *)self->message);
  if (self->explanation_owned)
    g_free ((char *)self->explanation);
  g_clear_pointer (&self->file, g_ref_string_release);
  g_clear_pointer (&self->fix_text, g_free);
  g_clear_pointer (&self->fix_title, g_free);
  g_clear_pointer (&self->object, g_free);
  g_clear_pointer (&self->refs, g_strfreev);

  /* Not G_OBJECT_CLASS (): it checks the cast, and the linter frees
   * thousands of findings a keystroke. */
  ((GObjectClass *) podlift_diagnostic_parent_class)->finalize (object);
}

static void
podlift_diagnostic_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PodliftDiagnostic *self = PODLIFT_DIAGNOSTIC (object);

  switch (prop_id)
    {
    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;

    case PROP_SEVERITY:
      g_value_set_enum (value, self->severity);
      break;

    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;

    case PROP_FILE:
      g_value_set_string (value, self->file);
      break;

    case PROP_LINE:
      g_value_set_uint (value, self->line);
      break;

    case PROP_COLUMN:
      g_value_set_uint (value, self->column);
      break;

    case PROP_EXPLANATION:
      g_value_set_string (value, podlift_diagnostic_get_explanation (self));
      break;

    case PROP_HAS_FIX:
      g_value_set_boolean (value, self->has_fix);
      break;

    case PROP_OBJECT:
      g_value_set_string (value, self->object);
      break;

    case PROP_REFS:
      g_value_set_boxed (value, self->refs);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
podlift_diagnostic_class_init (PodliftDiagnosticClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = podlift_diagnostic_finalize;
  object_class->get_property = podlift_diagnostic_get_property;

  properties [PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, NULL, flags);

  properties [PROP_SEVERITY] =
    g_param_spec_enum ("severity", NULL, NULL,
                       PODLIFT_TYPE_SEVERITY,
                       PODLIFT_SEVERITY_WARNING,
                       flags);

  properties [PROP_MESSAGE] =
    g_param_spec_string ("message", NULL, NULL, NULL, flags);

  properties [PROP_FILE] =
    g_param_spec_string ("file", NULL, NULL, NULL, flags);

  properties [PROP_LINE] =
    g_param_spec_uint ("line", NULL, NULL, 0, G_MAXUINT, 0, flags);

  properties [PROP_COLUMN] =
    g_param_spec_uint ("column", NULL, NULL, 0, G_MAXUINT, 0, flags);

  properties [PROP_EXPLANATION] =
    g_param_spec_string ("explanation", NULL, NULL, NULL, flags);

  properties [PROP_HAS_FIX] =
    g_param_spec_boolean ("has-fix", NULL, NULL, FALSE, flags);

  properties [PROP_OBJECT] =
    g_param_spec_string ("object", NULL, NULL, NULL, flags);

  properties [PROP_REFS] =
    g_param_spec_boxed ("refs", NULL, NULL, G_TYPE_STRV, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
podlift_diagnostic_init (PodliftDiagnostic *self)
{
  self->severity = PODLIFT_SEVERITY_WARNING;
}

/* The range defaults to the empty place at @line:@column. */
PodliftDiagnostic *
podlift_diagnostic_new (const char      *code,
                        PodliftSeverity  severity,
                        const char      *message,
                        guint            line,
                        guint            column)
{
  PodliftDiagnostic *self;

  g_return_val_if_fail (code != NULL, NULL);
  g_return_val_if_fail (severity <= PODLIFT_SEVERITY_IGNORE, NULL);

  self = g_object_new (PODLIFT_TYPE_DIAGNOSTIC, NULL);
  self->code = g_strdup (code);
  self->code_owned = TRUE;
  self->severity = severity;
  self->message = g_strdup (message);
  self->message_owned = TRUE;
  self->line = line;
  self->column = column;
  self->range.start.line = self->range.end.line = line;
  self->range.start.column = self->range.end.column = column;

  return self;
}

PodliftDiagnostic *
podlift_diagnostic_new_full (const char         *code,
                             PodliftSeverity     severity,
                             const char         *message,
                             guint               line,
                             guint               column,
                             const PodliftRange *range,
                             const char         *file,
                             const char         *explanation)
{
  PodliftDiagnostic *self = podlift_diagnostic_new (code, severity, message, line, column);

  g_return_val_if_fail (self != NULL, NULL);

  if (range != NULL)
    self->range = *range;
  self->file = file != NULL ? g_ref_string_new (file) : NULL;
  self->explanation = g_strdup (explanation);
  self->explanation_owned = TRUE;

  return self;
}

PodliftDiagnostic *
podlift_diagnostic_new_borrowed (const char         *code,
                                 PodliftSeverity     severity,
                                 const char         *message,
                                 gboolean            copy_message,
                                 guint               line,
                                 guint               column,
                                 const PodliftRange *range,
                                 char               *file,
                                 const char         *explanation)
{
  PodliftDiagnostic *self;

  self = (PodliftDiagnostic *) g_object_new_with_properties (PODLIFT_TYPE_DIAGNOSTIC, 0, NULL, NULL);
  self->code = code;
  self->severity = severity;
  self->message = copy_message ? g_strdup (message) : message;
  self->message_owned = copy_message;
  self->line = line;
  self->column = column;
  self->range = *range;
  self->file = file != NULL ? g_ref_string_acquire (file) : NULL;
  self->explanation = explanation;
  self->explanation_msgid = explanation != NULL;

  return self;
}

void
podlift_diagnostic_init_fix (PodliftDiagnostic  *self,
                             const PodliftRange *range,
                             const char         *text,
                             const char         *title)
{
  self->fix_range = *range;
  self->fix_text = g_strdup (text != NULL ? text : "");
  self->fix_title = g_strdup (title);
  self->fix_title_msgid = TRUE;
  self->has_fix = TRUE;
}

const char *
podlift_diagnostic_get_code (PodliftDiagnostic *self)
{
  g_return_val_if_fail (PODLIFT_IS_DIAGNOSTIC (self), NULL);

  return self->code;
}

PodliftSeverity
podlift_diagnostic_get_severity (PodliftDiagnostic *self)
{
  g_return_val_if_fail (PODLIFT_IS_DIAGNOSTIC (self), PODLIFT_SEVERITY_IGNORE);

  return self->severity;
}

void
podlift_diagnostic_set_severity (PodliftDiagnostic *self,
                                 PodliftSeverity    severity)
{
  g_return_if_fail (PODLIFT_IS_DIAGNOSTIC (self));
  g_return_if_fail (severity <= PODLIFT_SEVERITY_IGNORE);

  if (self->severity == severity)
    return;

  self->severity = severity;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SEVERITY]);
}

const char *
podlift_diagnostic_get_message (PodliftDiagnostic *self)
{
  g_return_val_if_fail (PODLIFT_IS_DIAGNOSTIC (self), NULL);

  return self->message;
}

guint
podlift_diagnostic_get_line (PodliftDiagnostic *self)
{
  g_return_val_if_fail (PODLIFT_IS_DIAGNOSTIC (self), 0);

  return self->line;
}

guint
podlift_diagnostic_get_column (PodliftDiagnostic *self)
{
  g_return_val_if_fail (PODLIFT_IS_DIAGNOSTIC (self), 0);

  return self->column;
}

const char *
podlift_diagnostic_get_file (PodliftDiagnostic *self)
{
  g_return_val_if_fail (PODLIFT_IS_DIAGNOSTIC (self), NULL);

  return self->file;
}

void
podlift_diagnostic_set_file (PodliftDiagnostic *self,
                             const char        *file)
{
  g_return_if_fail (PODLIFT_IS_DIAGNOSTIC (self));

  if (file != NULL && file[0] == '\0')
    file = NULL;
  if (g_strcmp0 (self->file, file) == 0)
    return;

  g_clear_pointer (&self->file, g_ref_string_release);
  self->file = file != NULL ? g_ref_string_new (file) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FILE]);
}

const PodliftRange *
podlift_diagnostic_get_range (PodliftDiagnostic *self)
{
  g_return_val_if_fail (PODLIFT_IS_DIAGNOSTIC (self), NULL);

  return &self->range;
}

void
podlift_diagnostic_set_range (PodliftDiagnostic  *self,
                              const PodliftRange *range)
{
  g_return_if_fail (PODLIFT_IS_DIAGNOSTIC (self));
  g_return_if_fail (range != NULL);

  self->range = *range;
}

const char *
podlift_diagnostic_get_explanation (PodliftDiagnostic *self)
{
  g_return_val_if_fail (PODLIFT_IS_DIAGNOSTIC (self), NULL);

  if (self->explanation_msgid)
    return g_dgettext (GETTEXT_PACKAGE, self->explanation);

  return self->explanation;
}

void
podlift_diagnostic_set_explanation (PodliftDiagnostic *self,
                                    const char        *explanation)
{
  g_return_if_fail (PODLIFT_IS_DIAGNOSTIC (self));

  if (explanation != NULL && explanation[0] == '\0')
    explanation = NULL;
  if (g_strcmp0 (podlift_diagnostic_get_explanation (self), explanation) == 0)
    return;

  if (self->explanation_owned)
    g_free ((char *)self->explanation);
  self->explanation = g_strdup (explanation);
  self->explanation_owned = TRUE;
  self->explanation_msgid = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_EXPLANATION]);
}

gboolean
podlift_diagnostic_has_fix (PodliftDiagnostic *self)
{
  g_return_val_if_fail (PODLIFT_IS_DIAGNOSTIC (self), FALSE);

  return self->has_fix;
}

const PodliftRange *
podlift_diagnostic_get_fix_range (PodliftDiagnostic *self)
{
  g_return_val_if_fail (PODLIFT_IS_DIAGNOSTIC (self), NULL);

  return self->has_fix ? &self->fix_range : NULL;
}

const char *
podlift_diagnostic_get_fix_text (PodliftDiagnostic *self)
{
  g_return_val_if_fail (PODLIFT_IS_DIAGNOSTIC (self), NULL);

  return self->fix_text;
}

const char *
podlift_diagnostic_get_fix_title (PodliftDiagnostic *self)
{
  g_return_val_if_fail (PODLIFT_IS_DIAGNOSTIC (self), NULL);

  if (self->fix_title_msgid && self->fix_title != NULL)
    return g_dgettext (GETTEXT_PACKAGE, self->fix_title);

  return self->fix_title;
}

/* A fix replaces @range with @text ("" deletes); @range NULL removes the
 * fix. */
void
podlift_diagnostic_set_fix (PodliftDiagnostic  *self,
                            const PodliftRange *range,
                            const char         *text,
                            const char         *title)
{
  gboolean had_fix;

  g_return_if_fail (PODLIFT_IS_DIAGNOSTIC (self));

  had_fix = self->has_fix;

  g_clear_pointer (&self->fix_text, g_free);
  g_clear_pointer (&self->fix_title, g_free);
  self->fix_title_msgid = FALSE;

  if (range != NULL)
    {
      self->fix_range = *range;
      self->fix_text = g_strdup (text != NULL ? text : "");
      self->fix_title = g_strdup (title);
      self->has_fix = TRUE;
    }
  else
    {
      memset (&self->fix_range, 0, sizeof self->fix_range);
      self->has_fix = FALSE;
    }

  if (had_fix != self->has_fix)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_HAS_FIX]);
}

/* The Kubernetes object a manifest finding is about, "Deployment/shopfront";
 * NULL for a Dockerfile finding or one about no object (malformed YAML). */
const char *
podlift_diagnostic_get_object (PodliftDiagnostic *self)
{
  g_return_val_if_fail (PODLIFT_IS_DIAGNOSTIC (self), NULL);

  return self->object;
}

void
podlift_diagnostic_set_object (PodliftDiagnostic *self,
                               const char        *object)
{
  g_return_if_fail (PODLIFT_IS_DIAGNOSTIC (self));

  if (object != NULL && object[0] == '\0')
    object = NULL;
  if (g_strcmp0 (self->object, object) == 0)
    return;

  g_free (self->object);
  self->object = g_strdup (object);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_OBJECT]);
}

/* The names of the same check in other tools, "kube-linter:latest-tag",
 * "polaris:tagNotSpecified"; NULL when there are none. */
const char * const *
podlift_diagnostic_get_refs (PodliftDiagnostic *self)
{
  g_return_val_if_fail (PODLIFT_IS_DIAGNOSTIC (self), NULL);

  return (const char * const *) self->refs;
}

/* @refs NULL or empty: none. */
void
podlift_diagnostic_set_refs (PodliftDiagnostic  *self,
                             const char * const *refs)
{
  g_return_if_fail (PODLIFT_IS_DIAGNOSTIC (self));

  if (refs != NULL && refs[0] == NULL)
    refs = NULL;
  if (self->refs == NULL && refs == NULL)
    return;
  if (self->refs != NULL && refs != NULL &&
      g_strv_equal ((const char * const *) self->refs, refs))
    return;

  g_strfreev (self->refs);
  self->refs = g_strdupv ((char **) refs);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_REFS]);
}

/* hadolint's word for a level: "error", "warning", "info", "style",
 * "ignore". */
const char *
podlift_severity_to_string (PodliftSeverity severity)
{
  g_return_val_if_fail (severity <= PODLIFT_SEVERITY_IGNORE, NULL);

  return severity_names[severity];
}

/* Reads hadolint's word for a level, in any case. */
gboolean
podlift_severity_from_string (const char      *text,
                              PodliftSeverity *severity)
{
  g_return_val_if_fail (severity != NULL, FALSE);

  if (text == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (severity_names); i++)
    {
      if (g_ascii_strcasecmp (text, severity_names[i]) == 0)
        {
          *severity = (PodliftSeverity)i;
          return TRUE;
        }
    }

  return FALSE;
}
