/** SNAP's file utilities the reader API names ({@code SnapFileFilter}). */
package org.esa.snap.core.util.io;
