package io.ocrkit.core.service;

import io.ocrkit.core.protocol.FieldPath;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the wire records' members by their JSON names: {@link io.ocrkit.core.port.out.Wire} is
 * field for field, so a component's name is its member's name, and the protocol's field paths
 * walk the records as the mock walks its JSON maps.
 */
final class WireRecords {

  private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
    @Override
    protected Map<String, Method> computeValue(Class<?> type) {
      return Stream.of(type.getRecordComponents())
          .collect(Collectors.toUnmodifiableMap(RecordComponent::getName, RecordComponent::getAccessor));
    }
  };

  /** A path naming a member no record has is a mistake in the code, not in the answer: it fails loudly. */
  static final FieldPath.Members MEMBERS = (node, name) -> {
    if (!(node instanceof Record record)) {
      return null;
    }
    Method accessor = ACCESSORS.get(record.getClass()).get(name);
    if (accessor == null) {
      throw new IllegalStateException(record.getClass().getSimpleName() + " has no member '" + name + "'");
    }
    try {
      return accessor.invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + record.getClass().getSimpleName() + "." + name, e);
    }
  };

  private WireRecords() {}
}
