package org.esa.snap.ui;

/**
 * Stand-in for SNAP Desktop's {@code org.esa.snap.ui.AppContext} (snap-ui): the application as
 * operator dialogs see it. No member is declared; dialogs here only pass it on.
 */
public interface AppContext {
}
