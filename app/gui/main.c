/* main.c — being written */
#include "config.h"
#include "podlift-application.h"
int main (int argc, char *argv[]) { g_autoptr(PodliftApplication) app = podlift_application_new (); return g_application_run (G_APPLICATION (app), argc, argv); }
