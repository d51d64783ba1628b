/* podlift-manifests-page.c — placeholder, replaced by the page's author */

#define G_LOG_DOMAIN "podlift-manifests-page"

#include "config.h"

#include "podlift-manifests-page.h"

struct _PodliftManifestsPage
{
  PodliftPage parent_instance;
};

G_DEFINE_FINAL_TYPE (PodliftManifestsPage, podlift_manifests_page, PODLIFT_TYPE_PAGE)

static void
podlift_manifests_page_class_init (PodliftManifestsPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, "/app/podlift/Podlift/ui/podlift-manifests-page.ui");
}

static void
podlift_manifests_page_init (PodliftManifestsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
