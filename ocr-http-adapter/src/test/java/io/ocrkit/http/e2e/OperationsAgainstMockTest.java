package io.ocrkit.http.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocrkit.core.model.AuthenticityRequest;
import io.ocrkit.core.model.CreditCard;
import io.ocrkit.core.model.Finding;
import io.ocrkit.core.model.FileType;
import io.ocrkit.core.model.IdCardScan;
import io.ocrkit.core.model.IdType;
import io.ocrkit.core.model.ImageSource;
import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.core.model.RequestKey;
import io.ocrkit.core.model.Resolution;
import io.ocrkit.core.model.ResidentCard;
import io.ocrkit.core.model.ServicePublicKey;
import io.ocrkit.core.validation.FindingCodes;
import io.ocrkit.http.OcrClient;
import io.ocrkit.mock.MockOcrExtension;
import io.ocrkit.mock.MockOcrServer;
import io.ocrkit.mock.samples.CreditCardSample;
import io.ocrkit.mock.samples.DriverLicenseSample;
import io.ocrkit.mock.samples.PassportSample;
import io.ocrkit.mock.samples.ResidentCardSample;
import io.ocrkit.mock.samples.SampleCard;
import io.ocrkit.mock.samples.SampleData;
import io.ocrkit.mock.samples.SampleImages.ImageFormat;
import io.ocrkit.mock.samples.SampleImages.Size;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation, sync and async, against the real mock over HTTP (v2.0 secret key): answers
 * decrypt to exactly the sample's values, and the client's default validator finds nothing on a
 * valid sample and the broken check on a bad one. Seed 1 gives samples that are all still valid
 * by the system clock (card expiry 02/30, passport expiry 2029-11-11).
 */
class OperationsAgainstMockTest {

  /** Started before the class, reset before each test, stopped after the class. */
  @RegisterExtension
  static final MockOcrExtension server = E2e.mock();

  private static MockOcrServer mock;

  static final CreditCardSample CARD = SampleData.creditCard(1);
  static final ResidentCardSample RESIDENT = SampleData.residentCard(1);
  static final DriverLicenseSample DRIVER = SampleData.driverLicense(1);
  static final PassportSample PASSPORT = SampleData.passport(1);

  /** How an ID card is scanned: sync or async, with or without a Request-Key. */
  enum IdScan {
    SYNC, ASYNC, STAND_ALONE_SYNC, STAND_ALONE_ASYNC;

    IdCardScan run(OcrClient client, byte[] image) {
      return switch (this) {
        case SYNC -> client.scanIdCard(ImageSource.of(image));
        case ASYNC -> client.scanIdCardAsync(ImageSource.of(image)).join();
        case STAND_ALONE_SYNC -> client.scanIdCardStandAlone(ImageSource.of(image));
        case STAND_ALONE_ASYNC -> client.scanIdCardStandAloneAsync(ImageSource.of(image)).join();
      };
    }

    boolean answersRequestKey() {
      return this == SYNC || this == ASYNC;
    }
  }

  private OcrClient client;
  private int mark;

  @BeforeAll
  static void startMock() {
    mock = server.server();
  }

  @BeforeEach
  void connect() {
    client = E2e.v20(mock).build();
    mark = E2e.mark(mock);
  }

  @AfterEach
  void close() {
    client.close();
  }

  private List<Map<String, Object>> journal(String operation) {
    return E2e.journal(mock, mark, operation);
  }

  @Test
  void a_credit_card_scan_decrypts_to_exactly_the_samples_number_groups_and_expiry() {
    CreditCard card = client.scanCreditCard(ImageSource.of(E2e.png(CARD)));

    assertThat(card.number()).hasValueSatisfying(n -> assertThat(n.reveal()).isEqualTo(CARD.number()));
    assertThat(card.numberGroups()).extracting(g -> g.value().reveal()).containsExactlyElementsOf(CARD.groups());
    assertThat(card.validThru()).hasValueSatisfying(v -> assertThat(v.value().reveal()).isEqualTo(CARD.validThru()));
    assertThat(card.fileType()).isEqualTo(FileType.PNG);
    assertThat(card.resolution()).isEqualTo(Resolution.LOW);
    assertThat(card.findings()).isEmpty();
  }

  @Test
  void an_async_credit_card_scan_gives_the_same_values() {
    CreditCard card = client.scanCreditCardAsync(ImageSource.of(E2e.png(CARD))).join();

    assertThat(E2e.matches(card, CARD)).isTrue();
    assertThat(card.findings()).isEmpty();
  }

  @ParameterizedTest(name = "{0} at {1} size reads back as {0}")
  @EnumSource(ImageFormat.class)
  void a_credit_card_image_in_either_format_and_at_normal_size_reads_back_its_fixture(ImageFormat format) {
    CreditCard card = client.scanCreditCard(ImageSource.of(E2e.image(CARD, Size.NORMAL, format)));

    assertThat(E2e.matches(card, CARD)).as("decrypted values equal the sample's").isTrue();
    assertThat(card.fileType()).isEqualTo(format == ImageFormat.PNG ? FileType.PNG : FileType.JPG);
    assertThat(card.resolution()).isEqualTo(Resolution.NORMAL);
  }

  static Stream<Arguments> idCardsAndScans() {
    return Stream.of(RESIDENT, DRIVER, PASSPORT)
        .flatMap(card -> Stream.of(IdScan.values()).map(scan -> Arguments.of(card.kind(), card, scan)));
  }

  @ParameterizedTest(name = "{0} card, {2}")
  @MethodSource("idCardsAndScans")
  void an_id_card_scan_decrypts_every_key_value_to_the_samples_and_finds_nothing(
      String kind, SampleCard sample, IdScan scanKind) {
    IdCardScan scan = scanKind.run(client, E2e.png(sample));

    assertThat(scan.idType().wireName()).isEqualTo(kind);
    assertThat(E2e.actualKeyValues(scan)).containsExactlyEntriesOf(E2e.expectedKeyValues(sample));
    assertThat(scan.findings()).isEmpty();
    // Only resident and driver results carry a Request-Key; a passport's never does.
    assertThat(scan.requestKey().isPresent()).isEqualTo(scanKind.answersRequestKey() && !kind.equals("passport"));
  }

  @Test
  void the_typed_accessors_of_a_resident_card_give_the_samples_values() {
    IdCardScan scan = client.scanIdCard(ImageSource.of(E2e.png(RESIDENT)));

    assertThat(scan.card()).isInstanceOfSatisfying(ResidentCard.class, card -> {
      assertThat(card.name().orElseThrow().value().reveal()).isEqualTo(RESIDENT.name());
      assertThat(card.residentNumber().orElseThrow().value().digits())
          .isEqualTo(RESIDENT.residentNumber().replace("-", ""));
      assertThat(card.issueDate().orElseThrow().value().reveal()).isEqualTo(RESIDENT.issueDate());
      assertThat(card.issuer().orElseThrow().value()).isEqualTo(RESIDENT.issuer());
    });
  }

  static Stream<Arguments> badSamples() {
    return Stream.of(
        Arguments.of("credit card with a broken Luhn digit", SampleData.creditCardWithBadLuhn(1),
            List.of(FindingCodes.CARD_LUHN_MISMATCH)),
        Arguments.of("resident card with a broken check digit", SampleData.residentCardWithBadCheckDigit(1),
            List.of(FindingCodes.RRN_CHECK_DIGIT)),
        Arguments.of("driver's licence with an unknown region", SampleData.driverLicenseWithBadRegion(1),
            List.of(FindingCodes.DL_REGION_UNKNOWN)),
        Arguments.of("passport with a broken MRZ number digit", SampleData.passportWithBadCheckDigit(1),
            List.of(FindingCodes.MRZ_DOCUMENT_NUMBER_CHECK, FindingCodes.MRZ_COMPOSITE_CHECK)));
  }

  @ParameterizedTest(name = "a {0} is read as printed and flagged")
  @MethodSource("badSamples")
  void a_bad_check_digit_sample_is_read_as_printed_and_flagged_with_the_expected_findings(
      String what, SampleCard sample, List<String> codes) {
    List<Finding> findings;
    if (sample instanceof CreditCardSample card) {
      CreditCard read = client.scanCreditCard(ImageSource.of(E2e.png(card)));
      assertThat(E2e.matches(read, card)).isTrue();
      findings = read.findings();
    } else {
      IdCardScan read = client.scanIdCard(ImageSource.of(E2e.png(sample)));
      assertThat(E2e.actualKeyValues(read)).containsExactlyEntriesOf(E2e.expectedKeyValues(sample));
      findings = read.findings();
    }

    assertThat(findings).extracting(Finding::code).containsExactlyInAnyOrderElementsOf(codes);
  }

  static Stream<Arguments> authenticityChecks() {
    return Stream.of(
        Arguments.of("resident", RESIDENT,
            AuthenticityRequest.resident(RESIDENT.name(), RESIDENT.residentNumber(), RESIDENT.issueDate())),
        Arguments.of("driver", DRIVER, AuthenticityRequest.driver(DRIVER.name(), DRIVER.residentNumber(),
            DRIVER.driverLicenseNumber(), DRIVER.serialNum())));
  }

  @Test
  @SuppressWarnings("deprecation")
  void a_passport_authenticity_check_is_refused_before_anything_is_sent() {
    RequestKey key = RequestKey.of("rk-not-sent");
    AuthenticityRequest passport = AuthenticityRequest.passport(PASSPORT.koreanName(),
        PASSPORT.passportNo(), PASSPORT.dateOfBirth(), PASSPORT.dateOfIssue(), PASSPORT.dateOfExpiry());

    assertThatThrownBy(() -> client.verifyAuthenticity(key, passport))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-05-27");
    assertThat(journal("id-card/authenticity")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("authenticityChecks")
  void the_authenticity_of_a_genuine_card_checked_with_its_own_data_is_confirmed(
      String kind, SampleCard sample, AuthenticityRequest request) {
    RequestKey key = client.scanIdCard(ImageSource.of(E2e.png(sample))).requestKey().orElseThrow();

    assertThat(client.verifyAuthenticity(key, request)).isTrue();
    assertThat(key.isSpent()).isTrue();
    assertThat(journal("id-card/authenticity"))
        .singleElement().satisfies(e -> assertThat(e.get("resultCode")).isEqualTo(0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("authenticityChecks")
  void an_async_authenticity_check_of_a_genuine_card_is_confirmed(
      String kind, SampleCard sample, AuthenticityRequest request) {
    RequestKey key = client.scanIdCardAsync(ImageSource.of(E2e.png(sample))).join().requestKey().orElseThrow();

    assertThat(client.verifyAuthenticityAsync(key, request).join()).isTrue();
  }

  @Test
  void an_authenticity_check_with_someone_elses_resident_number_is_denied() {
    RequestKey key = client.scanIdCard(ImageSource.of(E2e.png(RESIDENT))).requestKey().orElseThrow();
    String other = SampleData.residentCard(2).residentNumber();

    assertThat(client.verifyAuthenticity(key,
        AuthenticityRequest.resident(RESIDENT.name(), other, RESIDENT.issueDate()))).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(KeyService.class)
  void the_public_key_of_each_service_is_the_mocks_current_version(KeyService service) {
    ServicePublicKey key = client.publicKey(service);

    assertThat(key.service()).isEqualTo(service);
    // The mock never reuses a version in a JVM: the first one is whatever it handed out.
    assertThat(key.version()).matches("\\d+");
    assertThat(journal("public-keys/" + service.wireName()))
        .singleElement().satisfies(e -> {
          assertThat(e.get("resultCode")).isEqualTo(0);
          assertThat(e.get("keyVersion")).isEqualTo(key.version());
        });
  }

  @Test
  void the_public_key_is_fetched_once_and_reused_by_later_scans() {
    client.scanCreditCard(ImageSource.of(E2e.png(CARD)));
    client.scanCreditCard(ImageSource.of(E2e.png(CARD)));

    assertThat(journal("public-keys/credit-card")).hasSize(1);
    assertThat(journal("credit-card"))
        .extracting(e -> e.get("envelope")).containsExactly("opened", "opened");
  }

  @Test
  void a_scan_of_an_id_card_is_recorded_by_the_mock_as_an_opened_png_envelope() {
    client.scanIdCardStandAlone(ImageSource.of(E2e.png(RESIDENT)));

    assertThat(journal("id-card/stand-alone")).singleElement().satisfies(e -> {
      assertThat(e.get("path")).isEqualTo("/v2.0/appkeys/" + mock.appKey() + "/id-card/stand-alone");
      assertThat(e.get("envelope")).isEqualTo("opened");
      assertThat(e.get("imageType")).isEqualTo("png");
      assertThat(e.get("resultCode")).isEqualTo(0);
    });
    assertThat(IdType.RESIDENT.wireName()).isEqualTo(RESIDENT.kind());
  }
}
