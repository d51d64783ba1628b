/* podlift-import-compose.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-import-compose"

#include "config.h"

#include <string.h>
#include <yaml.h>

#include "podlift-error.h"
#include "podlift-scan-private.h"

/* A docker-compose file. libyaml's events build a small tree of nodes
 * with their lines (aliases resolved); a malformed file still gives the
 * tree read before the error. The main service (built from ".", else
 * the first one that is not a database or other well-known service)
 * gives the answers; database services give the engine. */

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (yaml_parser_t, yaml_parser_delete)

typedef enum { COMPOSE_SCALAR, COMPOSE_MAPPING, COMPOSE_SEQUENCE } ComposeKind;

typedef struct _ComposeNode ComposeNode;

struct _ComposeNode
{
  ComposeKind  kind;
  char        *value;  /* scalars */
  guint        line;
  GPtrArray   *items;  /* ComposeNode*: key, value, key, value… or the items */
};

typedef struct
{
  GPtrArray   *nodes;    /* owns every node */
  GHashTable  *anchors;  /* name → ComposeNode* */
  ComposeNode *root;
} ComposeTree;

static ComposeNode *
node_new (ComposeTree *tree,
          ComposeKind  kind,
          const char  *value,
          guint        line)
{
  ComposeNode *n = g_new0 (ComposeNode, 1);

  n->kind = kind;
  n->value = g_strdup (value);
  n->line = line;
  if (kind != COMPOSE_SCALAR)
    n->items = g_ptr_array_new ();
  g_ptr_array_add (tree->nodes, n);
  return n;
}

static void
node_free (ComposeNode *n)
{
  g_free (n->value);
  g_clear_pointer (&n->items, g_ptr_array_unref);
  g_free (n);
}

static void
tree_add (ComposeTree *tree,
          GPtrArray   *stack,
          ComposeNode *n,
          const char  *anchor)
{
  if (anchor != NULL)
    g_hash_table_insert (tree->anchors, g_strdup (anchor), n);

  if (stack->len > 0)
    {
      ComposeNode *parent = g_ptr_array_index (stack, stack->len - 1);
      g_ptr_array_add (parent->items, n);
    }
  else if (tree->root == NULL)
    tree->root = n;
}

static void
tree_event (ComposeTree *tree,
            GPtrArray   *stack,
            yaml_event_t *ev)
{
  guint line = ev->start_mark.line + 1;
  ComposeNode *n;

  switch (ev->type)
    {
    case YAML_SCALAR_EVENT:
      n = node_new (tree, COMPOSE_SCALAR, (const char *) ev->data.scalar.value, line);
      tree_add (tree, stack, n, (const char *) ev->data.scalar.anchor);
      break;
    case YAML_MAPPING_START_EVENT:
      n = node_new (tree, COMPOSE_MAPPING, NULL, line);
      tree_add (tree, stack, n, (const char *) ev->data.mapping_start.anchor);
      g_ptr_array_add (stack, n);
      break;
    case YAML_SEQUENCE_START_EVENT:
      n = node_new (tree, COMPOSE_SEQUENCE, NULL, line);
      tree_add (tree, stack, n, (const char *) ev->data.sequence_start.anchor);
      g_ptr_array_add (stack, n);
      break;
    case YAML_MAPPING_END_EVENT:
    case YAML_SEQUENCE_END_EVENT:
      g_ptr_array_set_size (stack, stack->len - 1);
      break;
    case YAML_ALIAS_EVENT:
      n = g_hash_table_lookup (tree->anchors, ev->data.alias.anchor);
      /* An alias to an open ancestor would make a cycle. */
      if (n != NULL && !g_ptr_array_find (stack, n, NULL))
        tree_add (tree, stack, n, NULL);
      else
        tree_add (tree, stack, node_new (tree, COMPOSE_SCALAR, "", line), NULL);
      break;
    case YAML_NO_EVENT:
    case YAML_STREAM_START_EVENT:
    case YAML_STREAM_END_EVENT:
    case YAML_DOCUMENT_START_EVENT:
    case YAML_DOCUMENT_END_EVENT:
    default:
      break;
    }
}

/* Reads the first document; FALSE with "NAME:LINE: problem" when the
 * YAML is malformed, the tree then holding what came before. */
static gboolean
tree_parse (ComposeTree  *tree,
            const char   *name,
            const char   *text,
            GError      **error)
{
  g_auto(yaml_parser_t) parser;
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();
  gboolean done = FALSE;

  yaml_parser_initialize (&parser);
  yaml_parser_set_input_string (&parser, (const unsigned char *) text, strlen (text));

  while (!done)
    {
      yaml_event_t ev;

      if (!yaml_parser_parse (&parser, &ev))
        {
          g_set_error (error, PODLIFT_ERROR, PODLIFT_ERROR_FAILED, "%s:%zu: %s",
                       name, parser.problem_mark.line + 1,
                       parser.problem ? parser.problem : "malformed YAML");
          return FALSE;
        }
      tree_event (tree, stack, &ev);
      done = ev.type == YAML_STREAM_END_EVENT || ev.type == YAML_DOCUMENT_END_EVENT;
      yaml_event_delete (&ev);
    }

  return TRUE;
}

static void
tree_init (ComposeTree *tree)
{
  tree->nodes = g_ptr_array_new_with_free_func ((GDestroyNotify) node_free);
  tree->anchors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  tree->root = NULL;
}

static void
tree_clear (ComposeTree *tree)
{
  g_clear_pointer (&tree->nodes, g_ptr_array_unref);
  g_clear_pointer (&tree->anchors, g_hash_table_unref);
  tree->root = NULL;
}

/* A mapping's value for @key, following "<<" merge keys; NULL if absent. */
static ComposeNode *
get (ComposeNode *map,
     const char  *key)
{
  if (map == NULL || map->kind != COMPOSE_MAPPING)
    return NULL;

  for (guint i = 0; i + 1 < map->items->len; i += 2)
    {
      ComposeNode *k = g_ptr_array_index (map->items, i);

      if (k->kind == COMPOSE_SCALAR && g_str_equal (k->value, key))
        return g_ptr_array_index (map->items, i + 1);
    }

  for (guint i = 0; i + 1 < map->items->len; i += 2)
    {
      ComposeNode *k = g_ptr_array_index (map->items, i);
      ComposeNode *found;

      if (k->kind == COMPOSE_SCALAR && g_str_equal (k->value, "<<") &&
          (found = get (g_ptr_array_index (map->items, i + 1), key)) != NULL)
        return found;
    }

  return NULL;
}

static const char *
scalar (ComposeNode *node)
{
  return node != NULL && node->kind == COMPOSE_SCALAR ? node->value : NULL;
}

/* Well-known images that are not the application: the engine when it
 * is a database, and the port clients use. */
typedef struct
{
  const char *image;
  const char *engine;
  guint       port;
} KnownImage;

static const KnownImage known_images[] = {
  { "postgres", "postgresql", 5432 },
  { "postgis", "postgresql", 5432 },
  { "mysql", "mysql", 3306 },
  { "mariadb", "mariadb", 3306 },
  { "mongo", "mongodb", 27017 },
  { "redis", "redis", 6379 },
  { "valkey", "redis", 6379 },
  { "keydb", "redis", 6379 },
  { "rabbitmq", NULL, 5672 },
  { "memcached", NULL, 11211 },
  { "elasticsearch", NULL, 9200 },
  { "opensearch", NULL, 9200 },
  { "nats", NULL, 4222 },
  { "kafka", NULL, 9092 },
  { "cp-kafka", NULL, 9092 },
  { "zookeeper", NULL, 2181 },
  { "cp-zookeeper", NULL, 2181 },
  { "minio", NULL, 9000 },
  { "mailhog", NULL, 1025 },
  { "mailpit", NULL, 1025 },
  { "cassandra", NULL, 9042 },
  { "couchdb", NULL, 5984 },
  { "influxdb", NULL, 8086 },
  { "nginx", NULL, 80 },
  { "traefik", NULL, 80 },
  { "caddy", NULL, 80 },
};

/* "docker.io/library/postgres:16-alpine" → the postgres entry. */
static const KnownImage *
known_image (ComposeNode *service)
{
  const char *image = scalar (get (service, "image"));
  const char *base;
  g_autofree char *name = NULL;

  if (image == NULL)
    return NULL;
  base = strrchr (image, '/') ? strrchr (image, '/') + 1 : image;
  name = g_strndup (base, strcspn (base, ":@"));

  for (guint i = 0; i < G_N_ELEMENTS (known_images); i++)
    if (g_ascii_strcasecmp (name, known_images[i].image) == 0)
      return &known_images[i];
  return NULL;
}

static gboolean
built_from_root (ComposeNode *service)
{
  ComposeNode *build = get (service, "build");
  const char *context = scalar (build) ? scalar (build) : scalar (get (build, "context"));

  return g_strcmp0 (context, ".") == 0 || g_strcmp0 (context, "./") == 0;
}

typedef struct
{
  PodliftScanReport *report;
  const char        *name;
  ComposeNode       *services;
} Compose;

static const char *
key_at (ComposeNode *map,
        guint        i)
{
  return scalar (g_ptr_array_index (map->items, i));
}

static ComposeNode *
main_service (ComposeNode  *services,
              const char  **service_name)
{
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i + 1 < services->items->len; i += 2)
      {
        ComposeNode *service = g_ptr_array_index (services->items, i + 1);

        if (pass == 0 ? built_from_root (service)
                      : (get (service, "build") != NULL || known_image (service) == NULL))
          {
            *service_name = key_at (services, i);
            return service;
          }
      }

  return NULL;
}

static void
not_carried (Compose     *c,
             const char  *what,
             const char  *why,
             guint        line)
{
  podlift_scan_report_add_not_carried_over (c->report, what, why, c->name, line);
}

static void
import_command (Compose     *c,
                ComposeNode *node)
{
  g_autoptr(GString) command = g_string_new (NULL);

  if (node->kind == COMPOSE_SCALAR)
    g_string_append (command, node->value);
  else if (node->kind == COMPOSE_SEQUENCE)
    for (guint i = 0; i < node->items->len; i++)
      {
        const char *word = scalar (g_ptr_array_index (node->items, i));
        g_autofree char *quoted = NULL;

        if (word == NULL)
          continue;
        if (command->len > 0)
          g_string_append_c (command, ' ');
        if (word[0] == '\0' || word[strcspn (word, " \t'\"$\\;&|<>()*?")] != '\0')
          g_string_append (command, (quoted = g_shell_quote (word)));
        else
          g_string_append (command, word);
      }

  if (command->len > 0)
    podlift_scan_report_set_string (c->report, "start_command", command->str, c->name, node->line);
}

static void
add_env (Compose     *c,
         const char  *item,
         gsize        len,
         guint        line)
{
  g_autofree char *var = g_strndup (item, len);

  g_strstrip (var);
  if (*var != '\0')
    podlift_scan_report_add_env_var (c->report, var, podlift_scan_name_looks_secret (var),
                                     c->name, line);
}

static void
import_environment (Compose     *c,
                    ComposeNode *node)
{
  if (node->kind == COMPOSE_MAPPING)
    for (guint i = 0; i + 1 < node->items->len; i += 2)
      {
        ComposeNode *key = g_ptr_array_index (node->items, i);
        ComposeNode *value = g_ptr_array_index (node->items, i + 1);

        /* "<<: *common-env" merges an anchored mapping. */
        if (key->kind == COMPOSE_SCALAR && g_str_equal (key->value, "<<") && value != node)
          import_environment (c, value);
        else if (key->kind == COMPOSE_SCALAR)
          add_env (c, key->value, strlen (key->value), key->line);
      }
  else if (node->kind == COMPOSE_SEQUENCE)
    for (guint i = 0; i < node->items->len; i++)
      {
        ComposeNode *item = g_ptr_array_index (node->items, i);

        if (item->kind == COMPOSE_SCALAR)
          add_env (c, item->value, strcspn (item->value, "="), item->line);
        else if (item->kind == COMPOSE_MAPPING)
          import_environment (c, item);  /* "<<: [*a, *b]" */
      }
}

static void
import_env_file (Compose     *c,
                 ComposeNode *node)
{
  guint n = node->kind == COMPOSE_SEQUENCE ? node->items->len : 1;

  for (guint i = 0; i < n; i++)
    {
      ComposeNode *item = node->kind == COMPOSE_SEQUENCE ? g_ptr_array_index (node->items, i) : node;
      const char *path = scalar (item) ? scalar (item) : scalar (get (item, "path"));
      g_autofree char *what = g_strdup_printf ("env_file %s", path ? path : "");
      g_autofree char *why = g_strdup_printf ("values are in %s, next to the compose file on the VM: "
                                              "import that file or type them", path ? path : "it");

      not_carried (c, what, why, item->line);
    }
}

/* "127.0.0.1:8080:8000/tcp" → 8000; a long-syntax item's target. */
static guint
container_port (ComposeNode *item)
{
  const char *text = scalar (item);
  const char *colon;

  if (text == NULL)
    text = scalar (get (item, "target"));
  if (text == NULL)
    return 0;
  colon = strrchr (text, ':');
  return (guint) g_ascii_strtoull (colon ? colon + 1 : text, NULL, 10);
}

static void
import_ports (Compose     *c,
              ComposeNode *node)
{
  if (node->kind != COMPOSE_SEQUENCE)
    return;

  for (guint i = 0; i < node->items->len; i++)
    {
      ComposeNode *item = g_ptr_array_index (node->items, i);
      guint port = container_port (item);

      if (port != 0 && port <= 65535)
        {
          podlift_scan_report_set_int (c->report, "port", port, c->name, item->line);
          return;
        }
    }
}

/* One volume: a named volume or a bind mount of application data is a
 * stateful path; the source code, read-only files and the Docker socket
 * are listed as not carried over. */
static void
import_volume (Compose     *c,
               ComposeNode *item)
{
  g_autofree char *source = NULL;
  g_autofree char *target = NULL;
  gboolean read_only = FALSE;

  if (item->kind == COMPOSE_SCALAR)
    {
      g_auto(GStrv) parts = g_strsplit (item->value, ":", 3);

      if (parts[1] == NULL)
        target = g_strdup (parts[0]);
      else
        {
          source = g_strdup (parts[0]);
          target = g_strdup (parts[1]);
          read_only = parts[2] != NULL && strstr (parts[2], "ro") != NULL;
        }
    }
  else if (item->kind == COMPOSE_MAPPING)
    {
      source = g_strdup (scalar (get (item, "source")));
      target = g_strdup (scalar (get (item, "target")));
      read_only = g_strcmp0 (scalar (get (item, "read_only")), "true") == 0;
    }

  if (target == NULL || *target == '\0')
    return;

  if (g_strcmp0 (source, ".") == 0 || g_strcmp0 (source, "./") == 0)
    not_carried (c, item->kind == COMPOSE_SCALAR ? item->value : target,
                 "the source code is copied into the image, not mounted", item->line);
  else if (g_str_has_suffix (target, "docker.sock"))
    not_carried (c, target, "pods cannot use the node's container engine socket", item->line);
  else if (read_only)
    not_carried (c, item->kind == COMPOSE_SCALAR ? item->value : target,
                 "a read-only file from the VM: put it in a ConfigMap or a Secret", item->line);
  else if (source == NULL && strstr (target, "node_modules") != NULL)
    return;
  else
    podlift_scan_report_add_stateful_path (c->report, target, c->name, item->line);
}

static void
import_volumes (Compose     *c,
                ComposeNode *node)
{
  if (node->kind != COMPOSE_SEQUENCE)
    return;
  for (guint i = 0; i < node->items->len; i++)
    import_volume (c, g_ptr_array_index (node->items, i));
}

/* A dependency's port: its image's well-known one, else the container
 * side of its first port, else 0 (unknown). */
static guint
service_port (Compose    *c,
              const char *service_name)
{
  ComposeNode *service = get (c->services, service_name);
  const KnownImage *known = known_image (service);
  ComposeNode *ports;

  if (known != NULL)
    return known->port;
  if ((ports = get (service, "ports")) == NULL)
    ports = get (service, "expose");
  if (ports != NULL && ports->kind == COMPOSE_SEQUENCE && ports->items->len > 0)
    return container_port (g_ptr_array_index (ports->items, 0));
  return 0;
}

static void
import_depends_on (Compose     *c,
                   ComposeNode *node)
{
  gboolean is_map = node->kind == COMPOSE_MAPPING;
  guint step = is_map ? 2 : 1;

  if (node->kind == COMPOSE_SCALAR)
    return;

  for (guint i = 0; i < node->items->len; i += step)
    {
      ComposeNode *item = g_ptr_array_index (node->items, i);

      if (item->kind == COMPOSE_SCALAR)
        podlift_scan_report_add_dependency (c->report, item->value,
                                            service_port (c, item->value),
                                            c->name, item->line);
    }
}

/* The path of the first http(s) URL in a health check command. */
static char *
url_path (const char *command)
{
  const char *url = strstr (command, "http://");
  const char *slash;

  if (url == NULL)
    url = strstr (command, "https://");
  if (url == NULL)
    return NULL;

  url = strstr (url, "://") + 3;
  slash = url + strcspn (url, "/ \t'\"");
  if (*slash != '/')
    return g_strdup ("/");
  return g_strndup (slash, strcspn (slash, " \t'\"|;&"));
}

static void
import_healthcheck (Compose     *c,
                    ComposeNode *node)
{
  ComposeNode *test = get (node, "test");
  g_autoptr(GString) command = g_string_new (NULL);
  g_autofree char *path = NULL;

  if (test == NULL)
    return;
  if (test->kind == COMPOSE_SCALAR)
    g_string_append (command, test->value);
  else if (test->kind == COMPOSE_SEQUENCE)
    for (guint i = 0; i < test->items->len; i++)
      g_string_append_printf (command, "%s ", scalar (g_ptr_array_index (test->items, i)) ?: "");

  if ((path = url_path (command->str)) == NULL)
    {
      not_carried (c, "healthcheck", "the check runs no HTTP request: write an exec probe "
                   "with this command if the application needs it", test->line);
      return;
    }
  podlift_scan_report_set_health_path (c->report, "liveness", path, c->name, test->line);
  podlift_scan_report_set_health_path (c->report, "readiness", path, c->name, test->line);
}

static const struct { const char *key; const char *why; } other_keys[] = {
  { "entrypoint", "the image's ENTRYPOINT is set in the Dockerfile: check that the start command includes it" },
  { "restart", "Kubernetes restarts pods itself" },
  { "deploy", "replicas and resources are set on the Deployment (Strategy step)" },
  { "networks", "pods share one network; Services replace compose networks" },
  { "network_mode", "pods share one network; Services replace compose networks" },
  { "container_name", "Kubernetes names pods itself" },
  { "hostname", "Kubernetes names pods itself; other pods reach the application through its Service" },
  { "logging", "containers log to stdout and stderr; the cluster collects the logs" },
  { "labels", "labels for compose tooling; the manifests carry their own labels" },
  { "extra_hosts", "use hostAliases on the pod or DNS in the cluster" },
  { "privileged", "pods run unprivileged: add capabilities in the securityContext only if needed" },
  { "cap_add", "pods run with default capabilities: add them in the securityContext only if needed" },
  { "ulimits", "limits come from the container runtime, not the pod spec" },
  { "secrets", "compose secrets become Kubernetes Secrets: list the values as secret variables" },
  { "configs", "compose configs become ConfigMaps: add them as configuration files" },
  { "profiles", "compose profiles have no Kubernetes equivalent" },
  { "stdin_open", "pods run without a terminal" },
  { "tty", "pods run without a terminal" },
};

static void
import_main_key (Compose     *c,
                 const char  *key,
                 ComposeNode *value,
                 guint        line)
{
  if (g_str_equal (key, "command"))
    import_command (c, value);
  else if (g_str_equal (key, "environment"))
    import_environment (c, value);
  else if (g_str_equal (key, "env_file"))
    import_env_file (c, value);
  else if (g_str_equal (key, "ports") || g_str_equal (key, "expose"))
    import_ports (c, value);
  else if (g_str_equal (key, "volumes"))
    import_volumes (c, value);
  else if (g_str_equal (key, "depends_on"))
    import_depends_on (c, value);
  else if (g_str_equal (key, "healthcheck"))
    import_healthcheck (c, value);
  else if (g_str_equal (key, "user") && scalar (value))
    podlift_scan_report_set_string (c->report, "user", scalar (value), c->name, line);
  else if (g_str_equal (key, "working_dir") && scalar (value))
    podlift_scan_report_set_string (c->report, "working_dir", scalar (value), c->name, line);
  else
    for (guint i = 0; i < G_N_ELEMENTS (other_keys); i++)
      if (g_str_equal (key, other_keys[i].key))
        not_carried (c, key, other_keys[i].why, line);
}

static void
import_main (Compose     *c,
             ComposeNode *service)
{
  if (service->kind != COMPOSE_MAPPING)
    return;

  for (guint i = 0; i + 1 < service->items->len; i += 2)
    {
      ComposeNode *key = g_ptr_array_index (service->items, i);

      if (key->kind == COMPOSE_SCALAR)
        import_main_key (c, key->value, g_ptr_array_index (service->items, i + 1), key->line);
    }
}

/* Databases first, then a Redis used as the only store. */
static void
import_databases (Compose *c)
{
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i + 1 < c->services->items->len; i += 2)
      {
        ComposeNode *service = g_ptr_array_index (c->services->items, i + 1);
        const KnownImage *known = known_image (service);

        if (known == NULL || known->engine == NULL ||
            (pass == 0) == g_str_equal (known->engine, "redis"))
          continue;
        podlift_scan_report_set_database (c->report, known->engine, c->name,
                                          get (service, "image")->line);
      }
}

/* Services of the application other than the main one (a worker). */
static void
import_other_services (Compose     *c,
                       ComposeNode *main)
{
  for (guint i = 0; i + 1 < c->services->items->len; i += 2)
    {
      ComposeNode *key = g_ptr_array_index (c->services->items, i);
      ComposeNode *service = g_ptr_array_index (c->services->items, i + 1);
      g_autofree char *what = NULL;

      if (service == main || known_image (service) != NULL || key->kind != COMPOSE_SCALAR)
        continue;
      what = g_strdup_printf ("service %s", key->value);
      not_carried (c, what, "another process of the application: give it its own Deployment, "
                   "or a CronJob for scheduled work", key->line);
    }
}

static void
import_services (PodliftScanReport *report,
                 const char        *name,
                 ComposeNode       *services)
{
  Compose c = { report, name, services };
  const char *main_name = NULL;
  ComposeNode *main;

  if (services == NULL || services->kind != COMPOSE_MAPPING)
    return;

  main = main_service (services, &main_name);
  if (main != NULL)
    import_main (&c, main);
  import_databases (&c);
  import_other_services (&c, main);
}

gboolean
podlift_import_compose (PodliftScanReport  *report,
                        const char         *name,
                        const char         *text,
                        GError            **error)
{
  ComposeTree tree;
  gboolean ok;

  g_return_val_if_fail (PODLIFT_IS_SCAN_REPORT (report), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  tree_init (&tree);
  ok = tree_parse (&tree, name, text, error);
  import_services (report, name, get (tree.root, "services"));
  tree_clear (&tree);

  return ok;
}
