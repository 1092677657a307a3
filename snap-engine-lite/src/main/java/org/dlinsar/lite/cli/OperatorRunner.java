package org.dlinsar.lite.cli;

import com.bc.ceres.core.ProgressMonitor;
import org.dlinsar.lite.dimap.DimapTarget;
import org.dlinsar.lite.dimap.WriterFormat;
import org.dlinsar.lite.graph.OperatorInfo;
import org.dlinsar.lite.graph.ProductFiles;
import org.dlinsar.lite.graph.SourceInfo;
import org.dlinsar.lite.graph.SourceOverwriteCheck;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.GPF;
import org.esa.snap.core.gpf.Operator;
import org.esa.snap.core.gpf.OperatorException;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code dlinsar <alias> ...}: reads the sources, creates the operator and writes its target
 * product to {@code -t} (unless the operator writes its own output, like {@code Write}). A run
 * that fails leaves no target behind (the writer stages it). A target that is one of the
 * sources, or holds anything but a previous product, is refused before any source is read.
 * {@code -PpixelRegion} or {@code -PgeometryRegion} is not passed to the operator but, as gpt
 * does, read every source as that region (through {@code Read}), unless the operator has a
 * parameter of that name itself.
 */
final class OperatorRunner {

  private static final String READ = "Read";
  private static final String WRITE = "Write";

  private final OperatorInfo operator;
  private final LauncherArguments args;

  OperatorRunner(OperatorInfo operator, LauncherArguments args) {
    this.operator = operator;
    this.args = args;
  }

  /**
   * @throws UsageException naming the parameter or source if one is unknown to the operator, or a
   *     parameter is empty, or the extension of a target with no {@code -f} if it is not .dim
   * @throws IOException naming the parameter file if it cannot be read
   * @throws org.esa.snap.core.gpf.OperatorException naming the file, parameter or value if a
   *     source cannot be read, a parameter value is bad, or processing or writing fails
   */
  void run(ProgressMonitor pm) throws UsageException, IOException {
    checkSourceIds();
    ParameterFile file = args.readParameterFile();
    Map<String, String> texts = new LinkedHashMap<>(args.allParameters(file));
    Map<String, String> region = takeSourceRegion(texts);
    Map<String, Object> parameters = new LinkedHashMap<>();
    if (file != null && file.isXml()) {
      try {
        parameters.putAll(operator.parameterValues(file.xml()));
      } catch (IllegalArgumentException e) {
        throw new UsageException("Parameter file " + file + ": " + e.getMessage(), e);
      }
    }
    try {
      // as in gpt, -P overrides the file
      parameters.putAll(operator.parameterValues(texts));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage(), e);
    }
    String formatName = operator.isAutoWriteDisabled() ? null : args.targetFormatName();
    checkTarget(parameters, formatName);
    List<Product> opened = new ArrayList<>();
    Product target = null;
    try {
      Map<String, Product> sources = readSources(args.sourcePaths(1), region, opened);
      if (operator.isAutoWriteDisabled()) {
        Operator op = GPF.getDefaultInstance().createOperator(operator.alias(), parameters, sources, null);
        target = initialised(op::getTargetProduct);
        op.execute(pm);
      } else {
        target = initialised(() -> GPF.createProduct(operator.alias(), parameters, sources));
        write(target, formatName, pm);
      }
    } finally {
      if (target != null && !opened.contains(target)) {
        target.dispose();
      }
      opened.forEach(Product::dispose);
    }
  }

  /**
   * The operator's target product from {@code target}. An exception other than an
   * OperatorException that its initialize() throws comes through GPF as it was thrown, as in SNAP
   * (whose gpt prints only its message): it is named with the operator here, so that the one error
   * line says which operator failed.
   */
  private Product initialised(Supplier<Product> target) {
    try {
      return target.get();
    } catch (OperatorException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new OperatorException("Operator '" + operator.alias() + "': " + Launcher.oneLine(e), e);
    }
  }

  /**
   * Takes gpt's source region out of {@code texts}; an operator with a parameter of that name
   * (Read's {@code pixelRegion}) keeps it as its own.
   *
   * @throws UsageException if both regions are given, or one with no source to read as it
   */
  private Map<String, String> takeSourceRegion(Map<String, String> texts) throws UsageException {
    Map<String, String> region = new LinkedHashMap<>(LauncherArguments.sourceRegion(texts));
    region.keySet().removeIf(name -> operator.parameter(name) != null);
    texts.keySet().removeAll(region.keySet());
    if (!region.isEmpty() && args.sourcePaths(1).isEmpty()) {
      throw new UsageException("Parameter '" + region.keySet().iterator().next() + "' gives the region to read"
          + " the sources as, but operator " + operator.alias() + " got no source file");
    }
    return region;
  }

  /** gpt ignores a {@code -S} id the operator has no source for; a typo then goes unnoticed. */
  private void checkSourceIds() throws UsageException {
    for (String id : args.namedSources.keySet()) {
      if (!operator.takesSource(id)) {
        List<String> names = operator.sources().stream().map(SourceInfo::name).toList();
        throw new UsageException("Unknown source '-S" + id + "' of operator " + operator.alias()
            + "; its sources are " + (names.isEmpty() ? "none" : names)
            + " (or sourceProduct, sourceProduct.<n>)");
      }
    }
  }

  /**
   * Fails before any source is read or pixel computed if the target is one of the sources, is of
   * a format without a writer ({@code -f}), holds something other than a previous product ({@link DimapTarget#prepare}; {@code Write} checks its
   * own file when it is created), or is named so that a file the operator writes beside it cannot
   * be ({@link FilesBesideTarget}).
   */
  private void checkTarget(Map<String, Object> parameters, String formatName) throws IOException {
    File target = operator.isAutoWriteDisabled() ? fileOf(WRITE, parameters) : args.targetFile();
    if (target == null) {
      return;
    }
    List<File> sources = new ArrayList<>();
    args.sourcePaths(1).values().forEach(path -> sources.add(new File(path)));
    File readFile = fileOf(READ, parameters);
    if (readFile != null) {
      sources.add(readFile);
    }
    sources.addAll(FilesRead.all(operator.alias(), name -> parameters.get(name) == null ? null
        : parameters.get(name).toString()));
    SourceOverwriteCheck.refuse(target, sources);
    if (!operator.isAutoWriteDisabled()) {
      WriterFormat.check(formatName, target);
      // before prepare, which makes the target's folders and lock: a refused run leaves nothing
      FilesBesideTarget.checkAll(operator.alias(), name -> parameters.get(name) == null ? null
          : parameters.get(name).toString(), target.toPath(), "-t");
      DimapTarget.of(target).prepare();
    }
  }

  /**
   * The {@code file} parameter of {@code Read} or {@code Write} when that is the operator run;
   * null when it is not, or is empty (the operator reports that).
   */
  private File fileOf(String alias, Map<String, Object> parameters) {
    Object file = parameters.get("file");
    if (!alias.equals(operator.alias()) || file == null || file.toString().isBlank()) {
      return null;
    }
    return new File(file.toString().trim());
  }

  private void write(Product target, String formatName, ProgressMonitor pm) {
    GPF.writeProduct(target, args.targetFile(), formatName, args.clearCacheAfterRowWrite, false, pm);
  }

  /**
   * Reads every distinct source file once; a product read twice would be opened twice. With a
   * region, each is read by {@code Read} with {@code useAdvancedOptions}, as gpt's reader subsets it.
   */
  private static Map<String, Product> readSources(Map<String, String> paths, Map<String, String> region,
      List<Product> opened) {
    Map<String, Product> byPath = new HashMap<>();
    Map<String, Product> sources = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : paths.entrySet()) {
      String path = new File(entry.getValue()).getAbsolutePath();
      Product product = byPath.get(path);
      if (product == null) {
        product = region.isEmpty() ? ProductFiles.read(new File(entry.getValue()), null)
            : readRegion(new File(entry.getValue()), region);
        byPath.put(path, product);
        opened.add(product);
      }
      sources.put(entry.getKey(), product);
    }
    return sources;
  }

  private static Product readRegion(File file, Map<String, String> region) {
    Map<String, Object> parameters = new LinkedHashMap<>(region);
    parameters.put("file", file);
    parameters.put("useAdvancedOptions", true);
    return GPF.createProduct(READ, parameters);
  }
}
