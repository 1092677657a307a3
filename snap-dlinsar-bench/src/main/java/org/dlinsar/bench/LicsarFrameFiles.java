package org.dlinsar.bench;

import com.twelvemonkeys.imageio.plugins.tiff.TIFFImageReaderSpi;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferFloat;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.plugins.tiff.BaselineTIFFTagSet;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageWriterSpi;
import javax.imageio.plugins.tiff.TIFFDirectory;
import javax.imageio.plugins.tiff.TIFFField;
import javax.imageio.plugins.tiff.TIFFTag;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * The import's two ends for bench/import.sh: {@code write} makes a frame in COMET LiCSAR's layout
 * ({@code <yyyymmdd>_<yyyymmdd>/<pair>.geo.diff_pha.tif} and {@code .geo.cc.tif}, float32,
 * Deflate, striped as GDAL writes such widths), its values realistic in volume, not physics:
 * fringes and noise, a no-data corner; {@code decode} reads every GeoTIFF of a folder once, whole,
 * with the plug-in the import reads them with: the least decoding an import can do.
 *
 * <pre>
 *   LicsarFrameFiles write FOLDER WIDTH HEIGHT PAIRS
 *   LicsarFrameFiles decode FOLDER
 * </pre>
 */
final class LicsarFrameFiles {

  private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
  /** About 100 m, LiCSAR's geocoded spacing. */
  private static final double STEP_DEGREES = 0.001;

  /** The JDK's own TIFF writer, by its class: TwelveMonkeys' may come first and writes no floats. */
  private static final ImageWriterSpi JDK_TIFF;

  static {
    try {
      JDK_TIFF = (ImageWriterSpi) IIORegistry.getDefaultInstance().getServiceProviderByClass(
          Class.forName("com.sun.imageio.plugins.tiff.TIFFImageWriterSpi"));
    } catch (ClassNotFoundException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private LicsarFrameFiles() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 5 && args[0].equals("write")) {
      write(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
    } else if (args.length == 2 && args[0].equals("decode")) {
      long start = System.nanoTime();
      long samples = decode(Path.of(args[1]));
      System.out.printf(Locale.ROOT, "decoded %d samples in %.2f s%n", samples, (System.nanoTime() - start) / 1e9);
    } else {
      System.err.println("usage: LicsarFrameFiles write FOLDER WIDTH HEIGHT PAIRS | decode FOLDER");
      System.exit(2);
    }
  }

  /** {@code pairs} 12-day pairs in turn, each a phase and a coherence file. */
  static void write(Path folder, int width, int height, int pairs) throws IOException {
    LocalDate first = LocalDate.of(2021, 1, 4);
    for (int k = 0; k < pairs; k++) {
      String name = DATE.format(first.plusDays(12L * k)) + "_" + DATE.format(first.plusDays(12L * (k + 1)));
      Path pairFolder = Files.createDirectories(folder.resolve(name));
      SplittableRandom random = new SplittableRandom(k);
      float[] phase = new float[width * height];
      float[] coherence = new float[width * height];
      double cycles = 2 + k % 7; // fringes across the frame
      for (int y = 0; y < height; y++) {
        for (int x = 0; x < width; x++) {
          int i = y * width + x;
          boolean noData = x < width / 8 && y < height / 8; // the sea, say
          double gamma = 0.2 + 0.75 * (0.5 + 0.5 * Math.sin(0.01 * x + 0.013 * y + k));
          phase[i] = noData ? Float.NaN : (float) Math.IEEEremainder(
              2 * Math.PI * cycles * (x + 0.5 * y) / width + (1 - gamma) * random.nextGaussian(), 2 * Math.PI);
          coherence[i] = noData ? 0 : (float) gamma;
        }
      }
      writeGeoTiff(pairFolder.resolve(name + ".geo.diff_pha.tif"), width, height, phase);
      writeGeoTiff(pairFolder.resolve(name + ".geo.cc.tif"), width, height, coherence);
    }
  }

  /**
   * A float32 GeoTIFF on a lon/lat grid from (99.5 W, 19.5 N), Deflate, one row a strip (GDAL's
   * strips at such widths).
   */
  private static void writeGeoTiff(Path file, int width, int height, float[] samples) throws IOException {
    ImageTypeSpecifier type = ImageTypeSpecifier.createBanded(ColorSpace.getInstance(ColorSpace.CS_GRAY),
        new int[] {0}, new int[] {0}, DataBuffer.TYPE_FLOAT, false, false);
    BufferedImage image = type.createBufferedImage(width, height);
    System.arraycopy(samples, 0, ((DataBufferFloat) image.getRaster().getDataBuffer()).getData(), 0, samples.length);
    ImageWriter writer = JDK_TIFF.createWriterInstance();
    ImageWriteParam param = writer.getDefaultWriteParam();
    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    param.setCompressionType("Deflate");
    TIFFDirectory tags = TIFFDirectory.createFromMetadata(writer.getDefaultImageMetadata(type, param));
    tags.addTIFFField(new TIFFField(BaselineTIFFTagSet.getInstance().getTag(BaselineTIFFTagSet.TAG_ROWS_PER_STRIP), 1));
    tags.addTIFFField(doubles(33550, "ModelPixelScale", STEP_DEGREES, STEP_DEGREES, 0));
    tags.addTIFFField(doubles(33922, "ModelTiepoint", 0, 0, 0, -99.5, 19.5, 0));
    char[] geographicWgs84 = {1, 1, 0, 2, 1024, 0, 1, 2, 2048, 0, 1, 4326};
    tags.addTIFFField(new TIFFField(new TIFFTag("GeoKeyDirectory", 34735, 1 << TIFFTag.TIFF_SHORT),
        TIFFTag.TIFF_SHORT, geographicWgs84.length, geographicWgs84));
    try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
      writer.setOutput(out);
      writer.write(null, new IIOImage(image, null, tags.getAsMetadata()), param);
    } finally {
      writer.dispose();
    }
  }

  private static TIFFField doubles(int number, String name, double... values) {
    return new TIFFField(new TIFFTag(name, number, 1 << TIFFTag.TIFF_DOUBLE), TIFFTag.TIFF_DOUBLE, values.length, values);
  }

  /** Reads every {@code .tif} under {@code folder} once, whole; the samples read. */
  static long decode(Path folder) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(p -> p.toString().endsWith(".tif")).sorted().toList();
    }
    long samples = 0;
    for (Path file : files) {
      try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
        ImageReader reader = new TIFFImageReaderSpi().createReaderInstance();
        reader.setInput(in, true, true);
        Raster raster = reader.readRaster(0, null);
        samples += (long) raster.getWidth() * raster.getHeight();
        reader.dispose();
      }
    }
    return samples;
  }
}
