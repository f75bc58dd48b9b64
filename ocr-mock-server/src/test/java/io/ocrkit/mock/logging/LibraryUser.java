package io.ocrkit.mock.logging;

import io.ocrkit.mock.MockOcrServer;

/** A program that embeds the mock with its own logging setup; run in a child JVM by the test. */
public final class LibraryUser {

  private LibraryUser() {}

  public static void main(String[] args) {
    try (MockOcrServer server = MockOcrServer.builder().build().start()) {
      System.out.println("started " + server.port());
    }
  }
}
