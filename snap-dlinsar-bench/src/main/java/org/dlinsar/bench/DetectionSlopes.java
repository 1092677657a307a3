package org.dlinsar.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.dlinsar.sim.ScenePresets;
import org.dlinsar.sim.StackSimulator;

/**
 * Adds to each detection of a {@link TrialDump} file the terrain slope of its box (grown by a
 * pixel, as DL-Detect's slope filter grows it) at quantiles 0.5, 0.75, 0.8, 0.85, 0.9, 0.95 and
 * 1, and the median over its middle third and middle half, from the simulator's terrain, so that slope rules can be compared offline on detections made with
 * {@code --set minSlope=0} (issue 9/12: the slope filter and the mixed preset's slides).
 *
 * <p>Usage: {@code bench/java.sh DetectionSlopes preset dump.jsonl out.jsonl}; then {@code
 * bench/slope_rules.py out.jsonl}.
 */
public final class DetectionSlopes {

  private static final double[] QUANTILES = {0.5, 0.75, 0.8, 0.85, 0.9, 0.95, 1.0};

  private DetectionSlopes() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: DetectionSlopes preset dump.jsonl out.jsonl");
      System.exit(2);
    }
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[1]))) {
      TextOutput.write(Path.of(args[2]), out -> {
        StackSimulator sim = null;
        long simulated = Long.MIN_VALUE;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          ObjectNode trial = (ObjectNode) json.readTree(line);
          long seed = trial.get("seed").asLong();
          if (seed != simulated) {
            sim = new StackSimulator(ScenePresets.named(args[0], seed));
            simulated = seed;
          }
          for (var d : trial.get("detections")) {
            ArrayNode slopes = ((ObjectNode) d).putArray("slopes");
            for (double s : slopeQuantiles(sim, d.get("box"))) {
              slopes.add(s);
            }
            ArrayNode centre = ((ObjectNode) d).putArray("centreSlopes");
            for (int part : new int[] {3, 2}) {
              centre.add(centreMedian(sim, d.get("box"), part));
            }
          }
          out.write(json.writeValueAsString(trial));
          out.newLine();
        }
      });
    }
  }

  /** The median slope over the middle 1/part of the box along each axis (at least 3 pixels). */
  private static double centreMedian(StackSimulator sim, JsonNode box, int part) {
    int x0 = box.get(0).asInt();
    int y0 = box.get(1).asInt();
    int w = box.get(2).asInt() - x0;
    int h = box.get(3).asInt() - y0;
    int cw = Math.max(3, w / part);
    int ch = Math.max(3, h / part);
    int cx0 = x0 + (w - cw) / 2;
    int cy0 = y0 + (h - ch) / 2;
    double[] slopes = sortedSlopes(sim, cx0, cy0, cx0 + cw, cy0 + ch);
    return slopes[slopes.length / 2];
  }

  /** The box grown by a pixel, at {@link #QUANTILES}. */
  private static double[] slopeQuantiles(StackSimulator sim, JsonNode box) {
    double[] slopes = sortedSlopes(sim, box.get(0).asInt() - 1, box.get(1).asInt() - 1,
        box.get(2).asInt() + 1, box.get(3).asInt() + 1);
    double[] q = new double[QUANTILES.length];
    for (int k = 0; k < q.length; k++) {
      q[k] = slopes[(int) Math.round(QUANTILES[k] * (slopes.length - 1))];
    }
    return q;
  }

  /** The terrain slopes of the pixels of [x0, x1) x [y0, y1) inside the scene, ascending. */
  private static double[] sortedSlopes(StackSimulator sim, int x0, int y0, int x1, int y1) {
    int fromX = Math.max(0, x0);
    int fromY = Math.max(0, y0);
    int toX = Math.min(sim.scene().width(), x1);
    int toY = Math.min(sim.scene().height(), y1);
    double[] slopes = new double[Math.max(0, (toX - fromX) * (toY - fromY))];
    int n = 0;
    for (int y = fromY; y < toY; y++) {
      for (int x = fromX; x < toX; x++) {
        slopes[n++] = sim.slopeDeg(x, y);
      }
    }
    Arrays.sort(slopes);
    return slopes;
  }
}
