package org.dlinsar.lite.dimap;

import java.awt.Dimension;
import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.dlinsar.lite.image.RasterImage;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.VirtualBand;
import org.w3c.dom.Element;

/**
 * Builds a product's bands from the {@code Spectral_Band_Info} entries of a DIMAP header and
 * attaches to each non-virtual band a {@link DimapBandImage} on its checked {@code .img}.
 *
 * <p>Band and data file are matched by {@code BAND_INDEX} (between {@code Data_File} and
 * {@code Spectral_Band_Info}), so an index repeated on either side is refused: SNAP's
 * DimapProductHelpers gives every file of a repeated index to the first band holding it, and
 * one band then reads another's samples. Properties the stand-in cannot hold (ancillary
 * relations, angular values, image display settings) are skipped.
 */
final class DimapBandReader {

  private static final Logger LOG = Logger.getLogger(DimapBandReader.class.getName());

  private final File dimFile;
  private final Product product;
  private final Map<Integer, String> dataFileHrefs = new HashMap<>();

  /**
   * @param root the {@code Dimap_Document} element
   * @param dimFile the header, for resolving hrefs and for messages
   * @param product the product the bands go into (modified by {@link #addBands})
   */
  DimapBandReader(Element root, File dimFile, Product product) throws IOException {
    this.dimFile = dimFile;
    this.product = product;
    requireUniqueBandIndices(root);
    Element dataAccess = DimapXml.child(root, "Data_Access");
    for (Element dataFile : DimapXml.children(dataAccess, "Data_File")) {
      int index = DimapXml.childInt(dataFile, "BAND_INDEX", null, "a Data_File of " + dimFile);
      Element path = DimapXml.child(dataFile, "DATA_FILE_PATH");
      if (path == null || path.getAttribute("href").isEmpty()) {
        throw new IOException("Data_File with BAND_INDEX " + index + " of " + dimFile + " has no DATA_FILE_PATH href");
      }
      String href = path.getAttribute("href");
      String taken = dataFileHrefs.putIfAbsent(index, href);
      if (taken != null) {
        throw new IOException("BAND_INDEX " + index + " of " + dimFile + " is given to two Data_File entries, " + taken
            + " and " + href + "; each band needs its own index");
      }
    }
  }

  /** Refuses a BAND_INDEX held by two Spectral_Band_Info entries, naming both bands. */
  private void requireUniqueBandIndices(Element root) throws IOException {
    Map<Integer, String> bandNames = new HashMap<>();
    Element interpretation = DimapXml.child(root, "Image_Interpretation");
    for (Element info : DimapXml.children(interpretation, "Spectral_Band_Info")) {
      String name = DimapXml.childText(info, "BAND_NAME");
      String text = DimapXml.childText(info, "BAND_INDEX");
      if (name == null || text == null || text.isEmpty()) {
        continue; // readBand names what is missing
      }
      int index = DimapXml.childInt(info, "BAND_INDEX", null, "band '" + name + "' of " + dimFile);
      String taken = bandNames.putIfAbsent(index, name);
      if (taken != null) {
        throw new IOException("BAND_INDEX " + index + " of " + dimFile + " is given to two bands, '" + taken + "' and '"
            + name + "'; each band needs its own index");
      }
    }
  }

  /**
   * Adds one band per {@code Spectral_Band_Info} of {@code Image_Interpretation}, in header order.
   *
   * @throws IOException naming the band and the header if a band has an unsupported data type,
   *     an unreadable property or no valid data file
   */
  void addBands(Element root) throws IOException {
    Element interpretation = DimapXml.child(root, "Image_Interpretation");
    List<String> filterBands = new ArrayList<>();
    for (Element info : DimapXml.children(interpretation, "Spectral_Band_Info")) {
      if (DimapXml.child(info, "Filter_Band_Info") != null) {
        // SNAP Desktop's Filtered Band: no file, computed from its source by SNAP's filters
        filterBands.add(DimapXml.childText(info, "BAND_NAME"));
        continue;
      }
      Band band = readBand(info);
      try {
        product.addBand(band);
      } catch (IllegalArgumentException e) {
        throw new IOException("band '" + band.getName() + "' of " + dimFile + " cannot be added: " + e.getMessage(), e);
      }
    }
    if (!filterBands.isEmpty()) {
      LOG.warning(dimFile + ": filter bands (SNAP Desktop's Filtered Band) are not computed by the headless"
          + " engine and are left out: " + String.join(", ", filterBands));
    }
  }

  private Band readBand(Element info) throws IOException {
    String name = DimapXml.childText(info, "BAND_NAME");
    if (name == null || name.isEmpty()) {
      throw new IOException("a Spectral_Band_Info of " + dimFile + " has no BAND_NAME");
    }
    String where = "band '" + name + "' of " + dimFile;
    int index = DimapXml.childInt(info, "BAND_INDEX", null, where);
    String typeName = DimapXml.childText(info, "DATA_TYPE");
    int dataType = RasterDataTypes.fromName(typeName);
    if (dataType < 0) {
      throw new IOException(where + " has DATA_TYPE '" + typeName
          + "', expected one of int8, uint8, int16, uint16, int32, uint32, float32, float64");
    }
    int width = DimapXml.childInt(info, "BAND_RASTER_WIDTH", product.getSceneRasterWidth(), where);
    int height = DimapXml.childInt(info, "BAND_RASTER_HEIGHT", product.getSceneRasterHeight(), where);
    if (width < 1 || height < 1) {
      throw new IOException(where + " gives a raster of " + width + " x " + height
          + " (BAND_RASTER_WIDTH x BAND_RASTER_HEIGHT), expected a positive size");
    }

    Band band;
    if (DimapXml.childBoolean(info, "VIRTUAL_BAND")) {
      String expression = DimapXml.childText(info, "EXPRESSION");
      band = new VirtualBand(name, dataType, width, height, expression == null ? "" : expression);
    } else {
      band = new Band(name, dataType, width, height);
      band.setSourceImage(openImage(index, where, dataType, width, height));
    }
    String description = DimapXml.childText(info, "BAND_DESCRIPTION");
    if (description != null && !description.isEmpty()) {
      band.setDescription(description);
    }
    String unit = DimapXml.childText(info, "PHYSICAL_UNIT");
    if (unit != null && !unit.isEmpty()) {
      band.setUnit(unit);
    }
    band.setSpectralBandIndex(DimapXml.childInt(info, "SPECTRAL_BAND_INDEX", -1, where));
    band.setSpectralWavelength((float) DimapXml.childDouble(info, "BAND_WAVELEN", 0.0, where));
    band.setSpectralBandwidth((float) DimapXml.childDouble(info, "BANDWIDTH", 0.0, where));
    band.setSolarFlux((float) DimapXml.childDouble(info, "SOLAR_FLUX", 0.0, where));
    band.setScalingFactor(DimapXml.childDouble(info, "SCALING_FACTOR", 1.0, where));
    band.setScalingOffset(DimapXml.childDouble(info, "SCALING_OFFSET", 0.0, where));
    band.setLog10Scaled(DimapXml.childBoolean(info, "LOG10_SCALED"));
    band.setNoDataValue(DimapXml.childDouble(info, "NO_DATA_VALUE", 0.0, where));
    band.setNoDataValueUsed(DimapXml.childBoolean(info, "NO_DATA_VALUE_USED"));
    String validExpression = DimapXml.childText(info, "VALID_MASK_TERM");
    if (validExpression != null && !validExpression.isEmpty()) {
      band.setValidPixelExpression(validExpression);
    }
    DimapSampleCodings.attach(info, band, product, where);
    return band;
  }

  private DimapBandImage openImage(int index, String where, int dataType, int width, int height) throws IOException {
    String href = dataFileHrefs.get(index);
    if (href == null) {
      throw new IOException(where + " (BAND_INDEX " + index + ") has no Data_File in Data_Access");
    }
    Path hdr = DimapDataFiles.resolve(dimFile, href);
    Path img;
    try {
      img = DimapDataFiles.checkedImage(hdr, where, dataType, width, height);
    } catch (FileNotFoundException e) {
      // SNAP's reader warns and keeps the band, whose reads then fail: a graph using the product's
      // other bands runs
      img = DimapDataFiles.imageOf(hdr);
      LOG.warning(where + " has no band file " + BandFileMounts.name(img)
          + "; its pixels cannot be read, the product's other bands can (as SNAP's reader does)");
    }
    Dimension tileSize = RasterImage.tileSize(product.getPreferredTileSize(), width, height);
    return new DimapBandImage(img, dataType, width, height, tileSize);
  }
}
