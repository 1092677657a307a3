package org.dlinsar.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.dlinsar.inference.BundledModels;
import org.dlinsar.inference.ModelCard;
import org.dlinsar.inference.ModelsMetadata;
import org.dlinsar.inference.ResolvedModel;
import org.dlinsar.sim.ScenePresets;
import org.dlinsar.sim.SimulatedProducts;
import org.esa.snap.core.dataio.ProductIO;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.gpf.GPF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every DL step records in its product which network ran (DL_InSAR_Models, CONTRACT.md section
 * 8): two weights files under one card name are told apart, and the default model is named.
 */
class ModelRecordTest {

  @TempDir
  Path dir;

  private static final int SIZE = 64;

  @Test
  void twoMaskModelsDifferingInOneWeightAreToldApartInTheWrittenProduct() throws Exception {
    ResolvedModel bundled = BundledModels.onClassPath().named("skrau-mask").orElseThrow();
    byte[] onnx = bytes(bundled.onnx());
    byte[] card = bytes(new URL(bundled.onnx(), "skrau-mask.card.json"));
    // the head's bias 3 higher: every logit moves, the card stays the same
    Path a = copy("a", onnx, card);
    Path b = copy("b", withFirstValueRaised(onnx, "net.head.bias", 3f), card);
    Product stack = SimulatedProducts.stack(ScenePresets.landslides(7).withSize(SIZE, SIZE));

    MetadataElement recordA = written("a", stack, a).getMetadataRoot()
        .getElement(ModelsMetadata.ELEMENT).getElement("DL-Mask");
    MetadataElement recordB = written("b", stack, b).getMetadataRoot()
        .getElement(ModelsMetadata.ELEMENT).getElement("DL-Mask");

    assertEquals("skrau-mask", recordA.getAttributeString("model"));
    assertEquals(bundled.card().version(), recordA.getAttributeString("version"));
    assertEquals("mask", recordA.getAttributeString("task"));
    assertEquals("file", recordA.getAttributeString("origin"));
    assertEquals(a.toString(), recordA.getAttributeString("onnx_file"));
    assertEquals(sha256(onnx), recordA.getAttributeString("onnx_sha256"));
    assertEquals(sha256(Files.readAllBytes(b)), recordB.getAttributeString("onnx_sha256"));
    assertNotEquals(recordA.getAttributeString("onnx_sha256"), recordB.getAttributeString("onnx_sha256"),
        "one weight apart, the records differ");
    assertEquals(sha256(card), recordA.getAttributeString("card_sha256"));
    assertEquals(sha256(card), recordB.getAttributeString("card_sha256"));
    assertEquals("CPU", recordA.getAttributeString("execution_provider"));
    assertNull(recordA.getAttribute("ensemble_network_score"), "a mask card has no ensemble");
  }

  @Test
  void dlDetectByDefaultRecordsTheBundledLandslideNetworkWhereItRanAndItsEnsemble() throws Exception {
    Product stack = SimulatedProducts.stack(ScenePresets.landslides(7).withSize(SIZE, SIZE));
    Product gradient = GPF.createProduct("Phase-Gradient-Stack", Map.of(),
        GPF.createProduct("DL-Mask", Map.of("method", "OTSU"), stack));
    // the defaults of the shipped chain: method DL, model empty, provider AUTO
    Product detected = GPF.createProduct("DL-Detect", Map.of(), gradient);

    ResolvedModel yolo = BundledModels.onClassPath().named("yolo-landslide").orElseThrow();
    ModelCard.Ensemble ensemble = yolo.card().ensemble();
    MetadataElement record = ModelsMetadata.of(detected, "DL-Detect");
    assertNotNull(record, "DL-Detect's record");
    assertEquals("yolo-landslide", record.getAttributeString("model"));
    assertEquals(yolo.card().version(), record.getAttributeString("version"));
    assertEquals("bundled", record.getAttributeString("origin"));
    assertEquals(sha256(bytes(yolo.onnx())), record.getAttributeString("onnx_sha256"));
    assertEquals(sha256(bytes(new URL(yolo.onnx(), "yolo-landslide.card.json"))),
        record.getAttributeString("card_sha256"));
    // AUTO asked, where it ran recorded: this build of ONNX Runtime has no CUDA
    assertEquals("CPU", record.getAttributeString("execution_provider"));
    assertEquals(ensemble.networkScore(), record.getAttributeDouble("ensemble_network_score"));
    assertEquals(ensemble.classicalScore(), record.getAttributeDouble("ensemble_classical_score"));
    assertEquals(Boolean.toString(ensemble.classicalFirst()),
        record.getAttributeString("ensemble_classical_first"));
    assertEquals(ensemble.agreement(), record.getAttributeDouble("ensemble_agreement"));
    assertEquals("yolo-landslide " + yolo.card().version(),
        detected.getMetadataRoot().getElement("Detections").getAttributeString("model"));
    assertNull(ModelsMetadata.of(detected, "DL-Mask"), "DL-Mask ran OTSU: no network to record");

    // detected again without a network: the record of the detections it replaced goes with them
    Product again = GPF.createProduct("DL-Detect", Map.of("method", "CLASSICAL"), detected);
    assertNull(ModelsMetadata.of(again, "DL-Detect"));
    assertNull(again.getMetadataRoot().getElement("Detections").getAttribute("model"));
  }

  /**
   * The GeoJSON DL-Detect writes names where it came from at its top level (a foreign member,
   * RFC 7946 section 6.1), so that the file forwarded alone can be traced: the product it goes
   * beside, the software's build, the mode and method, the network as DL_InSAR_Models records it
   * and when it was written. Its top level held only type and features before.
   */
  @Test
  void theDetectionsGeoJsonNamesItsProductSoftwareMethodNetworkAndTime() throws Exception {
    Product stack = SimulatedProducts.stack(ScenePresets.landslides(7).withSize(SIZE, SIZE));
    Product gradient = GPF.createProduct("Phase-Gradient-Stack", Map.of(),
        GPF.createProduct("DL-Mask", Map.of("method", "OTSU"), stack));
    java.time.Instant before = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    Product detected = GPF.createProduct("DL-Detect", Map.of("detectionsFile", dir.resolve("det.dim").toFile()),
        gradient);

    com.fasterxml.jackson.databind.JsonNode file = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(dir.resolve("det.detections.geojson").toFile());
    assertEquals("FeatureCollection", file.get("type").asText());
    com.fasterxml.jackson.databind.JsonNode provenance = file.get("provenance");
    assertNotNull(provenance, "a top-level provenance member: " + file);
    assertEquals("det.dim", provenance.get("product").asText());
    assertTrue(provenance.get("software").asText().matches("DL-InSAR \\d+\\.\\d+\\.\\d+.*"),
        provenance.toString());
    java.time.Instant created = java.time.Instant.parse(provenance.get("created").asText());
    assertTrue(!created.isBefore(before) && !created.isAfter(java.time.Instant.now()), created.toString());
    assertEquals("DL-Detect", provenance.get("operator").asText());
    assertEquals("LANDSLIDE", provenance.get("mode").asText());
    assertEquals("DL", provenance.get("method").asText());
    MetadataElement record = ModelsMetadata.of(detected, "DL-Detect");
    com.fasterxml.jackson.databind.JsonNode model = provenance.get("model");
    assertEquals(record.getAttributeString("model"), model.get("name").asText());
    assertEquals(record.getAttributeString("version"), model.get("version").asText());
    assertEquals(record.getAttributeString("origin"), model.get("origin").asText());
    assertEquals(record.getAttributeString("onnx_sha256"), model.get("onnx_sha256").asText());
    assertEquals(record.getAttributeString("card_sha256"), model.get("card_sha256").asText());
    assertEquals(record.getAttributeString("execution_provider"), model.get("execution_provider").asText());
    assertTrue(file.get("features").size() > 0, "the stack's slides are detected");
  }

  @Test
  void dlUnwrapRecordsItsNetwork() {
    Product stack = SimulatedProducts.stack(ScenePresets.landslides(7).withSize(SIZE, SIZE));
    String suffix = java.util.Arrays.stream(stack.getBandNames()).filter(n -> n.startsWith("i_ifg_"))
        .findFirst().orElseThrow().substring("i_ifg_".length());
    Product unwrapped = GPF.createProduct("DL-Unwrap",
        Map.of("interferograms", new String[] {suffix}, "provider", "CPU"), stack);
    MetadataElement record = ModelsMetadata.of(unwrapped, "DL-Unwrap");
    assertNotNull(record, "DL-Unwrap's record");
    assertEquals("punet-unwrap", record.getAttributeString("model"));
    assertEquals("bundled", record.getAttributeString("origin"));
    assertEquals("CPU", record.getAttributeString("execution_provider"));
  }

  @Test
  void dlUnwrapRecordsNoNetworkWhereNoDetectionLeftItAPatchToUnwrap() throws IOException {
    Product stack = SimulatedProducts.stack(ScenePresets.landslides(7).withSize(SIZE, SIZE));
    String suffix = java.util.Arrays.stream(stack.getBandNames()).filter(n -> n.startsWith("i_ifg_"))
        .findFirst().orElseThrow().substring("i_ifg_".length());
    Path none = Files.writeString(dir.resolve("none.geojson"), "{\"type\":\"FeatureCollection\",\"features\":[]}");
    Product unwrapped = GPF.createProduct("DL-Unwrap", Map.of("interferograms", new String[] {suffix},
        "provider", "CPU", "detectionsFile", none.toFile()), stack);
    assertNull(ModelsMetadata.of(unwrapped, "DL-Unwrap"), "a record of a network that ran on no pixel");
  }

  /** DL-Mask with {@code modelFile}, written as BEAM-DIMAP and read back. */
  private Product written(String name, Product stack, Path modelFile) throws IOException {
    Product masked = GPF.createProduct("DL-Mask", Map.of("modelFile", modelFile.toFile(),
        "provider", "CPU"), stack);
    Path out = dir.resolve(name + ".dim");
    ProductIO.writeProduct(masked, out.toFile(), "BEAM-DIMAP", false);
    return ProductIO.readProduct(out.toFile());
  }

  private Path copy(String folder, byte[] onnx, byte[] card) throws IOException {
    Path d = Files.createDirectories(dir.resolve(folder));
    Files.write(d.resolve("skrau-mask.card.json"), card);
    return Files.write(d.resolve("skrau-mask.onnx"), onnx);
  }

  /**
   * The ONNX bytes with the first float of initializer {@code name} raised by {@code delta}: its
   * TensorProto writes the name, then raw_data (field 9, tag 0x4A), its length and the floats.
   */
  private static byte[] withFirstValueRaised(byte[] onnx, String name, float delta) {
    byte[] key = name.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i + key.length + 6 <= onnx.length; i++) {
      if (java.util.Arrays.equals(onnx, i, i + key.length, key, 0, key.length)
          && onnx[i + key.length] == 0x4A) {
        int at = i + key.length + 2; // a raw_data shorter than 128 bytes: one length byte
        assertTrue(onnx[i + key.length + 1] > 0, name + " holds over 127 bytes");
        byte[] changed = onnx.clone();
        ByteBuffer floats = ByteBuffer.wrap(changed).order(ByteOrder.LITTLE_ENDIAN);
        floats.putFloat(at, floats.getFloat(at) + delta);
        return changed;
      }
    }
    throw new IllegalStateException("no initializer " + name + " with raw_data in the model");
  }

  private static byte[] bytes(URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      return in.readAllBytes();
    }
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
