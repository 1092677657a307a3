package org.dlinsar.imports;

import com.bc.ceres.core.ProgressMonitor;
import java.awt.Rectangle;
import java.io.File;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dlinsar.ifg.AcquisitionTimes;
import org.dlinsar.ifg.BandNames;
import org.dlinsar.ifg.LineOfSight;
import org.dlinsar.ifg.RadarWavelength;
import org.esa.snap.core.datamodel.Band;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.esa.snap.core.gpf.Operator;
import org.esa.snap.core.gpf.OperatorException;
import org.esa.snap.core.gpf.Tile;
import org.esa.snap.core.gpf.annotations.OperatorMetadata;
import org.esa.snap.core.gpf.annotations.Parameter;
import org.esa.snap.core.gpf.annotations.TargetProduct;

/**
 * An {@link ImportedStack} as an interferogram stack in the contract's input form, its pixels read
 * from the files tile by tile when pulled (write it with {@code GPF.writeProduct}). Not
 * registered with GPF: {@link ImportedStacks#product} builds it with {@link #of}, for {@code
 * bin/dlinsar import} and for the reader plug-ins. Its parameters are what was read and how, for
 * the product's Processing_Graph (as SNAP's Read node records its {@code file}); they are set by
 * whoever built the stack, never read back.
 */
@OperatorMetadata(
    alias = "DL-Import-Stack",
    label = "DL Import Stack",
    category = "Radar/Interferometric/Deep Learning",
    version = "0.1",
    authors = "DL-InSAR",
    internal = true,
    description = "Interferograms formed outside SNAP (GAMMA, LiCSAR) as one interferogram stack.")
public final class ImportedStackOp extends Operator {

  /**
   * A tile's most rows, and the most pixels it holds (16 MiB of floats): tiles span the width, since
   * a GeoTIFF's strip does and is decoded whole, so a tile narrower than the image decoded each
   * strip once per tile across.
   */
  private static final int TILE_ROWS = 256;
  private static final int TILE_PIXELS = 1 << 22;
  /** The metadata element saying where the stack came from and which coherence was estimated. */
  public static final String IMPORT_METADATA = "DL_InSAR_Import";

  private enum Kind { REAL, IMAGINARY, COHERENCE, ELEVATION, INCIDENCE }

  private record Role(Kind kind, ImportedPair pair) {}

  @Parameter(description = "The folder (or the file in it) the interferograms were read from")
  private File file;
  @Parameter(description = "Their layout: bin/dlinsar import's --format, or the reader's format name")
  private String formatName;
  @Parameter(description = "The GAMMA .par given (--par)")
  private File parFile;
  @Parameter(description = "The GAMMA DEM parameter file given (--dem-par)")
  private File demParFile;
  @Parameter(description = "The GAMMA lookup table given (--lt)")
  private File lookupTableFile;
  @Parameter(description = "The DEM given (--dem)")
  private File demFile;
  @Parameter(description = "Pairs spanning more days were left out; 0 kept all (--max-span-days)")
  private Integer maxSpanDays;
  @Parameter(description = "The radar frequency given, MHz (--radar-frequency)", unit = "MHz")
  private Double radarFrequency;

  @TargetProduct
  private Product targetProduct;

  private ImportedStack stack;
  private IncidenceMap incidence;
  private String productName;
  private final Map<Band, Role> roles = new HashMap<>();

  /** The stack of {@code imported} named {@code name}, computed on demand. */
  public static Product of(ImportedStack imported, String name) {
    return of(imported, name, Map.of());
  }

  /**
   * The stack of {@code imported} named {@code name}, computed on demand, its Processing_Graph
   * node recording {@code parameters} (by this operator's parameter names).
   */
  public static Product of(ImportedStack imported, String name, Map<String, Object> parameters) {
    return of(imported, name, parameters, null);
  }

  /**
   * As {@link #of(ImportedStack, String, Map)}, with each pixel's incidence as SNAP's {@value
   * LineOfSight#INCIDENCE_BAND} band where {@code incidence} is not null.
   */
  static Product of(ImportedStack imported, String name, Map<String, Object> parameters,
      IncidenceMap incidence) {
    ImportedStackOp op = new ImportedStackOp();
    op.stack = imported;
    op.incidence = incidence;
    op.productName = name;
    parameters.forEach(op::setParameter);
    return op.getTargetProduct();
  }

  @Override
  public void initialize() throws OperatorException {
    if (stack == null) {
      throw new OperatorException("DL-Import-Stack is built by bin/dlinsar import, not by GPF");
    }
    Product product = new Product(productName, "IFG_STACK", stack.width(), stack.height());
    product.setPreferredTileSize(stack.width(), tileRows(stack.width(), stack.height()));
    MetadataElement origin = new MetadataElement(IMPORT_METADATA);
    origin.setAttributeString("format", stack.format());
    for (ImportedPair pair : stack.pairs()) {
      String suffix = pair.suffix();
      add(product, BandNames.real(suffix), BandNames.UNIT_REAL, new Role(Kind.REAL, pair), pair.phase().toString());
      add(product, BandNames.imaginary(suffix), BandNames.UNIT_IMAGINARY, new Role(Kind.IMAGINARY, pair),
          pair.phase().toString());
      String source = pair.coherence() != null ? pair.coherence().toString()
          : "estimated from the phase in a " + WindowCoherence.WINDOW + "x" + WindowCoherence.WINDOW + " window";
      add(product, BandNames.coherence(suffix), BandNames.UNIT_COHERENCE, new Role(Kind.COHERENCE, pair), source);
      origin.setAttributeString("coherence_" + suffix, pair.coherence() != null ? "file" : "estimated");
    }
    stack.describeFiles(origin);
    stack.span().describe(origin);
    if (stack.elevation() != null) {
      Band elevation = product.addBand(BandNames.ELEVATION, ProductData.TYPE_FLOAT32);
      elevation.setUnit(BandNames.UNIT_ELEVATION);
      elevation.setDescription(stack.elevation().toString());
      // NaN where the DEM has no height: declared, so SNAP's valid mask and statistics leave it out
      elevation.setNoDataValue(Double.NaN);
      elevation.setNoDataValueUsed(true);
      roles.put(elevation, new Role(Kind.ELEVATION, null));
      origin.setAttributeString("elevation", FolderFiles.recorded(stack.elevation()));
    }
    if (incidence != null) {
      Band band = product.addBand(LineOfSight.INCIDENCE_BAND, ProductData.TYPE_FLOAT32);
      band.setUnit("deg");
      band.setDescription("incidence angle from the ellipsoid, from " + incidence.source());
      band.setNoDataValue(Double.NaN);
      band.setNoDataValueUsed(true);
      roles.put(band, new Role(Kind.INCIDENCE, null));
    }
    MetadataElement abs = new MetadataElement(RadarWavelength.ABSTRACTED_METADATA);
    abs.setAttributeString("PRODUCT", productName);
    abs.setAttributeString("SAMPLE_TYPE", "COMPLEX");
    stack.describe(abs);
    abs.setAttributeInt("coregistered_stack", 1);
    product.getMetadataRoot().addElement(abs);
    addFirstLineTimes(product, abs, origin);
    product.getMetadataRoot().addElement(origin);
    targetProduct = product;
  }

  /** Rows of a tile across {@code width}: at least 16, fewer on wide stacks (see {@link #TILE_PIXELS}). */
  static int tileRows(int width, int height) {
    return Math.min(height, Math.max(16, Math.min(TILE_ROWS, TILE_PIXELS / width)));
  }

  /**
   * Writes each acquisition's first_line_time that the files give as SNAP's InSAR stacks hold
   * them, which {@link AcquisitionTimes} reads: the reference's (the earliest
   * date's) in Abstracted_Metadata, each other date's in a {@code Secondary_Metadata} child
   * {@code <product>_<ddMMMyyyy>}; the file each came from as {@code first_line_time_<ddMMMyyyy>}
   * of the import metadata.
   */
  private void addFirstLineTimes(Product product, MetadataElement abs, MetadataElement origin) {
    List<FirstLineTime> times = stack.firstLineTimes();
    if (times.isEmpty()) {
      return;
    }
    LocalDate reference = stack.pairs().stream().map(p -> p.pair().reference())
        .min(Comparator.naturalOrder()).orElseThrow();
    MetadataElement secondaries = new MetadataElement(AcquisitionTimes.SECONDARY_METADATA);
    for (FirstLineTime time : times) {
      String date = BandNames.formatDate(time.date());
      MetadataElement element = abs;
      if (!time.date().equals(reference)) {
        element = new MetadataElement(productName + "_" + date);
        element.setAttributeString("PRODUCT", time.file().getFileName().toString());
        secondaries.addElement(element);
      }
      element.setAttributeUTC(AcquisitionTimes.FIRST_LINE_TIME, time.time());
      origin.setAttributeString(AcquisitionTimes.FIRST_LINE_TIME + "_" + date, FolderFiles.recorded(time.file()));
    }
    if (secondaries.getNumElements() > 0) {
      product.getMetadataRoot().addElement(secondaries);
    }
  }

  private void add(Product product, String name, String unit, Role role, String description) {
    Band band = product.addBand(name, ProductData.TYPE_FLOAT32);
    band.setUnit(unit);
    band.setDescription(description);
    band.setNoDataValue(0);
    band.setNoDataValueUsed(true);
    roles.put(band, role);
  }

  /**
   * One band at a time, so that the tiles in flight are a few bands' whatever the pairs (a tile
   * of every band at once was hundreds of megabytes on a frame of hundreds of pairs, in SNAP as
   * here); the rows of a file are decoded once however many bands read them ({@link RowBands}).
   */
  @Override
  public void computeTile(Band band, Tile tile, ProgressMonitor pm) throws OperatorException {
    Role role = roles.get(band);
    if (role == null) {
      throw new OperatorException("DL-Import-Stack does not compute band '" + band.getName() + "'");
    }
    Rectangle box = tile.getRectangle();
    try {
      tile.setSamples(switch (role.kind()) {
        case ELEVATION -> stack.elevation(box);
        case INCIDENCE -> incidence.degrees(box);
        case COHERENCE -> coherence(role.pair(), box);
        default -> stack.part(role.pair(), box, role.kind() == Kind.REAL);
      });
    } catch (UncheckedIOException e) {
      throw new OperatorException(e.getMessage(), e);
    }
  }

  private float[] coherence(ImportedPair pair, Rectangle box) {
    int width = stack.width();
    if (pair.coherence() != null) {
      return stack.coherence(pair, box);
    }
    int half = WindowCoherence.WINDOW / 2;
    Rectangle halo = new Rectangle(box.x - half, box.y - half, box.width + 2 * half, box.height + 2 * half)
        .intersection(new Rectangle(0, 0, width, stack.height()));
    float[] z = stack.complex(pair, halo);
    return WindowCoherence.estimate(z, halo.width, halo.height, box.x - halo.x, box.y - halo.y,
        box.width, box.height);
  }
}
