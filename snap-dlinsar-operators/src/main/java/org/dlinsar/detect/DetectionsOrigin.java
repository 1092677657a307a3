package org.dlinsar.detect;

import java.time.Instant;
import org.dlinsar.inference.ModelRecord;

/**
 * Where a detections file came from, so that a file forwarded alone can be traced: the GeoJSON's
 * top-level {@code provenance} member (CONTRACT.md section 3).
 *
 * @param product the product the files go beside ({@code <name>.dim}), else DL-Detect's product's name
 * @param mode DL-Detect's mode
 * @param method DL-Detect's method
 * @param model the network that ran (method DL), else null
 * @param created when the file was written, UTC, to the second
 * @param keptDatum the datum, not WGS84, the corners stay on ({@link Wgs84Positions#keptDatum}), else null
 * @param shiftedFrom the datum the corners were shifted from to WGS84, else null
 */
record DetectionsOrigin(String product, String mode, String method, ModelRecord model, Instant created,
    String keptDatum, String shiftedFrom) {}
