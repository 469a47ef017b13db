package dev.egov.consumertests.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validation;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.hibernate.validator.HibernateValidator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scenarios of this module run under the versions Spring Boot's BOM imposes, not egov's own: each library is
 * loaded from the jar of the version this module's POM expects ({@code egov.expected.*}, read from Boot's BOM).
 */
@Timeout(30)
class BootVersionsTest {

  static Stream<Arguments> libraries() {
    return Stream.of(
        Arguments.of("hibernate-validator", HibernateValidator.class),
        Arguments.of("jakarta.validation-api", Validation.class),
        Arguments.of("jackson-databind", ObjectMapper.class),
        Arguments.of("jspecify", Nullable.class));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("libraries")
  void library_isLoadedFromTheVersionBootImposes(String artifactId, Class<?> type) throws URISyntaxException {
    String expected = System.getProperty("egov.expected." + artifactId);
    assertThat(expected).as("egov.expected.%s in this module's POM", artifactId).isNotBlank();

    Path jar = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());

    assertThat(jar.getFileName()).hasToString(artifactId + "-" + expected + ".jar");
  }
}
