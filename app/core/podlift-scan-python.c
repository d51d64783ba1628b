/* podlift-scan-python.c — placeholder, being written */

#include "config.h"

#include "podlift-scan-private.h"

gboolean
podlift_scan_detect_python (PodliftScanContext *ctx)
{
  return FALSE;
}
