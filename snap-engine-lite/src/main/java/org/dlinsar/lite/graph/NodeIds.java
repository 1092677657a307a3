package org.dlinsar.lite.graph;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import org.esa.snap.core.gpf.Operator;

/**
 * Gives an operator a graph node's id, as gpt's NodeContext.initOperatorContext does, so that its
 * Processing_Graph node is named as the graph names it: the graph runner's, and bin/dlinsar-spark's,
 * which builds a graph's operators itself. Through the operator's {@code context} field, which
 * SNAP's API does not expose either, so that no public SNAP member is added.
 */
public final class NodeIds {

  private NodeIds() {
  }

  /** Sets {@code operator}'s id to {@code id}; call before its target product is made. */
  public static void give(Operator operator, String id) {
    try {
      Field field = Operator.class.getDeclaredField("context");
      field.setAccessible(true);
      Object context = field.get(operator);
      Method setId = context.getClass().getDeclaredMethod("setId", String.class);
      setId.setAccessible(true);
      setId.invoke(context, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot set the id of operator " + operator.getId(), e);
    }
  }
}
