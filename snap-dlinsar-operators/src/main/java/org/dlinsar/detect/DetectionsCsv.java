package org.dlinsar.detect;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes detections as CSV, one row per detection, the GeoJSON's rows: {@code id, class, score,
 * x0, y0, x1, y1} (the pixel box, x1/y1 exclusive), the four corners' lon/lat (empty without
 * geocoding) and {@code dates_seen}, ISO dates joined by ';'. The corners are the box's outer pixel
 * edges in image terms ({@code first_near} (x0, y0), {@code first_far} (x1, y0), {@code last_far}
 * (x1, y1), {@code last_near} (x0, y1); see {@link DetectionsMetadata}): the GeoJSON ring's
 * corners, in its order where that runs counter-clockwise in lon/lat, else in reverse of it
 * ({@link DetectionsGeoJson#counterClockwise}: every north-up product).
 */
final class DetectionsCsv {

  static final String HEADER = "id,class,score,x0,y0,x1,y1,"
      + "first_near_lon,first_near_lat,first_far_lon,first_far_lat,"
      + "last_far_lon,last_far_lat,last_near_lon,last_near_lat,dates_seen";

  private DetectionsCsv() {}

  /** Writes the header and the rows; does not close {@code out}. */
  static void write(List<Detection> detections, Writer out) throws IOException {
    out.write(HEADER);
    out.write('\n');
    for (Detection d : detections) {
      StringBuilder row = new StringBuilder();
      row.append(d.id()).append(',').append(d.detectionClass().label()).append(',')
          .append(String.format(Locale.ROOT, "%.4f", d.score())).append(',')
          .append(d.box().x0()).append(',').append(d.box().y0()).append(',')
          .append(d.box().x1()).append(',').append(d.box().y1());
      for (int c = 0; c < 4; c++) {
        if (d.corners().isEmpty()) {
          row.append(",,");
        } else {
          LonLat p = d.corners().get(c);
          row.append(String.format(Locale.ROOT, ",%.7f,%.7f", p.lon(), p.lat()));
        }
      }
      row.append(',').append(d.datesSeen().stream().map(Object::toString)
          .collect(Collectors.joining(";")));
      out.write(row.append('\n').toString());
    }
  }
}
