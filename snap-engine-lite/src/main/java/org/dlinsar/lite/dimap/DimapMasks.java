package org.dlinsar.lite.dimap;

import java.awt.Color;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.esa.snap.core.datamodel.Mask;
import org.esa.snap.core.datamodel.Product;
import org.w3c.dom.Element;

/**
 * A product's masks in a DIMAP header, as SNAP's mask persistables write and read them
 * (snap-engine 14.x, {@code dimap/spi/MaskPersistable} and its band-maths and range kinds): a
 * {@code Masks} element after the tie-point grids holding one {@code Mask type="Maths"} or
 * {@code type="Range"} per mask, its settings in {@code value} attributes ({@code NAME},
 * {@code MASK_RASTER_WIDTH}, {@code MASK_RASTER_HEIGHT}, {@code DESCRIPTION}, {@code COLOR} with
 * red, green, blue and alpha, {@code TRANSPARENCY}, then {@code EXPRESSION} or {@code MINIMUM},
 * {@code MAXIMUM} and {@code RASTER}). Masks of vector data ({@code type="Geometry"}) are not part
 * of the headless engine: they are left out, with one warning naming them (none for the pins'
 * and ground control points' masks that SNAP gives every product).
 */
final class DimapMasks {

  private static final Logger LOG = Logger.getLogger(DimapMasks.class.getName());
  private static final String MASKS = "Masks";
  private static final String MASK = "Mask";
  private static final String VALUE = "value";
  private static final Set<String> PLACEMARK_MASKS = Set.of("pins", "ground_control_points");

  private DimapMasks() {
  }

  /**
   * Adds the header's band-maths and range masks to {@code product}.
   *
   * @throws IOException naming the mask and the file if a setting is missing or malformed, or
   *     the name is taken by a band
   */
  static void read(Element root, File dimFile, Product product) throws IOException {
    List<String> leftOut = new ArrayList<>();
    for (Element element : DimapXml.children(DimapXml.child(root, MASKS), MASK)) {
      String type = element.getAttribute("type");
      String name = value(element, "NAME", "a mask of " + dimFile);
      String where = "mask '" + name + "' of " + dimFile;
      Mask mask;
      if (Mask.BandMathsType.TYPE_NAME.equals(type)) {
        mask = new Mask(name, size(element, "MASK_RASTER_WIDTH", product.getSceneRasterWidth(), where),
            size(element, "MASK_RASTER_HEIGHT", product.getSceneRasterHeight(), where), Mask.BandMathsType.INSTANCE);
        Mask.BandMathsType.setExpression(mask, value(element, "EXPRESSION", where));
      } else if (Mask.RangeType.TYPE_NAME.equals(type)) {
        mask = new Mask(name, size(element, "MASK_RASTER_WIDTH", product.getSceneRasterWidth(), where),
            size(element, "MASK_RASTER_HEIGHT", product.getSceneRasterHeight(), where), Mask.RangeType.INSTANCE);
        Mask.RangeType.setMinimum(mask, number(element, "MINIMUM", where));
        Mask.RangeType.setMaximum(mask, number(element, "MAXIMUM", where));
        Mask.RangeType.setRasterName(mask, value(element, "RASTER", where));
      } else {
        // every SNAP product has the placemark groups' masks, most of them empty: no warning for those
        if (!PLACEMARK_MASKS.contains(name)) {
          leftOut.add(name + " (" + type + ")");
        }
        continue;
      }
      String description = optionalValue(element, "DESCRIPTION");
      mask.setDescription(description == null || description.isEmpty() ? null : description);
      mask.setImageTransparency(number(element, "TRANSPARENCY", where));
      mask.setImageColor(color(DimapXml.child(element, "COLOR"), where));
      try {
        product.addMask(mask);
      } catch (IllegalArgumentException e) {
        throw new IOException(where + ": " + e.getMessage(), e);
      }
    }
    if (!leftOut.isEmpty()) {
      LOG.warning(dimFile + ": masks of vector data are not read by the headless engine: " + String.join(", ", leftOut));
    }
  }

  /** Writes the product's masks at {@code level}, nothing if it has none. */
  static void write(XmlPrinter xml, int level, Product product) throws IOException {
    Mask[] masks = product.getMaskGroup().toArray(new Mask[0]);
    if (masks.length == 0) {
      return;
    }
    xml.open(level, MASKS);
    for (Mask mask : masks) {
      Mask.ImageType type = mask.getImageType();
      xml.open(level + 1, MASK, "type", type.getName());
      xml.leaf(level + 2, "NAME", null, VALUE, mask.getName());
      xml.leaf(level + 2, "MASK_RASTER_WIDTH", null, VALUE, String.valueOf(mask.getRasterWidth()));
      xml.leaf(level + 2, "MASK_RASTER_HEIGHT", null, VALUE, String.valueOf(mask.getRasterHeight()));
      xml.leaf(level + 2, "DESCRIPTION", null, VALUE, mask.getDescription() == null ? "" : mask.getDescription());
      Color color = mask.getImageColor();
      xml.leaf(level + 2, "COLOR", null, "red", String.valueOf(color.getRed()), "green",
          String.valueOf(color.getGreen()), "blue", String.valueOf(color.getBlue()), "alpha",
          String.valueOf(color.getAlpha()));
      xml.leaf(level + 2, "TRANSPARENCY", null, VALUE, String.valueOf(mask.getImageTransparency()));
      if (type == Mask.RangeType.INSTANCE) {
        xml.leaf(level + 2, "MINIMUM", null, VALUE, String.valueOf(Mask.RangeType.getMinimum(mask)));
        xml.leaf(level + 2, "MAXIMUM", null, VALUE, String.valueOf(Mask.RangeType.getMaximum(mask)));
        xml.leaf(level + 2, "RASTER", null, VALUE, Mask.RangeType.getRasterName(mask));
      } else {
        xml.leaf(level + 2, "EXPRESSION", null, VALUE, Mask.BandMathsType.getExpression(mask));
      }
      xml.close(level + 1, MASK);
    }
    xml.close(level, MASKS);
  }

  private static String optionalValue(Element parent, String tag) {
    Element child = DimapXml.child(parent, tag);
    return child == null || !child.hasAttribute(VALUE) ? null : child.getAttribute(VALUE);
  }

  private static String value(Element parent, String tag, String where) throws IOException {
    String value = optionalValue(parent, tag);
    if (value == null || value.isEmpty()) {
      throw new IOException(where + " has no " + tag + " value");
    }
    return value;
  }

  private static double number(Element parent, String tag, String where) throws IOException {
    String text = value(parent, tag, where);
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new IOException(tag + " of " + where + " is '" + text + "', expected a number", e);
    }
  }

  private static int size(Element parent, String tag, int scene, String where) throws IOException {
    String text = optionalValue(parent, tag);
    if (text == null) {
      return scene;
    }
    try {
      int size = Integer.parseInt(text);
      if (size > 0) {
        return size;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IOException(tag + " of " + where + " is '" + text + "', expected a positive integer");
  }

  private static Color color(Element color, String where) throws IOException {
    if (color == null) {
      throw new IOException(where + " has no COLOR");
    }
    int[] rgba = new int[4];
    String[] channels = {"red", "green", "blue", "alpha"};
    for (int i = 0; i < rgba.length; i++) {
      String text = color.getAttribute(channels[i]);
      try {
        rgba[i] = Integer.parseInt(text);
      } catch (NumberFormatException e) {
        throw new IOException("COLOR " + channels[i] + " of " + where + " is '" + text + "', expected 0 to 255", e);
      }
      if (rgba[i] < 0 || rgba[i] > 255) {
        throw new IOException("COLOR " + channels[i] + " of " + where + " is '" + text + "', expected 0 to 255");
      }
    }
    return new Color(rgba[0], rgba[1], rgba[2], rgba[3]);
  }
}
