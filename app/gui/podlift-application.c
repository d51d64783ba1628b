/* podlift-application.c — being written */
#include "config.h"
#include "podlift-application.h"
struct _PodliftApplication { AdwApplication parent_instance; };
G_DEFINE_FINAL_TYPE (PodliftApplication, podlift_application, ADW_TYPE_APPLICATION)
static void podlift_application_class_init (PodliftApplicationClass *klass) { }
static void podlift_application_init (PodliftApplication *self) { }
PodliftApplication *podlift_application_new (void) { return g_object_new (PODLIFT_TYPE_APPLICATION, "application-id", APP_ID, NULL); }
