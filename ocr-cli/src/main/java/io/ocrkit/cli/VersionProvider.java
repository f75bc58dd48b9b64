package io.ocrkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code --version}: the command's name and the POM's version, which Maven writes into
 * {@code version.properties} when it copies resources.
 */
final class VersionProvider implements IVersionProvider {

  @Spec
  CommandSpec spec;

  static String version() {
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
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
