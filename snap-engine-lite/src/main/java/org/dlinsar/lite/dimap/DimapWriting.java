package org.dlinsar.lite.dimap;

import java.io.File;
import java.util.Locale;
import org.esa.snap.core.dataio.ProductIO;
import org.esa.snap.core.dataio.ProductWriter;
import org.esa.snap.core.dataio.ProductWriterPlugIn;
import org.esa.snap.core.util.io.SnapFileFilter;

/**
 * What a product the headless engine writes says of its writer, as SNAP's writers do: the {@code
 * .dim} file it goes to, and the BEAM-DIMAP plug-in, so that operators writing files beside it
 * name them after the product whatever the format ({@code org.dlinsar.files.BesideTarget}).
 *
 * @param dimFile the product's header
 */
public record DimapWriting(File dimFile) implements ProductWriter {

  /** BEAM-DIMAP, the headless engine's one format. */
  public static final ProductWriterPlugIn PLUG_IN = new ProductWriterPlugIn() {
    private static final String DESCRIPTION = "BEAM-DIMAP product (.dim header, .data folder of ENVI band files)";

    @Override
    public String[] getFormatNames() {
      return new String[] {ProductIO.DEFAULT_FORMAT_NAME};
    }

    @Override
    public String[] getDefaultFileExtensions() {
      return new String[] {".dim"};
    }

    @Override
    public String getDescription(Locale locale) {
      return DESCRIPTION;
    }

    @Override
    public SnapFileFilter getProductFileFilter() {
      return new SnapFileFilter(ProductIO.DEFAULT_FORMAT_NAME, getDefaultFileExtensions(), DESCRIPTION);
    }
  };

  @Override
  public ProductWriterPlugIn getWriterPlugIn() {
    return PLUG_IN;
  }

  @Override
  public Object getOutput() {
    return dimFile;
  }
}
