package org.dlinsar.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.dlinsar.lite.graph.OperatorInfo;
import org.esa.snap.core.dataio.ProductReaderPlugIn;
import org.junit.jupiter.api.Test;

/**
 * Read's help names what the launcher's Read opens: BEAM-DIMAP and every format of the reader
 * plug-ins on the classpath (DL-InSAR's interferogram folders, docs/CONTRACT.md section 7).
 */
class ReadHelpTest {

  @Test
  void formatNameHelpListsEveryReaderPlugInFormat() {
    String help = OperatorInfo.find("Read").parameter("formatName").annotation().description();
    List<String> formats = new ArrayList<>(List.of("BEAM-DIMAP"));
    for (ProductReaderPlugIn plugIn : ServiceLoader.load(ProductReaderPlugIn.class)) {
      formats.addAll(List.of(plugIn.getFormatNames()));
    }
    assertTrue(formats.size() > 1, "no reader plug-in on the classpath");

    List<String> missing = formats.stream().filter(format -> !help.contains(format)).toList();

    assertTrue(missing.isEmpty(), "Read's formatName help \"" + help + "\" lacks " + missing);
  }

  @Test
  void fileHelpSaysAFolderIsReadToo() {
    OperatorInfo read = OperatorInfo.find("Read");

    String file = read.parameter("file").annotation().description();

    assertTrue(file.contains("folder"), file);
    assertFalse(read.description().contains("from a BEAM-DIMAP file."), read.description());
  }
}
