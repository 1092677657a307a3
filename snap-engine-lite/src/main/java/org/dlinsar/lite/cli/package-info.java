/**
 * The {@code dlinsar} launcher ({@code bin/dlinsar}), SNAP's gpt without SNAP: runs one operator
 * or a graph XML file on BEAM-DIMAP products, prints help from the operators' annotations, and
 * runs the {@link org.dlinsar.lite.cli.LauncherCommand}s other modules contribute. Failures are
 * one line on standard error, "Error: message" ("Error: command: message" for a command's), with
 * exit status 1 (processing) or 2 (usage).
 */
package org.dlinsar.lite.cli;
