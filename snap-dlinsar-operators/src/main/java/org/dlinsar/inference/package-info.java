/**
 * Neural-network inference for every DL stage: model cards and the bundled-model registry,
 * ONNX Runtime sessions (one per model file and execution provider per JVM, closed at shutdown),
 * execution providers (AUTO, CPU, CUDA) and tiled inference with a halo and blended overlaps.
 *
 * <p>Input: a {@code model} name (bundled in snap-dlinsar-models, {@link
 * org.dlinsar.inference.BundledModels}) or a {@code modelFile} with its card beside it ({@link
 * org.dlinsar.inference.ModelResolver}), and rasters as row-major float planes. Output: the
 * network's output planes, independent of the tiling ({@link org.dlinsar.inference.TiledInference}).
 * Plain Java on arrays: nothing here knows SNAP.
 */
package org.dlinsar.inference;
