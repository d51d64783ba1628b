/* podlift-window.c — being written */
#include "config.h"
#include "podlift-window.h"
struct _PodliftWindow { AdwApplicationWindow parent_instance; PodliftProject *project; };
G_DEFINE_FINAL_TYPE (PodliftWindow, podlift_window, ADW_TYPE_APPLICATION_WINDOW)
static void podlift_window_class_init (PodliftWindowClass *klass) { gtk_widget_class_set_template_from_resource (GTK_WIDGET_CLASS (klass), "/app/podlift/Podlift/ui/podlift-window.ui"); }
static void podlift_window_init (PodliftWindow *self) { gtk_widget_init_template (GTK_WIDGET (self)); }
PodliftWindow *podlift_window_new (AdwApplication *application) { return g_object_new (PODLIFT_TYPE_WINDOW, "application", application, NULL); }
PodliftProject *podlift_window_get_project (PodliftWindow *self) { return self->project; }
void podlift_window_set_project (PodliftWindow *self, PodliftProject *project) { g_set_object (&self->project, project); }
