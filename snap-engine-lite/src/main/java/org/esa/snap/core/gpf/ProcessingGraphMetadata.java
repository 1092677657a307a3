package org.esa.snap.core.gpf;

import java.io.File;
import java.lang.reflect.Array;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.dlinsar.lite.ModuleProperties;
import org.esa.snap.core.datamodel.MetadataAttribute;
import org.esa.snap.core.datamodel.MetadataElement;
import org.esa.snap.core.datamodel.Product;
import org.esa.snap.core.datamodel.ProductData;
import org.esa.snap.core.gpf.annotations.OperatorMetadata;

/**
 * The {@code Processing_Graph} element GPF adds to every operator's target product, as SNAP's
 * {@code OperatorContext.initGraphMetadata} and {@code convertOperatorContextToMetadata} build it
 * (snap-engine 14.x, snap-gpf {@code org/esa/snap/core/gpf/internal/OperatorContext.java}).
 *
 * <p>Under {@code metadata/Processing_Graph} (created if the target, or the source metadata it
 * copied, has none) each operator gets one element {@code node.<n>}, n counting the elements whose
 * names start with "node", unless a node with its id is already there. Its attributes: {@code id},
 * {@code operator} (the alias), {@code purpose}, {@code authors}, {@code version},
 * {@code copyright} (each only when the {@code @OperatorMetadata} value is not empty) and
 * {@code processingTime} (when the operator made its target, UTC,
 * {@code yyyy-MM-dd'T'HH:mm:ss.SSS'Z'}; SNAP takes the time each node is written). Child {@code sources} has one
 * attribute per source, named by its source key and sorted by name, whose value is the source's
 * file URI, else the id of the operator that made it (whose node is added first), else
 * {@code product:<display name>}. Child {@code parameters} has one attribute per parameter that is
 * not null, arrays written comma-separated. After {@code operator}, {@code moduleName} and
 * {@code moduleVersion}: SNAP's come from the NetBeans module of the operator's SPI, the headless
 * engine's from the {@link ModuleProperties} of the operator's jar or class folder (none without).
 *
 * <p>SNAP skips a node whose id is already in the graph; so did this engine, whose ids restarted
 * at 1 in every JVM, and gpt gives a graph's nodes the graph's own ids ({@code read}): a product
 * processed again by the same operator or graph inherited a node of that id and the new run left
 * no trace. Here a node is skipped only when it is this run's own: the same id and the same
 * processing time, which an operator stamps once when it makes its target and which never repeats
 * within a JVM ({@link OperatorContext#uniqueMillis()}). Those come with metadata copied from an
 * upstream operator's target, or from a source reached twice.
 */
final class ProcessingGraphMetadata {

  static final String ELEMENT_NAME = "Processing_Graph";

  private ProcessingGraphMetadata() {
  }

  /** Adds {@code context}'s node (and those of the operators upstream) to its target product. */
  static void addTo(Product target, OperatorContext context) {
    MetadataElement root = target.getMetadataRoot();
    MetadataElement graph = root.getElement(ELEMENT_NAME);
    if (graph == null) {
      graph = new MetadataElement(ELEMENT_NAME);
      root.addElement(graph);
    }
    context.setProcessingTime(processingTime(OperatorContext.uniqueMillis()));
    addNode(context, graph);
  }

  private static void addNode(OperatorContext context, MetadataElement graph) {
    String id = context.getId();
    String time = context.getProcessingTime();
    int nodes = 0;
    for (MetadataElement element : graph.getElements()) {
      if (id.equals(element.getAttributeString("id", null))
          && time.equals(element.getAttributeString("processingTime", null))) {
        return;
      }
      if (element.getName().startsWith("node")) {
        nodes++;
      }
    }
    MetadataElement node = new MetadataElement("node." + nodes);
    graph.addElement(node);
    add(node, "id", id);
    add(node, "operator", OperatorSpi.getOperatorAlias(context.getOperator().getClass()));
    ModuleProperties.of(context.getOperator().getClass()).ifPresent(module -> {
      add(node, "moduleName", module.name());
      add(node, "moduleVersion", module.version());
    });
    OperatorMetadata metadata = context.getOperator().getClass().getAnnotation(OperatorMetadata.class);
    if (metadata != null) {
      addIfSet(node, "purpose", metadata.description());
      addIfSet(node, "authors", metadata.authors());
      addIfSet(node, "version", metadata.version());
      addIfSet(node, "copyright", metadata.copyright());
    }
    add(node, "processingTime", time);
    node.addElement(sources(context, graph));
    node.addElement(parameters(context));
  }

  private static MetadataElement sources(OperatorContext context, MetadataElement graph) {
    List<MetadataAttribute> attributes = new ArrayList<>();
    for (Product source : context.getSourceProducts()) {
      String key = context.getSourceProductId(source);
      OperatorContext maker = ProductOwners.ownerOf(source);
      String value;
      if (source.getFileLocation() != null) {
        value = source.getFileLocation().toURI().toASCIIString();
      } else if (maker != null && maker != context) {
        addNode(maker, graph);
        value = maker.getId();
      } else {
        value = "product:" + source.getDisplayName();
      }
      attributes.add(attribute(key, value, false));
    }
    attributes.sort(Comparator.comparing(MetadataAttribute::getName));
    MetadataElement sources = new MetadataElement("sources");
    attributes.forEach(sources::addAttribute);
    return sources;
  }

  private static MetadataElement parameters(OperatorContext context) {
    MetadataElement parameters = new MetadataElement("parameters");
    ParameterBinder binder = context.parameters();
    for (String name : binder.names()) {
      Object value = binder.get(name);
      if (value != null) {
        parameters.addAttribute(attribute(name, text(value), true));
      }
    }
    return parameters;
  }

  /** A parameter value as SNAP's converters write it: arrays comma-separated, files as paths. */
  private static String text(Object value) {
    if (value.getClass().isArray()) {
      StringBuilder joined = new StringBuilder();
      for (int i = 0; i < Array.getLength(value); i++) {
        joined.append(i > 0 ? "," : "").append(text(Array.get(value, i)));
      }
      return joined.toString();
    }
    return value instanceof File ? ((File) value).getPath() : String.valueOf(value);
  }

  private static String processingTime(long millis) {
    SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT);
    format.setTimeZone(TimeZone.getTimeZone("UTC"));
    return format.format(new Date(millis));
  }

  private static void addIfSet(MetadataElement node, String name, String value) {
    if (!value.isEmpty()) {
      add(node, name, value);
    }
  }

  private static void add(MetadataElement element, String name, String value) {
    element.addAttribute(attribute(name, value, false));
  }

  private static MetadataAttribute attribute(String name, String value, boolean readOnly) {
    return new MetadataAttribute(name, ProductData.createInstance(value), readOnly);
  }
}
