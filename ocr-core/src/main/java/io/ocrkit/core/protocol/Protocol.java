package io.ocrkit.core.protocol;

import io.ocrkit.core.protocol.KeyService;
import java.net.URI;
import java.time.LocalDate;
import java.util.Set;

/** Protocol facts adapters share: paths and header names, written once (see docs/protocol.md). */
public final class Protocol {

  /** The former domain, served until 2027-07-31; its gateway's 5 MB limit may still apply. */
  public static final URI LEGACY_BASE_URL = URI.create("https://ocr.api.nhncloudservice.com");
  /** The service's domain announced on 2026-08-11, the only one the guides list: the default. */
  public static final URI CURRENT_BASE_URL = URI.create("https://api-ocr.nhncloudservice.com");
  /** Where v2.1 access tokens are issued. */
  public static final URI OAUTH_BASE_URL = URI.create("https://oauth.api.nhncloudservice.com");
  /** The path of the v2.1 token endpoint below {@link #OAUTH_BASE_URL}. */
  public static final String TOKEN_PATH = "/oauth2/token/create";

  /** The API version with the secret key in {@code Authorization}. */
  public static final String V2_0 = "v2.0";
  /** The API version with an OAuth bearer token in {@code X-NHN-Authorization}. */
  public static final String V2_1 = "v2.1";

  /** The v2.0 header that carries the secret key. */
  public static final String AUTHORIZATION = "Authorization";
  /** The v2.1 header that carries the bearer token. */
  public static final String BEARER_AUTHORIZATION = "X-NHN-Authorization";
  /** The request header naming the public key version the request is sealed under. */
  public static final String KEY_VERSION = "X-Key-Version";
  /** The request header with the wrapped symmetric key, Base64. */
  public static final String SYMMETRIC_KEY = "Symmetric-Key";
  /** The header an ID-card scan answers and an authenticity check sends back. */
  public static final String REQUEST_KEY = "Request-Key";
  /** The response header a gateway or the service may send with a retry-later answer. */
  public static final String RETRY_AFTER = "Retry-After";

  /** The multipart field that carries the encrypted image. */
  public static final String IMAGE_PART = "image";

  /** Authenticity fields sent in plain text; every other field is encrypted. */
  public static final Set<String> PLAIN_AUTHENTICITY_FIELDS = Set.of("idType");

  /**
   * The day the service withdrew passport authenticity checks; the SDK refuses them before
   * sending anything, since what the service answers them now is not documented.
   */
  public static final LocalDate PASSPORT_AUTHENTICITY_WITHDRAWN = LocalDate.of(2026, 5, 27);

  private Protocol() {}

  /**
   * {@code /v2.0/appkeys/{appKey}/public-keys/{serviceName}}.
   *
   * @param version {@link #V2_0} or {@link #V2_1}
   * @param appKey the appkey, as it goes in the path
   * @param service whose key
   * @return the path, starting with {@code /}
   */
  public static String publicKeyPath(String version, String appKey, KeyService service) {
    return "/" + version + "/appkeys/" + appKey + "/public-keys/" + service.wireName();
  }

  /**
   * {@code /v2.0/appkeys/{appKey}/credit-card} and the like.
   *
   * @param version {@link #V2_0} or {@link #V2_1}
   * @param appKey the appkey, as it goes in the path
   * @param operation which operation
   * @return the path, starting with {@code /}
   */
  public static String operationPath(String version, String appKey, Operation operation) {
    return "/" + version + "/appkeys/" + appKey + "/" + operation.pathSegment();
  }
}
