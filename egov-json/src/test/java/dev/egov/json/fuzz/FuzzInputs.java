package dev.egov.json.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The inputs of the fuzz tests: the regression corpus, the hostile documents made in code, and the goldens. */
final class FuzzInputs {

  private FuzzInputs() {}

  /** The files of {@code fuzz/corpus/}, by name, but its README. */
  static Map<String, byte[]> corpus() {
    Map<String, byte[]> corpus = files("/fuzz/corpus");
    corpus.remove("README.md");
    return corpus;
  }

  /**
   * Every golden payload ({@code golden/canonical}, {@code golden/portal}, {@code golden/population}, {@code
   * golden/business}, {@code golden/insurance}, {@code golden/gateway}, {@code golden/catalog}), by path.
   */
  static Map<String, byte[]> goldens() {
    Map<String, byte[]> all = new LinkedHashMap<>();
    for (String dir :
        List.of("canonical", "portal", "population", "business", "insurance", "gateway", "gateway/real", "catalog")) {
      files("/golden/" + dir).forEach((name, bytes) -> {
        if (!name.endsWith(".md")) {
          all.put(dir + "/" + name, bytes);
        }
      });
    }
    return all;
  }

  private static Map<String, byte[]> files(String resource) {
    try {
      Path dir = Path.of(FuzzInputs.class.getResource(resource).toURI());
      Map<String, byte[]> out = new LinkedHashMap<>();
      try (Stream<Path> paths = Files.list(dir)) {
        for (Path p : paths.filter(Files::isRegularFile).sorted().toList()) {
          out.put(p.getFileName().toString(), Files.readAllBytes(p));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A hostile document made in code, too large to keep as a file. */
  record Hostile(String name, boolean xml, String limit, byte[] bytes) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** The hostile documents, each beyond one default limit in its form (JSON or XML). */
  static List<Hostile> hostile() {
    List<Hostile> out = new ArrayList<>();
    String soapStart = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><soap:Fault>"
        + "<faultcode>soap:Server</faultcode><faultstring>";
    String soapEnd = "</faultstring></soap:Fault></soap:Body></soap:Envelope>";
    // 50 million characters of fault string: read whole before egov had limits.
    out.add(new Hostile("50M-char faultstring", true, "maxDocumentBytes",
        utf8(soapStart + "a".repeat(50_000_000) + soapEnd)));
    out.add(new Hostile("2M-char faultstring in a 2 MB document", true, "maxStringLength",
        utf8(soapStart + "a".repeat(2_000_000) + soapEnd)));
    out.add(new Hostile("2M-char attribute", true, "maxStringLength",
        utf8("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" a=\"" + "a".repeat(2_000_000)
            + "\"><soap:Body/></soap:Envelope>")));
    out.add(new Hostile("element depth 100", true, "maxNestingDepth",
        utf8("<Envelope><Body>" + "<a>".repeat(100) + "</a>".repeat(100) + "</Body></Envelope>")));
    out.add(new Hostile("element depth 100000", true, "maxNestingDepth",
        utf8("<Envelope><Body>" + "<a>".repeat(100_000) + "</a>".repeat(100_000) + "</Body></Envelope>")));
    out.add(new Hostile("600000 elements", true, "maxTokenCount",
        utf8("<Envelope><Body>" + "<a/>".repeat(600_000) + "</Body></Envelope>")));
    out.add(new Hostile("2000 attributes", true, "XML attributes per element",
        utf8("<Envelope" + attributes(2000) + "><Body/></Envelope>")));

    out.add(new Hostile("5 MB string", false, "maxDocumentBytes",
        utf8("{\"error_code\":\"0\",\"x\":\"" + "a".repeat(5_000_000) + "\"}")));
    out.add(new Hostile("2M-char string in a 2 MB document", false, "maxStringLength",
        utf8("{\"error_code\":\"0\",\"x\":\"" + "a".repeat(2_000_000) + "\"}")));
    out.add(new Hostile("2M-char field name", false, "maxStringLength",
        utf8("{\"error_code\":\"0\",\"" + "a".repeat(2_000_000) + "\":1}")));
    out.add(new Hostile("200-digit number", false, "maxNumberLength",
        utf8("{\"error_code\":\"0\",\"x\":" + "1".repeat(200) + "}")));
    out.add(new Hostile("array depth 100", false, "maxNestingDepth",
        utf8("{\"error_code\":\"0\",\"x\":" + "[".repeat(100) + "]".repeat(100) + "}")));
    out.add(new Hostile("array depth 1000000", false, "maxNestingDepth",
        utf8("{\"error_code\":\"0\",\"x\":" + "[".repeat(1_000_000) + "]".repeat(1_000_000) + "}")));
    out.add(new Hostile("object depth 100", false, "maxNestingDepth",
        utf8("{\"error_code\":\"0\",\"x\":" + "{\"a\":".repeat(100) + "1" + "}".repeat(100) + "}")));
    out.add(new Hostile("600000 tokens", false, "maxTokenCount",
        utf8("{\"error_code\":\"0\",\"x\":[" + "0,".repeat(600_000) + "0]}")));
    return out;
  }

  private static String attributes(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(" a").append(i).append("=\"1\"");
    }
    return b.toString();
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
