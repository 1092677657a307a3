package org.esa.snap.core.datamodel;

import com.bc.ceres.core.ProgressMonitor;
import java.awt.image.RenderedImage;
import java.io.IOException;
import org.dlinsar.lite.image.BandImage;

/**
 * A band of a product: a raster with spectral properties, and for integer bands optionally a
 * sample coding that makes it a flag or an index band.
 */
public class Band extends AbstractBand {

  private int spectralBandIndex = -1;
  private float spectralWavelength;
  private float spectralBandwidth;
  private float solarFlux;
  private String date;
  private SampleCoding sampleCoding;

  public Band(String name, int dataType, int width, int height) {
    super(name, dataType, width, height);
  }

  /** The index of the spectral band, -1 if none. */
  public int getSpectralBandIndex() {
    return spectralBandIndex;
  }

  public void setSpectralBandIndex(int spectralBandIndex) {
    this.spectralBandIndex = spectralBandIndex;
    setModified(true);
  }

  /** Central wavelength in nm, 0 if none. */
  public float getSpectralWavelength() {
    return spectralWavelength;
  }

  public void setSpectralWavelength(float spectralWavelength) {
    this.spectralWavelength = spectralWavelength;
    setModified(true);
  }

  /** Spectral bandwidth in nm, 0 if none. */
  public float getSpectralBandwidth() {
    return spectralBandwidth;
  }

  public void setSpectralBandwidth(float spectralBandwidth) {
    this.spectralBandwidth = spectralBandwidth;
    setModified(true);
  }

  /** Solar flux in mW/(m^2 nm), 0 if none. */
  public float getSolarFlux() {
    return solarFlux;
  }

  public void setSolarFlux(float solarFlux) {
    this.solarFlux = solarFlux;
    setModified(true);
  }

  /** The band's date text, null if none. */
  public String getDate() {
    return date;
  }

  public void setDate(String date) {
    this.date = date;
    setModified(true);
  }

  /** The band's flag coding, null if it is not a flag band. */
  public FlagCoding getFlagCoding() {
    return sampleCoding instanceof FlagCoding ? (FlagCoding) sampleCoding : null;
  }

  public boolean isFlagBand() {
    return getFlagCoding() != null;
  }

  /** The band's index coding, null if it is not an index band. */
  public IndexCoding getIndexCoding() {
    return sampleCoding instanceof IndexCoding ? (IndexCoding) sampleCoding : null;
  }

  public boolean isIndexBand() {
    return getIndexCoding() != null;
  }

  public SampleCoding getSampleCoding() {
    return sampleCoding;
  }

  /**
   * Sets the coding of the band's samples (null for none).
   *
   * @throws IllegalArgumentException if the coding is not null and the band's samples are not integers
   */
  public void setSampleCoding(SampleCoding sampleCoding) {
    if (sampleCoding != null && !ProductData.isIntType(getDataType())) {
      throw new IllegalArgumentException("band does not contain integer pixels");
    }
    if (this.sampleCoding != sampleCoding) {
      this.sampleCoding = sampleCoding;
      setModified(true);
    }
  }

  /**
   * An image serving this band's raster data ({@link BandImage}); it can read pixels only while
   * the band holds raster data.
   */
  protected RenderedImage createSourceImage() {
    return new BandImage(this);
  }

  /** As {@link #readRasterData(int, int, int, int, ProductData)}, reporting one tick. */
  public void readRasterData(int offsetX, int offsetY, int width, int height, ProductData rasterData,
      ProgressMonitor pm) throws IOException {
    ProgressMonitor monitor = pm != null ? pm : ProgressMonitor.NULL;
    monitor.beginTask("Reading raster data of " + getName(), 1);
    try {
      readRasterData(offsetX, offsetY, width, height, rasterData);
      monitor.worked(1);
    } finally {
      monitor.done();
    }
  }

  /**
   * Copies {@code rasterData} (raw samples, row-major) into rectangle (x, y, w, h) of the band's
   * own raster data, which is created zeroed if absent. The raster data then takes precedence
   * over any source image when pixels are read.
   *
   * @throws IllegalArgumentException if the rectangle leaves the raster or the buffer does not fit
   */
  public void writeRasterData(int offsetX, int offsetY, int width, int height, ProductData rasterData,
      ProgressMonitor pm) throws IOException {
    checkRect(offsetX, offsetY, width, height);
    if (rasterData == null || rasterData.getType() != getDataType() || rasterData.getNumElems() < width * height) {
      throw new IllegalArgumentException(describe() + ": data to write must be "
          + ProductData.getTypeString(getDataType()) + " of at least " + (width * height) + " elements, got "
          + (rasterData == null ? "null" : rasterData.getTypeString() + " of " + rasterData.getNumElems()));
    }
    ProgressMonitor monitor = pm != null ? pm : ProgressMonitor.NULL;
    monitor.beginTask("Writing raster data of " + getName(), 1);
    try {
      RasterSamples.pasteRect(rasterData, offsetX, offsetY, width, height, writableRasterData(), getRasterWidth());
      setModified(true);
      monitor.worked(1);
    } finally {
      monitor.done();
    }
  }

  /**
   * Makes the band's raster data complete, loading it from the source image if absent, so that
   * a later product write finds every pixel. The headless engine has no per-band writer: files
   * are written by {@code ProductIO.writeProduct}.
   *
   * @throws IOException if the band has neither raster data nor a source image, or reading fails
   */
  public void writeRasterDataFully(ProgressMonitor pm) throws IOException {
    loadRasterData(pm);
  }

  /** {@code Band[name, type, WxH]}. */
  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + getName() + ", " + ProductData.getTypeString(getDataType()) + ", "
        + getRasterWidth() + "x" + getRasterHeight() + "]";
  }
}
