package io.ocrkit.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.core.model.IdType;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

// The check digit is (11 - S mod 11) mod 10 with S = sum of w_i * d_i, w_i in 2..9. A single
// changed digit changes S by w_i * delta with both factors in 1..9, never a multiple of the prime
// 11, so S mod 11 always changes; the final "mod 10" maps remainders 0 and 10 both to 1, which is
// the one change the check digit cannot catch.
class ResidentNumberPropertiesTest {

  private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

  @Provide
  Arbitrary<String> validNumbers() {
    Arbitrary<LocalDate> born = Arbitraries.longs()
        .between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2020, 9, 30).toEpochDay())
        .map(LocalDate::ofEpochDay);
    Arbitrary<Boolean> female = Arbitraries.of(true, false);
    Arbitrary<String> rest = Arbitraries.strings().numeric().ofLength(5);
    return Combinators.combine(born, female, rest).as((day, f, digits) -> {
      int sex = (day.getYear() < 2000 ? 1 : 3) + (f ? 1 : 0);
      String twelve = day.format(YYMMDD) + sex + digits;
      return twelve + ResidentNumbers.checkDigit(twelve);
    });
  }

  @Property
  void aGeneratedNumberPassesEveryCheck(@ForAll("validNumbers") String number) {
    assertThat(ResidentNumbers.checkDigitMatches(number)).isTrue();
    assertThat(Results.check(Results.scan(IdType.RESIDENT,
        Map.of("residentNumber", number, "issueDate", "2020.09.30")))).isEmpty();
  }

  @Property
  void aSingleDigitChangeIsCaughtUnlessItOnlySwapsRemainderZeroAndTen(
      @ForAll("validNumbers") String number,
      @ForAll @IntRange(min = 0, max = 11) int position,
      @ForAll @IntRange(min = 1, max = 9) int shift) {
    char changed = (char) ('0' + (number.charAt(position) - '0' + shift) % 10);
    String misread = number.substring(0, position) + changed + number.substring(position + 1);
    int before = ResidentNumbers.weightedSum(number) % 11;
    int after = ResidentNumbers.weightedSum(misread) % 11;
    assertThat(after).isNotEqualTo(before);
    boolean blindSpot = (before == 0 && after == 10) || (before == 10 && after == 0);
    assertThat(ResidentNumbers.checkDigitMatches(misread)).isEqualTo(blindSpot);
  }

  @Property
  void aChangedCheckDigitIsAlwaysCaught(
      @ForAll("validNumbers") String number, @ForAll @IntRange(min = 1, max = 9) int shift) {
    char changed = (char) ('0' + (number.charAt(12) - '0' + shift) % 10);
    assertThat(ResidentNumbers.checkDigitMatches(number.substring(0, 12) + changed)).isFalse();
  }
}
