package org.dlinsar.imports;

import com.twelvemonkeys.imageio.metadata.CompoundDirectory;
import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import com.twelvemonkeys.imageio.plugins.tiff.TIFFImageReaderSpi;
import java.awt.Rectangle;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * One-band GeoTIFF read with TwelveMonkeys' TIFF plug-in, which reads what GDAL writes: classic
 * TIFF or BigTIFF, striped or tiled, uncompressed, PackBits, LZW, Deflate or JPEG, with or without
 * a horizontal (2) or floating-point (3) predictor; rectangle by rectangle: only the strips or
 * tiles a rectangle touches are decoded. The JDK's own plug-in reads neither BigTIFF nor a
 * predictor on float samples, GDAL's usual way to write float32 phase.
 */
final class GeoTiffRaster {

  private static final int IMAGE_WIDTH = 256;
  private static final int IMAGE_LENGTH = 257;
  private static final int BITS_PER_SAMPLE = 258;
  private static final int SAMPLES_PER_PIXEL = 277;
  private static final int STRIP_OFFSETS = 273;
  private static final int STRIP_BYTE_COUNTS = 279;
  private static final int TILE_OFFSETS = 324;
  private static final int TILE_BYTE_COUNTS = 325;
  /**
   * How many times its strips' or tiles' bytes an image's samples may be. Deflate expands at most
   * 1032 times, LZW some 1400 times, PackBits 64: a header declaring more samples than this is
   * damaged or hostile, and would have the reader allocate gigabytes for a file of a few bytes.
   */
  static final int MAX_EXPANSION = 4096;
  private static final int COMPRESSION = 259;
  private static final int PREDICTOR = 317;
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
   * Compressions GDAL writes that no Java TIFF plug-in decodes: named in the error, with the
   * gdal_translate line that rewrites the file into one read here.
   */
  private static final Map<Integer, String> UNREADABLE_COMPRESSIONS = Map.of(
      34887, "LERC", 34925, "LZMA", 50000, "ZSTD", 50001, "WEBP", 50002, "JXL", 52546, "JXL");
  private static final TIFFImageReaderSpi TIFF = new TIFFImageReaderSpi();
  /** How to rewrite a TIFF that is not read here into one that is, keeping every value. */
  private static final String REWRITE = "rewrite it with gdal_translate -co COMPRESS=DEFLATE"
      + " -co PREDICTOR=3 IN.tif OUT.tif (float samples; PREDICTOR=2 for integer ones)";

  /**
   * @param dataType a {@link DataBuffer} type: TYPE_FLOAT, TYPE_BYTE, ...
   * @param noData the GDAL_NODATA value, NaN when the file names none
   * @param gdalMetadata the GDAL metadata tag's XML text, or null when the file has none
   */
  record Header(GeoTiffGrid grid, int bands, int dataType, double noData, String gdalMetadata) {}

  private GeoTiffRaster() {}

  /**
   * @throws IOException naming the file when it is no TIFF, is compressed in a way not read here,
   *     lacks the GeoTIFF grid tags, is not on a geographic grid by its GeoKeys, or its grid's
   *     corners lie off the globe
   */
  static Header header(Path file) throws IOException {
    Directory tags;
    ImageInputStream tagsIn = open(file); // its own message: no such file, not a file
    try (tagsIn) {
      tags = firstImage(new TIFFReader().read(tagsIn));
    } catch (IOException | RuntimeException e) {
      // the plug-in's own messages do not name the file, and for a cut-off one say nothing
      throw new IOException(file + ": not a readable TIFF: " + (e.getMessage() == null || e instanceof EOFException
          ? "it ends after " + size(file) + " bytes, before its header and image tags do (an empty or cut-off file)"
          : e.getMessage()), e);
    }
    checkCompression(file, tags);
    checkDeclaredSize(file, tags, Runtime.getRuntime().maxMemory());
    checkDataInside(file, tags);
    Raster probe;
    int w;
    int h;
    try (ImageInputStream in = open(file)) {
      ImageReader reader = TIFF.createReaderInstance();
      try {
        reader.setInput(in, true, true);
        // a row decoded: a file whose strips or tiles cannot be decoded fails here, not mid-stack;
        // readRaster, as read would clamp float samples to an image's 0..1
        probe = reader.readRaster(0, regionParam(reader, new Rectangle(0, 0, reader.getWidth(0), 1)));
        w = reader.getWidth(0);
        h = reader.getHeight(0);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      throw new IOException(file + ": not a readable TIFF (" + encoding(tags) + "): " + e.getMessage()
          + "; " + REWRITE, e);
    }
    double[] scale = numbers(tags.getEntryById(MODEL_PIXEL_SCALE));
    double[] tie = numbers(tags.getEntryById(MODEL_TIEPOINT));
    if (scale.length < 2 || tie.length < 6) {
      throw new IOException(file + ": no GeoTIFF ModelPixelScale/ModelTiepoint tags (not a north-up lon/lat grid)");
    }
    double[] keys = numbers(tags.getEntryById(GEO_KEY_DIRECTORY));
    checkGeographic(file, keys);
    // Pixel-is-area (the default): the tie point is the corner of its pixel, so centres lie half a step in.
    double shift = geoKey(keys, RASTER_TYPE_KEY) == PIXEL_IS_POINT ? 0 : 0.5;
    double lonStep = scale[0];
    double latStep = -scale[1];
    double lon0 = tie[3] + (shift - tie[0]) * lonStep;
    double lat0 = tie[4] + (shift - tie[1]) * latStep;
    GeoTiffGrid grid = new GeoTiffGrid(w, h, lon0, lat0, lonStep, latStep);
    checkOnTheGlobe(file, grid);
    return new Header(grid, probe.getNumBands(), probe.getDataBuffer().getDataType(),
        noData(text(tags.getEntryById(GDAL_NODATA))), text(tags.getEntryById(GDAL_METADATA)));
  }

  /**
   * @throws IOException one line naming the file and its compression when it is one GDAL writes
   *     but no Java plug-in decodes, and how to rewrite the file
   */
  private static void checkCompression(Path file, Directory tags) throws IOException {
    int compression = (int) first(tags.getEntryById(COMPRESSION), 1);
    String name = UNREADABLE_COMPRESSIONS.get(compression);
    if (name != null) {
      throw new IOException(file + ": compressed with " + name + " (TIFF compression " + compression
          + "), which is not read here; " + REWRITE);
    }
  }

  /**
   * The size the tags declare must be one the file's data can hold and a row of it one the heap
   * can: the reader allocates by the tags before it decodes anything.
   *
   * @param heap the most bytes the Java heap may grow to
   * @throws IOException one line naming the file, its declared size and the limit it exceeds
   */
  static void checkDeclaredSize(Path file, Directory tags, long heap) throws IOException {
    double width = first(tags.getEntryById(IMAGE_WIDTH), 0);
    double height = first(tags.getEntryById(IMAGE_LENGTH), 0);
    double bytesPerPixel = first(tags.getEntryById(SAMPLES_PER_PIXEL), 1)
        * Math.ceil(first(tags.getEntryById(BITS_PER_SAMPLE), 1) / 8);
    double data = 0;
    for (double count : numbers(tags.getEntryById(TILE_BYTE_COUNTS) != null
        ? tags.getEntryById(TILE_BYTE_COUNTS) : tags.getEntryById(STRIP_BYTE_COUNTS))) {
      data += Math.max(count, 0);
    }
    String declared = String.format(Locale.ROOT, "%.0f x %.0f pixels of %.0f bytes", width, height, bytesPerPixel);
    if (!(width >= 1 && height >= 1 && bytesPerPixel >= 1)) {
      throw new IOException(file + ": its TIFF tags declare " + declared + ", not an image");
    }
    if (width * height * bytesPerPixel > data * MAX_EXPANSION) {
      throw new IOException(String.format(Locale.ROOT, "%s: its TIFF tags declare %s (%.3g bytes) in"
          + " %.0f bytes of strips or tiles, more than %d times their size that no TIFF compression"
          + " reaches: a damaged or truncated file", file, declared, width * height * bytesPerPixel,
          data, MAX_EXPANSION));
    }
    if (width * bytesPerPixel > heap / 8) {
      throw new IOException(String.format(Locale.ROOT, "%s: its TIFF tags declare %s, whose rows of"
          + " %.0f MiB each are more than an eighth of the Java heap (%d MiB); give Java more heap"
          + " (JAVA_OPTS=-Xmx...) if the file is genuine", file, declared,
          width * bytesPerPixel / (1 << 20), heap >> 20));
    }
  }

  /**
   * Every strip or tile must end inside the file: one cut off inside its image data (a download
   * or copy cut short) reads its header and first row, and would fail only when its missing rows
   * were read, mid-stack, after other pairs were read and written. Empty blocks (offset and count
   * 0, GDAL's sparse files) hold nothing to check.
   *
   * @throws IOException one line naming the file, where its data ends and where the file does
   */
  private static void checkDataInside(Path file, Directory tags) throws IOException {
    boolean tiled = tags.getEntryById(TILE_OFFSETS) != null;
    double[] offsets = numbers(tags.getEntryById(tiled ? TILE_OFFSETS : STRIP_OFFSETS));
    double[] counts = numbers(tags.getEntryById(tiled ? TILE_BYTE_COUNTS : STRIP_BYTE_COUNTS));
    double end = 0;
    for (int k = 0; k < Math.min(offsets.length, counts.length); k++) {
      if (counts[k] > 0) {
        end = Math.max(end, offsets[k] + counts[k]);
      }
    }
    long size = Files.size(file);
    if (end > size) {
      throw new IOException(String.format(Locale.ROOT, "%s: cut off: its strips or tiles end at byte"
          + " %.0f but the file ends after %d bytes; copy or download it again", file, end, size));
    }
  }

  /** The file's compression and predictor, as the TIFF tags give them, for an error line. */
  private static String encoding(Directory tags) {
    return "TIFF compression " + (int) first(tags.getEntryById(COMPRESSION), 1) + ", predictor "
        + (int) first(tags.getEntryById(PREDICTOR), 1);
  }

  private static ImageInputStream open(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException(file + (Files.exists(file) ? ": not a file" : ": no such file"));
    }
    ImageInputStream in = ImageIO.createImageInputStream(file.toFile());
    if (in == null) {
      throw new IOException(file + ": cannot be opened");
    }
    return in;
  }

  /** The tags of the full-resolution image: GDAL writes overviews and masks as later directories. */
  private static Directory firstImage(Directory tiff) throws EOFException {
    if (tiff instanceof CompoundDirectory images && images.directoryCount() == 0) {
      // the header points past the file's end: the plug-in reads no directory, and says nothing
      throw new EOFException();
    }
    return tiff instanceof CompoundDirectory images ? images.getDirectory(0) : tiff;
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  /**
   * Only a grid the GeoKeys call geographic is read as lon/lat: a UTM or other map grid read as
   * degrees would geocode the stack somewhere else entirely, and a file without GeoKeys (its CRS
   * stripped on the way) may be either.
   *
   * @throws IOException one line naming the file and its model type, or saying it has none
   */
  private static void checkGeographic(Path file, double[] keys) throws IOException {
    int modelType = geoKey(keys, MODEL_TYPE_KEY);
    if (modelType == MODEL_TYPE_PROJECTED) {
      throw new IOException(file + ": a projected grid (GeoTIFF model type 1), not lon/lat;"
          + " warp it to geographic WGS84 (EPSG:4326) first, e.g. gdalwarp -t_srs EPSG:4326");
    }
    if (modelType != MODEL_TYPE_GEOGRAPHIC) {
      String found = keys.length == 0 ? "no GeoKeyDirectory" : modelType < 0 ? "no GTModelType GeoKey"
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

  /**
   * Full-width rows kept across reads ({@link RowBands}): an eighth of the heap, at most 256 MiB,
   * holds a tile of a few dozen files at 3000 pixels across and 256 rows.
   */
  private static final RowBands ROWS =
      new RowBands(Math.min(256L << 20, Runtime.getRuntime().maxMemory() / 8));

  /** The samples of band 0 in {@code box}, row by row, as float. */
  static float[] read(Path file, Rectangle box) {
    float[] rows = ROWS.rows(file, box.y, box.height, () -> readRows(file, box.y, box.height));
    int width = rows.length / box.height;
    float[] samples = new float[box.width * box.height];
    for (int r = 0; r < box.height; r++) {
      System.arraycopy(rows, r * width + box.x, samples, r * box.width, box.width);
    }
    return samples;
  }

  /**
   * Rows {@code y} to {@code y + height} across the image. A tile's rectangle narrower than the
   * image would fail inside the plug-in anyway (TwelveMonkeys issue 746), and a strip spans it.
   */
  private static float[] readRows(Path file, int y, int height) {
    try (ImageInputStream in = open(file)) {
      ImageReader reader = TIFF.createReaderInstance();
      try {
        reader.setInput(in, true, true);
        int width = reader.getWidth(0);
        // readRaster: read would clamp float samples to an image's 0..1
        Raster raster = reader.readRaster(0, regionParam(reader, new Rectangle(0, y, width, height)));
        return raster.getSamples(raster.getMinX(), raster.getMinY(), width, height, 0,
            new float[width * height]);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e instanceof IOException io ? io : new IOException(e));
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

  private static ImageReadParam regionParam(ImageReader reader, Rectangle box) {
    ImageReadParam param = reader.getDefaultReadParam();
    param.setSourceRegion(box);
    return param;
  }

  /** GDAL writes the value as text ("0", "-9999", "nan"); unreadable text names no value. */
  private static double noData(String text) {
    if (text == null || text.isBlank()) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(text.trim());
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /** An ASCII tag's text (its strings joined), or null when the file lacks it. */
  private static String text(Entry tag) {
    if (tag == null) {
      return null;
    }
    Object value = tag.getValue();
    if (value instanceof String one) {
      return one;
    }
    if (value instanceof String[] several) {
      return String.join("", several);
    }
    return null;
  }

  /** A numeric tag's values, whatever type the file stores them as; none when the file lacks it. */
  private static double[] numbers(Entry tag) {
    Object value = tag == null ? null : tag.getValue();
    if (value instanceof Number one) {
      return new double[] {one.doubleValue()};
    }
    if (value == null || !value.getClass().isArray()) {
      return new double[0];
    }
    double[] values = new double[Array.getLength(value)];
    for (int k = 0; k < values.length; k++) {
      Object v = Array.get(value, k);
      values[k] = v instanceof Number n ? n.doubleValue() : Double.NaN;
    }
    return values;
  }

  private static double first(Entry tag, double absent) {
    double[] values = numbers(tag);
    return values.length == 0 ? absent : values[0];
  }

  /** A short GeoKey's value (held in the directory itself), or -1 when the directory lacks it. */
  private static int geoKey(double[] keys, int key) {
    for (int k = 4; k + 3 < keys.length; k += 4) {
      if ((int) keys[k] == key && (int) keys[k + 1] == 0) {
        return (int) keys[k + 3];
      }
    }
    return -1;
  }
}
