package io.ocrkit.contract.targets;

import java.util.Locale;
import java.util.Optional;

/**
 * The settings that choose and configure targets. Each is an environment variable
 * ({@code OCR_CONTRACT_TARGET}); a system property of the same name in lower case with dots
 * ({@code ocr.contract.target}) wins, so a build can set it with {@code -D}.
 */
public final class Settings {

  public static final String TARGET = "OCR_CONTRACT_TARGET";
  public static final String BASE_URL = "OCR_BASE_URL";
  public static final String APP_KEY = "OCR_APP_KEY";
  public static final String SECRET_KEY = "OCR_SECRET_KEY";
  public static final String SAMPLES_DIR = "OCR_SAMPLES_DIR";

  private Settings() {}

  /** The value, trimmed, if set and not blank. */
  public static Optional<String> get(String name) {
    String property = System.getProperty(name.toLowerCase(Locale.ROOT).replace('_', '.'));
    String value = property != null ? property : System.getenv(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  /** Which targets run: {@code mock} (the default), {@code real}, or {@code both}. */
  public static Selection selection() {
    String value = get(TARGET).orElse("mock").toLowerCase(Locale.ROOT);
    return switch (value) {
      case "mock" -> Selection.MOCK;
      case "real" -> Selection.REAL;
      case "both" -> Selection.BOTH;
      default -> throw new IllegalStateException(
          TARGET + " must be mock, real or both, was '" + value + "'");
    };
  }

  /** The targets a run asks for. */
  public enum Selection {
    MOCK(true, false),
    REAL(false, true),
    BOTH(true, true);

    private final boolean mock;
    private final boolean real;

    Selection(boolean mock, boolean real) {
      this.mock = mock;
      this.real = real;
    }

    public boolean includes(String target) {
      return "mock".equals(target) ? mock : real;
    }
  }
}
