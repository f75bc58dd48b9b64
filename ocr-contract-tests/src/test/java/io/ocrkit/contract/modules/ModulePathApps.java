package io.ocrkit.contract.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compiles a one-class JPMS application against jars of the test class path and runs it in its own
 * JVM on the module path. The suite itself runs on the class path, where every package is open to
 * everyone; only a module-path run shows what the descriptors (or automatic module names) allow.
 */
final class ModulePathApps {

  private static final Pattern TEST_TOOLS = Pattern.compile(
      ".*(junit|opentest4j|apiguardian|assertj|byte-buddy|archunit|jazzer|/annotations-13).*");

  private ModulePathApps() {}

  record Run(int exitCode, String output) {}

  /** The test class path's entries that {@code keep} accepts, less the test tools and test classes. */
  static String modulePath(Predicate<String> keep) {
    return String.join(File.pathSeparator, Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !TEST_TOOLS.matcher(entry).matches())
        .filter(entry -> !entry.contains("test-classes") && !entry.endsWith("-tests.jar"))
        .filter(keep)
        .toList());
  }

  /** Compiles module {@code app} (its descriptor and {@code app.Main}) against {@code modulePath}. */
  static Path compile(Path dir, String modulePath, String moduleInfoSource, String mainSource) throws IOException {
    Path src = dir.resolve("src/app");
    Files.createDirectories(src.resolve("app"));
    Path moduleInfo = Files.writeString(src.resolve("module-info.java"), moduleInfoSource);
    Path main = Files.writeString(src.resolve("app/Main.java"), mainSource);
    Path out = dir.resolve("classes");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status = javac.run(null, null, null, "--module-path", modulePath, "-d", out.toString(),
        moduleInfo.toString(), main.toString());
    assertThat(status).as("javac of the module-path application").isZero();
    return out;
  }

  /** Runs {@code app/app.Main} on {@code modulePath} plus the compiled classes, headless. */
  static Run run(String modulePath, Path classes, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(javaBinary(), "-Djava.awt.headless=true",
        "--module-path", modulePath + File.pathSeparator + classes, "-m", "app/app.Main"));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output;
    try (var in = process.getInputStream()) {
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the application ends").isTrue();
    return new Run(process.exitValue(), output.lines().collect(Collectors.joining(System.lineSeparator())));
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
