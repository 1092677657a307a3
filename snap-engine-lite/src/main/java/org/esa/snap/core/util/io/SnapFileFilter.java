package org.esa.snap.core.util.io;

import java.io.File;
import java.util.Locale;
import javax.swing.filechooser.FileFilter;

/** The file chooser's filter for one product format (SNAP's class of this name, its core members). */
public class SnapFileFilter extends FileFilter {

  private final String formatName;
  private final String[] extensions;
  private final String description;

  public SnapFileFilter() {
    this(null, new String[0], null);
  }

  public SnapFileFilter(String formatName, String extension, String description) {
    this(formatName, new String[] {extension}, description);
  }

  public SnapFileFilter(String formatName, String[] extensions, String description) {
    this.formatName = formatName;
    this.extensions = extensions == null ? new String[0] : extensions.clone();
    this.description = description;
  }

  public String getFormatName() {
    return formatName;
  }

  public String[] getExtensions() {
    return extensions.clone();
  }

  /** Folders, and files ending in one of the extensions (any file when there are none). */
  @Override
  public boolean accept(File file) {
    if (file.isDirectory() || extensions.length == 0) {
      return true;
    }
    String name = file.getName().toLowerCase(Locale.ROOT);
    for (String extension : extensions) {
      if (!extension.isEmpty() && name.endsWith(extension.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String getDescription() {
    return description;
  }
}
