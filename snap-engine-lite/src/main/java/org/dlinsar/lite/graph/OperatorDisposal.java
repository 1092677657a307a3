package org.dlinsar.lite.graph;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.esa.snap.core.gpf.Operator;

/**
 * Disposes an operator as gpt's NodeContext.dispose does, through its OperatorContext (snap-gpf
 * 14.x internal/OperatorContext.java:480-497): its target product, then the images of its bands,
 * then the operator's own {@link Operator#dispose()}, once. Operator.dispose() alone is only the
 * operator's hook, as in SNAP. Through the operator's {@code context} field, as {@link NodeIds},
 * so that no public SNAP member is added.
 */
public final class OperatorDisposal {

  private OperatorDisposal() {
  }

  /** Disposes {@code operator}'s context; a second call does nothing. */
  public static void dispose(Operator operator) {
    Object context;
    Method dispose;
    try {
      Field field = Operator.class.getDeclaredField("context");
      field.setAccessible(true);
      context = field.get(operator);
      dispose = context.getClass().getDeclaredMethod("dispose");
      dispose.setAccessible(true);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot dispose operator " + operator.getId(), e);
    }
    try {
      dispose.invoke(context);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot dispose operator " + operator.getId(), e);
    } catch (InvocationTargetException e) {
      // what the product's or the operator's dispose() threw, as a direct call would throw it
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("cannot dispose operator " + operator.getId(), e.getCause());
    }
  }
}
