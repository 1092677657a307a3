/**
 * Order statistics the stages share: selection of the k-th smallest value and the robust
 * spread (median, scaled median absolute deviation) by which detection, the report and
 * Local-SBAS measure noise.
 */
package org.dlinsar.stats;
