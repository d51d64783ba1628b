/* podlift-live-check-registry.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-live-check"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "podlift-live-check-private.h"

/* Whether an image tag exists in its registry, with the Registry HTTP
 * API v2 (the OCI distribution API): GET /v2/REPO/manifests/TAG,
 * anonymously or, when the registry answers 401 with a Bearer
 * challenge, with an anonymous token from its token service. Docker and
 * OCI manifests, and their lists and indexes (then the linux/amd64
 * image, or the first, gives the size). The compressed size is the
 * config's plus the layers'. Registries on this machine are spoken to
 * in plain HTTP, as Docker does; others in HTTPS. */

#define OCI_MANIFEST "application/vnd.oci.image.manifest.v1+json"
#define OCI_INDEX "application/vnd.oci.image.index.v1+json"
#define DOCKER_MANIFEST "application/vnd.docker.distribution.manifest.v2+json"
#define DOCKER_LIST "application/vnd.docker.distribution.manifest.list.v2+json"

typedef struct
{
  GTask      *task;
  char       *scheme;
  char       *host;
  char       *repository;
  char       *reference;
  char       *authorization;
  gboolean    tried_token;
  char       *digest;
  char       *media_type;
  char       *platform;
  SoupMessage *message;
} Image;

static void
image_free (Image *image)
{
  g_object_unref (image->task);
  g_free (image->scheme);
  g_free (image->host);
  g_free (image->repository);
  g_free (image->reference);
  g_free (image->authorization);
  g_free (image->digest);
  g_free (image->media_type);
  g_free (image->platform);
  g_clear_object (&image->message);
  g_free (image);
}

static gboolean
is_loopback (const char *host)
{
  return g_str_equal (host, "localhost") || g_str_has_prefix (host, "localhost:") ||
         g_str_has_prefix (host, "127.") || g_str_has_prefix (host, "[::1]");
}

/* REGISTRY/REPOSITORY[:TAG|@DIGEST], optionally after http:// or
 * https:// to say how to speak to the registry. */
static gboolean
parse_reference (Image      *image,
                 const char *target)
{
  const char *rest = target;
  const char *slash, *at, *colon;

  if (g_str_has_prefix (rest, "docker://"))
    rest += strlen ("docker://");
  else if (g_str_has_prefix (rest, "http://") || g_str_has_prefix (rest, "https://"))
    {
      image->scheme = g_strndup (rest, strchr (rest, ':') - rest);
      rest = strstr (rest, "://") + 3;
    }

  slash = strchr (rest, '/');
  if (slash == NULL || slash == rest)
    return FALSE;
  image->host = g_strndup (rest, slash - rest);
  if (strchr (image->host, '.') == NULL && strchr (image->host, ':') == NULL &&
      !g_str_equal (image->host, "localhost"))
    return FALSE;
  rest = slash + 1;

  if ((at = strchr (rest, '@')) != NULL)
    {
      image->repository = g_strndup (rest, at - rest);
      image->reference = g_strdup (at + 1);
    }
  else if ((colon = strrchr (rest, ':')) != NULL && strchr (colon, '/') == NULL)
    {
      image->repository = g_strndup (rest, colon - rest);
      image->reference = g_strdup (colon + 1);
    }
  else
    {
      image->repository = g_strdup (rest);
      image->reference = g_strdup ("latest");
    }

  if (image->scheme == NULL)
    image->scheme = g_strdup (is_loopback (image->host) ? "http" : "https");

  return image->repository[0] != '\0' && image->reference[0] != '\0';
}

static void fetch_manifest (Image      *image,
                            const char *reference);

static const char *
describe_media_type (const char *media_type)
{
  if (g_strcmp0 (media_type, OCI_MANIFEST) == 0)
    return _("OCI manifest");
  if (g_strcmp0 (media_type, OCI_INDEX) == 0)
    return _("OCI index");
  if (g_strcmp0 (media_type, DOCKER_MANIFEST) == 0)
    return _("Docker manifest v2");
  if (g_strcmp0 (media_type, DOCKER_LIST) == 0)
    return _("Docker manifest list");
  return media_type ? media_type : _("unknown manifest type");
}

static void
image_fail (Image      *image,
            const char *detail)
{
  podlift_check_run_fail (image->task, "%s", detail);
  image_free (image);
}

static void
image_found (Image  *image,
             gint64  size)
{
  PodliftCheckRun *run = g_task_get_task_data (image->task);
  g_autofree char *formatted = g_format_size (size);
  g_autofree char *platform = image->platform ? g_strdup_printf (" (%s)", image->platform)
                                              : g_strdup ("");

  run->result->digest = g_strdup (image->digest);
  run->result->media_type = g_strdup (image->media_type);
  run->result->size = size;
  /* Translators: an image found in its registry: "tag 2.1 found: sha256:…,
   * OCI manifest, 28.4 MB compressed"; the last %s is a platform or "" */
  podlift_check_run_pass (image->task, _("tag %s found: %s, %s, %s compressed%s"),
                          image->reference, image->digest, describe_media_type (image->media_type),
                          formatted, platform);
  image_free (image);
}

/* The image of a list or index to measure: linux/amd64, else the first. */
static JsonObject *
pick_platform (JsonArray  *manifests,
               char      **platform)
{
  JsonObject *chosen = NULL;

  for (guint i = 0; i < json_array_get_length (manifests); i++)
    {
      JsonObject *entry = json_array_get_object_element (manifests, i);
      JsonObject *p = entry && json_object_has_member (entry, "platform")
                      ? json_object_get_object_member (entry, "platform") : NULL;
      const char *os = p ? json_object_get_string_member_with_default (p, "os", "") : "";
      const char *arch = p ? json_object_get_string_member_with_default (p, "architecture", "") : "";

      if (entry == NULL)
        continue;
      if (chosen == NULL || (g_str_equal (os, "linux") && g_str_equal (arch, "amd64")))
        {
          chosen = entry;
          g_free (*platform);
          *platform = p ? g_strdup_printf ("%s/%s", os, arch) : NULL;
          if (g_str_equal (os, "linux") && g_str_equal (arch, "amd64"))
            break;
        }
    }

  return chosen;
}

static gint64
image_size (JsonObject *manifest)
{
  JsonObject *config = json_object_get_object_member (manifest, "config");
  JsonArray *layers = json_object_get_array_member (manifest, "layers");
  gint64 size = config ? json_object_get_int_member_with_default (config, "size", 0) : 0;

  for (guint i = 0; layers && i < json_array_get_length (layers); i++)
    {
      JsonObject *layer = json_array_get_object_element (layers, i);

      if (layer != NULL)
        size += json_object_get_int_member_with_default (layer, "size", 0);
    }

  return size;
}

static char *
content_type (SoupMessage *message)
{
  const char *type = soup_message_headers_get_content_type (soup_message_get_response_headers (message), NULL);

  return g_strdup (type);
}

static void
handle_manifest (Image  *image,
                 GBytes *body)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *type = content_type (image->message);
  JsonObject *manifest;
  JsonObject *chosen;

  if (!json_parser_load_from_data (parser, g_bytes_get_data (body, NULL), g_bytes_get_size (body), NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      image_fail (image, _("the registry sent a manifest that is not JSON"));
      return;
    }
  manifest = json_node_get_object (json_parser_get_root (parser));
  if (type == NULL || g_str_equal (type, "application/json"))
    type = g_strdup (json_object_get_string_member_with_default (manifest, "mediaType", NULL));

  /* The tag's own manifest gives the digest and the media type. */
  if (image->digest == NULL)
    {
      const char *digest = soup_message_headers_get_one (soup_message_get_response_headers (image->message),
                                                         "Docker-Content-Digest");
      g_autofree char *sum = digest ? NULL : g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, body);

      image->digest = digest ? g_strdup (digest) : g_strconcat ("sha256:", sum, NULL);
      image->media_type = g_strdup (type);
    }

  if (json_object_has_member (manifest, "manifests") &&
      JSON_NODE_HOLDS_ARRAY (json_object_get_member (manifest, "manifests")))
    {
      chosen = pick_platform (json_object_get_array_member (manifest, "manifests"), &image->platform);
      if (chosen == NULL || !json_object_has_member (chosen, "digest"))
        image_fail (image, _("the image index lists no image"));
      else
        fetch_manifest (image, json_object_get_string_member (chosen, "digest"));
      return;
    }

  if (json_object_has_member (manifest, "layers"))
    image_found (image, image_size (manifest));
  else
    image_fail (image, _("the manifest has no layers to measure (an old schema 1 manifest?)"));
}

static void
token_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  Image *image = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) body = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *answer;
  const char *token = NULL;
  guint status;

  body = soup_session_send_and_read_finish (SOUP_SESSION (object), result, &error);
  if (body == NULL)
    {
      podlift_check_run_fail_error (image->task, _("registry token service unreachable"), error);
      image_free (image);
      return;
    }

  status = soup_message_get_status (image->message);
  if (status == 200 &&
      json_parser_load_from_data (parser, g_bytes_get_data (body, NULL), g_bytes_get_size (body), NULL) &&
      JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      answer = json_node_get_object (json_parser_get_root (parser));
      token = json_object_get_string_member_with_default (answer, "token", NULL);
      if (token == NULL)
        token = json_object_get_string_member_with_default (answer, "access_token", NULL);
    }

  if (token == NULL)
    {
      g_autofree char *detail = g_strdup_printf (_("the registry token service gave no token (HTTP %u)"), status);

      image_fail (image, detail);
      return;
    }

  image->authorization = g_strdup_printf ("Bearer %s", token);
  fetch_manifest (image, image->reference);
}

/* An anonymous token for pulling the repository, from the service that
 * the registry's Bearer challenge names. */
static gboolean
request_token (Image      *image,
               const char *challenge)
{
  PodliftCheckRun *run = g_task_get_task_data (image->task);
  g_autoptr(GHashTable) params = NULL;
  g_autoptr(GString) url = NULL;
  g_autofree char *default_scope = NULL;
  const char *realm, *service, *scope;

  if (challenge == NULL || g_ascii_strncasecmp (challenge, "Bearer ", 7) != 0)
    return FALSE;

  params = soup_header_parse_param_list (challenge + 7);
  realm = g_hash_table_lookup (params, "realm");
  if (realm == NULL || !(g_str_has_prefix (realm, "http://") || g_str_has_prefix (realm, "https://")))
    return FALSE;

  service = g_hash_table_lookup (params, "service");
  scope = g_hash_table_lookup (params, "scope");
  if (scope == NULL)
    scope = default_scope = g_strdup_printf ("repository:%s:pull", image->repository);

  url = g_string_new (realm);
  g_string_append_c (url, strchr (realm, '?') ? '&' : '?');
  if (service != NULL)
    {
      g_string_append (url, "service=");
      g_string_append_uri_escaped (url, service, NULL, FALSE);
      g_string_append_c (url, '&');
    }
  g_string_append (url, "scope=");
  g_string_append_uri_escaped (url, scope, NULL, FALSE);

  g_clear_object (&image->message);
  if (!(image->message = soup_message_new (SOUP_METHOD_GET, url->str)))
    return FALSE;

  image->tried_token = TRUE;
  soup_session_send_and_read_async (podlift_check_run_get_session (run), image->message,
                                    G_PRIORITY_DEFAULT, run->deadline.inner, token_cb, image);
  return TRUE;
}

/* The registry's error code, such as MANIFEST_UNKNOWN or NAME_UNKNOWN. */
static char *
error_code (GBytes *body)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root;
  JsonArray *errors;
  JsonObject *first;

  if (!json_parser_load_from_data (parser, g_bytes_get_data (body, NULL), g_bytes_get_size (body), NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return NULL;

  root = json_node_get_object (json_parser_get_root (parser));
  if (!json_object_has_member (root, "errors") ||
      !JSON_NODE_HOLDS_ARRAY (json_object_get_member (root, "errors")))
    return NULL;
  errors = json_object_get_array_member (root, "errors");
  if (json_array_get_length (errors) == 0 || !(first = json_array_get_object_element (errors, 0)))
    return NULL;

  return g_strdup (json_object_get_string_member_with_default (first, "code", NULL));
}

static void
handle_refusal (Image   *image,
                guint    status,
                GBytes  *body)
{
  g_autofree char *code = error_code (body);
  g_autofree char *detail = NULL;

  if (status == 404 && g_strcmp0 (code, "NAME_UNKNOWN") == 0)
    /* Translators: an image check: the repository does not exist */
    detail = g_strdup_printf (_("missing: no repository %s in %s"), image->repository, image->host);
  else if (status == 404)
    /* Translators: an image check: the tag does not exist */
    detail = g_strdup_printf (_("missing: no tag %s in %s/%s"), image->reference, image->host, image->repository);
  else if (status == 401 || status == 403)
    detail = g_strdup_printf (_("the registry refused anonymous access (HTTP %u)"), status);
  else
    detail = g_strdup_printf (_("the registry answered HTTP %u"), status);

  image_fail (image, detail);
}

static void
manifest_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  Image *image = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) body = NULL;
  const char *challenge;
  guint status;

  body = soup_session_send_and_read_finish (SOUP_SESSION (object), result, &error);
  if (body == NULL)
    {
      podlift_check_run_fail_error (image->task, _("registry unreachable"), error);
      image_free (image);
      return;
    }

  status = soup_message_get_status (image->message);
  challenge = soup_message_headers_get_one (soup_message_get_response_headers (image->message),
                                            "WWW-Authenticate");
  if (status == 401 && !image->tried_token && request_token (image, challenge))
    return;

  if (status == 200)
    handle_manifest (image, body);
  else
    handle_refusal (image, status, body);
}

static void
fetch_manifest (Image      *image,
                const char *reference)
{
  PodliftCheckRun *run = g_task_get_task_data (image->task);
  g_autofree char *url = NULL;
  SoupMessageHeaders *headers;

  url = g_strdup_printf ("%s://%s/v2/%s/manifests/%s", image->scheme, image->host,
                         image->repository, reference);
  g_clear_object (&image->message);
  if (!(image->message = soup_message_new (SOUP_METHOD_GET, url)))
    {
      image_fail (image, _("not an image reference"));
      return;
    }

  headers = soup_message_get_request_headers (image->message);
  soup_message_headers_append (headers, "Accept",
                               OCI_INDEX ", " DOCKER_LIST ", " OCI_MANIFEST ", " DOCKER_MANIFEST);
  if (image->authorization != NULL)
    soup_message_headers_append (headers, "Authorization", image->authorization);

  soup_session_send_and_read_async (podlift_check_run_get_session (run), image->message,
                                    G_PRIORITY_DEFAULT, run->deadline.inner, manifest_cb, image);
}

void
podlift_live_check_image_start (GTask *task)
{
  PodliftCheckRun *run = g_task_get_task_data (task);
  Image *image = g_new0 (Image, 1);

  image->task = g_object_ref (task);

  if (run->check->target == NULL || !parse_reference (image, run->check->target))
    {
      image_fail (image, _("give the image as REGISTRY/REPOSITORY:TAG, such as registry.example.com/team/app:1.2"));
      return;
    }

  fetch_manifest (image, image->reference);
}
