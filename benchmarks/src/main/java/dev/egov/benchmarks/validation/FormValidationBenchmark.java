package dev.egov.benchmarks.validation;

import dev.egov.validation.EgovValidation;
import dev.egov.validation.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One Bean Validation pass over the 12-field {@link Forms form}, valid and with 3 violations, four ways:
 *
 * <ul>
 *   <li>{@code *_egov}: {@code EgovValidation.validator(Locale.ENGLISH).validate(form)};
 *   <li>{@code *_egovList}: {@code EgovValidation.validate(form, Locale.ENGLISH)}, which also converts to sorted
 *       {@link Violation}s;
 *   <li>{@code *_bare} (L1, the reference): plain Hibernate Validator with {@link ParameterMessageInterpolator}, the
 *       {@linkplain BareConstraints bare twins} of egov's constraints, literal messages;
 *   <li>{@code *_hand} (L0, reported only): {@link HandValidator}.
 * </ul>
 *
 * <p>Target: egov ≥ 0.9 × bare, valid and invalid ({@code *_egov / *_bare}, same run).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Threads(1)
public class FormValidationBenchmark {

  private final Forms.EgovForm valid = Forms.VALID;
  private final Forms.EgovForm invalid3 = Forms.INVALID_3;
  private final Forms.BareForm bareValid = Forms.BareForm.of(Forms.VALID);
  private final Forms.BareForm bareInvalid3 = Forms.BareForm.of(Forms.INVALID_3);

  private Validator egov;
  private ValidatorFactory bareFactory;
  private Validator bare;

  /** The baseline's factory: Hibernate Validator as documented for EL-free use, and nothing else. */
  static ValidatorFactory bareFactory() {
    return Validation.byProvider(HibernateValidator.class)
        .configure()
        .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ENGLISH), Locale.ENGLISH, false))
        .buildValidatorFactory();
  }

  /** Proves that every variant reports the same violations at the same paths, so that none can look fast by cheating. */
  @Setup
  public void setUp() {
    egov = EgovValidation.validator(Locale.ENGLISH);
    bareFactory = bareFactory();
    bare = bareFactory.getValidator();
    check("valid", List.of(), valid_egov(), valid_egovList(), valid_bare(), valid_hand());
    check("invalid3", List.of("fullName", "personalId", "taxCode"),
        invalid3_egov(), invalid3_egovList(), invalid3_bare(), invalid3_hand());

    List<String> codes = new ArrayList<>();
    for (Violation v : invalid3_egovList()) {
      codes.add(v.path() + " " + v.code());
    }
    List<String> expectedCodes =
        List.of("fullName NotBlank", "personalId PERSONAL_ID.WRONG_LENGTH", "taxCode TAX_CODE.INVALID_CHECKSUM");
    if (!codes.equals(expectedCodes)) {
      throw new IllegalStateException("egov's codes: " + codes + ", expected " + expectedCodes);
    }
    for (ConstraintViolation<?> v : invalid3_bare()) {
      if (v.getMessage().indexOf('{') >= 0 || v.getMessage().isEmpty()) {
        throw new IllegalStateException("bare message not interpolated: " + v.getMessage());
      }
    }
  }

  @TearDown
  public void tearDown() {
    bareFactory.close();
  }

  @Benchmark
  public Set<ConstraintViolation<Forms.EgovForm>> valid_egov() {
    return egov.validate(valid);
  }

  @Benchmark
  public List<Violation> valid_egovList() {
    return EgovValidation.validate(valid, Locale.ENGLISH);
  }

  @Benchmark
  public Set<ConstraintViolation<Forms.BareForm>> valid_bare() {
    return bare.validate(bareValid);
  }

  @Benchmark
  public List<String> valid_hand() {
    return HandValidator.validate(valid);
  }

  @Benchmark
  public Set<ConstraintViolation<Forms.EgovForm>> invalid3_egov() {
    return egov.validate(invalid3);
  }

  @Benchmark
  public List<Violation> invalid3_egovList() {
    return EgovValidation.validate(invalid3, Locale.ENGLISH);
  }

  @Benchmark
  public Set<ConstraintViolation<Forms.BareForm>> invalid3_bare() {
    return bare.validate(bareInvalid3);
  }

  @Benchmark
  public List<String> invalid3_hand() {
    return HandValidator.validate(invalid3);
  }

  private static void check(
      String name,
      List<String> expectedPaths,
      Collection<? extends ConstraintViolation<?>> egov,
      List<Violation> egovList,
      Collection<? extends ConstraintViolation<?>> bare,
      List<String> hand) {
    List<String> egovPaths = sortedPaths(egov);
    List<String> egovListPaths = new ArrayList<>();
    for (Violation v : egovList) {
      egovListPaths.add(v.path());
    }
    List<String> barePaths = sortedPaths(bare);
    List<String> handPaths = new ArrayList<>();
    for (String line : hand) {
      handPaths.add(line.substring(0, line.indexOf(':')));
    }
    handPaths.sort(null);
    if (!egovPaths.equals(expectedPaths)
        || !egovListPaths.equals(expectedPaths)
        || !barePaths.equals(expectedPaths)
        || !handPaths.equals(expectedPaths)) {
      throw new IllegalStateException(name + ": variants disagree: expected " + expectedPaths + ", egov " + egovPaths
          + ", egovList " + egovListPaths + ", bare " + barePaths + ", hand " + handPaths);
    }
  }

  private static List<String> sortedPaths(Collection<? extends ConstraintViolation<?>> violations) {
    List<String> paths = new ArrayList<>();
    for (ConstraintViolation<?> v : violations) {
      paths.add(v.getPropertyPath().toString());
    }
    paths.sort(null);
    return paths;
  }
}
