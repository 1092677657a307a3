package org.dlinsar.imports;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import org.esa.snap.core.dataio.DecodeQualification;
import org.esa.snap.core.dataio.ProductReader;
import org.esa.snap.core.dataio.ProductReaderPlugIn;
import org.esa.snap.core.util.io.SnapFileFilter;

/**
 * SNAP reader plug-ins for interferograms formed outside SNAP: SNAP's File > Import, Read nodes,
 * gpt and {@code ProductIO.readProduct} open a LiCSAR frame, a GAMMA folder or a folder of dated
 * GeoTIFFs as one interferogram stack in the contract's form, as {@code bin/dlinsar import}
 * writes it. One plug-in per layout (the nested classes, registered in {@code META-INF/services}),
 * so that each has its own format name and file filter.
 */
public abstract class InterferogramFolderReaderPlugIn implements ProductReaderPlugIn {

  private final InterferogramFolder layout;

  InterferogramFolderReaderPlugIn(InterferogramFolder layout) {
    this.layout = layout;
  }

  InterferogramFolder layout() {
    return layout;
  }

  @Override
  public DecodeQualification getDecodeQualification(Object input) {
    Path path = InputPath.of(input);
    return path == null ? DecodeQualification.UNABLE : layout.decode(path);
  }

  @Override
  public Class[] getInputTypes() {
    return new Class[] {String.class, File.class, Path.class};
  }

  @Override
  public ProductReader createReaderInstance() {
    return new InterferogramFolderReader(this);
  }

  @Override
  public String[] getFormatNames() {
    return new String[] {layout.formatName};
  }

  @Override
  public String[] getDefaultFileExtensions() {
    return new String[] {layout.extension};
  }

  @Override
  public String getDescription(Locale locale) {
    return layout.description;
  }

  @Override
  public SnapFileFilter getProductFileFilter() {
    return new SnapFileFilter(layout.formatName, getDefaultFileExtensions(), layout.description);
  }

  /** A LiCSAR frame folder, or a pair's {@code .geo.diff_pha.tif} (or {@code .geo.unw.tif}) in it. */
  public static final class Licsar extends InterferogramFolderReaderPlugIn {
    public Licsar() {
      super(InterferogramFolder.LICSAR);
    }
  }

  /**
   * A folder of GAMMA {@code .diff} or {@code .unw} files with a {@code .par}, or that {@code
   * .par} (beside them or in {@code headers/} beside them); a folder of several, or of none, is
   * named, asking for the one to open.
   */
  public static final class Gamma extends InterferogramFolderReaderPlugIn {
    public Gamma() {
      super(InterferogramFolder.GAMMA);
    }
  }

  /** A folder of wrapped-phase GeoTIFFs named with their pair's dates. */
  public static final class GeoTiffPairs extends InterferogramFolderReaderPlugIn {
    public GeoTiffPairs() {
      super(InterferogramFolder.GEOTIFF);
    }
  }
}
