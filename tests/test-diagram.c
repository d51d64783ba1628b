/* test-diagram.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "podlift-bundle.h"
#include "podlift-config-file.h"
#include "podlift-cron-job.h"
#include "podlift-diagram-private.h"
#include "podlift-env-var.h"
#include "podlift-manifest-generator.h"
#include "podlift-project.h"
#include "podlift-state-path.h"

/* The diagram of a project's resources: a box for every resource switched
 * on, none over another, arrows from border to border, and SVG and PNG
 * files that other programs read. With PODLIFT_DIAGRAM_TEST_OUT set, each
 * case also leaves NAME.png and NAME-dark.png there, to look at. */

/* Projects */

static PodliftProject *
load_example (void)
{
  const char *examples = g_getenv ("PODLIFT_EXAMPLES_DIR");
  g_autofree char *path = NULL;
  g_autoptr(GFile) dir = NULL;
  g_autoptr(GError) error = NULL;
  PodliftProject *project;

  g_assert_nonnull (examples);
  path = g_build_filename (examples, "shopfront", NULL);
  dir = g_file_new_for_path (path);
  project = podlift_bundle_load (dir, NULL, &error);
  g_assert_no_error (error);
  return project;
}

static PodliftProject *
new_project (const char *name)
{
  PodliftProject *project = podlift_project_new ();
  PodliftAppProfile *profile = podlift_project_get_profile (project);

  podlift_app_profile_set_name (profile, name);
  podlift_app_profile_set_port (profile, 8080);
  return project;
}

static void
add_env (PodliftProject *project,
         const char     *name,
         gboolean        secret)
{
  g_autoptr(PodliftEnvVar) var = podlift_env_var_new ();

  podlift_env_var_set_name (var, name);
  podlift_env_var_set_value (var, secret ? NULL : "value");
  podlift_env_var_set_secret (var, secret);
  g_list_store_append (podlift_app_profile_get_env_vars (podlift_project_get_profile (project)), var);
}

static void
add_state (PodliftProject       *project,
           PodliftStateHandling  handling,
           const char           *path)
{
  PodliftAppProfile *profile = podlift_project_get_profile (project);
  g_autoptr(PodliftStatePath) state = podlift_state_path_new ();

  podlift_app_profile_set_stateful (profile, TRUE);
  podlift_app_profile_set_state_handling (profile, handling);
  podlift_state_path_set_path (state, path);
  podlift_state_path_set_size_gb (state, 10);
  g_list_store_append (podlift_app_profile_get_state_paths (profile), state);
}

static void
add_cron (PodliftProject *project,
          const char     *name,
          const char     *schedule)
{
  g_autoptr(PodliftCronJob) job = podlift_cron_job_new ();

  podlift_cron_job_set_name (job, name);
  podlift_cron_job_set_schedule (job, schedule);
  podlift_cron_job_set_command (job, "bin/task");
  g_list_store_append (podlift_app_profile_get_cron_jobs (podlift_project_get_profile (project)), job);
}

/* Checks */

static const PodliftDiagramBox *
box_of (PodliftDiagram *diagram,
        const char     *id)
{
  for (guint k = 0; k < podlift_diagram_get_n_boxes (diagram); k++)
    {
      const PodliftDiagramBox *box = podlift_diagram_get_box (diagram, k);

      if (!box->template && g_strcmp0 (box->id, id) == 0)
        return box;
    }
  return NULL;
}

static gboolean
has_edge (PodliftDiagram *diagram,
          const char     *from,
          const char     *to,
          const char     *label)
{
  for (guint k = 0; k < diagram->edges->len; k++)
    {
      PodliftDiagramEdge *edge = g_ptr_array_index (diagram->edges, k);

      if (g_strcmp0 (edge->from->id, from) == 0 && g_strcmp0 (edge->to->id, to) == 0 &&
          !edge->to->template && (label == NULL || g_strcmp0 (edge->label, label) == 0))
        return TRUE;
    }
  return FALSE;
}

/* Every enabled resource is a box found at its centre (the Namespace is
 * the frame's title); a resource switched off has none. */
static void
assert_boxes (PodliftDiagram *diagram,
              GPtrArray      *manifests)
{
  for (guint k = 0; k < manifests->len; k++)
    {
      PodliftManifest *m = g_ptr_array_index (manifests, k);
      const char *id = podlift_manifest_get_id (m);
      const PodliftDiagramBox *box = box_of (diagram, id);

      if (!podlift_manifest_get_enabled (m))
        {
          g_assert_null (box);
          continue;
        }
      g_assert_nonnull (box);
      g_assert_cmpstr (podlift_diagram_hit (diagram, box->x + box->width / 2, box->y + box->height / 2),
                       ==, id);
      if (podlift_manifest_get_kind (m) != PODLIFT_RESOURCE_NAMESPACE)
        g_assert_cmpstr (box->name, ==, podlift_manifest_get_name (m));
    }
  g_assert_null (podlift_diagram_hit (diagram, 1, 1));
}

static gboolean
overlap (const PodliftDiagramBox *a,
         const PodliftDiagramBox *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

static gboolean
on_border (const PodliftDiagramBox *box,
           double                   x,
           double                   y)
{
  gboolean inside = x >= box->x - 0.01 && x <= box->x + box->width + 0.01 &&
                    y >= box->y - 0.01 && y <= box->y + box->height + 0.01;

  return inside && (fabs (x - box->x) < 0.01 || fabs (x - box->x - box->width) < 0.01 ||
                    fabs (y - box->y) < 0.01 || fabs (y - box->y - box->height) < 0.01);
}

/* No box over another, all inside the drawing, every arrow from a
 * border to a border. */
static void
assert_layout (PodliftDiagram *diagram)
{
  double width, height;
  guint n = podlift_diagram_get_n_boxes (diagram);

  podlift_diagram_get_size (diagram, &width, &height);
  for (guint k = 0; k < n; k++)
    {
      const PodliftDiagramBox *box = podlift_diagram_get_box (diagram, k);

      g_assert_cmpfloat (box->x, >=, 0);
      g_assert_cmpfloat (box->y, >=, 0);
      g_assert_cmpfloat (box->x + box->width, <=, width);
      g_assert_cmpfloat (box->y + box->height, <=, height);
      for (guint l = k + 1; l < n; l++)
        if (overlap (box, podlift_diagram_get_box (diagram, l)))
          g_error ("%s %s is over %s %s", box->kind_label, box->name,
                   podlift_diagram_get_box (diagram, l)->kind_label,
                   podlift_diagram_get_box (diagram, l)->name);
    }
  for (guint k = 0; k < diagram->edges->len; k++)
    {
      PodliftDiagramEdge *edge = g_ptr_array_index (diagram->edges, k);

      g_assert_true (on_border (edge->from, edge->x0, edge->y0));
      g_assert_true (on_border (edge->to, edge->x1, edge->y1));
    }
}

/* Files */

typedef struct
{
  GString *words;      /* the text of <title> and <desc> */
  gboolean in_text;
  guint    glyphs;     /* <use> of a glyph outline */
  char    *width;
  char    *height;
} SvgScan;

static void
svg_start (GMarkupParseContext  *context,
           const char           *element,
           const char          **names,
           const char          **values,
           gpointer              user_data,
           GError              **error)
{
  SvgScan *scan = user_data;

  scan->in_text = g_str_equal (element, "title") || g_str_equal (element, "desc");
  if (g_str_equal (element, "use"))
    scan->glyphs++;
  for (guint k = 0; g_str_equal (element, "svg") && names[k] != NULL; k++)
    {
      if (g_str_equal (names[k], "width"))
        scan->width = g_strdup (values[k]);
      else if (g_str_equal (names[k], "height"))
        scan->height = g_strdup (values[k]);
    }
}

static void
svg_text (GMarkupParseContext  *context,
          const char           *text,
          gsize                 length,
          gpointer              user_data,
          GError              **error)
{
  SvgScan *scan = user_data;

  if (scan->in_text)
    g_string_append_len (scan->words, text, length);
}

static void
svg_end (GMarkupParseContext  *context,
         const char           *element,
         gpointer              user_data,
         GError              **error)
{
  ((SvgScan *) user_data)->in_text = FALSE;
}

static char *
write_file (PodliftDiagram *diagram,
            const char     *dir,
            const char     *name)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (podlift_diagram_write (diagram, path, &error));
  g_assert_no_error (error);
  return path;
}

/* Well-formed XML of the natural size, that names every resource and
 * draws their text. */
static void
assert_svg (PodliftDiagram *diagram,
            const char     *dir)
{
  static const GMarkupParser parser = { svg_start, svg_end, svg_text, NULL, NULL };
  g_autofree char *path = write_file (diagram, dir, "diagram.svg");
  g_autofree char *contents = NULL;
  g_autofree char *width = NULL;
  g_autofree char *height = NULL;
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;
  SvgScan scan = { g_string_new (NULL), FALSE, 0, NULL, NULL };
  double natural_width, natural_height;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  context = g_markup_parse_context_new (&parser, G_MARKUP_TREAT_CDATA_AS_TEXT, &scan, NULL);
  g_assert_true (g_markup_parse_context_parse (context, contents, -1, &error) &&
                 g_markup_parse_context_end_parse (context, &error));
  g_assert_no_error (error);

  podlift_diagram_get_size (diagram, &natural_width, &natural_height);
  width = g_strdup_printf ("%gpx", natural_width);
  height = g_strdup_printf ("%gpx", natural_height);
  g_assert_cmpstr (scan.width, ==, width);
  g_assert_cmpstr (scan.height, ==, height);

  for (guint k = 0; k < podlift_diagram_get_n_boxes (diagram); k++)
    {
      const PodliftDiagramBox *box = podlift_diagram_get_box (diagram, k);

      g_assert_nonnull (strstr (scan.words->str, box->name));
      if (box->detail != NULL)
        g_assert_nonnull (strstr (scan.words->str, box->detail));
    }
  /* cairo writes letters as outlines, one <use> each: at least the kind
   * lines are there (a dozen letters a box). */
  g_assert_cmpuint (scan.glyphs, >=, 10 * podlift_diagram_get_n_boxes (diagram));

  g_string_free (scan.words, TRUE);
  g_free (scan.width);
  g_free (scan.height);
}

static guint32
read_be32 (const guchar *data)
{
  return (guint32) data[0] << 24 | (guint32) data[1] << 16 | (guint32) data[2] << 8 | data[3];
}

/* A PNG twice the natural size. */
static void
assert_png (PodliftDiagram *diagram,
            const char     *dir)
{
  static const guchar signature[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  g_autofree char *path = write_file (diagram, dir, "diagram.PNG");
  g_autofree char *contents = NULL;
  gsize length;
  double width, height;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 24);
  g_assert_cmpmem (contents, sizeof signature, signature, sizeof signature);
  g_assert_cmpmem (contents + 12, 4, "IHDR", 4);
  podlift_diagram_get_size (diagram, &width, &height);
  g_assert_cmpuint (read_be32 ((const guchar *) contents + 16), ==, (guint32) ceil (width * 2));
  g_assert_cmpuint (read_be32 ((const guchar *) contents + 20), ==, (guint32) ceil (height * 2));
}

static double
luminance (cairo_surface_t *surface,
           double           x,
           double           y)
{
  const guchar *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 pixel = *(const guint32 *) (gconstpointer) (data + (int) y * stride + (int) x * 4);

  return (0.2126 * (pixel >> 16 & 0xff) + 0.7152 * (pixel >> 8 & 0xff) + 0.0722 * (pixel & 0xff)) / 255;
}

static cairo_surface_t *
draw_image (PodliftDiagram *diagram,
            gboolean        dark)
{
  double width, height;
  cairo_surface_t *surface;
  cairo_t *cr;

  podlift_diagram_get_size (diagram, &width, &height);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) ceil (width), (int) ceil (height));
  cr = cairo_create (surface);
  podlift_diagram_paint_page (cr, width, height, dark);
  podlift_diagram_draw (diagram, cr, dark);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* The light style is light and the dark one dark, on the frame and on
 * the workload's card; with PODLIFT_DIAGRAM_TEST_OUT, both are kept. */
static void
assert_styles (PodliftDiagram *diagram,
               const char     *name)
{
  const char *out = g_getenv ("PODLIFT_DIAGRAM_TEST_OUT");
  const PodliftDiagramBox *box = box_of (diagram, "serviceaccount");
  cairo_surface_t *light = draw_image (diagram, FALSE);
  cairo_surface_t *dark = draw_image (diagram, TRUE);
  double frame_x = diagram->frame_x + 6, frame_y = diagram->frame_y + diagram->frame_height - 6;

  g_assert_nonnull (box);
  g_assert_cmpfloat (luminance (light, frame_x, frame_y), >, 0.9);
  g_assert_cmpfloat (luminance (dark, frame_x, frame_y), <, 0.2);
  g_assert_cmpfloat (luminance (light, box->x + box->width - 12, box->y + 5), >, 0.95);
  g_assert_cmpfloat (luminance (dark, box->x + box->width - 12, box->y + 5), <, 0.3);

  if (out != NULL)
    {
      g_autofree char *light_path = g_strdup_printf ("%s/%s.png", out, name);
      g_autofree char *dark_path = g_strdup_printf ("%s/%s-dark.png", out, name);
      g_autoptr(GError) error = NULL;

      g_assert_true (podlift_diagram_write (diagram, light_path, &error));
      g_assert_cmpint (cairo_surface_write_to_png (dark, dark_path), ==, CAIRO_STATUS_SUCCESS);
    }
  cairo_surface_destroy (light);
  cairo_surface_destroy (dark);
}

/* Everything a diagram of @project must be; returns it. */
static PodliftDiagram *
check_project (PodliftProject *project,
               const char     *name,
               GPtrArray     **manifests_out)
{
  g_autoptr(GPtrArray) manifests = podlift_manifests_generate (project);
  PodliftDiagram *diagram = podlift_diagram_new (manifests);
  g_autofree char *dir = g_dir_make_tmp ("podlift-diagram-XXXXXX", NULL);
  g_autofree char *svg = g_build_filename (dir, "diagram.svg", NULL);
  g_autofree char *png = g_build_filename (dir, "diagram.PNG", NULL);

  assert_boxes (diagram, manifests);
  assert_layout (diagram);
  assert_svg (diagram, dir);
  assert_png (diagram, dir);
  assert_styles (diagram, name);

  g_assert_cmpint (g_remove (svg), ==, 0);
  g_assert_cmpint (g_remove (png), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  if (manifests_out != NULL)
    *manifests_out = g_steal_pointer (&manifests);
  return diagram;
}

/* Cases */

/* The example: every resource the issue names, where it says. */
static void
test_example (void)
{
  g_autoptr(PodliftProject) project = load_example ();
  g_autoptr(GPtrArray) manifests = NULL;
  g_autoptr(PodliftDiagram) diagram = check_project (project, "example", &manifests);
  const PodliftDiagramBox *ingress = box_of (diagram, "ingress");
  const PodliftDiagramBox *service = box_of (diagram, "service");
  const PodliftDiagramBox *pods = box_of (diagram, "deployment");
  const PodliftDiagramBox *hpa = box_of (diagram, "horizontalpodautoscaler");
  const PodliftDiagramBox *pdb = box_of (diagram, "poddisruptionbudget");
  const PodliftDiagramBox *config = box_of (diagram, "configmap");
  const PodliftDiagramBox *job = box_of (diagram, "migration-job");
  const PodliftDiagramBox *cron = box_of (diagram, "cronjob-nightly-maintenance");

  /* Left to right, on one line: the way in, the Service, the pods, then
   * what they read. */
  g_assert_cmpfloat (ingress->x + ingress->width, <, service->x);
  g_assert_cmpfloat (service->x + service->width, <, pods->x);
  g_assert_cmpfloat (pods->x + pods->width, <, config->x);
  g_assert_cmpfloat (ingress->y + ingress->height / 2, ==, pods->y + pods->height / 2);
  /* The autoscaler above the pods, the disruption budget below. */
  g_assert_cmpfloat (hpa->x, ==, pods->x);
  g_assert_cmpfloat (hpa->y + hpa->height, <, pods->y);
  g_assert_cmpfloat (pdb->y, >, pods->y + pods->height);
  /* The jobs in a row beneath everything else. */
  g_assert_cmpfloat (job->y, ==, cron->y);
  for (guint k = 0; k < podlift_diagram_get_n_boxes (diagram); k++)
    {
      const PodliftDiagramBox *box = podlift_diagram_get_box (diagram, k);

      if (box->column != PODLIFT_DIAGRAM_COLUMN_JOBS)
        g_assert_cmpfloat (box->y + box->height, <, job->y);
    }

  g_assert_true (has_edge (diagram, "ingress", "service", "routes to"));
  g_assert_true (has_edge (diagram, "service", "deployment", NULL));
  g_assert_true (has_edge (diagram, "horizontalpodautoscaler", "deployment", "scales"));
  g_assert_true (has_edge (diagram, "poddisruptionbudget", "deployment", NULL));
  g_assert_true (has_edge (diagram, "deployment", "configmap", "envFrom"));
  g_assert_true (has_edge (diagram, "deployment", "secret", "envFrom"));
  g_assert_true (has_edge (diagram, "deployment", "configmap-files", "mounts"));
  g_assert_true (has_edge (diagram, "deployment", "pvc-media", "mounts"));
  g_assert_true (has_edge (diagram, "deployment", "serviceaccount", "runs as"));
  g_assert_true (has_edge (diagram, "migration-job", "secret", NULL));
  g_assert_true (has_edge (diagram, "cronjob-nightly-maintenance", "pvc-media", NULL));
  /* The migration runs before the volumes exist. */
  g_assert_false (has_edge (diagram, "migration-job", "pvc-media", NULL));

  /* What the boxes say, read from the documents. */
  g_assert_cmpstr (ingress->detail, ==, "https://shop.example.com");
  g_assert_cmpstr (service->detail, ==, "ClusterIP · port 80");
  g_assert_cmpstr (pods->pods_text, ==, "3–8 pods (autoscaled)");
  g_assert_cmpuint (pods->pods, ==, 3);
  g_assert_cmpuint (pods->pods_max, ==, 8);
  g_assert_cmpstr (box_of (diagram, "pvc-media")->detail, ==, "38Gi · ReadWriteMany");
  g_assert_cmpstr (cron->detail, ==, "schedule 30 2 * * *");
  g_assert_cmpstr (box_of (diagram, "namespace")->name, ==, "shopfront");
}

/* Stateless, configured by nothing: no ConfigMap, no Secret, no volume. */
static void
test_stateless (void)
{
  g_autoptr(PodliftProject) project = new_project ("Catalog");
  g_autoptr(PodliftDiagram) diagram = check_project (project, "stateless", NULL);

  g_assert_null (box_of (diagram, "configmap"));
  g_assert_null (box_of (diagram, "secret"));
  g_assert_null (box_of (diagram, "migration-job"));
  g_assert_nonnull (box_of (diagram, "serviceaccount"));
  g_assert_true (has_edge (diagram, "deployment", "serviceaccount", "runs as"));
  g_assert_cmpstr (box_of (diagram, "deployment")->pods_text, ==, "2–6 pods (autoscaled)");
}

/* A StatefulSet: its headless Service, and the volume each pod gets
 * from its claim template, which leads to the StatefulSet. */
static void
test_statefulset (void)
{
  g_autoptr(PodliftProject) project = new_project ("Ledger");
  g_autoptr(PodliftDiagram) diagram = NULL;
  const PodliftDiagramBox *claim = NULL;

  add_state (project, PODLIFT_STATE_HANDLING_STATEFULSET, "/var/lib/ledger/data");
  add_env (project, "LEDGER_MODE", FALSE);
  podlift_app_profile_set_migrate_command (podlift_project_get_profile (project), "ledger migrate");
  diagram = check_project (project, "statefulset", NULL);

  g_assert_null (box_of (diagram, "deployment"));
  g_assert_true (has_edge (diagram, "service-headless", "statefulset", NULL));
  g_assert_true (has_edge (diagram, "service", "statefulset", NULL));
  for (guint k = 0; k < podlift_diagram_get_n_boxes (diagram); k++)
    if (podlift_diagram_get_box (diagram, k)->template)
      claim = podlift_diagram_get_box (diagram, k);
  g_assert_nonnull (claim);
  g_assert_cmpstr (claim->name, ==, "data");
  g_assert_cmpstr (claim->detail, ==, "15Gi · ReadWriteOnce");
  g_assert_cmpstr (podlift_diagram_hit (diagram, claim->x + 1, claim->y + 1), ==, "statefulset");
  g_assert_cmpfloat (box_of (diagram, "service-headless")->y, >, box_of (diagram, "service")->y);
}

/* GKE: the BackendConfig under the Ingress, configured from the Service. */
static void
test_gke (void)
{
  g_autoptr(PodliftProject) project = new_project ("Storefront");
  PodliftManifestSet *set = podlift_project_get_manifests (project);
  g_autoptr(PodliftDiagram) diagram = NULL;
  const PodliftDiagramBox *ingress, *backend;

  podlift_manifest_set_set_ingress_controller (set, PODLIFT_INGRESS_CONTROLLER_GKE);
  podlift_manifest_set_set_ingress_host (set, "store.example.org");
  podlift_app_profile_set_readiness_path (podlift_project_get_profile (project), "/ready");
  diagram = check_project (project, "gke", NULL);

  ingress = box_of (diagram, "ingress");
  backend = box_of (diagram, "backendconfig");
  g_assert_nonnull (backend);
  g_assert_cmpfloat (backend->x, ==, ingress->x);
  g_assert_cmpfloat (backend->y, >, ingress->y + ingress->height);
  g_assert_true (has_edge (diagram, "service", "backendconfig", NULL));
  g_assert_cmpstr (backend->detail, ==, "health check /ready");
  g_assert_cmpstr (ingress->detail, ==, "https://store.example.org");
}

/* No autoscaler, no Ingress: the pods as many as the Deployment says. */
static void
test_fixed_replicas (void)
{
  g_autoptr(PodliftProject) project = new_project ("Intranet");
  PodliftManifestSet *set = podlift_project_get_manifests (project);
  g_autoptr(PodliftDiagram) diagram = NULL;
  const PodliftDiagramBox *pods;

  podlift_manifest_set_set_hpa_enabled (set, FALSE);
  podlift_manifest_set_set_ingress_enabled (set, FALSE);
  podlift_manifest_set_set_replicas (set, 3);
  podlift_manifest_set_set_resource_enabled (set, "namespace", FALSE);
  diagram = check_project (project, "fixed-replicas", NULL);

  pods = box_of (diagram, "deployment");
  g_assert_null (box_of (diagram, "horizontalpodautoscaler"));
  g_assert_null (box_of (diagram, "ingress"));
  g_assert_cmpuint (pods->pods, ==, 3);
  g_assert_cmpuint (pods->pods_max, ==, 3);
  g_assert_cmpstr (pods->pods_text, ==, "3 pods");
  /* The Service is the first column now. */
  g_assert_cmpfloat (box_of (diagram, "service")->x, <, pods->x);
  /* The namespace is a title only: the cluster's administrators make it. */
  g_assert_null (podlift_diagram_get_box (diagram, 0)->id);
  g_assert_null (box_of (diagram, "namespace"));
}

/* A resource edited by hand shows what it says. */
static void
test_customised (void)
{
  g_autoptr(PodliftProject) project = new_project ("Intranet");
  PodliftManifestSet *set = podlift_project_get_manifests (project);
  g_autoptr(GPtrArray) manifests = NULL;
  g_autoptr(PodliftDiagram) diagram = NULL;
  g_autoptr(GString) text = NULL;
  PodliftManifest *deployment;

  manifests = podlift_manifests_generate (project);
  deployment = podlift_manifests_find (manifests, "deployment");
  text = g_string_new (podlift_manifest_get_text (deployment));
  g_string_replace (text, "revisionHistoryLimit: 5", "replicas: 5\n  revisionHistoryLimit: 5", 1);
  podlift_manifest_set_set_hpa_enabled (set, FALSE);
  podlift_manifest_set_set_customisation (set, "deployment", text->str);
  g_clear_pointer (&manifests, g_ptr_array_unref);

  diagram = check_project (project, "customised", NULL);
  g_assert_cmpstr (box_of (diagram, "deployment")->pods_text, ==, "5 pods");
}

/* Several jobs: a row beneath, each with its own lane on the right, the
 * leftmost job's the nearest, so that no two routes cross. */
static void
test_jobs (void)
{
  g_autoptr(PodliftProject) project = new_project ("Billing");
  g_autoptr(PodliftDiagram) diagram = NULL;
  double last_lane = 0, last_gutter = 0, reads_right = 0;

  add_env (project, "BILLING_CURRENCY", FALSE);
  add_env (project, "BILLING_API_KEY", TRUE);
  add_state (project, PODLIFT_STATE_HANDLING_SHARED_VOLUME, "/srv/billing/invoices");
  podlift_app_profile_set_migrate_command (podlift_project_get_profile (project), "billing migrate");
  add_cron (project, "invoices", "0 6 * * *");
  add_cron (project, "reminders", "0 9 * * 1");
  add_cron (project, "a-very-long-name-for-the-quarterly-ledger-export", "0 0 1 */3 *");
  diagram = check_project (project, "jobs", NULL);

  for (guint k = 0; k < podlift_diagram_get_n_boxes (diagram); k++)
    {
      const PodliftDiagramBox *box = podlift_diagram_get_box (diagram, k);

      if (box->column == PODLIFT_DIAGRAM_COLUMN_READS)
        reads_right = MAX (reads_right, box->x + box->width);
    }
  for (guint k = 0; k < podlift_diagram_get_n_boxes (diagram); k++)
    {
      const PodliftDiagramBox *job = podlift_diagram_get_box (diagram, k);
      double lane = 0, gutter = 0;

      if (job->column != PODLIFT_DIAGRAM_COLUMN_JOBS)
        continue;
      for (guint e = 0; e < diagram->edges->len; e++)
        {
          PodliftDiagramEdge *edge = g_ptr_array_index (diagram->edges, e);

          if (edge->from != job)
            continue;
          g_assert_cmpint (edge->style, ==, PODLIFT_DIAGRAM_EDGE_JOB);
          g_assert_true (lane == 0 || lane == edge->lane_x);
          lane = edge->lane_x;
          gutter = edge->gutter_y;
        }
      g_assert_cmpfloat (lane, >, MAX (reads_right, last_lane));
      g_assert_cmpfloat (gutter, >, last_gutter);
      g_assert_cmpfloat (gutter, <, job->y);
      last_lane = lane;
      last_gutter = gutter;
    }
  g_assert_true (has_edge (diagram, "cronjob-reminders", "pvc-invoices", NULL));
  g_assert_true (has_edge (diagram, "migration-job", "configmap", NULL));
}

static void
test_deterministic (void)
{
  g_autoptr(PodliftProject) project = load_example ();
  g_autoptr(GPtrArray) manifests = podlift_manifests_generate (project);
  g_autoptr(PodliftDiagram) one = podlift_diagram_new (manifests);
  g_autoptr(PodliftDiagram) two = podlift_diagram_new (manifests);

  g_assert_cmpuint (podlift_diagram_get_n_boxes (one), ==, podlift_diagram_get_n_boxes (two));
  for (guint k = 0; k < podlift_diagram_get_n_boxes (one); k++)
    {
      const PodliftDiagramBox *a = podlift_diagram_get_box (one, k);
      const PodliftDiagramBox *b = podlift_diagram_get_box (two, k);

      g_assert_cmpstr (a->id, ==, b->id);
      g_assert_cmpfloat (a->x, ==, b->x);
      g_assert_cmpfloat (a->y, ==, b->y);
    }
}

/* Nothing switched on: a frame with its namespace, and no box. */
static void
test_empty (void)
{
  g_autoptr(GPtrArray) manifests = g_ptr_array_new ();
  g_autoptr(PodliftDiagram) diagram = podlift_diagram_new (manifests);
  g_autofree char *dir = g_dir_make_tmp ("podlift-diagram-XXXXXX", NULL);
  g_autofree char *path = NULL;
  double width, height;

  podlift_diagram_get_size (diagram, &width, &height);
  g_assert_cmpfloat (width, >, 0);
  g_assert_cmpfloat (height, >, 0);
  g_assert_cmpuint (podlift_diagram_get_n_boxes (diagram), ==, 1);
  assert_png (diagram, dir);
  path = g_build_filename (dir, "diagram.PNG", NULL);
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_write_errors (void)
{
  g_autoptr(GPtrArray) manifests = g_ptr_array_new ();
  g_autoptr(PodliftDiagram) diagram = podlift_diagram_new (manifests);
  g_autofree char *dir = g_dir_make_tmp ("podlift-diagram-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "diagram.pdf", NULL);
  g_autofree char *missing = g_build_filename (dir, "no", "such", "diagram.svg", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (podlift_diagram_write (diagram, pdf, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, ".svg or .png"));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_false (podlift_diagram_write (diagram, missing, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/Podlift/Diagram/example", test_example);
  g_test_add_func ("/Podlift/Diagram/stateless", test_stateless);
  g_test_add_func ("/Podlift/Diagram/statefulset", test_statefulset);
  g_test_add_func ("/Podlift/Diagram/gke", test_gke);
  g_test_add_func ("/Podlift/Diagram/fixed-replicas", test_fixed_replicas);
  g_test_add_func ("/Podlift/Diagram/customised", test_customised);
  g_test_add_func ("/Podlift/Diagram/jobs", test_jobs);
  g_test_add_func ("/Podlift/Diagram/deterministic", test_deterministic);
  g_test_add_func ("/Podlift/Diagram/empty", test_empty);
  g_test_add_func ("/Podlift/Diagram/write-errors", test_write_errors);

  status = g_test_run ();
  /* The fonts the styles were drawn with: no leak to report. */
  pango_cairo_font_map_set_default (NULL);
  return status;
}
