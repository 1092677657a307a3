package org.dlinsar.lite.dimap;

import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds and checks the ENVI file pairs a DIMAP header refers to ({@code DATA_FILE_PATH} and
 * {@code TIE_POINT_GRID_FILE_PATH} hrefs), before any pixel is read.
 */
final class DimapDataFiles {

  private DimapDataFiles() {
  }

  /**
   * Resolves an href of the header against the header's folder. When that file is missing and
   * the product's files were renamed (the {@code .data} folder now matches the new header
   * name), the same path inside {@code <header name>.data} is used instead.
   */
  static Path resolve(File dimFile, String href) {
    File folder = dimFile.getAbsoluteFile().getParentFile();
    Path direct = new File(folder, href).toPath();
    if (Files.exists(direct)) {
      return direct;
    }
    int slash = href.indexOf('/');
    if (slash > 0) {
      String baseName = dimFile.getName().replaceFirst("(?i)\\.dim$", "");
      Path renamed = new File(folder, baseName + ".data" + href.substring(slash)).toPath();
      if (Files.exists(renamed)) {
        return renamed;
      }
    }
    return direct;
  }

  /**
   * Checks the ENVI pair of one raster and returns its {@code .img}: the {@code .hdr}, where there
   * is one, states {@code width} samples, {@code height} lines, the ENVI code of {@code dataType},
   * big-endian byte order and no header offset; the {@code .img} exists and holds exactly
   * {@code width * height * elemSize} bytes. SNAP's reader takes the raster from the DIMAP header
   * and the {@code .img} alone, so a missing {@code .hdr} is no fault.
   *
   * @param hdr the {@code .hdr} the header refers to
   * @param what what the file holds, for messages ("band 'x'")
   * @throws FileNotFoundException naming the {@code .img} when there is none
   * @throws IOException naming the file, the expected and the found value on any mismatch
   */
  static Path checkedImage(Path hdr, String what, int dataType, int width, int height) throws IOException {
    Path img = imageOf(hdr);
    if (Files.exists(hdr)) {
      checkHeader(hdr, what, dataType, width, height);
    }
    long expected;
    try {
      expected = Math.multiplyExact((long) width * height, RasterDataTypes.elemSize(dataType));
    } catch (ArithmeticException e) {
      // wrapped round, a size of a few bytes could pass for a raster of 2^61 samples
      throw new IOException(what + " declares " + width + " x " + height + " " + RasterDataTypes.name(dataType)
          + " samples, more bytes than a file can hold: " + hdr + " and its header are damaged or not a product's");
    }
    long found = BandFileMounts.size(img, "band file of " + what);
    if (found != expected) {
      throw new IOException("band file " + BandFileMounts.name(img) + " of " + what + " has " + found + " bytes, expected " + expected
          + " (" + width + " x " + height + " " + RasterDataTypes.name(dataType) + " samples)");
    }
    return img;
  }

  /** The {@code .img} beside {@code hdr}, as SNAP's reader names it. */
  static Path imageOf(Path hdr) {
    String fileName = hdr.getFileName().toString();
    String stem = fileName.endsWith(EnviHeader.HEADER_EXTENSION)
        ? fileName.substring(0, fileName.length() - EnviHeader.HEADER_EXTENSION.length()) : fileName;
    return hdr.resolveSibling(stem + EnviHeader.IMAGE_EXTENSION);
  }

  private static void checkHeader(Path hdr, String what, int dataType, int width, int height) throws IOException {
    FileErrors.requireFile(hdr, "ENVI header of " + what);
    EnviHeader header = EnviHeader.read(hdr);
    expect(hdr, "samples", header.samples(), width, "columns", what);
    expect(hdr, "lines", header.lines(), height, "rows", what);
    int enviCode = RasterDataTypes.enviCode(dataType);
    if (header.dataTypeCode() != enviCode) {
      throw new IOException("ENVI header " + hdr + " states data type = " + header.dataTypeCode() + ", but " + what
          + " is " + RasterDataTypes.name(dataType) + " (ENVI data type " + enviCode + ")");
    }
    if (header.byteOrder() != -1 && header.byteOrder() != 1) {
      throw new IOException("ENVI header " + hdr + " states byte order = " + header.byteOrder()
          + ", but BEAM-DIMAP band files are big-endian (byte order = 1)");
    }
    if (header.headerOffset() != 0) {
      throw new IOException("ENVI header " + hdr + " states header offset = " + header.headerOffset()
          + ", but BEAM-DIMAP band files have none (header offset = 0)");
    }
  }

  private static void expect(Path hdr, String key, int found, int expected, String unit, String what)
      throws IOException {
    if (found != expected) {
      throw new IOException("ENVI header " + hdr + " states " + key + " = " + found + ", but " + what + " has "
          + expected + " " + unit);
    }
  }
}
