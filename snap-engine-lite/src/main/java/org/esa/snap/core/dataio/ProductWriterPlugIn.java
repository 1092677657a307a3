package org.esa.snap.core.dataio;

/**
 * SNAP's plug-in of a product writer. The stand-in declares none of its own members: operators
 * read only what every I/O plug-in has ({@link ProductIOPlugIn}), a writer's format and file
 * extensions.
 */
public interface ProductWriterPlugIn extends ProductIOPlugIn {}
