package dev.egov.benchmarks.validation;

import dev.egov.validation.EgovValidation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cold cost, in a fresh JVM, of egov's shared validator against a bare Hibernate Validator factory: each fork does
 * exactly one invocation ({@link Mode#SingleShotTime}, no warm-up), so what is measured is class loading,
 * bootstrap and, for {@code *_firstValidation}, the first validation of the invalid form (bean metadata, message
 * bundles, interpolation).
 *
 * <p>Reported only. {@code EgovValidation.validator(...)} builds the shared factory and both languages' validators
 * on first use; this is why applications must build it once (the README quotes what this benchmark measured). Ten
 * forks, so excluded from the CI smoke pass.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 10, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class ValidatorBootstrapBenchmark {

  @Benchmark
  public Validator firstValidator_egov() {
    return EgovValidation.validator(Locale.ENGLISH);
  }

  @Benchmark
  public Validator firstValidator_bare() {
    return FormValidationBenchmark.bareFactory().getValidator();
  }

  @Benchmark
  public Set<ConstraintViolation<Forms.EgovForm>> firstValidation_egov() {
    return EgovValidation.validator(Locale.ENGLISH).validate(Forms.INVALID_3);
  }

  @Benchmark
  public Set<ConstraintViolation<Forms.BareForm>> firstValidation_bare() {
    return FormValidationBenchmark.bareFactory().getValidator().validate(Forms.BareForm.of(Forms.INVALID_3));
  }
}
