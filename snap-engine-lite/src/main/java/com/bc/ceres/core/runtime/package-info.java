/**
 * Stand-in for SNAP's ceres-core runtime: only {@code ConfigurationElementBase}, the read side
 * of the DOM elements that carry graph node parameters.
 */
package com.bc.ceres.core.runtime;
