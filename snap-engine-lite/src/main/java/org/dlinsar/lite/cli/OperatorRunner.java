package org.dlinsar.lite.cli;

import com.bc.ceres.core.ProgressMonitor;
import org.dlinsar.lite.dimap.DimapTarget;
import org.dlinsar.lite.graph.OperatorInfo;
import org.dlinsar.lite.graph.ProductFiles;
import org.dlinsar.lite.graph.ProductTarget;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.GPF;
import org.esa.snap.core.gpf.Operator;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code dlinsar <alias> ...}: reads the sources, creates the operator and writes its target
 * product to {@code -t} (unless the operator writes its own output, like {@code Write}). A run
 * that fails leaves no target behind that it created. A target that holds anything but a
 * previous product is refused before any source is read.
 */
final class OperatorRunner {

  private final OperatorInfo operator;
  private final LauncherArguments args;

  OperatorRunner(OperatorInfo operator, LauncherArguments args) {
    this.operator = operator;
    this.args = args;
  }

  /**
   * @throws UsageException naming the parameter if one is unknown to the operator
   * @throws IOException naming the parameter file if it cannot be read
   * @throws org.esa.snap.core.gpf.OperatorException naming the file, parameter or value if a
   *     source cannot be read, a parameter value is bad, or processing or writing fails
   */
  void run(ProgressMonitor pm) throws UsageException, IOException {
    Map<String, Object> parameters;
    try {
      parameters = operator.parameterValues(args.allParameters());
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage(), e);
    }
    if (!operator.isAutoWriteDisabled()) {
      // fail before any source is read or pixel computed; Write checks its file when created
      DimapTarget.of(args.targetFile()).prepare();
    }
    List<Product> opened = new ArrayList<>();
    Product target = null;
    try {
      Map<String, Product> sources = readSources(args.sourcePaths(1), opened);
      if (operator.isAutoWriteDisabled()) {
        Operator op = GPF.getDefaultInstance().createOperator(operator.alias(), parameters, sources, null);
        target = op.getTargetProduct();
        op.execute(pm);
      } else {
        target = GPF.createProduct(operator.alias(), parameters, sources);
        write(target, pm);
      }
    } finally {
      if (target != null && !opened.contains(target)) {
        target.dispose();
      }
      opened.forEach(Product::dispose);
    }
  }

  private void write(Product target, ProgressMonitor pm) {
    ProductTarget files = new ProductTarget(args.targetFile());
    ProductTarget.Snapshot before = files.snapshot();
    boolean written = false;
    try {
      GPF.writeProduct(target, args.targetFile(), args.formatName, args.clearCacheAfterRowWrite, false, pm);
      written = true;
    } finally {
      if (!written) {
        files.deleteCreatedSince(before);
      }
    }
  }

  /** Reads every distinct source file once; a product read twice would be opened twice. */
  private static Map<String, Product> readSources(Map<String, String> paths, List<Product> opened) {
    Map<String, Product> byPath = new HashMap<>();
    Map<String, Product> sources = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : paths.entrySet()) {
      String path = new File(entry.getValue()).getAbsolutePath();
      Product product = byPath.get(path);
      if (product == null) {
        product = ProductFiles.read(new File(entry.getValue()), null);
        byPath.put(path, product);
        opened.add(product);
      }
      sources.put(entry.getKey(), product);
    }
    return sources;
  }
}
