package io.ocrkit.cli;

import picocli.CommandLine.Option;

/** How results are printed. */
final class OutputOptions {

  @Option(names = "--json", description = "Print JSON: one object per line (scan: one per file, naming it).")
  boolean json;

  @Option(names = "--reveal", description = "Print personal values in full instead of masked.")
  boolean reveal;

  @Option(names = "--verbose", description = "Add detail to errors (never a secret).")
  boolean verbose;
}
