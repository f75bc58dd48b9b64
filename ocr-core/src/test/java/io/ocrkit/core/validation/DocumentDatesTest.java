package io.ocrkit.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentDatesTest {

  @ParameterizedTest
  @ValueSource(strings = {"20190315", "2019.03.15", "2019. 3. 15.", "2019-03-15", "2019/03/15",
      "2019년 3월 15일", " 2019.03.15 "})
  void the_common_forms_of_a_date_are_read(String text) {
    assertThat(DocumentDates.parse(text)).contains(LocalDate.of(2019, 3, 15));
  }

  @Test
  void a_date_shaped_text_that_names_no_day_is_not_a_date() {
    assertThat(DocumentDates.hasDateShape("2019.02.30")).isTrue();
    assertThat(DocumentDates.parse("2019.02.30")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "2019", "15 MAR 2019", "2019.O3.15", "201903155"})
  void text_without_a_dates_shape_is_unreadable(String text) {
    assertThat(DocumentDates.hasDateShape(text)).isFalse();
  }
}
