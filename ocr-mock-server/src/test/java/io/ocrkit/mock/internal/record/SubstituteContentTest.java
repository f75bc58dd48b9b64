package io.ocrkit.mock.internal.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.mock.internal.Json;
import io.ocrkit.mock.samples.PassportSample;
import io.ocrkit.mock.samples.SampleData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the substitute is made of: kit people, a zone computed from its fields, nothing unknown kept. */
class SubstituteContentTest {

  @Test
  void a_valid_passport_gets_exactly_the_zone_its_substituted_fields_give() {
    for (long seed = 0; seed < 200; seed++) {
      Map<String, String> out = values(substitute(KeyService.ID_CARD, IdInputs.result(SampleData.passport(seed))));

      PassportSample expected = PassportSample.of(out.get("passportType"), out.get("countryCode"),
          out.get("passportNo"), out.get("surName"), out.get("givenName"), out.get("nationality"),
          out.get("dateOfBirthYMD"), out.get("sex"), out.get("dateOfIssueYMD"), out.get("dateOfExpiryYMD"),
          out.get("koreanName"), out.get("personalNo"));
      assertThat(out.get("MRZ1")).as("seed %d", seed).isEqualTo(expected.mrz1());
      assertThat(out.get("MRZ2")).as("seed %d", seed).isEqualTo(expected.mrz2());
      assertThat(out.get("dateOfBirth")).isEqualTo(PassportSample.printedDate(out.get("dateOfBirthYMD")));
      assertThat(out.get("dateOfExpiry")).isEqualTo(PassportSample.printedDate(out.get("dateOfExpiryYMD")));
    }
  }

  @Test
  void holders_and_issuers_come_from_the_sample_kit() {
    List<String> korean = KitNames.PEOPLE.stream().map(KitNames.Person::korean).toList();
    int kitPassports = 0;
    for (long seed = 0; seed < 100; seed++) {
      Map<String, String> resident = values(substitute(KeyService.ID_CARD, IdInputs.result(SampleData.residentCard(seed))));
      Map<String, String> licence = values(substitute(KeyService.ID_CARD, IdInputs.result(SampleData.driverLicense(seed))));
      Map<String, String> passport = values(substitute(KeyService.ID_CARD, IdInputs.result(SampleData.passport(seed))));

      assertThat(korean).contains(resident.get("name"), licence.get("name"));
      assertThat(KitNames.RESIDENT_ISSUERS).contains(resident.get("issuer"));
      assertThat(KitNames.LICENCE_ISSUERS).contains(licence.get("issuer"));
      List<KitNames.Person> named = KitNames.where(p -> p.latinSurname().equals(passport.get("surName"))
          && p.latinGiven().equals(passport.get("givenName")));
      if (!named.isEmpty()) {
        kitPassports++;
        assertThat(passport.get("koreanName")).isEqualTo(named.get(0).korean());
      }
    }
    assertThat(kitPassports).as("passports whose holder is one kit person").isGreaterThan(50);
  }

  @Test
  void unknown_keys_types_and_members_are_replaced_by_placeholders_of_their_shape() {
    Map<String, Object> result = IdInputs.result(SampleData.residentCard(7));
    result.put("note", "홍길동 010-1234-5678");
    IdInputs.with(result, "issuer", "서울특별시 종로구청장");
    @SuppressWarnings("unchecked")
    List<Object> keyValues = (List<Object>) result.get("keyValues");
    keyValues.add(new LinkedHashMap<>(Map.of("key", "address", "value", "Seoul, Jongno-gu 12", "conf", 0.9)));
    Map<String, Object> other = new LinkedHashMap<>(result);
    other.put("idType", "alien");

    for (Map<String, Object> input : List.of(result, other)) {
      String json = Json.write(substitute(KeyService.ID_CARD, input));
      assertThat(json).doesNotContain("홍길동", "1234", "5678", "Jongno", "Seoul", "종로구");
      assertThat(json).containsPattern("\"[가-힣]{3} \\d{3}-\\d{4}-\\d{4}\"").containsPattern("\"[A-Z][a-z]{4}, [A-Z][a-z]{5}-[a-z]{2} \\d\\d\"");
    }
  }

  @Test
  void the_substitute_does_not_depend_on_the_order_of_members() {
    Map<String, Object> forward = CardInputs.card("4000001234567899", CardInputs.fours("4000001234567899"), "04/29");
    Map<String, Object> backward = new LinkedHashMap<>();
    List<String> keys = new ArrayList<>(forward.keySet());
    for (int i = keys.size() - 1; i >= 0; i--) {
      backward.put(keys.get(i), forward.get(keys.get(i)));
    }

    assertThat(substitute(KeyService.CREDIT_CARD, backward)).isEqualTo(substitute(KeyService.CREDIT_CARD, forward));
    assertThat(Synthesizer.substitute(KeyService.CREDIT_CARD, Map.copyOf(forward), Readings.CLOCK))
        .isEqualTo(substitute(KeyService.CREDIT_CARD, forward));
  }

  @Test
  void a_document_that_no_shift_can_keep_is_refused_without_quoting_it() {
    // Two birth dates of one holder, one at a century's first day and one at its last: moved back,
    // the first leaves its century; moved forward, the second does.
    Map<String, Object> result = IdInputs.with(IdInputs.result(SampleData.passport(3)),
        "dateOfBirthYMD", "19000105", "personalNo", "9912311");

    assertThatThrownBy(() -> substitute(KeyService.ID_CARD, result))
        .isInstanceOf(IllegalStateException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContainPattern("\\d{3}"));
  }

  private static Map<String, Object> substitute(KeyService service, Map<String, Object> result) {
    return Synthesizer.substitute(service, result, Readings.CLOCK);
  }

  private static Map<String, String> values(Map<String, Object> result) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Object kv : (List<?>) result.get("keyValues")) {
      out.put((String) ((Map<?, ?>) kv).get("key"), (String) ((Map<?, ?>) kv).get("value"));
    }
    return out;
  }
}
