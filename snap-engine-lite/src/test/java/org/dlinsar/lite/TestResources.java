package org.dlinsar.lite;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Files of this module's test resources ({@code src/test/resources}), as they lie in the built test classes. */
public final class TestResources {

  private TestResources() {
  }

  /**
   * The file or folder {@code name} of the test resources.
   *
   * @throws IllegalStateException naming the resource if it is not on the test class path
   */
  public static Path path(String name) {
    URL url = TestResources.class.getClassLoader().getResource(name);
    if (url == null) {
      throw new IllegalStateException("test resource " + name + " is missing from the test class path"
          + " (it lives in snap-engine-lite/src/test/resources/" + name + ")");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new IllegalStateException("test resource " + name + " is not a plain file: " + url, e);
    }
  }
}
