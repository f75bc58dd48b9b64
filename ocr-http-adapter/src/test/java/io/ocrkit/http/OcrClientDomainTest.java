package io.ocrkit.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.core.protocol.Protocol;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** Which domain a client calls: the current one unless told otherwise. */
class OcrClientDomainTest {

  private static OcrClientBuilder builder() {
    return OcrClient.builder().appKey("app").secretKey("secret");
  }

  @Test
  void a_client_calls_the_current_domain_by_default() {
    try (OcrClient client = builder().build()) {
      assertThat(client.options().baseUrl()).isEqualTo(URI.create("https://api-ocr.nhncloudservice.com"))
          .isEqualTo(Protocol.CURRENT_BASE_URL);
    }
  }

  @Test
  void the_legacy_domain_stays_reachable_by_an_option() {
    try (OcrClient client = builder().useLegacyDomain().build()) {
      assertThat(client.options().baseUrl()).isEqualTo(URI.create("https://ocr.api.nhncloudservice.com"))
          .isEqualTo(Protocol.LEGACY_BASE_URL);
    }
  }

  @Test
  void the_legacy_domain_can_be_given_as_a_base_url_too() {
    try (OcrClient client = builder().baseUrl(Protocol.LEGACY_BASE_URL).build()) {
      assertThat(client.options().baseUrl()).isEqualTo(Protocol.LEGACY_BASE_URL);
    }
  }
}
