package org.dlinsar.lite.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The launcher's log lines, one per record: {@code LEVEL: message}, and where the record carries
 * an exception, its message ({@link Launcher#oneLine}) on the same line; its stack trace only with
 * {@code -e}, as for the error line (SimpleFormatter's {@code %6$s} printed every frame).
 */
final class LogLines extends Formatter {

  private static final String SIMPLE_FORMAT = "java.util.logging.SimpleFormatter.format";

  private final boolean stackTraces;

  /** @param stackTraces whether a record's exception is followed by its stack trace ({@code -e}) */
  LogLines(boolean stackTraces) {
    this.stackTraces = stackTraces;
  }

  /**
   * Gives the root logger's handlers (the console's) these lines, unless the user configured
   * logging: a format for SimpleFormatter or a configuration of their own.
   */
  static void install(boolean stackTraces) {
    if (System.getProperty(SIMPLE_FORMAT) != null || System.getProperty("java.util.logging.config.file") != null
        || System.getProperty("java.util.logging.config.class") != null) {
      return;
    }
    for (Handler handler : Logger.getLogger("").getHandlers()) {
      handler.setFormatter(new LogLines(stackTraces));
    }
  }

  @Override
  public String format(LogRecord record) {
    String line = record.getLevel().getLocalizedName() + ": " + formatMessage(record);
    Throwable thrown = record.getThrown();
    if (thrown != null) {
      // most messages say the exception's already ("cannot load ...: <its message>")
      String reason = Launcher.oneLine(thrown);
      if (!line.contains(reason)) {
        line += ": " + reason;
      }
    }
    line += System.lineSeparator();
    if (thrown != null && stackTraces) {
      StringWriter trace = new StringWriter();
      thrown.printStackTrace(new PrintWriter(trace));
      line += trace;
    }
    return line;
  }
}
