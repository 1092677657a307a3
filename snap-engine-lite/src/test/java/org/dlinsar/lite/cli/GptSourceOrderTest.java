package org.dlinsar.lite.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dlinsar.lite.gpf.testops.PoolOp;
import org.esa.snap.core.datamodel.Product;
import org.junit.jupiter.api.Test;

/**
 * gpt keeps its source files in a TreeMap keyed "sourceProduct", "sourceProduct.N" and
 * "sourceProductN" (snap-engine 14.x, snap-gpf {@code main/CommandLineArgs}: {@code sourceFilePathMap};
 * {@code CommandLineTool.getSourceProductMap} builds the product map as a TreeMap too), so
 * operators get their sources in key order, where "sourceProduct.10" sorts before
 * "sourceProduct.2".
 */
class GptSourceOrderTest {

  @Test
  void elevenPositionalSourcesReachTheOperatorInKeyOrder() throws UsageException {
    List<String> command = new ArrayList<>(List.of("Test-Pool"));
    for (int i = 1; i <= 11; i++) {
      command.add("p" + i + ".dim");
    }
    Map<String, String> paths = LauncherArguments.parse(command).sourcePaths(1);
    Map<String, Product> byFile = new HashMap<>();
    Map<String, Product> sources = new LinkedHashMap<>();
    paths.forEach((key, file) -> sources.put(key, byFile.computeIfAbsent(file, f -> new Product(f, "T", 1, 1))));

    PoolOp op = (PoolOp) new PoolOp.Spi().createOperator(Map.of(), sources);
    op.getTargetProduct();

    assertSame(byFile.get("p1.dim"), op.sourceProduct);
    List<String> order = new ArrayList<>();
    for (Product product : op.sourceProducts) {
      order.add(product.getName());
    }
    assertEquals(List.of("p10.dim", "p11.dim", "p2.dim", "p3.dim", "p4.dim", "p5.dim", "p6.dim", "p7.dim", "p8.dim",
        "p9.dim"), order);
  }

  @Test
  void namedSourcesSortAmongThePositionalOnes() throws UsageException {
    Map<String, String> paths = LauncherArguments.parse(List.of("Op", "-Szeta=z.dim", "a.dim", "-Salpha=x.dim"))
        .sourcePaths(1);
    assertArrayEquals(new String[] {"alpha", "sourceProduct", "sourceProduct.1", "sourceProduct1", "zeta"},
        paths.keySet().toArray(new String[0]));
  }
}
