package org.dlinsar.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dlinsar.files.Software;
import org.dlinsar.inference.ExecutionProvider;
import org.dlinsar.inference.ModelRecord;
import org.dlinsar.inference.ModelsMetadata;
import org.esa.snap.core.datamodel.Product;
import org.junit.jupiter.api.Test;

/**
 * The reports name what made them: the build, the time (UTC) and the networks the chain product
 * records in DL_InSAR_Models, each by name, version and ONNX SHA-256.
 */
class ReportProvenanceTest {

  @Test
  void theNetworksAreThoseTheChainProductRecordsWithTheBuildAndTheTimeOfWriting() {
    Product chain = new Product("chain", "IFG_STACK", 4, 4);
    ModelsMetadata.put(chain, "DL-Mask", record("skrau-mask", "1.0.0", "c".repeat(64)));
    ModelsMetadata.put(chain, "DL-Detect", record("yolo-landslide", "1.2.0", "d".repeat(64)));
    Instant before = Instant.now().minusSeconds(1);

    ReportProvenance provenance = ReportProvenance.of(chain);

    assertEquals(Software.name(), provenance.software());
    assertTrue(provenance.software().startsWith("DL-InSAR "), provenance.software());
    assertFalse(provenance.generated().isBefore(before) || provenance.generated().isAfter(Instant.now()));
    assertEquals(0, provenance.generated().getNano(), "to the second");
    assertEquals(List.of(new ReportProvenance.Network("DL-Mask", "skrau-mask", "1.0.0", "c".repeat(64)),
        new ReportProvenance.Network("DL-Detect", "yolo-landslide", "1.2.0", "d".repeat(64))),
        provenance.networks());
    assertEquals(List.of(), ReportProvenance.of(new Product("classical", "IFG_STACK", 4, 4)).networks());
  }

  /** report.md for --input ends with the same section as the simulated demo's. */
  @Test
  void theMarkdownReportEndsWithTheProvenanceSection() {
    ReportPage page = new ReportPage("input", List.of(), List.of(), List.of(), Optional.empty(), List.of(),
        new ProcessedArea(0, 100, "none"), SamplePages.PROVENANCE);

    String md = InputReport.markdown(page, "frame_chain");

    assertTrue(md.endsWith("## Provenance\n\nGenerated 2026-12-05T13:06:19Z (UTC) by DL-InSAR 0.1.0+abc123."
        + " Networks the chain ran (`DL_InSAR_Models` of its product):\n\n"
        + "| step | model | version | ONNX SHA-256 |\n| --- | --- | --- | --- |\n"
        + "| DL-Mask | skrau-mask | 1.0.0 | `" + "a".repeat(64) + "` |\n"
        + "| DL-Detect | yolo-landslide | 1.2.0 | `" + "b".repeat(64) + "` |\n\n"), md);
  }

  private static ModelRecord record(String name, String version, String onnxSha256) {
    return new ModelRecord(name, version, "task", true, name + ".onnx", onnxSha256, "e".repeat(64),
        ExecutionProvider.CPU, null);
  }
}
