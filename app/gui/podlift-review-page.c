/* podlift-review-page.c — placeholder, replaced by the page's author */

#define G_LOG_DOMAIN "podlift-review-page"

#include "config.h"

#include "podlift-review-page.h"

struct _PodliftReviewPage
{
  PodliftPage parent_instance;
};

G_DEFINE_FINAL_TYPE (PodliftReviewPage, podlift_review_page, PODLIFT_TYPE_PAGE)

static void
podlift_review_page_class_init (PodliftReviewPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, "/app/podlift/Podlift/ui/podlift-review-page.ui");
}

static void
podlift_review_page_init (PodliftReviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
