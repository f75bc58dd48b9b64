package io.ocrkit.mock.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code --version} of the mock jar and of the {@code ocr} command: the command's name and the
 * project's version, which Maven writes into {@code version.properties} when it copies resources.
 */
public final class ProjectVersion implements IVersionProvider {

  @Spec
  CommandSpec spec;

  /** The POM's version, or {@code unknown} when run from classes Maven did not process. */
  public static String version() {
    try (InputStream in = ProjectVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the version", e);
    }
  }

  @Override
  public String[] getVersion() {
    return new String[] {spec.qualifiedName() + " " + version()};
  }
}
