package org.dlinsar.detect;

import java.util.List;
import org.dlinsar.sim.PixelBox;

/**
 * What a detector found, before it is numbered and scored: a blob of ground motion.
 *
 * @param box its pixel box
 * @param peakX column of its strongest response
 * @param peakY row of its strongest response
 * @param radius box radius of the scale it was found at
 * @param z its significance: sigmas of the noise floor (see {@link DetectionScore})
 * @param datesSeen indexes of the dates it was seen on ({@link DatesSeen}), ascending; empty when
 *     it was found in a gradient stack (a bowl's dates seen are then measured in the
 *     interferograms' fringes, {@link SubsidenceDetector#responsesIn})
 */
record Finding(PixelBox box, int peakX, int peakY, int radius, double z, List<Integer> datesSeen) {

  Finding {
    datesSeen = List.copyOf(datesSeen);
  }
}
