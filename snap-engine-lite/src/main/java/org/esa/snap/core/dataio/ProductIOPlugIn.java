package org.esa.snap.core.dataio;

import java.util.Locale;
import org.esa.snap.core.util.io.SnapFileFilter;

/** What SNAP's reader and writer plug-ins say of their format (SNAP's interface of this name). */
public interface ProductIOPlugIn {

  /** The format names, the first the one SNAP shows. */
  String[] getFormatNames();

  /** File extensions with the dot, e.g. ".dim"; an empty string for folder products. */
  String[] getDefaultFileExtensions();

  String getDescription(Locale locale);

  /** The filter SNAP's file chooser shows for the format. */
  SnapFileFilter getProductFileFilter();
}
