/**
 * Stand-in for SNAP's ceres-core progress monitors: {@code ProgressMonitor}, its null and
 * wrapping implementations, and {@code SubProgressMonitor}, which scales a sub-task onto a share
 * of its parent's ticks. Declares only the members of SNAP's API list, the test resource
 * {@code src/test/resources/snap-api/signatures.txt}.
 */
package com.bc.ceres.core;
