package org.esa.snap.ui;

import javax.swing.JPanel;

/** Stand-in for SNAP Desktop's {@code org.esa.snap.ui.BasicView} (snap-ui): the base of image views. */
public abstract class BasicView extends JPanel {

  public BasicView() {
  }
}
