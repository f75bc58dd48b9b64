package io.ocrkit.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The decrypted {@code keyValues} of an ID-card answer, in the service's order, unknown keys kept:
 * the service adds keys over time, and a newer key must not be lost by an older SDK.
 * Every value is masked when printed.
 */
public final class KeyValues {

  private final Map<String, Recognized<SensitiveText>> values;

  private KeyValues(Map<String, Recognized<SensitiveText>> values) {
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /**
   * The readings, copied, in the map's iteration order.
   *
   * @param values the readings by key
   * @return an immutable view
   * @throws NullPointerException if {@code values} is null
   */
  public static KeyValues of(Map<String, Recognized<SensitiveText>> values) {
    Objects.requireNonNull(values, "values == null");
    return new KeyValues(values);
  }

  /**
   * The reading for {@code key}, if the service gave one.
   *
   * @param key the protocol's key name
   * @return the reading, or empty
   */
  public Optional<Recognized<SensitiveText>> get(String key) {
    return Optional.ofNullable(values.get(key));
  }

  /**
   * All keys, in the service's order.
   *
   * @return an immutable, ordered set
   */
  public Set<String> keys() {
    return values.keySet();
  }

  /**
   * All readings by key, in the service's order.
   *
   * @return an immutable, ordered map
   */
  public Map<String, Recognized<SensitiveText>> asMap() {
    return values;
  }

  /**
   * The readings whose keys are not in {@code known}: what this SDK version has no accessor for.
   *
   * @param known the keys to leave out, not null
   * @return an immutable, ordered map
   */
  public Map<String, Recognized<SensitiveText>> except(Set<String> known) {
    Map<String, Recognized<SensitiveText>> rest = new LinkedHashMap<>(values);
    rest.keySet().removeAll(known);
    return Collections.unmodifiableMap(rest);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof KeyValues that && values.equals(that.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return "KeyValues" + values;
  }
}
