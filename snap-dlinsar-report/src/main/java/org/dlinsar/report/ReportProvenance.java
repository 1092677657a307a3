package org.dlinsar.report;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dlinsar.files.Software;
import org.dlinsar.inference.ModelsMetadata;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;

/**
 * What made a report, for a reader of the report alone: the software and its build, when it was
 * written, and the networks the chain ran, as the chain product's {@code DL_InSAR_Models} records
 * them (CONTRACT.md section 8).
 *
 * @param software {@code DL-InSAR <build version>}
 * @param generated when the report was written, UTC, to the second
 * @param networks the DL steps that ran a network, in the element's order; empty when none did
 */
public record ReportProvenance(String software, Instant generated, List<Network> networks) {

  /** One DL step's network: the model card's name and version and the ONNX file's SHA-256. */
  public record Network(String step, String model, String version, String onnxSha256) {}

  public ReportProvenance {
    Objects.requireNonNull(software, "software");
    generated = generated.truncatedTo(ChronoUnit.SECONDS);
    networks = List.copyOf(networks);
  }

  /** This build's software, the time now and the networks recorded in {@code chain}. */
  public static ReportProvenance of(Product chain) {
    return new ReportProvenance(Software.name(), Instant.now(), networks(chain));
  }

  /** The networks {@code product}'s {@code DL_InSAR_Models} element records. */
  static List<Network> networks(Product product) {
    MetadataElement models = product.getMetadataRoot().getElement(ModelsMetadata.ELEMENT);
    List<Network> networks = new ArrayList<>();
    if (models != null) {
      for (MetadataElement step : models.getElements()) {
        networks.add(new Network(step.getName(), step.getAttributeString("model", "?"),
            step.getAttributeString("version", "?"), step.getAttributeString("onnx_sha256", "?")));
      }
    }
    return networks;
  }

  /** The Markdown section, ending in a blank line. */
  String markdown() {
    StringBuilder md = new StringBuilder("## Provenance\n\n");
    md.append("Generated ").append(generated).append(" (UTC) by ").append(Markdown.text(software)).append(".");
    if (networks.isEmpty()) {
      return md.append(" No network ran (classical methods only).\n\n").toString();
    }
    md.append(" Networks the chain ran (`DL_InSAR_Models` of its product):\n\n");
    md.append("| step | model | version | ONNX SHA-256 |\n| --- | --- | --- | --- |\n");
    for (Network n : networks) {
      // as the chain product's metadata says: a product from elsewhere may say anything
      md.append("| ").append(Markdown.text(n.step())).append(" | ").append(Markdown.text(n.model())).append(" | ")
          .append(Markdown.text(n.version())).append(" | ").append(Markdown.codeCell(n.onnxSha256())).append(" |\n");
    }
    return md.append('\n').toString();
  }

  /** The HTML section. */
  String html() {
    StringBuilder html = new StringBuilder("<section id=\"provenance\"><h2>Provenance</h2><p>Generated ")
        .append("<time datetime=\"").append(generated).append("\">").append(generated).append("</time> (UTC) by ")
        .append(Html.escape(software)).append('.');
    if (networks.isEmpty()) {
      return html.append(" No network ran (classical methods only).</p></section>\n").toString();
    }
    html.append(" Networks the chain ran (<code>DL_InSAR_Models</code> of its product):</p>")
        .append("<div class=\"wide\"><table class=\"networks\"><thead><tr><th>step</th><th>model</th><th>version</th>")
        .append("<th>ONNX SHA-256</th></tr></thead><tbody>");
    for (Network n : networks) {
      html.append("<tr><td>").append(Html.escape(n.step())).append("</td><td>").append(Html.escape(n.model()))
          .append("</td><td>").append(Html.escape(n.version())).append("</td><td><code>")
          .append(Html.escape(n.onnxSha256())).append("</code></td></tr>");
    }
    return html.append("</tbody></table></div></section>\n").toString();
  }
}
