/* podlift-scan-dotnet.c — placeholder, being written */

#include "config.h"

#include "podlift-scan-private.h"

gboolean
podlift_scan_detect_dotnet (PodliftScanContext *ctx)
{
  return FALSE;
}
