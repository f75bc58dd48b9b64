package io.ocrkit.mock.launch;

import java.util.Locale;

/**
 * Lists the JVM's locales on a second core while the command line is parsed. Jetty's {@code MimeTypes}
 * does it in its static initializer, on the start path of every server: loading every locale provider
 * costs about 70 ms of CPU in a fresh JVM. The JDK keeps the list once made, so the server's start
 * finds it ready; should the server get there first, both wait on the JDK's own lock, no worse than
 * today. JDK code only: no class of Jetty is touched, so no class initialisation can wait on another.
 */
public final class LocaleWarmup {

  private LocaleWarmup() {}

  /** Returns at once; the daemon thread ends by itself and holds no JVM open. */
  public static void start() {
    Thread t = new Thread(Locale::getAvailableLocales, "ocr-mock-locales");
    t.setDaemon(true);
    t.start();
  }
}
