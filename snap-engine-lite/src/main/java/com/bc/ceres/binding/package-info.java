/**
 * Stand-in for SNAP's ceres-binding types that {@code @Parameter} names: validator and converter
 * interfaces, their exceptions, and {@code Property} as a bare marker.
 */
package com.bc.ceres.binding;
