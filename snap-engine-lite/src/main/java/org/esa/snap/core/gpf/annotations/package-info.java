/** SNAP's operator annotations: metadata, parameters, sources, target product and properties. */
package org.esa.snap.core.gpf.annotations;
