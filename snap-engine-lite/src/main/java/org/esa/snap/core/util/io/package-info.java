/** SNAP's file utilities: the reader API's {@code SnapFileFilter} and the DIMAP writer's naming rule. */
package org.esa.snap.core.util.io;
