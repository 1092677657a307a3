/**
 * Stand-in for SNAP's {@code ProductUtils}: copying metadata, bands, geocoding and time
 * information from one product to another.
 */
package org.esa.snap.core.util;
