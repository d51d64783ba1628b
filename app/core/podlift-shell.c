/* podlift-shell.c — placeholder, being written */

#include "config.h"
