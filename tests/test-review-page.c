/* test-review-page.c — placeholder, replaced by the page's author */

#include "config.h"

#include <adwaita.h>

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  return g_test_run ();
}
