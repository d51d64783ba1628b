/* podlift-cutover-page.c — placeholder, replaced by the page's author */

#define G_LOG_DOMAIN "podlift-cutover-page"

#include "config.h"

#include "podlift-cutover-page.h"

struct _PodliftCutoverPage
{
  PodliftPage parent_instance;
};

G_DEFINE_FINAL_TYPE (PodliftCutoverPage, podlift_cutover_page, PODLIFT_TYPE_PAGE)

static void
podlift_cutover_page_class_init (PodliftCutoverPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, "/app/podlift/Podlift/ui/podlift-cutover-page.ui");
}

static void
podlift_cutover_page_init (PodliftCutoverPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
