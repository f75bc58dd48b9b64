package io.ocrkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.mock.testing.HandClient;
import io.ocrkit.mock.samples.CreditCardSample;
import io.ocrkit.mock.samples.ResidentCardSample;
import io.ocrkit.mock.samples.SampleData;
import io.ocrkit.mock.samples.SampleFixtures;
import io.ocrkit.mock.samples.SampleImages;
import io.ocrkit.mock.samples.SampleImages.ImageFormat;
import io.ocrkit.mock.samples.SampleImages.Size;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Images that say what they contain: the sample kit's fixtures, read back by the mock. */
class FixtureImagesTest {

  @RegisterExtension
  static MockOcrExtension mock = new MockOcrExtension();

  @BeforeAll
  static void headless() {
    System.setProperty("java.awt.headless", "true");
  }

  private HandClient client() {
    return new HandClient(mock.server());
  }

  @Test
  void a_jpeg_carrying_its_fixture_in_a_comment_is_read_as_the_fixture_says() {
    ResidentCardSample resident = SampleData.residentCard(31);
    byte[] jpeg = SampleImages.renderWithFixture(resident, Size.LOW, ImageFormat.JPEG);

    HandClient.Answer answer = client().scan("id-card", jpeg);

    assertThat(answer.resultCode()).isZero();
    assertThat(answer.result()).containsEntry("fileType", "jpg").containsEntry("resolution", "low");
    assertThat(answer.keyValues()).containsEntry("name", resident.name())
        .containsEntry("residentNumber", resident.residentNumber());
  }

  @Test
  void an_image_carrying_the_other_services_fixture_shows_no_card_of_the_kind_asked_for() {
    byte[] card = SampleImages.renderWithFixture(SampleData.creditCard(33), Size.LOW, ImageFormat.PNG);
    byte[] resident = SampleImages.renderWithFixture(SampleData.residentCard(34), Size.LOW, ImageFormat.PNG);

    assertThat(client().scan("id-card", card).resultCode()).isEqualTo(4000121);
    assertThat(client().scan("id-card/stand-alone", card).resultCode()).isEqualTo(4000121);
    assertThat(client().scan("credit-card", resident).resultCode()).isEqualTo(4000111);
  }

  @Test
  void a_fixture_without_boxes_is_answered_with_boxes_as_every_real_answer_has_them() {
    CreditCardSample card = SampleData.creditCard(32);
    byte[] png = SampleImages.renderWithFixture(card, Size.NORMAL, ImageFormat.PNG);
    assertThat(SampleFixtures.resultJson(card)).doesNotContain("Box");

    HandClient.Answer answer = client().scan("credit-card", png);

    assertThat(answer.resultCode()).isZero();
    assertThat(answer.decrypt(answer.result().get("totalCardNum"))).isEqualTo(card.number());
    assertThat(answer.result()).containsKeys("cardNumBoxes", "validThruBox");
    @SuppressWarnings("unchecked")
    Map<String, Object> box = (Map<String, Object>) answer.result().get("validThruBox");
    assertThat(box).containsKeys("x1", "y1", "x4", "y4");
  }

  @Test
  void a_refused_upload_is_read_to_its_end_so_the_client_gets_the_answer_not_a_reset() {
    byte[] big = new byte[4 * 1024 * 1024];
    HandClient client = client();
    for (int i = 0; i < 20; i++) {
      java.net.http.HttpResponse<String> response = client.send(HandClient.multipart(
          client.request(client.appPath("credit-card")).header("Authorization", "wrong-secret"), big).build());

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(new HandClient.Answer(response, null).resultCode()).isEqualTo(4010001);
    }
  }
}
