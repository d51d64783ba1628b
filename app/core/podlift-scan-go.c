/* podlift-scan-go.c — placeholder, being written */

#include "config.h"

#include "podlift-scan-private.h"

gboolean
podlift_scan_detect_go (PodliftScanContext *ctx)
{
  return FALSE;
}
