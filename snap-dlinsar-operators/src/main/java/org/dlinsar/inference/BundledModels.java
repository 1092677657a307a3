package org.dlinsar.inference;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The models bundled on the class path (module snap-dlinsar-models): every
 * {@value #INDEX} resource lists, one per line, the ONNX files beside it, best first per task;
 * each has its card {@code <name>.card.json} beside it ({@link ModelCards}). Blank lines and
 * lines starting with {@code #} are skipped. Cards are read when the registry is loaded; the ONNX
 * files when a session is opened.
 */
public final class BundledModels {

  /** The index resource every models jar holds. */
  public static final String INDEX = "dlinsar-models/index.txt";

  private static volatile BundledModels onClassPath;

  private final Map<String, ResolvedModel> byName;

  private BundledModels(Map<String, ResolvedModel> byName) {
    this.byName = byName;
  }

  /** @return the models bundled on this class's class path, loaded once per JVM */
  public static BundledModels onClassPath() {
    BundledModels models = onClassPath;
    if (models == null) {
      models = load(BundledModels.class.getClassLoader());
      onClassPath = models;
    }
    return models;
  }

  /**
   * @param loader where to look for {@value #INDEX} resources
   * @return the models they list
   * @throws ModelException naming the index or card that is broken, or a name listed twice
   */
  public static BundledModels load(ClassLoader loader) {
    Map<String, ResolvedModel> byName = new LinkedHashMap<>();
    try {
      for (URL index : Collections.list(loader.getResources(INDEX))) {
        for (String onnxName : lines(index)) {
          ResolvedModel model = resolve(index, onnxName);
          ResolvedModel twin = byName.putIfAbsent(model.card().name(), model);
          if (twin != null) {
            throw new ModelException("bundled model '" + model.card().name() + "' is listed twice: "
                + twin.location() + " and " + model.location() + "; expected unique names");
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading the bundled model index " + INDEX, e);
    }
    return new BundledModels(byName);
  }

  private static ResolvedModel resolve(URL index, String onnxName) throws IOException {
    URL onnx;
    URL card;
    try {
      onnx = new URL(index, onnxName);
      card = new URL(index, ModelCards.cardName(onnxName));
    } catch (MalformedURLException e) {
      throw new ModelException("bundled model index " + index + " lists '" + onnxName
          + "'; expected an ONNX file name", e);
    }
    try (InputStream in = card.openStream()) {
      byte[] cardBytes = in.readAllBytes();
      return new ResolvedModel(ModelCards.read(new ByteArrayInputStream(cardBytes), card.toString()),
          onnx, onnx.toString(), true, Sha256.of(cardBytes));
    } catch (FileNotFoundException e) {
      throw new ModelException("bundled model index " + index + " lists " + onnxName
          + " but its card " + card + " does not exist", e);
    }
  }

  private static List<String> lines(URL index) throws IOException {
    List<String> names = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(index.openStream(), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String name = line.strip();
        if (!name.isEmpty() && !name.startsWith("#")) {
          names.add(name);
        }
      }
    }
    return names;
  }

  /** @return every bundled model, in index order */
  public List<ResolvedModel> all() {
    return List.copyOf(byName.values());
  }

  /** @return the bundled model of that name */
  public Optional<ResolvedModel> named(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** @return the bundled models for {@code task}, best first */
  public List<ResolvedModel> forTask(String task) {
    return byName.values().stream().filter(m -> m.card().task().equals(task)).toList();
  }
}
