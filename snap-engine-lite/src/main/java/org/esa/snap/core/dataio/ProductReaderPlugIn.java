package org.esa.snap.core.dataio;

/**
 * A product format SNAP can read: registered in {@code META-INF/services} under this interface's
 * name, asked {@link #getDecodeQualification} for each input {@link ProductIO#readProduct} is
 * given (SNAP's interface of this name; its default methods are not declared here).
 */
public interface ProductReaderPlugIn extends ProductIOPlugIn {

  DecodeQualification getDecodeQualification(Object input);

  /** The input types {@link ProductReader#readProductNodes} takes, e.g. String, File, Path. */
  Class[] getInputTypes();

  ProductReader createReaderInstance();
}
