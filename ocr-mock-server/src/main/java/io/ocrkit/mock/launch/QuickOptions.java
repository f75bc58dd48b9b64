package io.ocrkit.mock.launch;

import java.lang.reflect.Field;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The mock jar's command line without building picocli's model, for the plain case only: every
 * argument a {@code --name value} pair (or a {@code --flag}) of {@link MockServerOptions}, each once,
 * values of the simplest form. Anything else (help, version, {@code --name=value}, a repeated or
 * unknown option, a number picocli might read otherwise, an {@code @file}) is left to picocli, which
 * then parses the whole line and reports as it always did. Why: picocli's model, made by reflection
 * over classes compiled for Java 5 (old verifier, no class-data sharing), was a quarter of the main
 * thread's CPU before the mock listens.
 */
final class QuickOptions {

  private static final Pattern INT = Pattern.compile("0|[1-9][0-9]{0,8}");
  private static final Pattern LONG = Pattern.compile("0|[1-9][0-9]{0,17}");

  private QuickOptions() {}

  /** The options picocli would make of {@code args}, or empty when picocli must parse them. */
  static Optional<MockServerOptions> parse(String... args) {
    // picocli.trimQuotes, picocli.useSimplifiedAtFiles and the like change how picocli parses.
    if (System.getProperties().stringPropertyNames().stream().anyMatch(name -> name.startsWith("picocli."))) {
      return Optional.empty();
    }
    try {
      MockServerOptions options = new MockServerOptions();
      Map<String, Target> byName = new HashMap<>();
      collect(options, byName);
      Object none = Option.class.getMethod("defaultValue").getDefaultValue();
      for (Target target : Set.copyOf(byName.values())) {
        String value = target.option.defaultValue();
        if (!value.equals(none) && (value.equals(Option.NULL_VALUE) || !target.set(value))) {
          return Optional.empty();
        }
      }
      Set<Field> seen = new HashSet<>();
      for (int i = 0; i < args.length; i++) {
        Target target = byName.get(args[i]);
        if (target == null || !seen.add(target.field)) {
          return Optional.empty();
        }
        if (target.field.getType() == boolean.class) {
          target.field.setBoolean(target.owner, true);
        } else if (i + 1 == args.length || args[i + 1].startsWith("-") || args[i + 1].startsWith("@")
            || !target.set(args[++i])) {
          // "@file" is picocli's argument file, read in its place: only picocli reads it.
          return Optional.empty();
        }
      }
      return Optional.of(options);
    } catch (ReflectiveOperationException e) {
      return Optional.empty();
    }
  }

  private static void collect(Object owner, Map<String, Target> byName) throws IllegalAccessException {
    for (Field field : owner.getClass().getDeclaredFields()) {
      Option option = field.getAnnotation(Option.class);
      if (option != null) {
        for (String name : List.of(option.names())) {
          byName.put(name, new Target(owner, field, option));
        }
      } else if (field.isAnnotationPresent(Mixin.class)) {
        collect(field.get(owner), byName);
      }
    }
  }

  private record Target(Object owner, Field field, Option option) {

    /** Sets a value of a type and form this parser reads as picocli does; false for any other. */
    boolean set(String value) throws IllegalAccessException {
      Class<?> type = field.getType();
      if (type == String.class) {
        field.set(owner, value);
      } else if (type == Path.class) {
        try {
          field.set(owner, Path.of(value));
        } catch (InvalidPathException e) {
          return false;
        }
      } else if (type == int.class && INT.matcher(value).matches()) {
        field.setInt(owner, Integer.parseInt(value));
      } else if (type == long.class && LONG.matcher(value).matches()) {
        field.setLong(owner, Long.parseLong(value));
      } else {
        return false;
      }
      return true;
    }
  }
}
