/**
 * Operators used only by the GPF tests of the headless engine, registered through the test
 * resources' {@code META-INF/services/org.esa.snap.core.gpf.OperatorSpi}.
 */
package org.dlinsar.lite.gpf.testops;
