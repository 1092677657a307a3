package org.dlinsar.ifg;

import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.logging.Logger;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;

/**
 * Reads the radar wavelength of a product from its {@code Abstracted_Metadata}.
 *
 * <p>wavelength = c / f with f = {@code radar_frequency} (MHz) * 1e6. When the attribute is
 * missing, is SNAP's no-metadata value 99999 or 0, Sentinel-1's C-band frequency
 * {@value #SENTINEL1_FREQUENCY_MHZ} MHz is used; a value that is no radar frequency in MHz is
 * refused. Which one was used is logged at INFO, once per product, when the wavelength is asked
 * for (by Local-SBAS, which turns phase into millimetres): an operator may build its stack more
 * than once, and a line per build says nothing new.
 */
public final class RadarWavelength {

  /** Speed of light in vacuum, m/s. */
  public static final double SPEED_OF_LIGHT_M_PER_S = 299_792_458.0;
  /**
   * Sentinel-1's C-band radar frequency, MHz: for products that give none, for the simulator and for
   * imports that assume Sentinel-1. It is the {@code radarFrequency} of Sentinel-1's product
   * annotations, 5.405000454334350e+09 Hz (wavelength 0.05546576 m), which SNAP's Sentinel-1 reader
   * (Sentinel1Level1Directory) writes to {@code radar_frequency}; ESA's nominal 5.405 GHz lies
   * 8.4e-8 below it, and stacks taken at the two would read velocities that much apart.
   */
  public static final double SENTINEL1_FREQUENCY_MHZ = 5405.000454334349;
  /** Name of SNAP's abstracted metadata element under the metadata root. */
  public static final String ABSTRACTED_METADATA = "Abstracted_Metadata";
  /** Radar frequency attribute of the abstracted metadata, MHz. */
  public static final String RADAR_FREQUENCY = "radar_frequency";

  /** Lowest and highest radar frequency taken, MHz: P band to W band. */
  public static final double LOWEST_MHZ = 100;
  public static final double HIGHEST_MHZ = 100_000;

  private static final double NO_METADATA = 99999;
  private static final Logger LOG = Logger.getLogger(RadarWavelength.class.getName());
  /** The line last said for each product still in use; a product that is gone drops out. */
  private static final Map<Product, String> SAID = new WeakHashMap<>();

  private RadarWavelength() {}

  /**
   * Returns the product's radar frequency in MHz from its metadata, or NaN when the metadata gives
   * none (missing element or attribute, 99999, 0).
   *
   * @throws IllegalArgumentException naming the product and the value when it is no radar
   *     frequency in MHz (outside {@value #LOWEST_MHZ} to {@value #HIGHEST_MHZ}: P band to
   *     W band; a value in Hz or GHz would scale every displacement by a million or a thousand)
   */
  public static double frequencyMHzOrNaN(Product product) {
    MetadataElement root = product.getMetadataRoot();
    MetadataElement abs = root == null ? null : root.getElement(ABSTRACTED_METADATA);
    if (abs == null || abs.getAttribute(RADAR_FREQUENCY) == null) {
      return Double.NaN;
    }
    double f = abs.getAttributeDouble(RADAR_FREQUENCY, Double.NaN);
    if (f == NO_METADATA || f == 0) {
      return Double.NaN;
    }
    if (!(f >= LOWEST_MHZ && f <= HIGHEST_MHZ)) {
      throw new IllegalArgumentException("product '" + product.getName() + "': " + ABSTRACTED_METADATA + "/"
          + RADAR_FREQUENCY + " is " + abs.getAttributeString(RADAR_FREQUENCY, "?") + ", which is no radar"
          + " frequency in MHz (" + LOWEST_MHZ + " to " + HIGHEST_MHZ + "; Sentinel-1 " + SENTINEL1_FREQUENCY_MHZ
          + "): a value in Hz or GHz?");
    }
    return f;
  }

  /** Why the metadata give no frequency: no attribute, or the value SNAP writes for none. */
  static String whyNone(Product product) {
    MetadataElement root = product.getMetadataRoot();
    MetadataElement abs = root == null ? null : root.getElement(ABSTRACTED_METADATA);
    if (abs == null || abs.getAttribute(RADAR_FREQUENCY) == null) {
      return "no " + RADAR_FREQUENCY + " in " + ABSTRACTED_METADATA;
    }
    return ABSTRACTED_METADATA + "/" + RADAR_FREQUENCY + " is " + abs.getAttributeString(RADAR_FREQUENCY, "?")
        + " (SNAP's value for none)";
  }

  /** Returns the wavelength in metres for a frequency in MHz. */
  public static double metresForFrequencyMHz(double frequencyMHz) {
    return SPEED_OF_LIGHT_M_PER_S / (frequencyMHz * 1e6);
  }

  /**
   * Returns the radar wavelength of a product in metres, the Sentinel-1 default when its metadata
   * gives no frequency; logs which one was used.
   */
  public static double metres(Product product) {
    double f = frequencyMHzOrNaN(product);
    if (Double.isNaN(f)) {
      double w = metresForFrequencyMHz(SENTINEL1_FREQUENCY_MHZ);
      sayOnce(product, String.format(Locale.ROOT,
          "product '%s': %s, using Sentinel-1 C-band %.6f MHz (wavelength %.6f m)",
          product.getName(), whyNone(product), SENTINEL1_FREQUENCY_MHZ, w));
      return w;
    }
    double w = metresForFrequencyMHz(f);
    sayOnce(product, String.format(Locale.ROOT,
        "product '%s': radar_frequency %.6f MHz from %s (wavelength %.6f m)",
        product.getName(), f, ABSTRACTED_METADATA, w));
    return w;
  }

  /** Logs {@code line} unless it is the one last said for {@code product} (its metadata unchanged). */
  private static void sayOnce(Product product, String line) {
    if (!LOG.isLoggable(java.util.logging.Level.INFO)) {
      return;
    }
    synchronized (SAID) {
      if (line.equals(SAID.put(product, line))) {
        return;
      }
    }
    LOG.info(line);
  }
}
