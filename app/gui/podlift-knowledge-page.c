/* podlift-knowledge-page.c — placeholder, replaced by the page's author */

#define G_LOG_DOMAIN "podlift-knowledge-page"

#include "config.h"

#include "podlift-knowledge-page.h"

struct _PodliftKnowledgePage
{
  PodliftPage parent_instance;
};

G_DEFINE_FINAL_TYPE (PodliftKnowledgePage, podlift_knowledge_page, PODLIFT_TYPE_PAGE)

static void
podlift_knowledge_page_class_init (PodliftKnowledgePageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, "/app/podlift/Podlift/ui/podlift-knowledge-page.ui");
}

static void
podlift_knowledge_page_init (PodliftKnowledgePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
