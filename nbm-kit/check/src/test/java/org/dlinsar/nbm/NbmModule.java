package org.dlinsar.nbm;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * One built .nbm file: the NetBeans module jar inside it (netbeans/modules/&lt;cnb&gt;.jar), its
 * manifest and the library jars under netbeans/modules/ext, extracted to a folder for reading.
 */
final class NbmModule {

  static final Path ROOT = Path.of(System.getProperty("dlinsar.root", "../.."));
  private static final String VERSION = System.getProperty("dlinsar.nbm.version", "0.1.0-SNAPSHOT");

  final String codeNameBase;
  final Path nbm;
  final Path moduleJar;
  final Manifest manifest;
  final List<String> entries = new ArrayList<>();

  private NbmModule(String codeNameBase, Path nbm, Path moduleJar, Manifest manifest) {
    this.codeNameBase = codeNameBase;
    this.nbm = nbm;
    this.moduleJar = moduleJar;
    this.manifest = manifest;
  }

  /** Opens nbm-kit/&lt;folder&gt;/target/nbm/&lt;artifactId&gt;-&lt;version&gt;.nbm and extracts it under {@code into}. */
  static NbmModule open(String folder, String artifactId, String codeNameBase, Path into) throws IOException {
    Path nbm = ROOT.resolve("nbm-kit").resolve(folder).resolve("target/nbm/" + artifactId + "-" + VERSION + ".nbm");
    assertTrue(Files.isRegularFile(nbm), nbm + " was not built (mvn -Pnbm package)");
    Path dir = into.resolve(folder);
    List<String> names = new ArrayList<>();
    try (ZipFile zip = new ZipFile(nbm.toFile())) {
      for (ZipEntry entry : zip.stream().toList()) {
        names.add(entry.getName());
        if (!entry.isDirectory()) {
          Path target = dir.resolve(entry.getName());
          Files.createDirectories(target.getParent());
          try (InputStream in = zip.getInputStream(entry)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
    }
    Path moduleJar = dir.resolve("netbeans/modules/" + codeNameBase.replace('.', '-') + ".jar");
    assertTrue(Files.isRegularFile(moduleJar), nbm.getFileName() + " lacks its module jar " + moduleJar.getFileName());
    Manifest manifest;
    try (JarFile jar = new JarFile(moduleJar.toFile())) {
      manifest = jar.getManifest();
    }
    assertNotNull(manifest, moduleJar + " has no manifest");
    NbmModule module = new NbmModule(codeNameBase, nbm, moduleJar, manifest);
    module.entries.addAll(names);
    return module;
  }

  String attribute(String name) {
    return manifest.getMainAttributes().getValue(new Attributes.Name(name));
  }

  /** The library jars the module's Class-Path names, resolved beside the module jar. */
  List<Path> classPath() {
    List<Path> jars = new ArrayList<>();
    String classPath = attribute("Class-Path");
    if (classPath != null) {
      for (String entry : classPath.trim().split("\\s+")) {
        jars.add(moduleJar.getParent().resolve(entry));
      }
    }
    return jars;
  }

  /**
   * Info/info.xml's license element, or null; read without fetching the autoupdate DTD its
   * DOCTYPE names (the update center's parser does not need it either).
   */
  Element licenseElement() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    Path info = moduleJar.getParent().getParent().getParent().resolve("Info/info.xml");
    NodeList licenses = factory.newDocumentBuilder().parse(info.toFile()).getElementsByTagName("license");
    return licenses.getLength() == 0 ? null : (Element) licenses.item(0);
  }

  /**
   * The Maven version a library jar states: its pom.properties', else its manifest's
   * Implementation-Version; null where it states neither (EJML's jars).
   */
  static String statedVersion(Path jar) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      for (JarEntry entry : file.stream().toList()) {
        if (entry.getName().startsWith("META-INF/maven/") && entry.getName().endsWith("/pom.properties")) {
          Properties pom = new Properties();
          try (InputStream in = file.getInputStream(entry)) {
            pom.load(in);
          }
          return pom.getProperty("version");
        }
      }
      Manifest manifest = file.getManifest();
      return manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.IMPLEMENTATION_VERSION);
    }
  }

  /** Every jar the .nbm holds: the module jar and its libraries. */
  List<Path> jars() {
    List<Path> jars = new ArrayList<>();
    Path dir = moduleJar.getParent().getParent().getParent();
    for (String name : entries) {
      if (name.endsWith(".jar")) {
        jars.add(dir.resolve(name));
      }
    }
    return jars;
  }
}
