/* podlift-scan-node.c — placeholder, being written */

#include "config.h"

#include "podlift-scan-private.h"

gboolean
podlift_scan_detect_node (PodliftScanContext *ctx)
{
  return FALSE;
}
