package org.dlinsar.lite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherArgumentsTest {

  @Test
  void namesPositionalSourcesAsGptDoes() throws UsageException {
    LauncherArguments args = LauncherArguments.parse(List.of("Op", "a.dim", "b.dim", "-Smaster=m.dim"));

    Map<String, String> sources = args.sourcePaths(1);

    assertEquals(List.of("master", "sourceProduct", "sourceProduct.1", "sourceProduct.2", "sourceProduct1",
        "sourceProduct2"), List.copyOf(sources.keySet()));
    assertEquals("a.dim", sources.get("sourceProduct"));
    assertEquals("b.dim", sources.get("sourceProduct2"));
    assertEquals("m.dim", sources.get("master"));
  }

  @Test
  void readsOptionsAndParametersKeepingEqualsSignsInValues() throws UsageException {
    LauncherArguments args = LauncherArguments.parse(
        List.of("Op", "-PexprA=a==b", "-t", "out.dim", "-f", "BEAM-DIMAP", "-q", "4", "-x", "-e"));

    assertEquals("a==b", args.parameters.get("exprA"));
    assertEquals(new File("out.dim"), args.targetFile());
    assertEquals(4, args.threads);
    assertTrue(args.clearCacheAfterRowWrite && args.stackTrace);
  }

  @Test
  void defaultsTargetToTargetDim() throws UsageException {
    assertEquals(new File("target.dim"), LauncherArguments.parse(List.of("Op")).targetFile());
  }

  @Test
  void derivesTheFormatFromTheTargetsExtensionAsGptDoes() throws UsageException {
    assertEquals("BEAM-DIMAP", LauncherArguments.parse(List.of("Op")).targetFormatName());
    assertEquals("BEAM-DIMAP", LauncherArguments.parse(List.of("Op", "-t", "out")).targetFormatName());
    assertEquals("BEAM-DIMAP", LauncherArguments.parse(List.of("Op", "-t", "a.b/OUT.DIM")).targetFormatName());
    assertEquals("BEAM-DIMAP", LauncherArguments.parse(List.of("Op", "-t", "out.tif", "-f", "BEAM-DIMAP"))
        .targetFormatName());
    LauncherArguments tif = LauncherArguments.parse(List.of("Op", "-t", "out.tif"));
    UsageException e = assertThrows(UsageException.class, tif::targetFormatName);
    assertTrue(e.getMessage().contains("'.tif'") && e.getMessage().contains("out.tif"), e.getMessage());
  }

  @Test
  void letsCommandLineParametersOverrideTheParameterFile(@TempDir File dir) throws Exception {
    File properties = new File(dir, "p.properties");
    Files.writeString(properties.toPath(), "a=1\nb=2\n");

    LauncherArguments args = LauncherArguments.parse(List.of("Op", "-p", properties.getPath(), "-Pb=3"));

    assertEquals(Map.of("a", "1", "b", "3"), args.allParameters());
  }

  @Test
  void substitutesGptsVariablesInTheParameterFile(@TempDir File dir) throws Exception {
    File properties = new File(dir, "p.properties");
    Files.writeString(properties.toPath(), "csv=${targetDir}/${targetBaseName}.csv\nname=${targetName}\n"
        + "format=${targetFormat}\nop=${operatorName}\nhome=${system.java.home}\nkept=${nothing}\n");

    LauncherArguments args = LauncherArguments.parse(List.of("Op", "-t", "out/run1.dim", "-p", properties.getPath()));

    assertEquals(Map.of("csv", "out/run1.csv", "name", "run1.dim", "format", "BEAM-DIMAP", "op", "Op",
        "home", System.getProperty("java.home"), "kept", "${nothing}"), args.allParameters());
  }

  @Test
  void readsAnXmlParameterFileAsAParameterElement(@TempDir File dir) throws Exception {
    File xml = new File(dir, "p.xml");
    Files.writeString(xml.toPath(), "<?xml version=\"1.0\"?>\n<parameters>\n  <file>${targetDir}/in.dim</file>\n"
        + "  <sourceBands><band>a</band><band>b</band></sourceBands>\n</parameters>\n");

    LauncherArguments args = LauncherArguments.parse(List.of("Op", "-t", "a&b/out.dim", "-p", xml.getPath()));
    ParameterFile file = args.readParameterFile();

    assertTrue(file.isXml());
    assertEquals(Map.of(), args.allParameters(file));
    assertEquals("a&b/in.dim", file.xml().getChild("file").getValue());
    assertEquals(2, file.xml().getChild("sourceBands").getChildCount());
  }

  @Test
  void rejectsAMalformedXmlParameterFileNamingIt(@TempDir File dir) throws Exception {
    File xml = new File(dir, "p.xml");
    Files.writeString(xml.toPath(), "<parameters><file>in.dim</parameters>");

    LauncherArguments args = LauncherArguments.parse(List.of("Op", "-p", xml.getPath()));
    IOException e = assertThrows(IOException.class, args::readParameterFile);

    assertTrue(e.getMessage().contains(xml.getPath()) && e.getMessage().contains("line 1"), e.getMessage());
  }

  @Test
  void rejectsOptionsWithoutValueNamingThem() {
    UsageException e = assertThrows(UsageException.class, () -> LauncherArguments.parse(List.of("Op", "-t")));
    assertTrue(e.getMessage().contains("'-t'"), e.getMessage());
  }

  @Test
  void rejectsParameterWithoutEqualsSign() {
    UsageException e = assertThrows(UsageException.class, () -> LauncherArguments.parse(List.of("Op", "-Pfile")));
    assertTrue(e.getMessage().contains("-Pfile"), e.getMessage());
  }

  @Test
  void ignoresAThreadCountBelowOneAsGptDoesKeepingTheDefault() throws UsageException {
    assertNull(LauncherArguments.parse(List.of("Op", "-q", "-1")).threads);
    assertNull(LauncherArguments.parse(List.of("Op", "-q", "4", "-q", "0")).threads);
  }

  @Test
  void rejectsAThreadCountThatIsNotANumberNamingIt() {
    UsageException e = assertThrows(UsageException.class, () -> LauncherArguments.parse(List.of("Op", "-q", "many")));
    assertTrue(e.getMessage().contains("'-q'") && e.getMessage().contains("'many'"), e.getMessage());
  }

  @Test
  void trimsNamesAndValuesOfParametersSourcesAndPropertiesAsGptDoes() throws UsageException {
    LauncherArguments args = LauncherArguments.parse(List.of("Op", "-P method = DL ", "-S master = m.dim ",
        "-D snap.parallelism = 2 "));

    assertEquals(Map.of("method", "DL"), args.parameters);
    assertEquals(Map.of("master", "m.dim"), args.sourcePaths(1));
    assertEquals(Map.of("snap.parallelism", "2"), args.systemProperties);
  }

  @Test
  void fillsOneSourceMapInArgumentOrderSoTheLaterWinsAsInGpt() throws UsageException {
    assertEquals("a.dim", LauncherArguments.parse(List.of("Op", "-SsourceProduct=s.dim", "a.dim"))
        .sourcePaths(1).get("sourceProduct"));
    assertEquals("s.dim", LauncherArguments.parse(List.of("Op", "a.dim", "-SsourceProduct=s.dim"))
        .sourcePaths(1).get("sourceProduct"));
  }

  @Test
  void readsSystemPropertiesAsGptDoes() throws UsageException {
    LauncherArguments args = LauncherArguments.parse(List.of("Op", "-Dsnap.jai.tileCacheSize=1000"));
    assertEquals(Map.of("snap.jai.tileCacheSize", "1000"), args.systemProperties);
  }

  @Test
  void rejectsASourceWithoutAFileNamingIt() {
    UsageException e = assertThrows(UsageException.class, () -> LauncherArguments.parse(List.of("Op", "-Sfoo=")));
    assertTrue(e.getMessage().contains("'-Sfoo='"), e.getMessage());
  }

  @Test
  void readsTheTileCacheSizeInBytesWithGptsSuffixes() throws UsageException {
    assertEquals(512L << 20, LauncherArguments.parse(List.of("Op", "-c", "512M")).tileCacheBytes);
    assertEquals(2L << 30, LauncherArguments.parse(List.of("Op", "-c", "2g")).tileCacheBytes);
    assertEquals(64L << 10, LauncherArguments.parse(List.of("Op", "-c", "64K")).tileCacheBytes);
    assertEquals(1000L, LauncherArguments.parse(List.of("Op", "-c", "1000")).tileCacheBytes);
    assertNull(LauncherArguments.parse(List.of("Op")).tileCacheBytes);
  }

  /** As gpt: a negative size is refused as such; it was worded as a missing value. */
  @Test
  void rejectsANegativeTileCacheSizeAsSuch() throws UsageException {
    for (String size : List.of("-1", "-512M")) {
      UsageException e = assertThrows(UsageException.class, () -> LauncherArguments.parse(List.of("Op", "-c", size)));
      assertTrue(e.getMessage().contains("0 (no cache) or more") && e.getMessage().contains("'" + size + "'"),
          e.getMessage());
    }
    assertEquals(0L, LauncherArguments.parse(List.of("Op", "-c", "0")).tileCacheBytes);
  }

  @Test
  void rejectsATileCacheSizeThatIsNotANumberNamingIt() {
    UsageException e = assertThrows(UsageException.class, () -> LauncherArguments.parse(List.of("Op", "-c", "lots")));
    assertTrue(e.getMessage().contains("'-c'") && e.getMessage().contains("'lots'"), e.getMessage());
  }
}
