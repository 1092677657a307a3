package org.dlinsar.imports;

import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.WritableRaster;
import java.awt.color.ColorSpace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.plugins.tiff.TIFFDirectory;
import javax.imageio.plugins.tiff.TIFFField;
import javax.imageio.plugins.tiff.TIFFTag;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes one-band GeoTIFFs for tests with the JDK's TIFF writer: float32, uint8 or int16, tiled or
 * striped, Deflate or LZW, with ModelPixelScale and ModelTiepoint tags (pixel-is-area: the tie
 * point is the upper-left corner of pixel (0, 0)), GeoKeys saying lon/lat WGS84 (unless written
 * projected or without them), and GDAL's no-data or metadata tag when asked.
 */
public final class GeoTiffFiles {

  /** GeoKeys of a geographic WGS84 grid: GTModelType 2, GeographicType 4326. */
  private static final char[] GEOGRAPHIC_WGS84 = {1, 1, 0, 2, 1024, 0, 1, 2, 2048, 0, 1, 4326};

  private GeoTiffFiles() {}

  /** @param samples float[] (float32) or byte[] (uint8), row by row */
  public static Path write(Path file, int w, int h, Object samples, double cornerLon, double cornerLat,
      double step, boolean tiled, String compression) throws IOException {
    return write(file, w, h, samples, cornerLon, cornerLat, step, step, null, tiled, compression);
  }

  /**
   * @param samples float[] (float32), byte[] (uint8) or short[] (int16), row by row
   * @param noData GDAL_NODATA's text, or null for none
   */
  public static Path write(Path file, int w, int h, Object samples, double cornerLon, double cornerLat,
      double lonStep, double latStep, String noData, boolean tiled, String compression) throws IOException {
    List<TIFFField> extra = new ArrayList<>(List.of(geoKeys(GEOGRAPHIC_WGS84)));
    if (noData != null) {
      TIFFTag tag = new TIFFTag("GDAL_NODATA", 42113, 1 << TIFFTag.TIFF_ASCII);
      extra.add(new TIFFField(tag, TIFFTag.TIFF_ASCII, 1, new String[] {noData}));
    }
    return writeTagged(file, w, h, samples, cornerLon, cornerLat, lonStep, latStep, extra, tiled, compression);
  }

  /**
   * A float32 GeoTIFF with GDAL's metadata tag (42112) holding {@code xml}, as PyRate's carry
   * their wavelength and units ({@link #gdalMetadata}).
   */
  public static Path writeWithGdalMetadata(Path file, int w, int h, float[] samples, double cornerLon,
      double cornerLat, double step, String xml) throws IOException {
    TIFFTag tag = new TIFFTag("GDAL_METADATA", 42112, 1 << TIFFTag.TIFF_ASCII);
    return writeTagged(file, w, h, samples, cornerLon, cornerLat, step, step, List.of(geoKeys(GEOGRAPHIC_WGS84),
        new TIFFField(tag, TIFFTag.TIFF_ASCII, 1, new String[] {xml})), false, "PackBits");
  }

  /**
   * GDAL's metadata XML of {@code items}, names and values in turn:
   * {@code <GDALMetadata><Item name="WAVELENGTH_METRES">0.0555</Item>...}.
   */
  public static String gdalMetadata(String... items) {
    StringBuilder xml = new StringBuilder("<GDALMetadata>\n");
    for (int k = 0; k + 1 < items.length; k += 2) {
      xml.append("  <Item name=\"").append(items[k]).append("\">").append(items[k + 1]).append("</Item>\n");
    }
    return xml.append("</GDALMetadata>\n").toString();
  }

  /**
   * A float32 GeoTIFF on a projected grid (a UTM zone's metres, GeoKey GTModelType 1), as a
   * DEM or interferogram not warped to lon/lat comes.
   */
  public static Path writeProjected(Path file, int w, int h, float[] samples) throws IOException {
    return writeTagged(file, w, h, samples, 300000, 5000000, 30, 30,
        List.of(geoKeys(new char[] {1, 1, 0, 1, 1024, 0, 1, 1})), false, "Deflate");
  }

  /**
   * A float32 GeoTIFF with the grid tags but no GeoKeyDirectory, as a file whose CRS was
   * stripped comes: nothing says whether its grid is degrees or metres.
   */
  public static Path writeWithoutGeoKeys(Path file, int w, int h, float[] samples, double cornerX,
      double cornerY, double step) throws IOException {
    return writeTagged(file, w, h, samples, cornerX, cornerY, step, step, List.of(), false, "Deflate");
  }

  private static TIFFField geoKeys(char[] keys) {
    TIFFTag tag = new TIFFTag("GeoKeyDirectory", 34735, 1 << TIFFTag.TIFF_SHORT);
    return new TIFFField(tag, TIFFTag.TIFF_SHORT, keys.length, keys);
  }

  private static Path writeTagged(Path file, int w, int h, Object samples, double cornerLon, double cornerLat,
      double lonStep, double latStep, List<TIFFField> extra, boolean tiled, String compression)
      throws IOException {
    int type = samples instanceof byte[] ? DataBuffer.TYPE_BYTE
        : samples instanceof short[] ? DataBuffer.TYPE_SHORT : DataBuffer.TYPE_FLOAT;
    ImageTypeSpecifier spec = ImageTypeSpecifier.createBanded(ColorSpace.getInstance(ColorSpace.CS_GRAY),
        new int[] {0}, new int[] {0}, type, false, false);
    BufferedImage image = spec.createBufferedImage(w, h);
    WritableRaster raster = image.getRaster();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        double v = samples instanceof byte[] b ? b[y * w + x] & 0xff
            : samples instanceof short[] s ? s[y * w + x] : ((float[]) samples)[y * w + x];
        raster.setSample(x, y, 0, v);
      }
    }
    ImageWriter writer = jdkTiffWriter();
    ImageWriteParam param = writer.getDefaultWriteParam();
    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    param.setCompressionType(compression);
    if (tiled) {
      param.setTilingMode(ImageWriteParam.MODE_EXPLICIT);
      param.setTiling(16, 16, 0, 0);
    }
    TIFFDirectory tags = TIFFDirectory.createFromMetadata(writer.getDefaultImageMetadata(spec, param));
    tags.addTIFFField(doubles(33550, "ModelPixelScale", lonStep, latStep, 0));
    extra.forEach(tags::addTIFFField);
    tags.addTIFFField(doubles(33922, "ModelTiepoint", 0, 0, 0, cornerLon, cornerLat, 0));
    Files.deleteIfExists(file);
    try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
      writer.setOutput(out);
      writer.write(null, new IIOImage(image, null, tags.getAsMetadata()), param);
    } finally {
      writer.dispose();
    }
    return file;
  }

  /**
   * The JDK's own TIFF writer: TwelveMonkeys' (on the class path for the import's reading) may
   * come first by name and writes no float samples.
   */
  private static ImageWriter jdkTiffWriter() {
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("tiff");
    while (writers.hasNext()) {
      ImageWriter writer = writers.next();
      if (writer.getOriginatingProvider().getPluginClassName().startsWith("com.sun.imageio.")) {
        return writer;
      }
      writer.dispose();
    }
    throw new IllegalStateException("no JDK TIFF writer");
  }

  private static TIFFField doubles(int number, String name, double... values) {
    TIFFTag tag = new TIFFTag(name, number, 1 << TIFFTag.TIFF_DOUBLE);
    return new TIFFField(tag, TIFFTag.TIFF_DOUBLE, values.length, values);
  }
}
