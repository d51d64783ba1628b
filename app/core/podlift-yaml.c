/* podlift-yaml.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-yaml"

#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "podlift-error.h"
#include "podlift-yaml.h"

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (yaml_parser_t, yaml_parser_delete)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (yaml_event_t, yaml_event_delete)

struct _PodliftYamlDocument
{
  grefcount   ref_count;
  JsonNode   *root;
  guint       line;
  GHashTable *node_lines;  /* JsonNode* → line */
  GHashTable *key_lines;   /* JsonObject* → (member → line) */
};

G_DEFINE_BOXED_TYPE (PodliftYamlDocument, podlift_yaml_document,
                     podlift_yaml_document_ref, podlift_yaml_document_unref)

static PodliftYamlDocument *
document_new (guint line)
{
  PodliftYamlDocument *self = g_new0 (PodliftYamlDocument, 1);

  g_ref_count_init (&self->ref_count);
  self->line = line;
  self->node_lines = g_hash_table_new (NULL, NULL);
  self->key_lines = g_hash_table_new_full (NULL, NULL, NULL,
                                           (GDestroyNotify) g_hash_table_unref);
  return self;
}

PodliftYamlDocument *
podlift_yaml_document_ref (PodliftYamlDocument *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_ref_count_inc (&self->ref_count);
  return self;
}

void
podlift_yaml_document_unref (PodliftYamlDocument *self)
{
  g_return_if_fail (self != NULL);

  if (g_ref_count_dec (&self->ref_count))
    {
      g_clear_pointer (&self->root, json_node_unref);
      g_hash_table_unref (self->node_lines);
      g_hash_table_unref (self->key_lines);
      g_free (self);
    }
}

JsonNode *
podlift_yaml_document_get_root (PodliftYamlDocument *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->root;
}

guint
podlift_yaml_document_get_line (PodliftYamlDocument *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->line;
}

guint
podlift_yaml_document_get_node_line (PodliftYamlDocument *self,
                                     JsonNode            *node)
{
  g_return_val_if_fail (self != NULL, 0);

  return GPOINTER_TO_UINT (g_hash_table_lookup (self->node_lines, node));
}

guint
podlift_yaml_document_get_key_line (PodliftYamlDocument *self,
                                    JsonObject          *object,
                                    const char          *member)
{
  GHashTable *keys;

  g_return_val_if_fail (self != NULL, 0);

  keys = g_hash_table_lookup (self->key_lines, object);
  if (keys == NULL)
    return 0;
  return GPOINTER_TO_UINT (g_hash_table_lookup (keys, member));
}

/* Scalars: the YAML 1.2 core schema */

static gboolean
is_null_plain (const char *s)
{
  return s[0] == '\0' || g_str_equal (s, "~") || g_str_equal (s, "null") ||
         g_str_equal (s, "Null") || g_str_equal (s, "NULL");
}

/* YAML 1.1's booleans, as Kubernetes' decoder reads them: "on" and
 * "yes" too. */
static gboolean
parse_bool_plain (const char *s,
                  gboolean   *value)
{
  static const char * const yes[] = {
    "true", "True", "TRUE", "y", "Y", "yes", "Yes", "YES", "on", "On", "ON", NULL
  };
  static const char * const no[] = {
    "false", "False", "FALSE", "n", "N", "no", "No", "NO", "off", "Off", "OFF", NULL
  };

  if (g_strv_contains (yes, s))
    *value = TRUE;
  else if (g_strv_contains (no, s))
    *value = FALSE;
  else
    return FALSE;
  return TRUE;
}

static gboolean
parse_int_plain (const char *s,
                 gint64     *value)
{
  const char *digits = s;
  guint base = 10;
  char *end = NULL;
  guint64 magnitude;
  gboolean negative = FALSE;

  if (g_str_has_prefix (s, "0o"))
    base = 8, digits = s + 2;
  else if (g_str_has_prefix (s, "0x"))
    base = 16, digits = s + 2;
  else if (s[0] == '0' && s[1] != '\0')
    base = 8, digits = s + 1;  /* YAML 1.1: 0644 is octal, as file modes are */
  else if (s[0] == '-' || s[0] == '+')
    negative = s[0] == '-', digits = s + 1;

  if (digits[0] == '\0')
    return FALSE;
  for (const char *c = digits; *c; c++)
    if (!(base == 16 ? g_ascii_isxdigit (*c) : (*c >= '0' && *c <= (base == 8 ? '7' : '9'))))
      return FALSE;

  errno = 0;
  magnitude = g_ascii_strtoull (digits, &end, base);
  if (errno != 0 || *end != '\0' || magnitude > (guint64) G_MAXINT64)
    return FALSE;
  *value = negative ? -(gint64) magnitude : (gint64) magnitude;
  return TRUE;
}

static gboolean
parse_float_plain (const char *s,
                   double     *value)
{
  static GRegex *re;
  char *end = NULL;

  if (g_str_equal (s, ".inf") || g_str_equal (s, ".Inf") || g_str_equal (s, ".INF") ||
      g_str_equal (s, "+.inf") || g_str_equal (s, "-.inf") || g_str_equal (s, ".nan") ||
      g_str_equal (s, ".NaN") || g_str_equal (s, ".NAN"))
    {
      *value = s[0] == '-' ? -INFINITY : s[1] == 'n' || s[1] == 'N' ? NAN : INFINITY;
      return TRUE;
    }

  if (g_once_init_enter (&re))
    g_once_init_leave (&re, g_regex_new ("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$",
                                         G_REGEX_OPTIMIZE, 0, NULL));
  if (!g_regex_match (re, s, 0, NULL))
    return FALSE;
  *value = g_ascii_strtod (s, &end);
  return end != NULL && *end == '\0';
}

/* What a plain scalar means: a string only when it is none of the others. */
static JsonNode *
scalar_node (const yaml_event_t *ev)
{
  const char *s = (const char *) ev->data.scalar.value;
  const char *tag = (const char *) ev->data.scalar.tag;
  JsonNode *node = json_node_alloc ();
  gboolean b;
  gint64 i;
  double d;

  if (tag != NULL && g_str_equal (tag, YAML_STR_TAG))
    return json_node_init_string (node, s);
  if (!ev->data.scalar.plain_implicit && tag == NULL)
    return json_node_init_string (node, s);

  if (is_null_plain (s))
    return json_node_init_null (node);
  if (parse_bool_plain (s, &b))
    return json_node_init_boolean (node, b);
  if (parse_int_plain (s, &i))
    return json_node_init_int (node, i);
  if (parse_float_plain (s, &d))
    return json_node_init_double (node, d);
  return json_node_init_string (node, s);
}

/* Reading */

typedef struct
{
  JsonNode *node;
  char     *key;       /* a mapping's pending key */
  guint     key_line;
} Frame;

typedef struct
{
  const char          *name;
  PodliftYamlDocument *doc;
  GArray              *stack;    /* Frame */
  GHashTable          *anchors;  /* name → JsonNode* (owned) */
  GError             **error;
} Reader;

static void
frame_clear (Frame *f)
{
  g_clear_pointer (&f->key, g_free);
}

static void
set_line (Reader   *r,
          JsonNode *node,
          guint     line)
{
  g_hash_table_insert (r->doc->node_lines, node, GUINT_TO_POINTER (line));
}

static gboolean
fail (Reader     *r,
      guint       line,
      const char *format,
      ...) G_GNUC_PRINTF (3, 4);

static gboolean
fail (Reader     *r,
      guint       line,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (r->error, PODLIFT_ERROR, PODLIFT_ERROR_PARSE,
               "%s:%u: %s", r->name, line, message);
  return FALSE;
}

/* Puts @node (owned) where the open collection wants it. */
static gboolean
add_node (Reader   *r,
          JsonNode *node,
          guint     line,
          gboolean  is_key_candidate)
{
  Frame *top;

  if (r->stack->len == 0)
    {
      r->doc->root = node;
      return TRUE;
    }

  top = &g_array_index (r->stack, Frame, r->stack->len - 1);

  if (JSON_NODE_HOLDS_ARRAY (top->node))
    {
      json_array_add_element (json_node_get_array (top->node), node);
      return TRUE;
    }

  if (top->key == NULL)
    {
      /* A key: only scalars make sense as keys of a Kubernetes object. */
      if (!is_key_candidate)
        {
          json_node_unref (node);
          return fail (r, line, "a mapping key must be a plain value");
        }
      if (JSON_NODE_HOLDS_NULL (node))
        top->key = g_strdup ("");
      else if (json_node_get_value_type (node) == G_TYPE_STRING)
        top->key = g_strdup (json_node_get_string (node));
      else if (json_node_get_value_type (node) == G_TYPE_INT64)
        top->key = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
      else if (json_node_get_value_type (node) == G_TYPE_BOOLEAN)
        top->key = g_strdup (json_node_get_boolean (node) ? "true" : "false");
      else
        {
          g_autofree char *text = g_strdup_printf ("%g", json_node_get_double (node));
          top->key = g_steal_pointer (&text);
        }
      top->key_line = line;
      json_node_unref (node);
      return TRUE;
    }
  else
    {
      JsonObject *object = json_node_get_object (top->node);
      GHashTable *keys;
      g_autofree char *key = g_steal_pointer (&top->key);

      if (json_object_has_member (object, key))
        {
          json_node_unref (node);
          return fail (r, top->key_line, "the key \"%s\" appears twice in the same mapping", key);
        }
      keys = g_hash_table_lookup (r->doc->key_lines, object);
      if (keys == NULL)
        {
          keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
          g_hash_table_insert (r->doc->key_lines, object, keys);
        }
      g_hash_table_insert (keys, g_strdup (key), GUINT_TO_POINTER (top->key_line));
      json_object_set_member (object, key, node);
      return TRUE;
    }
}

static void
remember_anchor (Reader        *r,
                 const guchar  *anchor,
                 JsonNode      *node)
{
  if (anchor != NULL)
    g_hash_table_insert (r->anchors, g_strdup ((const char *) anchor), json_node_ref (node));
}

static gboolean
read_event (Reader       *r,
            yaml_event_t *ev)
{
  guint line = ev->start_mark.line + 1;
  JsonNode *node;
  Frame frame = { 0 };

  switch (ev->type)
    {
    case YAML_SCALAR_EVENT:
      node = scalar_node (ev);
      set_line (r, node, line);
      remember_anchor (r, ev->data.scalar.anchor, node);
      return add_node (r, node, line, TRUE);

    case YAML_ALIAS_EVENT:
      {
        JsonNode *target = g_hash_table_lookup (r->anchors, ev->data.alias.anchor);

        if (target == NULL)
          return fail (r, line, "the alias \"*%s\" names no anchor", ev->data.alias.anchor);
        /* json-glib shares the aliased object or array, and with it
         * the lines recorded for its members */
        node = json_node_copy (target);
        set_line (r, node, podlift_yaml_document_get_node_line (r->doc, target));
        return add_node (r, node, line, JSON_NODE_HOLDS_VALUE (node) || JSON_NODE_HOLDS_NULL (node));
      }

    case YAML_MAPPING_START_EVENT:
    case YAML_SEQUENCE_START_EVENT:
      if (ev->type == YAML_MAPPING_START_EVENT)
        node = json_node_init_object (json_node_alloc (), json_object_new ());
      else
        node = json_node_init_array (json_node_alloc (), json_array_new ());
      /* json_node_init_* takes its own reference of the new container */
      if (JSON_NODE_HOLDS_OBJECT (node))
        json_object_unref (json_node_get_object (node));
      else
        json_array_unref (json_node_get_array (node));
      set_line (r, node, line);
      remember_anchor (r, ev->type == YAML_MAPPING_START_EVENT ? ev->data.mapping_start.anchor
                                                               : ev->data.sequence_start.anchor,
                       node);
      if (!add_node (r, json_node_ref (node), line, FALSE))
        {
          json_node_unref (node);
          return FALSE;
        }
      frame.node = node;  /* the stack's reference */
      g_array_append_val (r->stack, frame);
      return TRUE;

    case YAML_MAPPING_END_EVENT:
    case YAML_SEQUENCE_END_EVENT:
      {
        Frame *top = &g_array_index (r->stack, Frame, r->stack->len - 1);

        json_node_unref (top->node);
        g_array_set_size (r->stack, r->stack->len - 1);
        return TRUE;
      }

    case YAML_NO_EVENT:
    case YAML_STREAM_START_EVENT:
    case YAML_STREAM_END_EVENT:
    case YAML_DOCUMENT_START_EVENT:
    case YAML_DOCUMENT_END_EVENT:
    default:
      return TRUE;
    }
}

static void
reader_clear (Reader *r)
{
  for (guint k = 0; k < r->stack->len; k++)
    {
      Frame *f = &g_array_index (r->stack, Frame, k);
      json_node_unref (f->node);
      frame_clear (f);
    }
  g_array_set_size (r->stack, 0);
  g_hash_table_remove_all (r->anchors);
}

/**
 * podlift_yaml_parse:
 *
 * Returns: (transfer full) (element-type PodliftYamlDocument): the documents
 */
GPtrArray *
podlift_yaml_parse (const char  *text,
                    gssize       length,
                    const char  *name,
                    GError     **error)
{
  g_auto(yaml_parser_t) parser = { 0 };
  g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func ((GDestroyNotify) podlift_yaml_document_unref);
  g_autoptr(GArray) stack = g_array_new (FALSE, TRUE, sizeof (Frame));
  g_autoptr(GHashTable) anchors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                         (GDestroyNotify) json_node_unref);
  Reader r = { .name = name ? name : "-", .stack = stack, .anchors = anchors, .error = error };
  gsize len;

  g_return_val_if_fail (text != NULL, NULL);

  len = length < 0 ? strlen (text) : (gsize) length;
  /* (parser is zeroed: deleting it before it is initialized is safe) */
  if (!g_utf8_validate (text, len, NULL) || memchr (text, '\0', len) != NULL)
    {
      g_set_error (error, PODLIFT_ERROR, PODLIFT_ERROR_PARSE,
                   "%s:1: the file is not text", r.name);
      return NULL;
    }

  if (!yaml_parser_initialize (&parser))
    g_error ("Could not read YAML: out of memory");
  yaml_parser_set_input_string (&parser, (const unsigned char *) text, len);

  for (;;)
    {
      g_auto(yaml_event_t) ev = { 0 };
      gboolean done;

      if (!yaml_parser_parse (&parser, &ev))
        {
          guint line = (guint) (parser.problem_mark.line + 1);

          if (parser.problem_mark.line == 0 && parser.context_mark.line > 0)
            line = (guint) parser.context_mark.line + 1;
          reader_clear (&r);
          g_set_error (error, PODLIFT_ERROR, PODLIFT_ERROR_PARSE, "%s:%u: %s%s%s",
                       r.name, line,
                       parser.problem ? parser.problem : "malformed YAML",
                       parser.context ? " " : "",
                       parser.context ? parser.context : "");
          return NULL;
        }

      if (ev.type == YAML_DOCUMENT_START_EVENT)
        {
          r.doc = document_new ((guint) ev.start_mark.line + 1);
          g_ptr_array_add (docs, r.doc);
          g_hash_table_remove_all (anchors);
        }

      if (!read_event (&r, &ev))
        {
          reader_clear (&r);
          return NULL;
        }

      done = ev.type == YAML_STREAM_END_EVENT;
      if (done)
        break;
    }

  /* A document's line is that of its first node when it has one. */
  for (guint k = 0; k < docs->len; k++)
    {
      PodliftYamlDocument *doc = g_ptr_array_index (docs, k);
      if (doc->root != NULL)
        doc->line = podlift_yaml_document_get_node_line (doc, doc->root);
    }

  return g_steal_pointer (&docs);
}

/* Writing */

typedef struct
{
  yaml_emitter_t emitter;
  GString       *out;
  gboolean       failed;
} Writer;

static int
write_to_string (void          *data,
                 unsigned char *buffer,
                 size_t         size)
{
  g_string_append_len (data, (const char *) buffer, size);
  return 1;
}

static void
emit (Writer       *w,
      yaml_event_t *ev)
{
  if (w->failed)
    {
      yaml_event_delete (ev);
      return;
    }
  if (!yaml_emitter_emit (&w->emitter, ev))
    {
      g_critical ("Could not write YAML: %s", w->emitter.problem ? w->emitter.problem : "?");
      w->failed = TRUE;
    }
}

/* Would this string read back as itself from a plain scalar? */
static gboolean
plain_is_string (const char *s)
{
  gboolean b;
  gint64 i;
  double d;

  return !is_null_plain (s) && !parse_bool_plain (s, &b) && !parse_int_plain (s, &i) &&
         !parse_float_plain (s, &d);
}

static void
emit_scalar (Writer           *w,
             const char       *value,
             yaml_scalar_style_t style)
{
  yaml_event_t ev;

  yaml_scalar_event_initialize (&ev, NULL, NULL, (yaml_char_t *) value, (int) strlen (value),
                                style == YAML_PLAIN_SCALAR_STYLE || style == YAML_ANY_SCALAR_STYLE,
                                style != YAML_PLAIN_SCALAR_STYLE, style);
  emit (w, &ev);
}

static void
emit_string (Writer     *w,
             const char *value)
{
  yaml_scalar_style_t style = YAML_ANY_SCALAR_STYLE;

  if (strchr (value, '\n') != NULL)
    {
      /* A literal block keeps lines as they are, but cannot carry
       * trailing spaces on a line or a tab reliably. */
      style = YAML_LITERAL_SCALAR_STYLE;
      if (strstr (value, " \n") != NULL || strchr (value, '\t') != NULL || g_str_has_suffix (value, " "))
        style = YAML_DOUBLE_QUOTED_SCALAR_STYLE;
    }
  else if (!plain_is_string (value))
    style = YAML_SINGLE_QUOTED_SCALAR_STYLE;

  emit_scalar (w, value, style);
}

static void
emit_node (Writer   *w,
           JsonNode *node)
{
  yaml_event_t ev;

  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObjectIter iter;
        const char *member;
        JsonNode *child;

        yaml_mapping_start_event_initialize (&ev, NULL, NULL, 1, YAML_BLOCK_MAPPING_STYLE);
        if (json_object_get_size (json_node_get_object (node)) == 0)
          ev.data.mapping_start.style = YAML_FLOW_MAPPING_STYLE;
        emit (w, &ev);
        json_object_iter_init_ordered (&iter, json_node_get_object (node));
        while (json_object_iter_next_ordered (&iter, &member, &child))
          {
            emit_string (w, member);
            emit_node (w, child);
          }
        yaml_mapping_end_event_initialize (&ev);
        emit (w, &ev);
      }
      break;

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);

        yaml_sequence_start_event_initialize (&ev, NULL, NULL, 1,
                                              json_array_get_length (array) == 0
                                                ? YAML_FLOW_SEQUENCE_STYLE
                                                : YAML_BLOCK_SEQUENCE_STYLE);
        emit (w, &ev);
        for (guint k = 0; k < json_array_get_length (array); k++)
          emit_node (w, json_array_get_element (array, k));
        yaml_sequence_end_event_initialize (&ev);
        emit (w, &ev);
      }
      break;

    case JSON_NODE_NULL:
      emit_scalar (w, "null", YAML_PLAIN_SCALAR_STYLE);
      break;

    case JSON_NODE_VALUE:
    default:
      {
        GType type = json_node_get_value_type (node);
        char buf[G_ASCII_DTOSTR_BUF_SIZE];

        if (type == G_TYPE_STRING)
          emit_string (w, json_node_get_string (node));
        else if (type == G_TYPE_BOOLEAN)
          emit_scalar (w, json_node_get_boolean (node) ? "true" : "false", YAML_PLAIN_SCALAR_STYLE);
        else if (type == G_TYPE_INT64)
          {
            g_snprintf (buf, sizeof buf, "%" G_GINT64_FORMAT, json_node_get_int (node));
            emit_scalar (w, buf, YAML_PLAIN_SCALAR_STYLE);
          }
        else
          emit_scalar (w, g_ascii_dtostr (buf, sizeof buf, json_node_get_double (node)),
                       YAML_PLAIN_SCALAR_STYLE);
      }
      break;
    }
}

/**
 * podlift_yaml_emit:
 * @nodes: (element-type JsonNode): the documents
 *
 * Returns: (transfer full): the YAML text
 */
char *
podlift_yaml_emit (GPtrArray *nodes)
{
  Writer w = { 0 };
  yaml_event_t ev;

  g_return_val_if_fail (nodes != NULL, NULL);

  if (!yaml_emitter_initialize (&w.emitter))
    g_error ("Could not write YAML: out of memory");

  w.out = g_string_new (NULL);
  yaml_emitter_set_output (&w.emitter, write_to_string, w.out);
  yaml_emitter_set_encoding (&w.emitter, YAML_UTF8_ENCODING);
  yaml_emitter_set_unicode (&w.emitter, TRUE);
  yaml_emitter_set_indent (&w.emitter, 2);
  yaml_emitter_set_width (&w.emitter, 80);

  yaml_stream_start_event_initialize (&ev, YAML_UTF8_ENCODING);
  emit (&w, &ev);
  for (guint k = 0; k < nodes->len; k++)
    {
      /* "---" before every document: yamllint wants the start marker */
      yaml_document_start_event_initialize (&ev, NULL, NULL, NULL, 0);
      emit (&w, &ev);
      emit_node (&w, g_ptr_array_index (nodes, k));
      yaml_document_end_event_initialize (&ev, 1);
      emit (&w, &ev);
    }
  yaml_stream_end_event_initialize (&ev);
  emit (&w, &ev);
  yaml_emitter_delete (&w.emitter);

  return g_string_free (w.out, FALSE);
}

char *
podlift_yaml_emit_node (JsonNode *node)
{
  g_autoptr(GPtrArray) nodes = g_ptr_array_new ();

  g_return_val_if_fail (node != NULL, NULL);

  g_ptr_array_add (nodes, node);
  return podlift_yaml_emit (nodes);
}
