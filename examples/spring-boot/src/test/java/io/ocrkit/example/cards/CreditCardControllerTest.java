package io.ocrkit.example.cards;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.ocrkit.mock.Fault;
import io.ocrkit.mock.MockAdmin;
import io.ocrkit.mock.samples.CreditCardSample;
import io.ocrkit.mock.samples.SampleData;
import io.ocrkit.mock.samples.SampleImages;
import io.ocrkit.mock.samples.SampleImages.ImageFormat;
import io.ocrkit.mock.samples.SampleImages.Size;
import io.ocrkit.spring.boot.test.AutoConfigureMockOcr;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The endpoint through MockMvc, the OCR service played by the embedded mock. */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureMockOcr
class CreditCardControllerTest {

  static final CreditCardSample CARD = SampleData.creditCard(7);

  @Autowired MockMvc mvc;
  @Autowired MockAdmin mock;

  private MockMultipartFile upload(CreditCardSample sample) {
    return new MockMultipartFile("image", "card.png", "image/png",
        SampleImages.renderWithFixture(sample, Size.LOW, ImageFormat.PNG));
  }

  @Test
  void a_card_comes_back_masked_and_checked() throws Exception {
    String last4 = CARD.number().substring(CARD.number().length() - 4);
    mvc.perform(multipart("/cards/credit").file(upload(CARD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.number", Matchers.endsWith(last4)))
        .andExpect(jsonPath("$.number", Matchers.not(Matchers.containsString(CARD.number().substring(6, 12)))))
        .andExpect(jsonPath("$.passedChecks").value(true))
        .andExpect(content().string(Matchers.not(Matchers.containsString(CARD.number()))));
  }

  @Test
  void a_card_with_a_bad_check_digit_is_flagged() throws Exception {
    mvc.perform(multipart("/cards/credit").file(upload(CARD.withBadCheckDigit())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.passedChecks").value(false))
        .andExpect(jsonPath("$.findings").isNotEmpty());
  }

  @Test
  void a_refusal_of_the_service_is_answered_with_its_code() throws Exception {
    mock.injectFault(Fault.resultCode("credit-card", 1, 4000111));
    mvc.perform(multipart("/cards/credit").file(upload(CARD)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string("OCR refused: 4000111"));
  }

  @Test
  void health_is_up_against_the_mock() throws Exception {
    mvc.perform(get("/actuator/health")).andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("UP"));
  }
}
