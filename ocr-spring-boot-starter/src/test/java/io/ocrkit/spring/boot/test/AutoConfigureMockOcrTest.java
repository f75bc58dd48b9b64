package io.ocrkit.spring.boot.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocrkit.core.model.CreditCard;
import io.ocrkit.core.model.ImageSource;
import io.ocrkit.core.model.OcrServiceException;
import io.ocrkit.http.OcrClient;
import io.ocrkit.mock.Fault;
import io.ocrkit.mock.MockAdmin;
import io.ocrkit.mock.samples.CreditCardSample;
import io.ocrkit.mock.samples.SampleData;
import io.ocrkit.mock.samples.SampleImages;
import io.ocrkit.mock.samples.SampleImages.ImageFormat;
import io.ocrkit.mock.samples.SampleImages.Size;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;

/** The test support: a mock-backed client, MockAdmin injected, the mock reset before each test. */
@SpringBootTest
@AutoConfigureMockOcr
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AutoConfigureMockOcrTest {

  static final CreditCardSample CARD = SampleData.creditCard(3);
  static final byte[] PNG = SampleImages.renderWithFixture(CARD, Size.LOW, ImageFormat.PNG);

  @Autowired OcrClient client;
  @Autowired MockAdmin mock;

  @Test
  @Order(1)
  void the_client_reads_a_card_from_the_mock_and_a_fault_can_be_injected() {
    CreditCard card = client.scanCreditCard(ImageSource.of(PNG));
    assertThat(card.findings()).isEmpty();
    assertThat(client.options().baseUrl().getHost()).isEqualTo("127.0.0.1");
    mock.injectFault(Fault.resultCode("credit-card", 5, 4000002));
    assertThatThrownBy(() -> client.scanCreditCard(ImageSource.of(PNG))).isInstanceOf(OcrServiceException.class);
  }

  @Test
  @Order(2)
  void the_next_test_starts_from_a_fresh_mock() {
    assertThat(mock.requests()).isEmpty();
    assertThat(client.scanCreditCard(ImageSource.of(PNG)).findings()).isEmpty();
  }

  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {}
}
