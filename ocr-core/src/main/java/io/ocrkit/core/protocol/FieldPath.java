package io.ocrkit.core.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Where a field sits in an answer's {@code result}: member names from the top, {@code []} after a
 * name standing for every element of that array, e.g. {@code cardNums[].value}.
 *
 * <p>The same path walks any tree of objects and arrays; {@link Members} says how an object's
 * member is read, so the mock's JSON maps and the SDK's wire records are walked by one piece of
 * code. Absent members, null array elements and values of an unexpected shape are passed over:
 * judging a malformed answer is the reader's business, not the walk's. Immutable.
 */
public final class FieldPath {

  private static final Pattern STEP = Pattern.compile("[A-Za-z][A-Za-z0-9]*(\\[])?");

  /** How an object node of a tree gives up a member by name (null when it has none). */
  @FunctionalInterface
  public interface Members {
    /**
     * The member {@code name} of {@code node}.
     *
     * @param node an object node of the tree (any other kind answers null)
     * @param name the member's name
     * @return the member, or null when {@code node} has none
     */
    Object member(Object node, String name);

    /** JSON as maps and lists, as a JSON-B or Jackson "untyped" parse gives it. */
    Members MAPS = (node, name) -> node instanceof Map<?, ?> map ? map.get(name) : null;
  }

  private record Step(String name, boolean everyElement) {}

  private final String text;
  private final List<Step> steps;

  private FieldPath(String text, List<Step> steps) {
    this.text = text;
    this.steps = steps;
  }

  /**
   * Parses a path.
   *
   * @param text e.g. {@code cardNums[].value}
   * @return the path
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code text} is not names joined by dots, each optionally
   *     followed by {@code []}, the last one without
   */
  public static FieldPath of(String text) {
    Objects.requireNonNull(text, "text == null");
    List<Step> steps = new ArrayList<>();
    for (String part : text.split("\\.", -1)) {
      if (!STEP.matcher(part).matches()) {
        throw new IllegalArgumentException("'path' is not a field path: " + text);
      }
      boolean every = part.endsWith("[]");
      steps.add(new Step(every ? part.substring(0, part.length() - 2) : part, every));
    }
    if (steps.get(steps.size() - 1).everyElement()) {
      throw new IllegalArgumentException("'path' must end at a field, not an array: " + text);
    }
    return new FieldPath(text, List.copyOf(steps));
  }

  /**
   * The non-null values at this path in {@code root}, in document order.
   *
   * @param root the tree's root, e.g. a wire record or a JSON map; may be null
   * @param members how to read a member of the tree's objects
   * @return the values found, possibly none
   */
  public List<Object> values(Object root, Members members) {
    String leaf = leafName();
    List<Object> values = new ArrayList<>();
    for (Object holder : holders(root, members)) {
      Object value = members.member(holder, leaf);
      if (value != null) {
        values.add(value);
      }
    }
    return values;
  }

  /**
   * Replaces every non-null value at this path in a tree of mutable maps and lists with
   * {@code function} of its text, e.g. to encrypt it. Numbers and booleans are given as JSON
   * prints them.
   *
   * @param root the tree's root, changed in place
   * @param function what replaces each value's text
   * @throws NullPointerException if {@code function} is null
   */
  @SuppressWarnings("unchecked")
  public void replaceIn(Map<String, Object> root, UnaryOperator<String> function) {
    Objects.requireNonNull(function, "function == null");
    String leaf = leafName();
    for (Object holder : holders(root, Members.MAPS)) {
      if (holder instanceof Map<?, ?> map && map.get(leaf) != null) {
        ((Map<String, Object>) map).put(leaf, function.apply(String.valueOf(map.get(leaf))));
      }
    }
  }

  /** The objects that hold the last member: every step but the last, arrays fanned out. */
  private List<Object> holders(Object root, Members members) {
    List<Object> level = new ArrayList<>();
    if (root != null) {
      level.add(root);
    }
    for (Step step : steps.subList(0, steps.size() - 1)) {
      List<Object> next = new ArrayList<>();
      for (Object node : level) {
        Object child = members.member(node, step.name());
        if (!step.everyElement()) {
          if (child != null) {
            next.add(child);
          }
        } else if (child instanceof List<?> elements) {
          elements.stream().filter(Objects::nonNull).forEach(next::add);
        }
      }
      level = next;
    }
    return level;
  }

  private String leafName() {
    return steps.get(steps.size() - 1).name();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FieldPath that && text.equals(that.text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** The path as written, e.g. {@code cardNums[].value}. */
  @Override
  public String toString() {
    return text;
  }
}
