/* podlift-container-page.c — placeholder, replaced by the page's author */

#define G_LOG_DOMAIN "podlift-container-page"

#include "config.h"

#include "podlift-container-page.h"

struct _PodliftContainerPage
{
  PodliftPage parent_instance;
};

G_DEFINE_FINAL_TYPE (PodliftContainerPage, podlift_container_page, PODLIFT_TYPE_PAGE)

static void
podlift_container_page_class_init (PodliftContainerPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, "/app/podlift/Podlift/ui/podlift-container-page.ui");
}

static void
podlift_container_page_init (PodliftContainerPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
