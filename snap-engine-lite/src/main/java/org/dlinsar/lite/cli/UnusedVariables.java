package org.dlinsar.lite.cli;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.dlinsar.lite.TemplateKeys;

/**
 * The {@code -P} variables a graph's text never names, as {@code ${name}} or {@code $name} ({@link
 * TemplateKeys}): gpt ignores them without
 * a word, so a misspelt one ({@code -Pouptut=}) or a region the graph's Read does not take would
 * let the run go on as if it had been given. bin/dlinsar and bin/dlinsar-spark warn of each in the
 * same words.
 */
public final class UnusedVariables {

  /** The variables a Read node may take for a region of its input, as gpt's {@code -PpixelRegion}. */
  public static final List<String> SOURCE_REGIONS = LauncherArguments.SOURCE_REGION_PARAMETERS;

  private UnusedVariables() {
  }

  /** Those of {@code names} that {@code graphText} never names, in their order. */
  public static List<String> of(String graphText, Collection<String> names) {
    Set<String> named = TemplateKeys.named(graphText);
    return names.stream().filter(name -> !named.contains(name)).toList();
  }

  /** The warning for variable {@code name}, which graph {@code graphFile} never names. */
  public static String warning(Object graphFile, String name) {
    return "Warning: graph " + graphFile + " uses no ${" + name + "}: the variable " + name
        + " is ignored, as gpt ignores it";
  }
}
