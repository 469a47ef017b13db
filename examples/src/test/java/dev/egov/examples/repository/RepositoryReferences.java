package dev.egov.examples.repository;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds references from the repository's text files to documents outside the repository: the background documents
 * egov was once written from (by name), paths into the folder next to the repository or absolute paths of the
 * machine it was built on, relative Markdown links that leave the repository or name a file that does not exist, and
 * repository paths in code and comments ({@code see docs/identifiers.md}) that name a Markdown file that does not
 * exist. Links with a {@code #fragment} into a Markdown file must name one of its headings.
 *
 * <p>The repository must stand on its own: whoever clones it can follow every reference in it.
 */
final class RepositoryReferences {

  /** One offending reference: where it is and what is wrong with it. */
  record Finding(String path, int line, String problem, String excerpt) implements Comparable<Finding> {
    @Override
    public int compareTo(Finding other) {
      int byPath = path.compareTo(other.path);
      if (byPath != 0) {
        return byPath;
      }
      int byLine = Integer.compare(line, other.line);
      return byLine != 0 ? byLine : problem.compareTo(other.problem);
    }

    @Override
    public String toString() {
      return path + ":" + line + ": " + problem + ": " + excerpt;
    }
  }

  // The patterns are assembled from pieces so that this file does not match them itself.
  private static final Pattern OUTSIDE_DOCUMENT_NAME =
      Pattern.compile("\\b(?:REFERENCE|ANCHORS|ARCHITECTURE)\\.md\\b|\\bPERF-BASELINE[S]\\b|\\bREFERENCE\\s*§");
  private static final Pattern OUTSIDE_FOLDER =
      Pattern.compile("(?:\\.\\./)+shared\\b|\\bshared/(?:domain|design|style|data|hooks)/");
  private static final Pattern ABSOLUTE_MACHINE_PATH = Pattern.compile("(?<![\\w.~-])/wor" + "k/");

  /** Inline links and images, {@code [text](target)}; the target may be wrapped in angle brackets. */
  private static final Pattern MARKDOWN_LINK = Pattern.compile("!?\\[[^\\]]*]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
  /** Reference definitions, {@code [label]: target}. */
  private static final Pattern MARKDOWN_DEFINITION = Pattern.compile("^\\s{0,3}\\[[^\\]]+]:\\s*<?(\\S+?)>?(?:\\s.*)?$");
  private static final Pattern LINK_TARGET = Pattern.compile("]\\([^)]*\\)");
  private static final Pattern HTML_LINK = Pattern.compile("\\b(?:href|src)\\s*=\\s*\"([^\"]+)\"");
  private static final Pattern HTML_ANCHOR = Pattern.compile("<a\\s+(?:id|name)\\s*=\\s*\"([^\"]+)\"");
  private static final Pattern INLINE_CODE = Pattern.compile("`+[^`]*`+");
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
  private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
  private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```+|~~~+)");

  /** A path to a Markdown file written in code or prose, optionally with a fragment. */
  private static final Pattern PATH_MENTION =
      Pattern.compile(
          "(?<![\\w/.:@%-])((?:\\.{1,2}/)*(?:[\\w.-]+/)*[\\w.-]+\\.md)(?:#([\\w%-]+))?(?![\\w/])",
          Pattern.UNICODE_CHARACTER_CLASS);

  private final Path root;
  private final Set<String> pending;
  private final Map<Path, Optional<Set<String>>> anchors = new HashMap<>();
  private final Set<String> pendingSeen = new TreeSet<>();

  /**
   * @param root the repository's root folder
   * @param pending repository paths of documents that other branches add: a link to one of them counts as resolved
   *     while the file is missing (and is checked like any other once it exists)
   */
  RepositoryReferences(Path root, Set<String> pending) {
    this.root = root.toAbsolutePath().normalize();
    this.pending = Set.copyOf(pending);
  }

  /** Returns the pending documents that were referenced but are still missing. */
  Set<String> pendingReferenced() {
    return Set.copyOf(pendingSeen);
  }

  /**
   * Locates the repository root from a folder inside it: the nearest ancestor holding {@code mvnw} and either
   * {@code .git} or a {@code pom.xml} of {@code egov-parent}.
   */
  static Path findRoot(Path start) {
    for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("mvnw")) && (Files.exists(dir.resolve(".git")) || isParentPom(dir))) {
        return dir;
      }
    }
    throw new IllegalStateException("No repository root (mvnw with .git or the egov-parent pom.xml) above " + start);
  }

  private static boolean isParentPom(Path dir) {
    Path pom = dir.resolve("pom.xml");
    try {
      return Files.isRegularFile(pom)
          && Files.readString(pom, StandardCharsets.UTF_8).contains("<artifactId>egov-parent</artifactId>");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Lists the repository's files, relative to the root with {@code /} separators: with {@code git ls-files} (tracked
   * files and untracked ones that are not ignored) when git is available, otherwise by walking the tree without
   * {@code .git} and {@code target} folders.
   */
  List<String> listFiles() {
    return gitFiles().orElseGet(this::walkFiles);
  }

  private Optional<List<String>> gitFiles() {
    ProcessBuilder builder =
        new ProcessBuilder("git", "-C", root.toString(), "ls-files", "-z", "--cached", "--others", "--exclude-standard");
    builder.redirectError(ProcessBuilder.Redirect.DISCARD);
    try {
      Process process = builder.start();
      byte[] out;
      try (InputStream in = process.getInputStream()) {
        out = in.readAllBytes();
      }
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return Optional.empty();
      }
      if (process.exitValue() != 0) {
        return Optional.empty();
      }
      List<String> files = new ArrayList<>();
      for (String name : new String(out, StandardCharsets.UTF_8).split("\0")) {
        if (!name.isEmpty() && Files.isRegularFile(root.resolve(name))) {
          files.add(name);
        }
      }
      return files.isEmpty() ? Optional.empty() : Optional.of(files);
    } catch (IOException e) {
      return Optional.empty(); // no git on this machine
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private List<String> walkFiles() {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths
          .filter(Files::isRegularFile)
          .map(root::relativize)
          .filter(
              relative -> {
                for (Path part : relative) {
                  String name = part.toString();
                  if (name.equals(".git") || name.equals("target")) {
                    return false;
                  }
                }
                return true;
              })
          .map(relative -> relative.toString().replace('\\', '/'))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Scans every text file of {@link #listFiles()}. */
  List<Finding> scan() {
    return scan(listFiles());
  }

  /** Scans the given repository files (binary files are skipped). */
  List<Finding> scan(List<String> files) {
    TreeSet<Finding> findings = new TreeSet<>();
    for (String file : files) {
      Optional<String> text = readText(root.resolve(file));
      if (text.isPresent()) {
        scanFile(file, text.get(), findings);
      }
    }
    return List.copyOf(findings);
  }

  private static Optional<String> readText(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (int i = 0; i < Math.min(bytes.length, 8000); i++) {
      if (bytes[i] == 0) {
        return Optional.empty();
      }
    }
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPLACE)
              .onUnmappableCharacter(CodingErrorAction.REPLACE)
              .decode(java.nio.ByteBuffer.wrap(bytes))
              .toString());
    } catch (java.nio.charset.CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private void scanFile(String file, String text, Set<Finding> findings) {
    boolean markdown = file.toLowerCase(Locale.ROOT).endsWith(".md");
    String[] lines = text.split("\r\n|\r|\n", -1);
    boolean inFence = false;
    String fence = "";
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int number = i + 1;
      find(OUTSIDE_DOCUMENT_NAME, line, file, number, "names a document outside the repository", findings);
      find(OUTSIDE_FOLDER, line, file, number, "points into a folder outside the repository", findings);
      find(ABSOLUTE_MACHINE_PATH, line, file, number, "an absolute path of the build machine", findings);

      boolean linksApply = true;
      if (markdown) {
        Matcher fenceMatcher = FENCE.matcher(line);
        if (fenceMatcher.find()) {
          String marker = fenceMatcher.group(1);
          if (!inFence) {
            inFence = true;
            fence = marker.substring(0, 3);
          } else if (marker.startsWith(fence)) {
            inFence = false;
          }
          linksApply = false;
        } else if (inFence) {
          linksApply = false;
        }
      }
      String mentions = line;
      if (markdown && linksApply) {
        String prose = INLINE_CODE.matcher(line).replaceAll("");
        checkLinks(MARKDOWN_LINK, prose, file, number, findings);
        checkLinks(MARKDOWN_DEFINITION, prose, file, number, findings);
        checkLinks(HTML_LINK, prose, file, number, findings);
        // Link targets are checked above, as links; the rest of the line may still name repository paths.
        mentions = HTML_LINK.matcher(MARKDOWN_DEFINITION.matcher(LINK_TARGET.matcher(line).replaceAll("]")).replaceAll(""))
            .replaceAll("");
      }
      checkMentions(mentions, file, number, findings);
    }
  }

  private static void find(Pattern pattern, String line, String file, int number, String problem, Set<Finding> out) {
    Matcher matcher = pattern.matcher(line);
    if (matcher.find()) {
      out.add(new Finding(file, number, problem, excerpt(line, matcher.start())));
    }
  }

  private static String excerpt(String line, int at) {
    int from = Math.max(0, at - 40);
    int to = Math.min(line.length(), at + 80);
    return (from > 0 ? "…" : "") + line.substring(from, to).strip() + (to < line.length() ? "…" : "");
  }

  private void checkLinks(Pattern pattern, String line, String file, int number, Set<Finding> out) {
    Matcher matcher = pattern.matcher(line);
    while (matcher.find()) {
      String target = matcher.group(1);
      if (SCHEME.matcher(target).find() || target.startsWith("//")) {
        continue; // a web address or another scheme: outside the repository by design
      }
      int hash = target.indexOf('#');
      String pathPart = hash < 0 ? target : target.substring(0, hash);
      String fragment = hash < 0 ? "" : target.substring(hash + 1);
      int query = pathPart.indexOf('?');
      if (query >= 0) {
        pathPart = pathPart.substring(0, query);
      }
      pathPart = URLDecoder.decode(pathPart.replace("+", "%2B"), StandardCharsets.UTF_8);
      Path base = pathPart.startsWith("/") ? root : root.resolve(file).getParent();
      Path resolved =
          pathPart.isEmpty() ? root.resolve(file) : base.resolve(pathPart.replaceFirst("^/+", "")).normalize();
      String problem = problemOf(resolved, fragment);
      if (problem != null) {
        out.add(new Finding(file, number, "link " + target + " " + problem, excerpt(line, matcher.start())));
      }
    }
  }

  private void checkMentions(String line, String file, int number, Set<Finding> out) {
    Matcher matcher = PATH_MENTION.matcher(line);
    while (matcher.find()) {
      String mention = matcher.group(1);
      String fragment = matcher.group(2) == null ? "" : matcher.group(2);
      Path fileDir = root.resolve(file).getParent();
      List<Path> candidates = new ArrayList<>();
      candidates.add(root.resolve(mention).normalize());
      candidates.add(fileDir.resolve(mention).normalize());
      int slash = file.indexOf('/');
      if (slash > 0 && Files.isRegularFile(root.resolve(file.substring(0, slash)).resolve("pom.xml"))) {
        candidates.add(root.resolve(file.substring(0, slash)).resolve(mention).normalize()); // a module's own path
      }
      Path existing = null;
      for (Path candidate : candidates) {
        if (candidate.startsWith(root) && Files.exists(candidate)) {
          existing = candidate;
          break;
        }
      }
      String problem;
      if (existing != null) {
        problem = problemOf(existing, fragment);
      } else if (!anchored(mention, fileDir)) {
        continue; // a path of another project (e.g. an upstream file cited by name), not a repository path
      } else {
        problem = problemOf(candidates.get(isRelative(mention) ? 1 : 0), fragment);
      }
      if (problem != null) {
        out.add(new Finding(file, number, "path " + matcher.group() + " " + problem, excerpt(line, matcher.start())));
      }
    }
  }

  /** Whether a path mention is meant as a repository path: relative, or starting at a folder the repository has. */
  private boolean anchored(String mention, Path fileDir) {
    if (isRelative(mention)) {
      return true;
    }
    int slash = mention.indexOf('/');
    String first = slash < 0 ? mention : mention.substring(0, slash);
    return slash > 0 && (Files.isDirectory(root.resolve(first)) || Files.isDirectory(fileDir.resolve(first)));
  }

  private static boolean isRelative(String path) {
    return path.startsWith("./") || path.startsWith("../");
  }

  /** Returns what is wrong with a resolved target, or {@code null} if nothing is. */
  private String problemOf(Path resolved, String fragment) {
    if (!resolved.startsWith(root)) {
      return "leaves the repository";
    }
    String relative = root.relativize(resolved).toString().replace('\\', '/');
    if (!Files.exists(resolved)) {
      if (pending.contains(relative)) {
        pendingSeen.add(relative);
        return null;
      }
      return "names a file that does not exist (" + relative + ")";
    }
    if (!fragment.isEmpty() && Files.isRegularFile(resolved) && relative.toLowerCase(Locale.ROOT).endsWith(".md")) {
      Optional<Set<String>> known = anchorsOf(resolved);
      String wanted = URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
      if (known.isPresent() && !known.get().contains(wanted.toLowerCase(Locale.ROOT))) {
        return "names no heading of " + relative + " (#" + fragment + ")";
      }
    }
    return null;
  }

  private Optional<Set<String>> anchorsOf(Path markdown) {
    return anchors.computeIfAbsent(markdown, RepositoryReferences::readAnchors);
  }

  private static Optional<Set<String>> readAnchors(Path markdown) {
    Optional<String> text = readText(markdown);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Set<String> slugs = new HashSet<>();
    Map<String, Integer> seen = new HashMap<>();
    boolean inFence = false;
    String fence = "";
    for (String line : text.get().split("\r\n|\r|\n", -1)) {
      Matcher fenceMatcher = FENCE.matcher(line);
      if (fenceMatcher.find()) {
        String marker = fenceMatcher.group(1);
        if (!inFence) {
          inFence = true;
          fence = marker.substring(0, 3);
        } else if (marker.startsWith(fence)) {
          inFence = false;
        }
        continue;
      }
      if (inFence) {
        continue;
      }
      Matcher anchor = HTML_ANCHOR.matcher(line);
      while (anchor.find()) {
        slugs.add(anchor.group(1).toLowerCase(Locale.ROOT));
      }
      Matcher heading = HEADING.matcher(line);
      if (heading.matches()) {
        String slug = slug(heading.group(2));
        int count = seen.merge(slug, 1, Integer::sum);
        slugs.add(count == 1 ? slug : slug + "-" + (count - 1));
      }
    }
    return Optional.of(slugs);
  }

  /** The anchor GitHub gives a heading: its text in lower case, punctuation removed, spaces as hyphens. */
  static String slug(String heading) {
    String text = heading.replaceAll("!?\\[([^\\]]*)]\\([^)]*\\)", "$1").replaceAll("<[^>]+>", "");
    StringBuilder slug = new StringBuilder();
    text.toLowerCase(Locale.ROOT)
        .codePoints()
        .forEach(
            c -> {
              if (c == ' ') {
                slug.append('-');
              } else if (c == '-' || c == '_' || Character.isLetterOrDigit(c) || isMark(c)) {
                slug.appendCodePoint(c);
              }
            });
    return slug.toString();
  }

  private static boolean isMark(int c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}
