/* podlift-scan-static.c — placeholder, being written */

#include "config.h"

#include "podlift-scan-private.h"

gboolean
podlift_scan_detect_static (PodliftScanContext *ctx)
{
  return FALSE;
}
