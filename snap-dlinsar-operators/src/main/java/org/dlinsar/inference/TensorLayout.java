package org.dlinsar.inference;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * The input and output tensors of a loaded model, checked against its card: one float input of
 * shape {@code [batch, channels, height, width]} named as the card says, and the card's output of
 * the same rank. A dimension the model leaves free is -1 here.
 *
 * @param inputName the input tensor
 * @param inputChannels the card's input channels
 * @param outputName the output tensor
 * @param outputChannels the card's output channels
 * @param fixedBatch the batch the model requires, -1 when free
 * @param fixedHeight the tile height the model requires, -1 when free
 * @param fixedWidth the tile width the model requires, -1 when free
 */
record TensorLayout(String inputName, int inputChannels, String outputName, int outputChannels,
    int fixedBatch, int fixedHeight, int fixedWidth) {

  static TensorLayout check(ResolvedModel model, OrtSession session) throws OrtException {
    ModelCard card = model.card();
    String file = "model file " + model.location();
    String inName = card.input().tensor();
    String outName = card.output().tensor();
    if (!session.getInputNames().equals(Set.of(inName))) {
      throw new ModelException(file + " has inputs " + session.getInputNames()
          + "; its card expects the one input '" + inName + "'");
    }
    if (!session.getOutputNames().contains(outName)) {
      throw new ModelException(file + " has outputs " + session.getOutputNames()
          + "; its card expects an output '" + outName + "'");
    }
    long[] in = shape(file, "input", inName, session.getInputInfo());
    long[] out = shape(file, "output", outName, session.getOutputInfo());
    int inChannels = card.input().channels().size();
    int outChannels = card.output().channels().size();
    checkDim(file, "input '" + inName + "'", in, 1, inChannels, "channels");
    checkDim(file, "output '" + outName + "'", out, 1, outChannels, "channels");
    for (int axis : new int[] {0, 2, 3}) {
      if (in[axis] != out[axis] && in[axis] > 0 && out[axis] > 0) {
        throw new ModelException(file + " maps input shape " + Arrays.toString(in) + " to output"
            + " shape " + Arrays.toString(out) + "; expected equal batch, height and width");
      }
    }
    int size = card.tile().size();
    if ((in[2] > 0 && in[2] != size) || (in[3] > 0 && in[3] != size)) {
      throw new ModelException(file + ": input '" + inName + "' has shape " + Arrays.toString(in)
          + "; its card expects tiles of " + size + " x " + size + " (or free height and width)");
    }
    return new TensorLayout(inName, inChannels, outName, outChannels,
        free(in[0]), free(in[2]), free(in[3]));
  }

  private static long[] shape(String file, String role, String name, Map<String, NodeInfo> infos) {
    if (!(infos.get(name).getInfo() instanceof TensorInfo tensor) || tensor.type != OnnxJavaType.FLOAT) {
      throw new ModelException(file + ": " + role + " '" + name + "' is " + infos.get(name).getInfo()
          + "; expected a float tensor [batch, channels, height, width]");
    }
    long[] shape = tensor.getShape();
    if (shape.length != 4) {
      throw new ModelException(file + ": " + role + " '" + name + "' has shape "
          + Arrays.toString(shape) + "; expected 4 dimensions [batch, channels, height, width]");
    }
    return shape;
  }

  private static void checkDim(String file, String what, long[] shape, int axis, int expected,
      String meaning) {
    if (shape[axis] > 0 && shape[axis] != expected) {
      throw new ModelException(file + ": " + what + " has shape " + Arrays.toString(shape)
          + "; its card expects " + expected + " " + meaning + " (dimension " + axis + ")");
    }
  }

  private static int free(long dim) {
    return dim > 0 ? Math.toIntExact(dim) : -1;
  }
}
