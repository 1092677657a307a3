package org.dlinsar.ifg;

import java.util.Arrays;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;

/** Builds interferogram stacks in memory for tests. */
public final class StackFixtures {

  private StackFixtures() {}

  /** An empty product of the given size. */
  public static Product product(String name, int width, int height) {
    return new Product(name, "IFG_STACK", width, height);
  }

  /** Adds a float32 band holding {@code samples} in memory. */
  public static Band addFloatBand(Product product, String name, String unit, float[] samples) {
    Band band = new Band(name, ProductData.TYPE_FLOAT32, product.getSceneRasterWidth(),
        product.getSceneRasterHeight());
    band.setUnit(unit);
    band.setRasterData(ProductData.createInstance(samples));
    product.addBand(band);
    return band;
  }

  /** Adds a uint8 band holding {@code samples} in memory. */
  public static Band addByteBand(Product product, String name, byte[] samples) {
    Band band = new Band(name, ProductData.TYPE_UINT8, product.getSceneRasterWidth(),
        product.getSceneRasterHeight());
    band.setRasterData(ProductData.createInstance(ProductData.TYPE_UINT8, samples));
    product.addBand(band);
    return band;
  }

  /**
   * Adds {@code i_ifg_}, {@code q_ifg_} and (when {@code coherence} is not null) {@code coh_}
   * bands for {@code suffix}.
   */
  public static void addInterferogram(Product product, String suffix, float[] real,
      float[] imaginary, float[] coherence) {
    addFloatBand(product, BandNames.real(suffix), BandNames.UNIT_REAL, real);
    addFloatBand(product, BandNames.imaginary(suffix), BandNames.UNIT_IMAGINARY, imaginary);
    if (coherence != null) {
      addFloatBand(product, BandNames.coherence(suffix), BandNames.UNIT_COHERENCE, coherence);
    }
  }

  /**
   * A stack of one interferogram that declares {@code width x height} and holds no sample: for
   * what is decided on the frame's size alone, before any band is read.
   */
  public static Product declaredStack(String name, int width, int height) {
    Product p = product(name, width, height);
    String suffix = "VV_15Jan2020_27Jan2020";
    String[][] bands = {{BandNames.real(suffix), BandNames.UNIT_REAL},
        {BandNames.imaginary(suffix), BandNames.UNIT_IMAGINARY},
        {BandNames.coherence(suffix), BandNames.UNIT_COHERENCE}};
    for (String[] b : bands) {
      Band band = new Band(b[0], ProductData.TYPE_FLOAT32, width, height);
      band.setUnit(b[1]);
      p.addBand(band);
    }
    return p;
  }

  /** Adds a constant-phase interferogram of unit amplitude with constant coherence. */
  public static void addFlatInterferogram(Product product, String suffix, float coherence) {
    int n = product.getSceneRasterWidth() * product.getSceneRasterHeight();
    addInterferogram(product, suffix, filled(n, 1f), filled(n, 0f), filled(n, coherence));
  }

  /** Adds an interferogram whose phase is {@code phase[i]}, unit amplitude. */
  public static void addPhaseInterferogram(Product product, String suffix, float[] phase,
      float[] coherence) {
    float[] re = new float[phase.length];
    float[] im = new float[phase.length];
    for (int i = 0; i < phase.length; i++) {
      re[i] = (float) Math.cos(phase[i]);
      im[i] = (float) Math.sin(phase[i]);
    }
    addInterferogram(product, suffix, re, im, coherence);
  }

  /** Sets {@code Abstracted_Metadata/radar_frequency} (MHz). */
  public static void setRadarFrequency(Product product, double frequencyMHz) {
    MetadataElement root = product.getMetadataRoot();
    MetadataElement abs = root.getElement(RadarWavelength.ABSTRACTED_METADATA);
    if (abs == null) {
      abs = new MetadataElement(RadarWavelength.ABSTRACTED_METADATA);
      root.addElement(abs);
    }
    abs.setAttributeDouble(RadarWavelength.RADAR_FREQUENCY, frequencyMHz);
  }

  /** An array of {@code n} copies of {@code value}. */
  public static float[] filled(int n, float value) {
    float[] a = new float[n];
    Arrays.fill(a, value);
    return a;
  }
}
