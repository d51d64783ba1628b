/* podlift-import-compose.c — placeholder, being written */

#include "config.h"

#include "podlift-scan-private.h"

gboolean
podlift_import_compose (PodliftScanReport  *report,
                   const char         *name,
                   const char         *text,
                   GError            **error)
{
  return TRUE;
}
