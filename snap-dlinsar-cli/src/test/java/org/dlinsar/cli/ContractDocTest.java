package org.dlinsar.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dlinsar.lite.graph.OperatorInfo;
import org.dlinsar.lite.graph.ParameterInfo;
import org.esa.snap.core.gpf.GPF;
import org.esa.snap.core.gpf.OperatorSpi;
import org.junit.jupiter.api.Test;

/**
 * docs/CONTRACT.md, the users' description of the plugin, stays in step with the code: every
 * DL-InSAR operator is in its operator table, and every parameter is in its parameter table with
 * the default the code declares.
 */
class ContractDocTest {

  private static final Path CONTRACT = Path.of(System.getProperty("dlinsar.root", "..")).resolve("docs/CONTRACT.md");

  @Test
  void everyOperatorAndParameterIsDocumentedWithItsDefault() throws IOException {
    String doc = Files.readString(CONTRACT);
    List<String> missing = new ArrayList<>();
    List<String> aliases = dlinsarOperatorAliases();
    assertFalse(aliases.isEmpty(), "no DL-InSAR operator registered");
    for (String alias : aliases) {
      if (!doc.contains("\n| `" + alias + "` | ")) {
        missing.add("operator " + alias);
      }
      for (ParameterInfo parameter : OperatorInfo.find(alias).parameters()) {
        String row = "\n| `" + alias + "` | `" + parameter.name() + "` | `" + parameter.annotation().defaultValue() + "` |";
        if (!doc.contains(row)) {
          missing.add("parameter row" + row.strip());
        }
      }
    }
    assertTrue(missing.isEmpty(), CONTRACT + " lacks:\n  " + String.join("\n  ", missing));
  }

  /** The operators of DL-InSAR itself, not the headless engine's Read and Write. */
  private static List<String> dlinsarOperatorAliases() {
    List<String> aliases = new ArrayList<>();
    for (OperatorSpi spi : GPF.getDefaultInstance().getOperatorSpiRegistry().getOperatorSpis()) {
      String type = spi.getOperatorClass().getName();
      if (type.startsWith("org.dlinsar.") && !type.startsWith("org.dlinsar.lite.")) {
        aliases.add(spi.getOperatorAlias());
      }
    }
    return aliases;
  }
}
