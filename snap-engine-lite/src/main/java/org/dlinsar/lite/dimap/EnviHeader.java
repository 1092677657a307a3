package org.dlinsar.lite.dimap;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The ENVI {@code .hdr} beside each band file of a BEAM-DIMAP product: what the reader checks
 * (size, data type, byte order, header offset) and the whole header as SNAP writes it.
 *
 * @param samples columns of the raster
 * @param lines rows of the raster
 * @param dataTypeCode ENVI data-type code (see {@link RasterDataTypes#enviCode})
 * @param byteOrder 1 for big-endian, 0 for little-endian, -1 when the header does not say
 * @param headerOffset bytes before the first sample in the {@code .img}
 */
record EnviHeader(int samples, int lines, int dataTypeCode, int byteOrder, long headerOffset) {

  /** Extension of an ENVI header file, with the dot. */
  static final String HEADER_EXTENSION = ".hdr";
  /** Extension of an ENVI image file, with the dot. */
  static final String IMAGE_EXTENSION = ".img";
  /**
   * SNAP writes one band per header, a few hundred bytes; a header listing 10000 bands' names and
   * wavelengths is a few MB: 64 MiB is far above any, and a multi-GB file named as one (an .img,
   * say) is refused instead of filling the heap, by its size before reading, and by what a read
   * gives (a file may grow meanwhile).
   */
  static final int MAX_BYTES = 64 << 20;

  /**
   * Reads the keys the reader needs from an ENVI header ({@code key = value} lines, values in
   * braces may span lines). Keys are case-insensitive.
   *
   * @throws IOException if the file cannot be read, or {@code samples}, {@code lines} or
   *     {@code data type} is missing or not a number (the message names the file)
   */
  static EnviHeader read(Path hdr) throws IOException {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(hdr)) {
      bytes = Files.size(hdr) > MAX_BYTES ? null : in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw FileErrors.cannot("read", hdr, e);
    }
    if (bytes == null || bytes.length > MAX_BYTES) {
      throw new IOException("cannot read " + hdr + ": over " + MAX_BYTES + " bytes, larger than the "
          + (MAX_BYTES >> 20) + " MiB that an ENVI header could need; is it the band's header?");
    }
    List<String> lines = new String(bytes, StandardCharsets.ISO_8859_1).lines().toList();
    if (lines.isEmpty() || !lines.get(0).trim().equals("ENVI")) {
      throw new IOException("not an ENVI header (first line is not 'ENVI'): " + hdr);
    }
    Map<String, String> values = new HashMap<>();
    StringBuilder pending = null;
    String pendingKey = null;
    for (String line : lines.subList(1, lines.size())) {
      String piece;
      if (pending != null) {
        piece = line.trim();
        pending.append(' ').append(piece);
      } else {
        int eq = line.indexOf('=');
        if (eq < 0) {
          continue;
        }
        pendingKey = line.substring(0, eq).trim().toLowerCase(Locale.ROOT);
        piece = line.substring(eq + 1).trim();
        pending = new StringBuilder(piece);
      }
      // a brace-delimited value continues until its closing brace; only the new piece is searched,
      // as searching the whole value each line took minutes on a header of a few MB left open
      if (pending.length() == 0 || pending.charAt(0) != '{' || piece.indexOf('}') >= 0) {
        values.put(pendingKey, pending.toString());
        pending = null;
      }
    }
    return new EnviHeader(
        intValue(hdr, values, "samples", null),
        intValue(hdr, values, "lines", null),
        intValue(hdr, values, "data type", null),
        intValue(hdr, values, "byte order", -1),
        intValue(hdr, values, "header offset", 0));
  }

  private static int intValue(Path hdr, Map<String, String> values, String key, Integer fallback)
      throws IOException {
    String text = values.get(key);
    if (text == null) {
      if (fallback != null) {
        return fallback;
      }
      throw new IOException("ENVI header " + hdr + " has no '" + key + "'");
    }
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new IOException("ENVI header " + hdr + ": '" + key + "' is '" + text + "', expected an integer", e);
    }
  }

  /**
   * The description SNAP's ENVI header gives a raster (EnviHeader.writedescription): its own, else,
   * when that is blank, its product's. Where both are missing SNAP writes the word "null"; here
   * the description is then left empty.
   */
  static String description(String own, String productDescription) {
    String text = own == null || own.isBlank() ? productDescription : own;
    return text == null ? "" : text;
  }

  /** The unit SNAP's ENVI header gives a raster: "1" when it has none, log(unit) when log10-scaled. */
  static String unit(String unit, boolean log10Scaled) {
    String text = unit == null || unit.isBlank() ? "1" : unit;
    return log10Scaled ? "log(" + text + ")" : text;
  }

  /**
   * Writes the ENVI header SNAP writes beside a band or tie-point-grid file, line by line:
   * description with unit (and wavelength when positive), size, data type, big-endian byte
   * order, band name, wavelength, gain and offset; no map lines.
   *
   * @param description the text before the unit ({@link #description}), or null
   * @param unit the band's unit ({@link #unit}), or null (written as "1", as SNAP does)
   * @param wavelength spectral wavelength in nm, written only when positive
   */
  static void write(Path hdr, String bandName, String description, String unit, int productDataType,
      int width, int height, float wavelength, double scalingFactor, double scalingOffset) throws IOException {
    write(hdr, bandName, description, unit, productDataType, width, height, wavelength, scalingFactor,
        scalingOffset, List.of());
  }

  /**
   * As the other {@code write}, with the map lines ({@link EnviMapInfo}) after the band name, where
   * SNAP writes them.
   *
   * @param mapLines header lines without line ends, none for a raster without a map geocoding
   */
  static void write(Path hdr, String bandName, String description, String unit, int productDataType,
      int width, int height, float wavelength, double scalingFactor, double scalingOffset,
      List<String> mapLines) throws IOException {
    // UTF-8, as SNAP's FileWriter on its Java: a description naming a path of any script is kept
    // new, in the write's own new data folder: never into a file or link that was there
    try (BufferedWriter out = Files.newBufferedWriter(hdr, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE)) {
      StringBuilder desc = new StringBuilder();
      desc.append(description == null ? "" : description)
          .append(" - Unit: ").append(unit(unit, false));
      if (wavelength > 0) {
        desc.append(" - Wavelength: ").append(wavelength).append("nm");
      }
      out.write("ENVI\n");
      out.write("description = {" + desc + "}\n");
      out.write("samples = " + width + "\n");
      out.write("lines = " + height + "\n");
      out.write("bands = 1\n");
      out.write("header offset = 0\n");
      out.write("file type = ENVI Standard\n");
      out.write("data type = " + RasterDataTypes.enviCode(productDataType) + "\n");
      out.write("interleave = bsq\n");
      out.write("byte order = 1\n");
      out.write("band names = { " + bandName + " }\n");
      for (String line : mapLines) {
        out.write(line + "\n");
      }
      if (wavelength > 0) {
        out.write("wavelength = {" + wavelength + "}\n");
      }
      out.write("data gain values = {" + scalingFactor + "}\n");
      out.write("data offset values = {" + scalingOffset + "}\n");
    } catch (IOException e) {
      throw FileErrors.cannot("write", hdr, e);
    }
  }
}
