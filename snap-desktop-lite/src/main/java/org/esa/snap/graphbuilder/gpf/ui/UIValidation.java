package org.esa.snap.graphbuilder.gpf.ui;

/** Stand-in for SNAP's {@code org.esa.snap.graphbuilder.gpf.ui.UIValidation} (snap-graph-builder): an operator UI's verdict on its parameters. */
public class UIValidation {

  /** How the parameters stand. */
  public enum State {
    OK,
    ERROR,
    WARNING
  }

  private final State state;
  private final String msg;

  public UIValidation(State theState, String theMessage) {
    this.state = theState;
    this.msg = theMessage;
  }

  public State getState() {
    return state;
  }

  public String getMsg() {
    return msg;
  }
}
