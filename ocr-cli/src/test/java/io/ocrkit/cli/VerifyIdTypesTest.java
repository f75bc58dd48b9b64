package io.ocrkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Authenticity checks exist for resident cards and driver's licences; the passport check was withdrawn. */
class VerifyIdTypesTest {

  @Test
  void passport_is_a_one_line_usage_error_naming_the_withdrawal() {
    CliRun run = CliRun.of("verify", "--mock", "--request-key", "rk", "--id-type", "passport", "--name", "x");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err()).contains("withdrawn", "2026-05-27", "resident or driver");
  }

  @Test
  void passport_with_its_former_options_still_gets_the_withdrawal_message() {
    CliRun run = CliRun.of("verify", "--mock", "--request-key", "rk", "--id-type", "passport", "--name", "x",
        "--passport-number", "M12345678", "--birth-date", "19900101", "--expiration-date", "20300101");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("withdrawn").doesNotContain("Unknown option");
  }

  @Test
  void help_offers_resident_and_driver_only() {
    String help = CliRun.of("verify", "--help").out();

    assertThat(help).contains("resident or driver").doesNotContain("passport");
  }

  @Test
  void an_unknown_type_names_the_two_types() {
    CliRun run = CliRun.of("verify", "--mock", "--request-key", "rk", "--id-type", "visa", "--name", "x");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--id-type must be resident or driver");
  }
}
