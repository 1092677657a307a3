package org.dlinsar.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dlinsar.report.DetectionTrial;
import org.dlinsar.sim.PixelBox;

/**
 * Detection trials as JSON lines, one per scene and method: the detections with their scores,
 * the mode's sites with their visibility (landslides also whether the gradient stack separates
 * them, {@code SeparableSites}), every site and the lookalike cells, boxes as {@code [x0,
 * y0, x1, y1]} (end exclusive). What a rule over scores (a threshold, a fusion of two methods) needs
 * to be scored offline exactly as {@link org.dlinsar.report.DetectionScores} scores it.
 */
final class TrialDump {

  private TrialDump() {}

  /** Writes the trials of each method (same scene order) to {@code file}, via a temporary name. */
  static void write(Path file, List<String> methods, List<List<DetectionTrial>> trials) {
    ObjectMapper json = new ObjectMapper();
    TextOutput.write(file, out -> {
      for (int m = 0; m < methods.size(); m++) {
        for (DetectionTrial t : trials.get(m)) {
          out.write(json.writeValueAsString(line(methods.get(m), t)));
          out.newLine();
        }
      }
    });
  }

  private static Map<String, Object> line(String method, DetectionTrial t) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("seed", t.scene().seed());
    line.put("method", method);
    line.put("detections", t.detections().stream()
        .map(d -> Map.of("box", box(d.box()), "score", d.score())).toList());
    line.put("sites", t.sites().stream().map(s -> box(s.box())).toList());
    line.put("visible", t.visible());
    if (t.separable().size() == t.sites().size()) {
      line.put("separable", t.separable());
    }
    line.put("allSites", t.allSites().stream().map(s -> box(s.box())).toList());
    line.put("lookalikes", t.lookalikes().stream().map(c -> Map.of("box", box(c.box()),
        "centre", List.of(c.centreX(), c.centreY()))).toList());
    return line;
  }

  private static List<Integer> box(PixelBox b) {
    return List.of(b.x0(), b.y0(), b.x1(), b.y1());
  }
}
