package org.dlinsar.inference;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a model is and how to feed it: the JSON card beside every ONNX file (the models README
 * and {@code ModelCardsTest} show one). The network takes one float tensor
 * {@code [batch, channels, height, width]} and returns one of the same height and width.
 *
 * @param name unique among the bundled models, e.g. {@code mask-skraunet}
 * @param version of the weights, e.g. {@code 1.0.0}
 * @param task what the model does; operators look models up by it ({@code mask},
 *     {@code detect-landslide}, {@code detect-subsidence}, {@code unwrap})
 * @param description one line
 * @param opset the ONNX opset the file was exported with
 * @param input the input tensor, its channels and their normalisation
 * @param output the output tensor and its channels
 * @param tile the tile edge, halo and batch of tiled inference
 * @param training how the weights were made, so that they can be made again
 * @param metrics figures against the classical method on held-out data; may be empty
 * @param ensemble for a detection model: how DL-Detect's method DL joins its detections with the
 *     classical method's; null: the network's detections alone
 */
public record ModelCard(String name, String version, String task, String description, int opset,
    Input input, Output output, Tile tile, Training training, List<Metric> metrics,
    Ensemble ensemble) {

  /**
   * What a card without an {@code ensemble} is given (null): the one optional field, where every
   * other one must be written out ({@code ModelCards}).
   */
  static final String NO_ENSEMBLE = "ModelCard.noEnsemble";

  private static final Pattern TOKEN = Pattern.compile("[a-z0-9][a-z0-9._-]*");

  // written out so that only the parameter, not the field, takes the injected null
  @JsonCreator
  public ModelCard(String name, String version, String task, String description, int opset,
      Input input, Output output, Tile tile, Training training, List<Metric> metrics,
      @JacksonInject(NO_ENSEMBLE) Ensemble ensemble) {
    requireToken("name", name);
    requireText("version", version);
    requireToken("task", task);
    if (opset < 1) {
      throw new IllegalArgumentException("'opset' is " + opset + "; expected the ONNX opset, 1 or more");
    }
    Objects.requireNonNull(input, "'input' is missing");
    Objects.requireNonNull(output, "'output' is missing");
    Objects.requireNonNull(tile, "'tile' is missing");
    Objects.requireNonNull(training, "'training' is missing");
    this.name = name;
    this.version = version;
    this.task = task;
    this.description = description == null ? "" : description;
    this.opset = opset;
    this.input = input;
    this.output = output;
    this.tile = tile;
    this.training = training;
    this.metrics = metrics == null ? List.of() : List.copyOf(metrics);
    this.ensemble = ensemble;
  }

  /** The input tensor: its name in the ONNX graph and its channels in order. */
  public record Input(String tensor, List<Channel> channels) {
    public Input {
      requireText("input.tensor", tensor);
      if (channels == null || channels.isEmpty()) {
        throw new IllegalArgumentException("'input.channels' is empty; expected one entry per channel");
      }
      channels = List.copyOf(channels);
    }
  }

  /**
   * One input channel, normalised as {@code (value - mean) / std} before the network sees it.
   *
   * @param name what the channel holds, e.g. {@code cos_phase}, {@code coherence}
   */
  public record Channel(String name, double mean, double std) {
    public Channel {
      requireText("channel name", name);
      if (!(std > 0) || !Double.isFinite(std) || !Double.isFinite(mean)) {
        throw new IllegalArgumentException("channel '" + name + "' has mean " + mean + " and std "
            + std + "; expected finite values and std > 0");
      }
    }
  }

  /** The output tensor: its name in the ONNX graph and what each channel holds. */
  public record Output(String tensor, List<String> channels) {
    public Output {
      requireText("output.tensor", tensor);
      if (channels == null || channels.isEmpty()) {
        throw new IllegalArgumentException("'output.channels' is empty; expected one name per channel");
      }
      channels = List.copyOf(channels);
    }
  }

  /**
   * Tiled inference: tiles of {@code size} x {@code size} pixels, of which {@code halo} pixels on
   * each inner side are context only (at least the network's receptive radius); the next
   * {@code halo} pixels are blended with the neighbour tile. {@code batch} tiles run at once.
   * Tiles start on multiples of {@code stride}, the network's coarsest pooling step: a network
   * that pools is not shift-invariant, and a tile off its grid gives other values than the whole
   * raster (optional in the card, 1: a network that does not pool).
   */
  public record Tile(int size, int halo, int batch, int stride) {

    /** What a card's tile without {@code stride} is given. */
    static final String NO_POOLING = "ModelCard.Tile.noPooling";

    public Tile {
      if (size < 1 || halo < 0 || size <= 3 * halo) {
        throw new IllegalArgumentException("'tile' has size " + size + " and halo " + halo
            + "; expected halo >= 0 and size > 3 x halo (two halos and a blend of one halo)");
      }
      if (batch < 1) {
        throw new IllegalArgumentException("'tile.batch' is " + batch + "; expected 1 or more");
      }
      // a tile is cut by up to a stride so that the last one starts on it: room for two steps
      if (stride < 1 || size % stride != 0 || (stride > 1 && size - 3 * halo < 2 * stride)) {
        throw new IllegalArgumentException("'tile.stride' is " + stride + " with size " + size
            + " and halo " + halo + "; expected 1, or a divisor of the size at most half of size"
            + " - 3 x halo");
      }
    }

    /** A tile for a network that does not pool. */
    public Tile(int size, int halo, int batch) {
      this(size, halo, batch, 1);
    }

    @JsonCreator
    Tile(@JsonProperty("size") int size, @JsonProperty("halo") int halo,
        @JsonProperty("batch") int batch,
        @JsonProperty("stride") @JacksonInject(NO_POOLING) Integer stride) {
      this(size, halo, batch, stride.intValue());
    }
  }

  /**
   * How the weights were made.
   *
   * @param recipe the training data and command (which simulator presets, how many scenes)
   * @param seed the seed that makes them again
   * @param realism statistics of the training interferograms that say how far they are from real
   *     ones (realism.py's: phasor coherence, phase noise, residues, correlation length, ...), by
   *     name, in the order written; empty when the card has none
   */
  public record Training(String recipe, long seed, Map<String, Double> realism) {
    public Training {
      requireText("training.recipe", recipe);
      realism = realism == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(realism));
      realism.forEach((statistic, value) -> {
        if (value == null || !Double.isFinite(value)) {
          throw new IllegalArgumentException("'training.realism' statistic '" + statistic + "' is "
              + value + "; expected a finite number");
        }
      });
    }
  }

  /**
   * One figure of merit on held-out data, for the model and for the classical method it replaces.
   *
   * @param name e.g. {@code IoU decorrelated}
   * @param model the model's value
   * @param classical the classical method's value on the same data
   * @param classicalMethod e.g. {@code OTSU}
   * @param heldOut the data, e.g. {@code 20 simulated scenes, seeds 9001-9020}
   */
  public record Metric(String name, double model, double classical, String classicalMethod,
      String heldOut) {
    public Metric {
      requireText("metric name", name);
      requireText("metric classicalMethod", classicalMethod);
      requireText("metric heldOut", heldOut);
    }
  }

  /**
   * The scores at which a detection network and DL-Detect's classical method each count as a
   * detection when their detections are joined (each maps to 0.5 on DL-Detect's score scale, see
   * {@code DetectionEnsemble}), which box a target both find keeps, and what their agreement on a
   * target adds; chosen from a table on tuning seeds, as the model's README says.
   *
   * @param networkScore the network's score that counts as 0.5, in (0, 1)
   * @param classicalScore the classical method's score that counts as 0.5, in (0, 1)
   * @param classicalFirst true: a target both find keeps the classical method's detection, the
   *     network adds only targets the classical method has none on (for a network that finds less
   *     than the classical method but some of what it misses); false (absent from the card): the
   *     detection of the higher joined score
   * @param agreement in [0, 0.25): a target both find scores at least the mean of their joined
   *     scores plus this, two methods that see it being surer than either (0, absent from the
   *     card: the higher joined score alone)
   */
  public record Ensemble(double networkScore, double classicalScore, boolean classicalFirst,
      double agreement) {

    /** What a card's ensemble without {@code classicalFirst} is given. */
    static final String NOT_CLASSICAL_FIRST = "ModelCard.Ensemble.notClassicalFirst";
    /** What a card's ensemble without {@code agreement} is given. */
    static final String NO_AGREEMENT = "ModelCard.Ensemble.noAgreement";

    public Ensemble {
      requireOpenUnit("ensemble.networkScore", networkScore);
      requireOpenUnit("ensemble.classicalScore", classicalScore);
      if (!(agreement >= 0 && agreement < 0.25)) {
        throw new IllegalArgumentException("'ensemble.agreement' is " + agreement
            + "; expected at least 0 and under 0.25");
      }
    }

    /** The points, a target both find keeping the detection of the higher joined score. */
    public Ensemble(double networkScore, double classicalScore) {
      this(networkScore, classicalScore, false, 0);
    }

    /** The points and which box a target both find keeps, their agreement adding nothing. */
    public Ensemble(double networkScore, double classicalScore, boolean classicalFirst) {
      this(networkScore, classicalScore, classicalFirst, 0);
    }

    @JsonCreator
    Ensemble(@JsonProperty("networkScore") double networkScore,
        @JsonProperty("classicalScore") double classicalScore,
        @JsonProperty("classicalFirst") @JacksonInject(NOT_CLASSICAL_FIRST) Boolean classicalFirst,
        @JsonProperty("agreement") @JacksonInject(NO_AGREEMENT) Double agreement) {
      this(networkScore, classicalScore, classicalFirst.booleanValue(), agreement.doubleValue());
    }
  }

  private static void requireOpenUnit(String field, double value) {
    if (!(value > 0 && value < 1)) {
      throw new IllegalArgumentException("'" + field + "' is " + value
          + "; expected a score between 0 and 1, both excluded");
    }
  }

  private static void requireText(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("'" + field + "' is missing or empty");
    }
  }

  private static void requireToken(String field, String value) {
    requireText(field, value);
    if (!TOKEN.matcher(value).matches()) {
      throw new IllegalArgumentException("'" + field + "' is '" + value
          + "'; expected lower-case letters, digits, '.', '_' or '-'");
    }
  }
}
