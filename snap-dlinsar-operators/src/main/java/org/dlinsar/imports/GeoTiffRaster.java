package org.dlinsar.imports;

import java.awt.Rectangle;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.plugins.tiff.TIFFDirectory;
import javax.imageio.plugins.tiff.TIFFField;
import javax.imageio.plugins.tiff.TIFFImageReadParam;
import javax.imageio.plugins.tiff.TIFFTag;
import javax.imageio.stream.ImageInputStream;

/**
 * One-band GeoTIFF read with the JDK's own TIFF plug-in (javax.imageio, since Java 9: striped or
 * tiled, uncompressed, PackBits, LZW, Deflate), rectangle by rectangle: only the strips or tiles
 * a rectangle touches are decoded.
 */
final class GeoTiffRaster {

  private static final int MODEL_PIXEL_SCALE = 33550;
  private static final int MODEL_TIEPOINT = 33922;
  private static final int GEO_KEY_DIRECTORY = 34735;
  private static final int RASTER_TYPE_KEY = 1025;
  private static final int PIXEL_IS_POINT = 2;
  private static final int MODEL_TYPE_KEY = 1024;
  private static final int MODEL_TYPE_PROJECTED = 1;
  private static final int MODEL_TYPE_GEOGRAPHIC = 2;
  /** GDAL's no-data tag: the value as ASCII text. */
  private static final int GDAL_NODATA = 42113;
  /** GDAL's metadata tag: its items as ASCII XML ({@link GdalMetadata}). */
  private static final int GDAL_METADATA = 42112;

  /**
   * @param dataType a {@link DataBuffer} type: TYPE_FLOAT, TYPE_BYTE, ...
   * @param noData the GDAL_NODATA value, NaN when the file names none
   * @param gdalMetadata the GDAL metadata tag's XML text, or null when the file has none
   */
  record Header(GeoTiffGrid grid, int bands, int dataType, double noData, String gdalMetadata) {}

  private GeoTiffRaster() {}

  /**
   * @throws IOException naming the file when it is no TIFF, lacks the GeoTIFF grid tags, is not
   *     on a geographic grid by its GeoKeys, or its grid's corners lie off the globe
   */
  static Header header(Path file) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      ImageReader reader = reader(in, file);
      try {
        reader.setInput(in, true, false);
        // The metadata is read with the first read's parameters: GDAL's no-data and metadata tags
        // are in no tag set the plug-in knows, so they are kept only when unknown tags are asked for.
        TIFFImageReadParam probeParam = new TIFFImageReadParam();
        probeParam.setReadUnknownTags(true);
        probeParam.setSourceRegion(new Rectangle(0, 0, 1, 1));
        Raster probe = reader.read(0, probeParam).getRaster();
        IIOMetadata metadata = reader.getImageMetadata(0);
        TIFFDirectory tags = TIFFDirectory.createFromMetadata(metadata);
        TIFFField scale = tags.getTIFFField(MODEL_PIXEL_SCALE);
        TIFFField tie = tags.getTIFFField(MODEL_TIEPOINT);
        if (scale == null || tie == null) {
          throw new IOException(file + ": no GeoTIFF ModelPixelScale/ModelTiepoint tags (not a north-up lon/lat grid)");
        }
        checkGeographic(file, tags.getTIFFField(GEO_KEY_DIRECTORY));
        int w = reader.getWidth(0);
        int h = reader.getHeight(0);
        // Pixel-is-area (the default): the tie point is the corner of its pixel, so centres lie half a step in.
        double shift = pixelIsPoint(tags.getTIFFField(GEO_KEY_DIRECTORY)) ? 0 : 0.5;
        double lonStep = scale.getAsDouble(0);
        double latStep = -scale.getAsDouble(1);
        double lon0 = tie.getAsDouble(3) + (shift - tie.getAsDouble(0)) * lonStep;
        double lat0 = tie.getAsDouble(4) + (shift - tie.getAsDouble(1)) * latStep;
        GeoTiffGrid grid = new GeoTiffGrid(w, h, lon0, lat0, lonStep, latStep);
        checkOnTheGlobe(file, grid);
        return new Header(grid, probe.getNumBands(), probe.getDataBuffer().getDataType(),
            noData(tags.getTIFFField(GDAL_NODATA)), text(tags.getTIFFField(GDAL_METADATA)));
      } finally {
        reader.dispose();
      }
    } catch (IIOException | RuntimeException e) {
      // the plug-in's own messages do not name the file
      throw new IOException(file + ": not a readable TIFF: " + e.getMessage(), e);
    }
  }

  /**
   * Only a grid the GeoKeys call geographic is read as lon/lat: a UTM or other map grid read as
   * degrees would geocode the stack somewhere else entirely, and a file without GeoKeys (its CRS
   * stripped on the way) may be either.
   *
   * @throws IOException one line naming the file and its model type, or saying it has none
   */
  private static void checkGeographic(Path file, TIFFField keys) throws IOException {
    int modelType = geoKey(keys, MODEL_TYPE_KEY);
    if (modelType == MODEL_TYPE_PROJECTED) {
      throw new IOException(file + ": a projected grid (GeoTIFF model type 1), not lon/lat;"
          + " warp it to geographic WGS84 (EPSG:4326) first, e.g. gdalwarp -t_srs EPSG:4326");
    }
    if (modelType != MODEL_TYPE_GEOGRAPHIC) {
      String found = keys == null ? "no GeoKeyDirectory" : modelType < 0 ? "no GTModelType GeoKey"
          : "GeoTIFF model type " + modelType;
      throw new IOException(file + ": " + found + ", not a geographic lon/lat grid (model type 2):"
          + " its grid may be metres as well as degrees (a CRS lost on the way?); write it with its"
          + " CRS, e.g. gdal_translate -a_srs EPSG:4326 if it is lon/lat WGS84");
    }
  }

  /**
   * A lon/lat grid lies on the globe: latitudes within -90..90, longitudes within -180..360
   * (0..360 grids too), at the centres of its corner pixels.
   *
   * @throws IOException one line naming the file and the corner that lies off the globe
   */
  private static void checkOnTheGlobe(Path file, GeoTiffGrid grid) throws IOException {
    for (double x : new double[] {0.5, grid.width() - 0.5}) {
      for (double y : new double[] {0.5, grid.height() - 0.5}) {
        double lon = grid.longitude(x);
        double lat = grid.latitude(y);
        if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 360)) {
          throw new IOException(file + ": its grid reaches lon " + lon + " lat " + lat + ", off the"
              + " globe (lat -90..90, lon -180..360): not degrees, or wrong ModelTiepoint or"
              + " ModelPixelScale tags");
        }
      }
    }
  }

  /** The samples of band 0 in {@code box}, row by row, as float. */
  static float[] read(Path file, Rectangle box) {
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      ImageReader reader = reader(in, file);
      try {
        reader.setInput(in, true, true);
        Raster raster = reader.read(0, regionParam(reader, box)).getRaster();
        return raster.getSamples(raster.getMinX(), raster.getMinY(), box.width, box.height, 0,
            new float[box.width * box.height]);
      } finally {
        reader.dispose();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }

  /** As {@link #read(Path, Rectangle)}, NaN where a sample equals {@code noData} (NaN: none). */
  static float[] read(Path file, Rectangle box, double noData) {
    float[] samples = read(file, box);
    if (!Double.isNaN(noData)) {
      for (int k = 0; k < samples.length; k++) {
        if (samples[k] == (float) noData) {
          samples[k] = Float.NaN;
        }
      }
    }
    return samples;
  }

  /** The TIFF reader whatever the content: a file that is no TIFF fails in it, named by the caller. */
  private static ImageReader reader(ImageInputStream in, Path file) throws IOException {
    if (in == null && !Files.isRegularFile(file)) {
      throw new IOException(file + (Files.exists(file) ? ": not a file" : ": no such file"));
    }
    Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("tiff");
    if (in == null || !readers.hasNext()) {
      throw new IOException(file + ": cannot be opened as TIFF");
    }
    return readers.next();
  }

  private static ImageReadParam regionParam(ImageReader reader, Rectangle box) {
    ImageReadParam param = reader.getDefaultReadParam();
    param.setSourceRegion(box);
    return param;
  }

  /** GDAL writes the value as text ("0", "-9999", "nan"); unreadable text names no value. */
  private static double noData(TIFFField tag) {
    if (tag == null || tag.getCount() == 0) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(tag.getAsString(0).trim());
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private static String text(TIFFField tag) {
    if (tag == null || tag.getType() != TIFFTag.TIFF_ASCII) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    for (int k = 0; k < tag.getCount(); k++) {
      text.append(tag.getAsString(k));
    }
    return text.toString();
  }

  private static boolean pixelIsPoint(TIFFField keys) {
    return geoKey(keys, RASTER_TYPE_KEY) == PIXEL_IS_POINT;
  }

  /** A short GeoKey's value (held in the directory itself), or -1 when the directory lacks it. */
  private static int geoKey(TIFFField keys, int key) {
    if (keys == null) {
      return -1;
    }
    for (int k = 4; k + 3 < keys.getCount(); k += 4) {
      if (keys.getAsInt(k) == key && keys.getAsInt(k + 1) == 0) {
        return keys.getAsInt(k + 3);
      }
    }
    return -1;
  }
}
