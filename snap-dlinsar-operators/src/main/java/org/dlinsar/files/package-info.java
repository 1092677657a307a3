/**
 * Files the stages write beside their products, written whole or not at all, and temporary files
 * named after their process, which a later run deletes when that process was killed.
 */
package org.dlinsar.files;
