/** Files the stages write beside their products, written whole or not at all. */
package org.dlinsar.files;
