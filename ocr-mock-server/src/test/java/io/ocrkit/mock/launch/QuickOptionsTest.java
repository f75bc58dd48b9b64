package io.ocrkit.mock.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The mock jar's quick parse makes what picocli makes, or leaves the line to picocli. */
class QuickOptionsTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "",
      "--port 8080 --app-key K --secret-key S",
      "--host 0.0.0.0 --port 1 --app-key a --secret-key b --user-access-key-id c --secret-access-key d"
          + " --request-key-ttl 60 --max-upload 100 --rate-limit 5 --token-expires-in-as-string --crypto bc"
          + " --fixtures recordings --record-from http://127.0.0.1:9 --record-to out --record-raw"
          + " --upstream-app-key u --upstream-secret-key v --upstream-user-access-key-id w"
          + " --upstream-secret-access-key z",
      "--max-upload 999999999999999999 --rate-limit 0 --port 65535"})
  void a_plain_line_gives_the_options_picocli_gives(String line) throws Exception {
    String[] args = line.isEmpty() ? new String[0] : line.split(" ");

    assertThat(QuickOptions.parse(args)).hasValueSatisfying(quick -> assertThat(values(quick))
        .isEqualTo(values(MockServerOptions.parse(args))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"--help", "-h", "--version", "-V", "--port=1", "--port 010", "--port -1",
      "--port 1 --port 2", "--unknown x", "--port", "--app-key -x", "positional", "--record-raw true",
      "--port 99999999999", "--max-upload 9223372036854775807", "--max-upload 1e3",
      "--token-expires-in-as-string --token-expires-in-as-string"})
  void anything_else_is_left_to_picocli(String line) {
    assertThat(QuickOptions.parse(line.split(" "))).isEmpty();
  }

  @Test
  void a_value_naming_an_argument_file_is_left_to_picocli_which_reads_the_file(@TempDir Path dir) throws Exception {
    // picocli replaces "@file" by the file's words wherever it stands: a secret kept out of ps.
    Path file = Files.writeString(dir.resolve("secret"), "from-the-file");
    String[] args = {"--app-key", "K", "--secret-key", "@" + file};

    assertThat(MockServerOptions.parse(args).secretKey).isEqualTo("from-the-file");
    assertThat(QuickOptions.parse(args)).isEmpty();
  }

  @Test
  void a_line_is_left_to_picocli_while_a_picocli_system_property_changes_its_parse() {
    String[] args = {"--app-key", "K", "--secret-key", "\"quoted\""};
    System.setProperty("picocli.trimQuotes", "true");
    try {
      assertThat(MockServerOptions.parse(args).secretKey).isEqualTo("quoted");
      assertThat(QuickOptions.parse(args)).isEmpty();
    } finally {
      System.clearProperty("picocli.trimQuotes");
    }
  }

  private static Map<String, Object> values(Object options) {
    Map<String, Object> out = new LinkedHashMap<>();
    try {
      for (Field field : options.getClass().getDeclaredFields()) {
        if (field.isAnnotationPresent(Option.class)) {
          out.put(field.getName(), field.get(options));
        } else if (field.isAnnotationPresent(Mixin.class)) {
          values(field.get(options)).forEach((k, v) -> out.put(field.getName() + "." + k, v));
        }
      }
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
    return out;
  }
}
