package org.dlinsar.nbm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.Remapper;

/**
 * The NetBeans modules whose classes a module jar's code uses: every class its class files name
 * (fields, methods, signatures, instructions, annotations), mapped to the module that provides
 * its package in SNAP 12-14. A NetBeans module sees only the classes of modules it declares.
 */
final class ReferencedModules {

  /** Package (or class) prefixes, in internal form, and the module providing them; the longest prefix wins. */
  private static final Map<String, String> PROVIDERS = Map.ofEntries(
      Map.entry("org/esa/snap/core/gpf/ui/", "org.esa.snap.snap.gpf.ui"),
      Map.entry("org/esa/snap/core/gpf/", "org.esa.snap.snap.gpf"),
      Map.entry("org/esa/snap/core/", "org.esa.snap.snap.core"),
      // snap-core bundles GeoTools 28, whose GeoAPI packages its pom lists as public (12.x-14.x)
      Map.entry("org/opengis/", "org.esa.snap.snap.core"),
      Map.entry("org/esa/snap/rcp/", "org.esa.snap.snap.rcp"),
      Map.entry("org/esa/snap/ui/", "org.esa.snap.snap.ui"),
      Map.entry("org/esa/snap/graphbuilder/", "org.esa.snap.snap.graph.builder"),
      Map.entry("com/bc/ceres/binding/", "org.esa.snap.ceres.binding"),
      Map.entry("com/bc/ceres/core/", "org.esa.snap.ceres.core"),
      // ceres-core bundles Commons Math 3.6.1 and lists its packages as public (12.x-14.x)
      Map.entry("org/apache/commons/math3/", "org.esa.snap.ceres.core"),
      Map.entry("org/openide/windows/", "org.openide.windows"),
      Map.entry("org/openide/util/HelpCtx", "org.openide.util.ui"),
      Map.entry("org/openide/awt/", "org.openide.awt"),
      Map.entry("org/dlinsar/", "org.dlinsar.snap.dlinsar.operators"));
  /** Provided by the JDK, or the module's own. */
  private static final Set<String> NONE = Set.of("java/", "javax/", "org/w3c/", "org/xml/", "jdk/", "sun/");

  private ReferencedModules() {
  }

  /**
   * The modules the classes of {@code jar} use, those under {@code ownPrefixes} (its own packages
   * and its libraries') left out.
   *
   * @throws IllegalStateException naming a class outside the JDK whose module is not mapped
   */
  static Set<String> of(Path jar, Set<String> ownPrefixes) throws IOException {
    Set<String> types = types(jar);
    Set<String> modules = new TreeSet<>();
    for (String type : types) {
      if (ownPrefixes.stream().anyMatch(type::startsWith) || NONE.stream().anyMatch(type::startsWith)) {
        continue;
      }
      String provider = PROVIDERS.entrySet().stream().filter(e -> type.startsWith(e.getKey()))
          .max((a, b) -> Integer.compare(a.getKey().length(), b.getKey().length())).map(Map.Entry::getValue)
          .orElseThrow(() -> new IllegalStateException(jar.getFileName() + " uses " + type
              + ", whose module ReferencedModules does not know"));
      modules.add(provider);
    }
    return modules;
  }

  /** Every class (internal name) the class files of {@code jar} name. */
  static Set<String> types(Path jar) throws IOException {
    Set<String> types = new TreeSet<>();
    Remapper collector = new Remapper() {
      @Override
      public String map(String internalName) {
        types.add(internalName);
        return internalName;
      }
    };
    try (JarFile file = new JarFile(jar.toFile())) {
      Enumeration<JarEntry> entries = file.entries();
      while (entries.hasMoreElements()) {
        JarEntry entry = entries.nextElement();
        if (entry.getName().endsWith(".class")) {
          try (InputStream in = file.getInputStream(entry)) {
            // A writer as the delegate: a bare ClassVisitor returns no method visitor, and the
            // remapper then never sees the instructions' classes.
            new ClassReader(in).accept(new ClassRemapper(new ClassWriter(0), collector), 0);
          }
        }
      }
    }
    return types;
  }
}
