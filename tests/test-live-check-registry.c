/* test-live-check-registry.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <json-glib/json-glib.h>
#include <signal.h>
#include <sys/prctl.h>

#include "podlift-live-check.h"

/* The image check against Debian's docker-registry (Distribution 2.8),
 * started here on 127.0.0.1 with its own configuration and storage, and
 * an image pushed to it by skopeo: an OCI image built here by hand (one
 * layer, one config), pushed once as it is and once converted to a
 * Docker v2 manifest. Then a missing tag, a missing repository, and the
 * registry stopped. Without docker-registry or skopeo the cases skip,
 * unless PODLIFT_REQUIRE_VALIDATORS is set (`make test` sets it). */

static struct
{
  char        *tmp;
  char        *host;      /* 127.0.0.1:PORT */
  GSubprocess *registry;
  gboolean     pushed;
} fixture;

typedef struct
{
  PodliftCheckResult *result;
  GError             *error;
  gboolean            done;
} Outcome;

static gboolean
missing_tools (void)
{
  g_autofree char *registry = g_find_program_in_path ("docker-registry");
  g_autofree char *skopeo = g_find_program_in_path ("skopeo");

  if (registry != NULL && skopeo != NULL)
    return FALSE;

  if (g_getenv ("PODLIFT_REQUIRE_VALIDATORS") != NULL)
    g_test_fail_printf ("docker-registry and skopeo are needed (apt-get install docker-registry skopeo; "
                        "make test installs them)");
  else
    g_test_skip ("docker-registry or skopeo is not installed (make test installs them)");

  return TRUE;
}

static void
run_cb (GObject      *object,
        GAsyncResult *result,
        gpointer      user_data)
{
  Outcome *outcome = user_data;

  outcome->result = podlift_live_check_run_finish (result, &outcome->error);
  outcome->done = TRUE;
}

static PodliftCheckResult *
check_image (const char *reference)
{
  g_autofree char *target = g_strdup_printf ("%s/%s", fixture.host, reference);
  g_autoptr(PodliftLiveCheck) check = podlift_live_check_new (PODLIFT_CHECK_KIND_IMAGE, target);
  Outcome outcome = { 0, };
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  check->timeout_ms = 10000;
  podlift_live_check_run_async (check, NULL, run_cb, &outcome);
  while (!outcome.done && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (outcome.done);
  g_assert_no_error (outcome.error);

  return outcome.result;
}

static char *
path_in_tmp (const char *first,
             ...) G_GNUC_NULL_TERMINATED;

static char *
path_in_tmp (const char *first,
             ...)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  va_list args;

  g_ptr_array_add (parts, fixture.tmp);
  va_start (args, first);
  for (const char *p = first; p; p = va_arg (args, const char *))
    g_ptr_array_add (parts, (gpointer)p);
  va_end (args);
  g_ptr_array_add (parts, NULL);

  return g_build_filenamev ((char **)parts->pdata);
}

/* Runs a command to the end; its output in @out if asked. */
static void
spawn (char       **out,
       const char  *first,
       ...) G_GNUC_NULL_TERMINATED;

static void
spawn (char       **out,
       const char  *first,
       ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *stdout_text = NULL;
  g_autofree char *stderr_text = NULL;
  va_list args;

  va_start (args, first);
  for (const char *a = first; a; a = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer)a);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_newv ((const char * const *)argv->pdata,
                               G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &stdout_text, &stderr_text, &error);
  g_assert_no_error (error);
  if (!g_subprocess_get_successful (process))
    g_error ("%s failed: %s", first, stderr_text);
  if (out != NULL)
    *out = g_steal_pointer (&stdout_text);
}

/* Writes @data as a blob of the OCI layout; returns its digest. */
static char *
write_blob (GBytes *data)
{
  g_autofree char *hex = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, data);
  g_autofree char *path = path_in_tmp ("image", "blobs", "sha256", hex, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, g_bytes_get_data (data, NULL), g_bytes_get_size (data), &error);
  g_assert_no_error (error);

  return g_strconcat ("sha256:", hex, NULL);
}

static GBytes *
read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *data;
  gsize len;

  g_file_get_contents (path, &data, &len, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (data, len);
}

/* An OCI image layout with tag 1.0: one gzipped layer with one file. */
static void
build_image (void)
{
  g_autofree char *blobs = path_in_tmp ("image", "blobs", "sha256", NULL);
  g_autofree char *rootfs = path_in_tmp ("rootfs", NULL);
  g_autofree char *hello = path_in_tmp ("rootfs", "hello.txt", NULL);
  g_autofree char *tar = path_in_tmp ("layer.tar", NULL);
  g_autofree char *tar_gz = path_in_tmp ("layer.tar.gz", NULL);
  g_autofree char *layout = path_in_tmp ("image", "oci-layout", NULL);
  g_autofree char *index_path = path_in_tmp ("image", "index.json", NULL);
  g_autoptr(GBytes) layer = NULL;
  g_autoptr(GBytes) config = NULL;
  g_autoptr(GBytes) manifest = NULL;
  g_autofree char *diff_id = NULL, *layer_digest = NULL, *config_digest = NULL, *manifest_digest = NULL;
  g_autofree char *config_json = NULL, *manifest_json = NULL, *index_json = NULL;
  g_autofree char *gz = NULL;

  g_assert_cmpint (g_mkdir_with_parents (blobs, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (rootfs, 0700), ==, 0);
  g_assert_true (g_file_set_contents (hello, "hello from podlift\n", -1, NULL));
  spawn (NULL, "tar", "-C", rootfs, "-cf", tar, "hello.txt", NULL);
  diff_id = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, layer = read_bytes (tar));
  g_clear_pointer (&layer, g_bytes_unref);
  spawn (NULL, "gzip", "-n", "-k", tar, NULL);
  layer = read_bytes (tar_gz);
  layer_digest = write_blob (layer);

  config_json = g_strdup_printf ("{\"architecture\":\"amd64\",\"os\":\"linux\",\"config\":{},"
                                 "\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[\"sha256:%s\"]}}", diff_id);
  config = g_bytes_new (config_json, strlen (config_json));
  config_digest = write_blob (config);

  manifest_json = g_strdup_printf ("{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
                                   "\"config\":{\"mediaType\":\"application/vnd.oci.image.config.v1+json\","
                                   "\"digest\":\"%s\",\"size\":%" G_GSIZE_FORMAT "},"
                                   "\"layers\":[{\"mediaType\":\"application/vnd.oci.image.layer.v1.tar+gzip\","
                                   "\"digest\":\"%s\",\"size\":%" G_GSIZE_FORMAT "}]}",
                                   config_digest, g_bytes_get_size (config),
                                   layer_digest, g_bytes_get_size (layer));
  manifest = g_bytes_new (manifest_json, strlen (manifest_json));
  manifest_digest = write_blob (manifest);

  index_json = g_strdup_printf ("{\"schemaVersion\":2,\"manifests\":[{\"mediaType\":"
                                "\"application/vnd.oci.image.manifest.v1+json\",\"digest\":\"%s\","
                                "\"size\":%" G_GSIZE_FORMAT ",\"annotations\":"
                                "{\"org.opencontainers.image.ref.name\":\"1.0\"}}]}",
                                manifest_digest, g_bytes_get_size (manifest));
  g_assert_true (g_file_set_contents (index_path, index_json, -1, NULL));
  g_assert_true (g_file_set_contents (layout, "{\"imageLayoutVersion\":\"1.0.0\"}", -1, NULL));
}

static guint
free_port (void)
{
  g_autoptr(GSocket) socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM,
                                            G_SOCKET_PROTOCOL_TCP, NULL);
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) any = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;

  g_assert_true (g_socket_bind (socket, any, TRUE, NULL));
  bound = g_socket_get_local_address (socket, NULL);
  g_socket_close (socket, NULL);

  return g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));
}

static gboolean
listening (void)
{
  g_autoptr(GSocketClient) client = g_socket_client_new ();
  g_autoptr(GSocketConnection) connection = NULL;

  g_socket_client_set_enable_proxy (client, FALSE);
  connection = g_socket_client_connect_to_host (client, fixture.host, 0, NULL, NULL);

  return connection != NULL;
}

/* The registry goes when the test does, even when an assertion aborts it. */
static void
die_with_parent (gpointer user_data)
{
  prctl (PR_SET_PDEATHSIG, SIGTERM);
}

static void
start_registry (void)
{
  g_autofree char *config = path_in_tmp ("config.yml", NULL);
  g_autofree char *storage = path_in_tmp ("storage", NULL);
  g_autofree char *yaml = NULL;
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GError) error = NULL;
  gint64 deadline;

  fixture.host = g_strdup_printf ("127.0.0.1:%u", free_port ());
  yaml = g_strdup_printf ("version: 0.1\n"
                          "log:\n  level: error\n  accesslog:\n    disabled: true\n"
                          "storage:\n  filesystem:\n    rootdirectory: %s\n"
                          "http:\n  addr: %s\n",
                          storage, fixture.host);
  g_assert_true (g_file_set_contents (config, yaml, -1, NULL));

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_SILENCE);
  g_subprocess_launcher_set_child_setup (launcher, die_with_parent, NULL, NULL);
  fixture.registry = g_subprocess_launcher_spawn (launcher, &error, "docker-registry", "serve", config, NULL);
  g_assert_no_error (error);

  deadline = g_get_monotonic_time () + 15 * G_USEC_PER_SEC;
  while (!listening ())
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_usleep (50000);
    }
}

static void
stop_registry (void)
{
  if (fixture.registry == NULL)
    return;

  g_subprocess_send_signal (fixture.registry, SIGTERM);
  g_subprocess_wait (fixture.registry, NULL, NULL);
  g_clear_object (&fixture.registry);
}

/* The registry, the image and both pushes, once for all cases. */
static gboolean
set_up (void)
{
  g_autofree char *layout = NULL;
  g_autofree char *dest_oci = NULL;
  g_autofree char *dest_docker = NULL;

  if (missing_tools ())
    return FALSE;
  if (fixture.pushed)
    return TRUE;

  fixture.tmp = g_dir_make_tmp ("podlift-registry-XXXXXX", NULL);
  build_image ();
  start_registry ();

  layout = g_strdup_printf ("oci:%s/image:1.0", fixture.tmp);
  dest_oci = g_strdup_printf ("docker://%s/podlift/tiny:1.0", fixture.host);
  dest_docker = g_strdup_printf ("docker://%s/podlift/tiny:1.0-docker", fixture.host);
  spawn (NULL, "skopeo", "--insecure-policy", "copy", "--dest-tls-verify=false", layout, dest_oci, NULL);
  spawn (NULL, "skopeo", "--insecure-policy", "copy", "--dest-tls-verify=false", "--format", "v2s2",
         layout, dest_docker, NULL);
  fixture.pushed = TRUE;

  return TRUE;
}

/* What skopeo says the registry holds: digest, media type and size. */
static void
inspect (const char  *tag,
         char       **digest,
         char       **media_type,
         gint64      *size)
{
  g_autofree char *ref = g_strdup_printf ("docker://%s/podlift/tiny:%s", fixture.host, tag);
  g_autofree char *raw = NULL;
  g_autofree char *out = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *manifest;
  JsonArray *layers;

  spawn (&out, "skopeo", "inspect", "--tls-verify=false", "--format", "{{.Digest}}", ref, NULL);
  *digest = g_strdup (g_strstrip (out));
  spawn (&raw, "skopeo", "inspect", "--tls-verify=false", "--raw", ref, NULL);
  g_assert_true (json_parser_load_from_data (parser, raw, -1, NULL));
  manifest = json_node_get_object (json_parser_get_root (parser));
  *media_type = g_strdup (json_object_get_string_member (manifest, "mediaType"));
  *size = json_object_get_int_member (json_object_get_object_member (manifest, "config"), "size");
  layers = json_object_get_array_member (manifest, "layers");
  for (guint i = 0; i < json_array_get_length (layers); i++)
    *size += json_object_get_int_member (json_array_get_object_element (layers, i), "size");
}

static void
assert_found (const char *tag,
              const char *expected_type)
{
  g_autoptr(PodliftCheckResult) result = NULL;
  g_autofree char *digest = NULL;
  g_autofree char *media_type = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *reference = g_strconcat ("podlift/tiny:", tag, NULL);
  gint64 size;

  inspect (tag, &digest, &media_type, &size);
  g_assert_cmpstr (media_type, ==, expected_type);

  result = check_image (reference);
  g_assert_true (result->passed);
  g_assert_cmpstr (result->digest, ==, digest);
  g_assert_cmpstr (result->media_type, ==, expected_type);
  g_assert_cmpint (result->size, ==, size);
  g_assert_cmpint (size, >, 100);
  prefix = g_strdup_printf ("tag %s found: %s, ", tag, digest);
  g_assert_true (g_str_has_prefix (result->detail, prefix));
}

static void
test_oci_tag (void)
{
  if (set_up ())
    assert_found ("1.0", "application/vnd.oci.image.manifest.v1+json");
}

static void
test_docker_tag (void)
{
  if (set_up ())
    assert_found ("1.0-docker", "application/vnd.docker.distribution.manifest.v2+json");
}

static void
test_missing (void)
{
  g_autoptr(PodliftCheckResult) tag = NULL;
  g_autoptr(PodliftCheckResult) repository = NULL;
  g_autofree char *expected_tag = NULL;
  g_autofree char *expected_repository = NULL;

  if (!set_up ())
    return;

  tag = check_image ("podlift/tiny:9.9");
  expected_tag = g_strdup_printf ("missing: no tag 9.9 in %s/podlift/tiny", fixture.host);
  g_assert_false (tag->passed);
  g_assert_cmpstr (tag->detail, ==, expected_tag);

  /* Distribution 2.8 answers MANIFEST_UNKNOWN here too, not NAME_UNKNOWN. */
  repository = check_image ("podlift/nothing:1.0");
  expected_repository = g_strdup_printf ("missing: no tag 1.0 in %s/podlift/nothing", fixture.host);
  g_assert_false (repository->passed);
  g_assert_cmpstr (repository->detail, ==, expected_repository);
}

/* Last: the registry stopped. */
static void
test_registry_down (void)
{
  g_autoptr(PodliftCheckResult) result = NULL;

  if (!set_up ())
    return;

  stop_registry ();
  result = check_image ("podlift/tiny:1.0");
  g_assert_false (result->passed);
  g_assert_cmpstr (result->detail, ==, "registry unreachable: connection refused");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/podlift/live-check-registry/oci-tag", test_oci_tag);
  g_test_add_func ("/podlift/live-check-registry/docker-tag", test_docker_tag);
  g_test_add_func ("/podlift/live-check-registry/missing", test_missing);
  g_test_add_func ("/podlift/live-check-registry/registry-down", test_registry_down);

  status = g_test_run ();

  stop_registry ();
  if (fixture.tmp != NULL)
    {
      g_autofree char *rm = g_strdup_printf ("rm -rf '%s'", fixture.tmp);

      if (system (rm) != 0)
        g_printerr ("could not remove %s\n", fixture.tmp);
    }
  g_free (fixture.tmp);
  g_free (fixture.host);

  return status;
}
