package io.ocrkit.mock.internal.record;

import io.ocrkit.mock.samples.PassportSample;
import io.ocrkit.mock.samples.SampleData;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The names and issuers of the sample kit, gathered once through its public factories so that a
 * synthetic person is one of the kit's people and the kit stays the one list of them.
 */
final class KitNames {

  /** One kit person: the Korean name (surname first) and its passport spelling. */
  record Person(String korean, String latinSurname, String latinGiven) {}

  /** Enough seeds to meet every name of the kit's short lists many times over. */
  private static final int SEEDS = 2_000;

  static final List<Person> PEOPLE;
  static final List<String> RESIDENT_ISSUERS;
  static final List<String> LICENCE_ISSUERS;

  static {
    Set<Person> people = new LinkedHashSet<>();
    Set<String> residentIssuers = new LinkedHashSet<>();
    Set<String> licenceIssuers = new LinkedHashSet<>();
    for (long seed = 0; seed < SEEDS; seed++) {
      PassportSample p = SampleData.passport(seed);
      people.add(new Person(p.koreanName(), p.surName(), p.givenName()));
      residentIssuers.add(SampleData.residentCard(seed).issuer());
      licenceIssuers.add(SampleData.driverLicense(seed).issuer());
    }
    PEOPLE = List.copyOf(people);
    RESIDENT_ISSUERS = List.copyOf(residentIssuers);
    LICENCE_ISSUERS = List.copyOf(licenceIssuers);
  }

  private KitNames() {}

  /** The kit's people whose names fit {@code fits}, in a fixed order. */
  static List<Person> where(Predicate<Person> fits) {
    List<Person> out = new ArrayList<>();
    for (Person p : PEOPLE) {
      if (fits.test(p)) {
        out.add(p);
      }
    }
    return out;
  }

  /** The person's name for a three-syllable Korean name, the kit's only shape; else a placeholder. */
  static String korean(String text, Person person, Draws draws) {
    boolean threeSyllables = text.length() == 3 && text.chars().allMatch(c -> c >= 0xAC00 && c <= 0xD7A3);
    return threeSyllables ? person.korean() : draws.placeholder(text);
  }
}
