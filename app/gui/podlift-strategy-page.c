/* podlift-strategy-page.c — placeholder, replaced by the page's author */

#define G_LOG_DOMAIN "podlift-strategy-page"

#include "config.h"

#include "podlift-strategy-page.h"

struct _PodliftStrategyPage
{
  PodliftPage parent_instance;
};

G_DEFINE_FINAL_TYPE (PodliftStrategyPage, podlift_strategy_page, PODLIFT_TYPE_PAGE)

static void
podlift_strategy_page_class_init (PodliftStrategyPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, "/app/podlift/Podlift/ui/podlift-strategy-page.ui");
}

static void
podlift_strategy_page_init (PodliftStrategyPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
