package org.dlinsar.inference;

import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;

/**
 * The {@code DL_InSAR_Models} metadata element (CONTRACT.md section 8): one child per DL step
 * that ran a network on the way to the product, named by the step's alias ({@code DL-Mask},
 * {@code DL-Detect}, {@code DL-Unwrap}), with {@code model}, {@code version}, {@code task},
 * {@code origin} ({@code bundled} or {@code file}), {@code onnx_file}, {@code onnx_sha256},
 * {@code card_sha256}, {@code execution_provider} (CPU or CUDA, as it ran) and, for a card with an
 * ensemble, {@code ensemble_network_score}, {@code ensemble_classical_score},
 * {@code ensemble_classical_first} and {@code ensemble_agreement}. Carried through later steps as
 * all metadata is; a step run again replaces its child, or removes it when it ran no network.
 */
public final class ModelsMetadata {

  /** The element's name. */
  public static final String ELEMENT = "DL_InSAR_Models";

  private ModelsMetadata() {}

  /**
   * Records in {@code target} which network {@code step} ran, replacing what an earlier run of
   * that step recorded.
   *
   * @param step the operator's alias, e.g. {@code DL-Mask}
   * @param record the network it ran; null when it ran none (a classical method): the step's
   *     earlier record is removed, the products it described being replaced
   */
  public static void put(Product target, String step, ModelRecord record) {
    MetadataElement root = target.getMetadataRoot();
    MetadataElement models = root.getElement(ELEMENT);
    if (models != null && models.getElement(step) != null) {
      models.removeElement(models.getElement(step));
    }
    if (record == null) {
      if (models != null && models.getNumElements() == 0 && models.getNumAttributes() == 0) {
        root.removeElement(models);
      }
      return;
    }
    if (models == null) {
      models = new MetadataElement(ELEMENT);
      root.addElement(models);
    }
    models.addElement(element(step, record));
  }

  /** @return the step's record in {@code product}, or null */
  public static MetadataElement of(Product product, String step) {
    MetadataElement models = product.getMetadataRoot().getElement(ELEMENT);
    return models == null ? null : models.getElement(step);
  }

  private static MetadataElement element(String step, ModelRecord record) {
    MetadataElement e = new MetadataElement(step);
    e.setAttributeString("model", record.name());
    e.setAttributeString("version", record.version());
    e.setAttributeString("task", record.task());
    e.setAttributeString("origin", record.origin());
    e.setAttributeString("onnx_file", record.onnx());
    e.setAttributeString("onnx_sha256", record.onnxSha256());
    e.setAttributeString("card_sha256", record.cardSha256());
    e.setAttributeString("execution_provider", record.provider().name());
    ModelCard.Ensemble ensemble = record.ensemble();
    if (ensemble != null) {
      // they move DL-Detect's scores (and so minScore's cut): a card edited in place shows here
      e.setAttributeDouble("ensemble_network_score", ensemble.networkScore());
      e.setAttributeDouble("ensemble_classical_score", ensemble.classicalScore());
      e.setAttributeString("ensemble_classical_first", Boolean.toString(ensemble.classicalFirst()));
      e.setAttributeDouble("ensemble_agreement", ensemble.agreement());
    }
    return e;
  }
}
