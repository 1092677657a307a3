package org.esa.snap.rcp;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductNode;
import org.esa.snap.rcp.util.SelectionSupport;
import org.esa.snap.ui.product.ProductSceneView;

/**
 * Stand-in for SNAP Desktop's {@code org.esa.snap.rcp.SnapApp} (snap-rcp 12-14): the application
 * singleton's selection API. SNAP takes the selection from NetBeans' global context (the node
 * selected in the Product Explorer, the image view in front); this stand-in holds one selected
 * node and one selected view, set by tests through the package's own methods.
 */
public class SnapApp {

  private static final SnapApp DEFAULT = new SnapApp();

  private final Map<Class<?>, Selection<?>> selections = new ConcurrentHashMap<>();
  private volatile ProductNode selectedNode;
  private volatile ProductSceneView selectedView;

  public SnapApp() {
  }

  /** The application singleton (SNAP: its registered service). */
  public static SnapApp getDefault() {
    return DEFAULT;
  }

  /** Handlers told when the selected object of {@code type} changes; one instance per type, as SNAP's. */
  @SuppressWarnings("unchecked")
  public <T> SelectionSupport<T> getSelectionSupport(Class<T> type) {
    return (SelectionSupport<T>) selections.computeIfAbsent(type, Selection::new);
  }

  /** The image view in front, or null. */
  public ProductSceneView getSelectedProductSceneView() {
    return selectedView;
  }

  /**
   * The selected product, as SNAP's: for {@link SelectionSourceHint#VIEW} that of the image view,
   * for {@link SelectionSourceHint#EXPLORER} that of the selected node, each falling back to the
   * other; for {@link SelectionSourceHint#AUTO} the view's only while the view has the keyboard
   * focus, else the node's (possibly null), with no fallback.
   */
  public Product getSelectedProduct(SelectionSourceHint hint) {
    Product viewProduct = selectedView == null ? null : selectedView.getProduct();
    Product nodeProduct = selectedNode == null ? null : selectedNode.getProduct();
    // if, not a switch on the enum: that would add a synthetic class the signature check refuses
    if (hint == SelectionSourceHint.VIEW) {
      return viewProduct != null ? viewProduct : nodeProduct;
    }
    if (hint == SelectionSourceHint.EXPLORER) {
      return nodeProduct != null ? nodeProduct : viewProduct;
    }
    return selectedView != null && selectedView.hasFocus() ? viewProduct : nodeProduct;
  }

  /** Which selection source {@link #getSelectedProduct} prefers. */
  public enum SelectionSourceHint {
    VIEW,
    EXPLORER,
    AUTO,
  }

  /** Stand-in only: selects {@code node} as SNAP's Product Explorer does, telling the handlers. */
  void selectNode(ProductNode node) {
    ProductNode old = selectedNode;
    selectedNode = node;
    changed(old, node);
  }

  /** Stand-in only: brings {@code view} to the front as SNAP's window system does, telling the handlers. */
  void selectView(ProductSceneView view) {
    ProductSceneView old = selectedView;
    selectedView = view;
    changed(old, view);
  }

  private void changed(Object old, Object selected) {
    for (Selection<?> selection : selections.values()) {
      selection.changed(old, selected);
    }
  }

  /** The handlers of one type: told of changes whose old or new object is of that type. */
  private static final class Selection<T> implements SelectionSupport<T> {

    private final Class<T> type;
    private final List<Handler<T>> handlers = new CopyOnWriteArrayList<>();

    Selection(Class<?> type) {
      @SuppressWarnings("unchecked")
      Class<T> t = (Class<T>) type;
      this.type = t;
    }

    @Override
    public void addHandler(Handler<T> handler) {
      handlers.add(handler);
    }

    @Override
    public void removeHandler(Handler<T> handler) {
      handlers.remove(handler);
    }

    void changed(Object old, Object selected) {
      T oldValue = type.isInstance(old) ? type.cast(old) : null;
      T newValue = type.isInstance(selected) ? type.cast(selected) : null;
      if (oldValue == null && newValue == null) {
        return;
      }
      for (Handler<T> handler : handlers) {
        handler.selectionChange(oldValue, newValue);
      }
    }
  }
}
