package io.ocrkit.mock.internal.record;

import io.ocrkit.core.validation.ResidentNumbers;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Moves the dates of one document by a whole number of years, one shift per role (every birth
 * date of the document by one, every issue date by another, every expiry by a third), and turns
 * the day within the month, keeping the month. Within a role the map is one to one, so the
 * passport's printed dates still agree, or disagree, with its machine-readable zone.
 *
 * <p>A shift that would change what a check says about a date breaks this attempt (see
 * {@link #broken()}) and the caller draws another: the date must stay a real day (or stay no real
 * day), keep its century (the resident number's seventh digit names it), stay on its side of
 * {@link ResidentNumbers#CHECK_DIGIT_DROPPED}, and stay in the future, or not, relative to today.
 * Days are turned among the days of the month when the old and new year give it the same length,
 * else among 1–28; days no month has (0, 32, …) are kept.
 */
final class DateShift {

  /**
   * Which shift a date takes, and what a check compares it with besides its being a real day: for
   * birth and issue dates, today (after it is a misread) and the check-digit change; for expiries,
   * today (before it means expired).
   */
  enum Role {
    BIRTH,
    ISSUE,
    EXPIRY
  }

  private static final int TURNED_DAYS = 28;
  private static final int SHORT_DAYS = 9;

  private final int[] years;
  private final int dayTurn;
  private final int shortDayTurn;
  private final LocalDate today;
  private final Map<String, String> produced = new HashMap<>();
  private boolean issueBeforeChangeMatters = true;
  private boolean broken;

  private DateShift(int[] years, int dayTurn, int shortDayTurn, LocalDate today) {
    this.years = years;
    this.dayTurn = dayTurn;
    this.shortDayTurn = shortDayTurn;
    this.today = today;
  }

  /**
   * Shifts of one to four years: backwards in the first attempts, since a past date then stays in
   * the past for every later clock, and forwards as well later, for dates at a century's start.
   */
  static DateShift draw(Draws draws, int attempt, LocalDate today) {
    int[] years = new int[Role.values().length];
    for (int i = 0; i < years.length; i++) {
      int size = draws.between(1, 4);
      years[i] = attempt >= 8 && draws.nextInt(2) == 0 ? size : -size;
    }
    return new DateShift(years, draws.between(1, TURNED_DAYS - 1), draws.between(1, SHORT_DAYS - 1), today);
  }

  /**
   * Whether an issue date must stay on its side of the check-digit change. The validator asks only
   * when the card's resident number carries a check digit that fails; elsewhere the line need not
   * hold, which leaves room for, say, a 29 February of 2024 (only 2020 is leap, past and near).
   */
  void issueBeforeChangeMatters(boolean matters) {
    issueBeforeChangeMatters = matters;
  }

  /** Whether a date was moved across a line a check draws, so this attempt must not be used. */
  boolean broken() {
    return broken;
  }

  /** The licence number's two-digit year of first issue, moved with the issue dates. */
  String twoDigitYear(String yy) {
    return String.format(Locale.ROOT, "%02d", Math.floorMod(Integer.parseInt(yy) + years[Role.ISSUE.ordinal()], 100));
  }

  /** A full date; {@code dayWidth} 1 for a day printed without its leading zero. */
  int[] full(int year, int month, int day, int dayWidth, Role role) {
    int movedYear = year + years[role.ordinal()];
    int[] moved = {movedYear, month, turn(day, dayWidth, length(year, month), length(movedYear, month))};
    seen(role, key(year % 100, month, day), key(moved[0] % 100, month, moved[2]));
    Date real = Date.of(year, month, day);
    Date synthetic = Date.of(moved[0], moved[1], moved[2]);
    if (real.valid() != synthetic.valid()) {
      broken = true;
    } else if (real.valid()) {
      judge(real.day(), synthetic.day(), role);
    }
    return moved;
  }

  /** The six digits {@code YYMMDD} of a resident number, whose century {@code seventh} names. */
  String residentBirth(String yymmdd, char seventh) {
    OptionalInt century = ResidentNumbers.century(seventh);
    int yy = Integer.parseInt(yymmdd.substring(0, 2));
    int[] moved = full(century.orElse(1900) + yy, Integer.parseInt(yymmdd.substring(2, 4)),
        Integer.parseInt(yymmdd.substring(4, 6)), 2, Role.BIRTH);
    int movedYy = moved[0] - century.orElse(1900);
    if (movedYy < 0 || movedYy > 99) {
      broken = true;
    }
    return String.format(Locale.ROOT, "%02d%02d%02d", Math.floorMod(movedYy, 100), moved[1], moved[2]);
  }

  /**
   * A machine-readable zone's {@code YYMMDD}. Its century is not written, so the moved date must
   * be as real as the original in both centuries the validator may read it in; an expiry is read in
   * the 2000s, a birth date in the latest century that does not put it after today.
   */
  String zoneDate(String yymmdd, boolean expiry) {
    int yy = Integer.parseInt(yymmdd.substring(0, 2));
    int month = Integer.parseInt(yymmdd.substring(2, 4));
    int day = Integer.parseInt(yymmdd.substring(4, 6));
    int movedYy = yy + years[(expiry ? Role.EXPIRY : Role.BIRTH).ordinal()];
    if (movedYy < 0 || movedYy > 99 || (month == 2 && (yy == 0 || movedYy == 0))) {
      // Out of the century, or a February whose length depends on the century nobody wrote down.
      broken = true;
      movedYy = Math.floorMod(movedYy, 100);
    }
    int movedDay = turn(day, 2, length(2000 + yy, month), length(2000 + movedYy, month));
    seen(expiry ? Role.EXPIRY : Role.BIRTH, key(yy, month, day), key(movedYy, month, movedDay));
    for (int century : new int[] {1900, 2000}) {
      if (Date.of(century + yy, month, day).valid() != Date.of(century + movedYy, month, movedDay).valid()) {
        broken = true;
      }
    }
    Date real = Date.of(2000 + yy, month, day);
    Date synthetic = Date.of(2000 + movedYy, month, movedDay);
    if (expiry && real.valid() && synthetic.valid()) {
      judge(real.day(), synthetic.day(), Role.EXPIRY);
    }
    if (!expiry && zoneBirthReadable(yy, month, day) != zoneBirthReadable(movedYy, month, movedDay)) {
      broken = true;
    }
    return String.format(Locale.ROOT, "%02d%02d%02d", movedYy, month, movedDay);
  }

  /** Two digits of year are what a zone and its printed twin share, so they are what is compared. */
  private static String key(int yy, int month, int day) {
    return String.format(Locale.ROOT, "%02d%02d%02d", Math.floorMod(yy, 100), month, day);
  }

  private boolean zoneBirthReadable(int yy, int month, int day) {
    Date recent = Date.of(2000 + yy, month, day);
    if (recent.valid() && !recent.day().isAfter(today)) {
      return true;
    }
    return Date.of(1900 + yy, month, day).valid();
  }

  private void judge(LocalDate real, LocalDate synthetic, Role role) {
    if (real.getYear() / 100 != synthetic.getYear() / 100) {
      broken = true;
    }
    if (role != Role.EXPIRY) {
      boolean lineMatters = role == Role.BIRTH || issueBeforeChangeMatters;
      broken |= real.isAfter(today) != synthetic.isAfter(today)
          || lineMatters && real.isBefore(ResidentNumbers.CHECK_DIGIT_DROPPED)
              != synthetic.isBefore(ResidentNumbers.CHECK_DIGIT_DROPPED);
    } else {
      broken |= real.isBefore(today) != synthetic.isBefore(today);
    }
  }

  /**
   * One to one on the month's days when both years give it the same length, else on 1–28 with a
   * 29 February folded in; on 1–9 for a day printed with one digit, so its width stays. Never the
   * day itself, since the turn is 1 to 27 days; a day the month does not have is kept.
   */
  private int turn(int day, int width, int length, int movedLength) {
    if (width == 1 && day >= 1 && day <= SHORT_DAYS) {
      return (day - 1 + shortDayTurn) % SHORT_DAYS + 1;
    }
    if (width == 2 && day >= 1 && day <= length) {
      // A 29 February moving to a year without one shares a day with another date: see seen().
      return (day - 1 + dayTurn) % (length == movedLength ? length : TURNED_DAYS) + 1;
    }
    return day;
  }

  /** The month's length; 31 for a month that does not exist, whose days stay unreal anyway. */
  private static int length(int year, int month) {
    return month >= 1 && month <= 12 ? YearMonth.of(year, month).lengthOfMonth() : 31;
  }

  /**
   * Notes that {@code real} of {@code role} became {@code synthetic}; two real dates becoming one
   * would make disagreeing fields agree, so that breaks the attempt.
   */
  private void seen(Role role, String real, String synthetic) {
    String before = produced.putIfAbsent(role + synthetic, real);
    if (before != null && !before.equals(real)) {
      broken = true;
    }
  }

  private record Date(LocalDate day) {
    static Date of(int year, int month, int day) {
      try {
        return new Date(LocalDate.of(year, month, day));
      } catch (DateTimeException notADay) {
        return new Date(null);
      }
    }

    boolean valid() {
      return day != null;
    }
  }
}
