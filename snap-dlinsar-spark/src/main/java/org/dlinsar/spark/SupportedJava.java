package org.dlinsar.spark;

import java.util.List;
import org.dlinsar.cli.CommandOptions;

/**
 * The Java versions Spark 4.0 and Hadoop 3.4.1 run on here: 17 to 23. Hadoop asks
 * {@code Subject.getSubject} for the user, which Java 23 allows only with
 * {@code -Djava.security.manager=allow} and Java 24 no more (JEP 486), so a run on a later JDK
 * would fail seconds in with "getSubject is not supported". The help and the version start no
 * Hadoop, so they are shown on any Java.
 */
final class SupportedJava {

  private SupportedJava() {
  }

  /** Why this JVM cannot run dlinsar-spark, or null where it can. */
  static String refusal() {
    return refusal(Runtime.version().feature(), System.getProperty("java.security.manager"));
  }

  /** Why this JVM cannot run the command line {@code args}, or null where it can. */
  static String refusal(List<String> args) {
    return refusal(args, Runtime.version().feature(), System.getProperty("java.security.manager"));
  }

  /**
   * Null for {@code --version}, {@code --help} or {@code -h} anywhere, as the runner answers them
   * first, without Hadoop; else the refusal of this Java, if any.
   */
  static String refusal(List<String> args, int feature, String securityManager) {
    if (args.contains("--version") || CommandOptions.ofProgram("dlinsar-spark", args).help()) {
      return null;
    }
    return refusal(feature, securityManager);
  }

  static String refusal(int feature, String securityManager) {
    if (feature >= 24) {
      return "Spark and Hadoop here need Java 17 to 23, not Java " + feature
          + " (Hadoop 3.4.1 calls Subject.getSubject, which Java 24 took away); set JAVA_HOME to such a JDK";
    }
    if (feature == 23 && !"allow".equals(securityManager)) {
      return "Hadoop 3.4.1 needs -Djava.security.manager=allow on Java 23 (for Subject.getSubject);"
          + " add it to the JVM's options";
    }
    return null;
  }
}
