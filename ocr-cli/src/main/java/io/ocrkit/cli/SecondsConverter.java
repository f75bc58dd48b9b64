package io.ocrkit.cli;

import java.math.BigDecimal;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A positive number of seconds, fractions allowed as curl allows them ({@code --timeout 0.5}). */
final class SecondsConverter implements ITypeConverter<Duration> {

  @Override
  public Duration convert(String value) {
    BigDecimal seconds;
    try {
      seconds = new BigDecimal(value.strip());
    } catch (NumberFormatException e) {
      throw new TypeConversionException("'" + value + "' is not a number of seconds");
    }
    long millis = seconds.movePointRight(3).longValue();
    if (seconds.signum() <= 0 || millis < 1) {
      throw new TypeConversionException("must be a positive number of seconds, was '" + value + "'");
    }
    return Duration.ofMillis(millis);
  }
}
