package org.dlinsar.lite.dimap;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import eu.esa.snap.core.datamodel.group.BandGroup;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.VirtualBand;

/**
 * Writes the {@code .dim} header of a BEAM-DIMAP product in SNAP's element order (DIMAP 2.13.0):
 * {@code Metadata_Id}, {@code Dataset_Id}, {@code Dataset_Use}, {@code Production}, the
 * tie-point geocoding, {@code Flag_Coding}, {@code Index_Coding}, {@code Raster_Dimensions},
 * {@code Data_Access}, {@code Tie_Point_Grids}, {@code Masks},
 * {@code Image_Interpretation} and {@code Dataset_Sources}, in ISO-8859-1.
 */
final class DimapHeaderWriter {

  /** The DIMAP version SNAP 9 to 14 writes. */
  static final String DIMAP_VERSION = "2.13.0";

  private final Product product;
  private final String dataDirName;
  private XmlPrinter xml;

  /**
   * @param product the product to describe
   * @param dataDirName the name of the product's data folder ({@code <name>.data}), used in hrefs
   */
  DimapHeaderWriter(Product product, String dataDirName) {
    this.product = product;
    this.dataDirName = dataDirName;
  }

  /**
   * Writes the header to {@code stream}, the staged header's, which it closes.
   *
   * @param dimFile the staged header, for messages
   * @param documentName the {@code name} attribute of the root element ({@code <file>.dim})
   */
  void write(OutputStream stream, Path dimFile, String documentName) throws IOException {
    try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.ISO_8859_1))) {
      xml = new XmlPrinter(out);
      xml.declaration();
      xml.open(0, "Dimap_Document", "name", documentName);
      writeIdentification();
      writeProduction();
      DimapTiePointGrids.writeGeoposition(xml, 1, product);
      DimapCrsGeoCoding.write(xml, 1, product);
      DimapSampleCodings.write(xml, 1, product);
      writeRasterDimensions();
      writeDataAccess();
      DimapTiePointGrids.writeGridInfos(xml, 1, product);
      DimapMasks.write(xml, 1, product);
      writeImageInterpretation();
      writeDatasetSources();
      xml.close(0, "Dimap_Document");
    } catch (IOException e) {
      throw FileErrors.cannot("write", dimFile, e);
    }
  }

  private void writeIdentification() throws IOException {
    xml.open(1, "Metadata_Id");
    xml.leaf(2, "METADATA_FORMAT", "DIMAP", "version", DIMAP_VERSION);
    xml.leaf(2, "METADATA_PROFILE", "BEAM-DATAMODEL-V1");
    xml.close(1, "Metadata_Id");
    xml.open(1, "Dataset_Id");
    xml.leaf(2, "DATASET_SERIES", "BEAM-PRODUCT");
    xml.leaf(2, "DATASET_NAME", product.getName());
    xml.close(1, "Dataset_Id");
    String description = product.getDescription();
    boolean hasDescription = description != null && !description.isEmpty();
    BandGroup grouping = product.getAutoGrouping();
    if (hasDescription || grouping != null) {
      xml.open(1, "Dataset_Use");
      if (hasDescription) {
        xml.leaf(2, "DATASET_COMMENTS", description);
      }
      if (grouping != null) {
        xml.leaf(2, "DATASET_AUTO_GROUPING", grouping.toString());
      }
      xml.close(1, "Dataset_Use");
    }
  }

  private void writeProduction() throws IOException {
    xml.open(1, "Production");
    xml.leaf(2, "DATASET_PRODUCER_NAME", null);
    xml.leaf(2, "PRODUCT_TYPE", product.getProductType());
    if (product.getStartTime() != null) {
      xml.leaf(2, "PRODUCT_SCENE_RASTER_START_TIME", product.getStartTime().format());
    }
    if (product.getEndTime() != null) {
      xml.leaf(2, "PRODUCT_SCENE_RASTER_STOP_TIME", product.getEndTime().format());
    }
    if (product.getQuicklookBandName() != null) {
      xml.leaf(2, "QUICKLOOK_BAND_NAME", product.getQuicklookBandName());
    }
    xml.close(1, "Production");
  }

  private void writeRasterDimensions() throws IOException {
    xml.open(1, "Raster_Dimensions");
    xml.leaf(2, "NCOLS", product.getSceneRasterWidth());
    xml.leaf(2, "NROWS", product.getSceneRasterHeight());
    xml.leaf(2, "NBANDS", product.getNumBands());
    xml.close(1, "Raster_Dimensions");
  }

  private void writeDataAccess() throws IOException {
    Band[] bands = product.getBands();
    if (bands.length == 0 && DimapTiePointGrids.grids(product).isEmpty()) {
      return;
    }
    xml.open(1, "Data_Access");
    xml.leaf(2, "DATA_FILE_FORMAT", "ENVI");
    xml.leaf(2, "DATA_FILE_FORMAT_DESC", "ENVI File Format");
    xml.leaf(2, "DATA_FILE_ORGANISATION", "BAND_SEPARATE");
    for (int i = 0; i < bands.length; i++) {
      if (!(bands[i] instanceof VirtualBand)) {
        xml.open(2, "Data_File");
        xml.leaf(3, "DATA_FILE_PATH", null, "href", dataDirName + "/" + bands[i].getName() + EnviHeader.HEADER_EXTENSION);
        xml.leaf(3, "BAND_INDEX", i);
        xml.close(2, "Data_File");
      }
    }
    DimapTiePointGrids.writeFileEntries(xml, 2, product, dataDirName);
    xml.close(1, "Data_Access");
  }

  private void writeImageInterpretation() throws IOException {
    Band[] bands = product.getBands();
    if (bands.length == 0) {
      return;
    }
    xml.open(1, "Image_Interpretation");
    for (int i = 0; i < bands.length; i++) {
      Band band = bands[i];
      xml.open(2, "Spectral_Band_Info");
      xml.leaf(3, "BAND_INDEX", i);
      xml.leaf(3, "BAND_DESCRIPTION", band.getDescription());
      xml.leaf(3, "BAND_NAME", band.getName());
      xml.leaf(3, "BAND_RASTER_WIDTH", band.getRasterWidth());
      xml.leaf(3, "BAND_RASTER_HEIGHT", band.getRasterHeight());
      xml.leaf(3, "DATA_TYPE", RasterDataTypes.name(band.getDataType()));
      if (band.getUnit() != null && !band.getUnit().isEmpty()) {
        xml.leaf(3, "PHYSICAL_UNIT", band.getUnit());
      }
      xml.leaf(3, "SOLAR_FLUX", band.getSolarFlux());
      if (band.getSpectralBandIndex() > -1) {
        xml.leaf(3, "SPECTRAL_BAND_INDEX", band.getSpectralBandIndex());
      }
      xml.leaf(3, "BAND_WAVELEN", band.getSpectralWavelength());
      xml.leaf(3, "BANDWIDTH", band.getSpectralBandwidth());
      if (band.getFlagCoding() != null) {
        xml.leaf(3, "FLAG_CODING_NAME", band.getFlagCoding().getName());
      }
      if (band.getIndexCoding() != null) {
        xml.leaf(3, "INDEX_CODING_NAME", band.getIndexCoding().getName());
      }
      xml.leaf(3, "SCALING_FACTOR", band.getScalingFactor());
      xml.leaf(3, "SCALING_OFFSET", band.getScalingOffset());
      xml.leaf(3, "LOG10_SCALED", band.isLog10Scaled());
      xml.leaf(3, "NO_DATA_VALUE_USED", band.isNoDataValueUsed());
      xml.leaf(3, "NO_DATA_VALUE", band.getNoDataValue());
      if (band instanceof VirtualBand) {
        xml.leaf(3, "VIRTUAL_BAND", true);
        xml.leaf(3, "EXPRESSION", ((VirtualBand) band).getExpression());
      }
      if (band.getValidPixelExpression() != null) {
        xml.leaf(3, "VALID_MASK_TERM", band.getValidPixelExpression());
      }
      xml.close(2, "Spectral_Band_Info");
    }
    xml.close(1, "Image_Interpretation");
  }

  private void writeDatasetSources() throws IOException {
    MetadataElement root = product.getMetadataRoot();
    if (root == null || root.getNumElements() == 0 && root.getNumAttributes() == 0) {
      return;
    }
    xml.open(1, "Dataset_Sources");
    DimapMetadata.write(xml, 2, root);
    xml.close(1, "Dataset_Sources");
  }
}
