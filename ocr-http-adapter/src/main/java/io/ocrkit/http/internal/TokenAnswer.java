package io.ocrkit.http.internal;

import io.ocrkit.core.model.OcrAuthenticationException;
import io.ocrkit.core.model.OcrProtocolException;
import io.ocrkit.core.model.OcrServiceException;
import io.ocrkit.core.model.OcrTransportException;
import io.ocrkit.core.protocol.HeaderText;
import io.ocrkit.http.internal.wire.Answers;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Reads the token endpoint's answer: a token and its lifetime, or the failure it means. A 4xx is
 * an OAuth 2.0 refusal ({@link OcrAuthenticationException}, naming the {@code error} code only);
 * a 5xx or a body that is not JSON is a transport fault; anything malformed is a protocol fault
 * that quotes nothing of the answer.
 */
final class TokenAnswer {

  /** What {@code expires_in} means when absent. */
  static final Duration DEFAULT_LIFE = Duration.ofSeconds(86_400);

  // RFC 6749 error codes are short ASCII words; anything else is not quoted.
  private static final Pattern OAUTH_ERROR = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
  private static final Pattern SECONDS = Pattern.compile("\\d{1,10}");
  /** The longest access token accepted; it goes back in every request's header. */
  private static final int MAX_TOKEN = 4096;

  /** An issued token. Not a record: a record would print the token. */
  static final class Issued {
    final String accessToken;
    final Duration life;

    private Issued(String accessToken, Duration life) {
      this.accessToken = accessToken;
      this.life = life;
    }

    @Override
    public String toString() {
      return "Issued[life=" + life + "]";
    }
  }

  private TokenAnswer() {}

  static Issued read(WireJson json, HttpResponse<String> response) {
    int status = response.statusCode();
    String body = response.body();
    if (status >= 500 || !WireJson.looksLikeJsonObject(body)) {
      throw new OcrTransportException("token got HTTP " + status + " without a JSON answer", null);
    }
    Answers.Token answer = json.token(body);
    if (status >= 400) {
      throw new OcrAuthenticationException("token", status, oauthError(answer.error()));
    }
    if ((answer.accessToken() == null || answer.accessToken().isBlank()) && answer.header() != null
        && Boolean.FALSE.equals(answer.header().isSuccessful()) && answer.header().resultCode() != null) {
      // A refusal in the protocol's own shape (HTTP 200, header with a result code) names its cause.
      throw new OcrServiceException("token", WireJson.resultCode("token", answer.header()),
          answer.header().resultMessage());
    }
    if (answer.accessToken() == null || answer.accessToken().isBlank()) {
      throw new OcrProtocolException("token answered without an access_token");
    }
    if (!HeaderText.isSafe(answer.accessToken(), MAX_TOKEN)) {
      throw new OcrProtocolException("token answered an access_token that cannot go into a header");
    }
    if (answer.tokenType() != null && !answer.tokenType().equalsIgnoreCase("Bearer")) {
      throw new OcrProtocolException("token answered a token_type other than Bearer");
    }
    return new Issued(answer.accessToken(), life(answer.expiresIn()));
  }

  private static String oauthError(String error) {
    return error != null && OAUTH_ERROR.matcher(error).matches() ? error : null;
  }

  /** {@code expires_in} as a JSON number or a string of digits (the docs type it as a string). */
  private static Duration life(Object expiresIn) {
    if (expiresIn == null) {
      return DEFAULT_LIFE;
    }
    long seconds;
    if (expiresIn instanceof BigDecimal number) {
      try {
        seconds = number.longValueExact();
      } catch (ArithmeticException notWhole) {
        throw new OcrProtocolException("token answered an expires_in that is not a whole number of seconds");
      }
    } else if (expiresIn instanceof Number number) {
      seconds = number.longValue();
    } else if (expiresIn instanceof String text && SECONDS.matcher(text.strip()).matches()) {
      seconds = Long.parseLong(text.strip());
    } else {
      throw new OcrProtocolException("token answered an expires_in that is neither a number nor digits");
    }
    if (seconds <= 0) {
      throw new OcrProtocolException("token answered a non-positive expires_in");
    }
    return Duration.ofSeconds(seconds);
  }
}
