package org.dlinsar.inference;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A model card in a few lines, as {@code bin/dlinsar models} prints it and SNAP's dialogs show it
 * beside the model choice: name, version and task, tile and training seed, what the model is, how
 * DL-Detect joins it with the classical method (when its card says), and each metric against the
 * classical method on held-out data.
 */
public final class ModelCardText {

  private ModelCardText() {
  }

  /** The card's lines: a heading, then its description and metrics indented by two spaces. */
  public static List<String> lines(ModelCard card) {
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "%s %s  task %s  tile %d, halo %d  training seed %d", card.name(),
        card.version(), card.task(), card.tile().size(), card.tile().halo(), card.training().seed()));
    if (!card.description().isEmpty()) {
      lines.add("  " + card.description());
    }
    if (card.ensemble() != null) {
      lines.add(String.format(Locale.ROOT, "  method DL joins it with CLASSICAL: its score %.2f and"
          + " CLASSICAL's %.2f each count as 0.5%s%s", card.ensemble().networkScore(),
          card.ensemble().classicalScore(), card.ensemble().classicalFirst()
              ? "; it adds only what CLASSICAL does not find" : "",
          card.ensemble().agreement() == 0 ? "" : String.format(Locale.ROOT, "; a target both"
              + " find scores at least their mean + %.2f (less above 0.5)", card.ensemble().agreement())));
    }
    for (ModelCard.Metric m : card.metrics()) {
      lines.add(String.format(Locale.ROOT, "  %s: %.3f (%s %.3f) on %s", m.name(), m.model(), m.classicalMethod(),
          m.classical(), m.heldOut()));
    }
    if (card.metrics().isEmpty()) {
      lines.add("  no metrics in its card");
    }
    return lines;
  }
}
