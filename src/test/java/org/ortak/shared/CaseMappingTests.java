package org.ortak.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No identifier, CSS class, key or URL is derived with the reader's case mapping: in
 * Turkish and Azerbaijani "ACTIVE".toLowerCase() is "actıve", a CSS class no rule matches
 * (status badges once vanished so). Java lower- and upper-cases with {@code Locale.ROOT};
 * templates never case-map at all.
 */
class CaseMappingTests {

	private static final Pattern JAVA_CASE = Pattern.compile("\\.to(Lower|Upper)Case\\(([^)]*)\\)");

	private static final Pattern TEMPLATE_CASE = Pattern.compile(
			"#strings\\.(toLowerCase|toUpperCase|capitalize|capitalizeWords|unCapitalize)|\\.to(Lower|Upper)Case\\(");

	@Test
	void javaCaseMapsWithTheRootLocale() throws IOException {
		assertThat(offences(Path.of("src/main/java"), ".java", (line) -> {
			Matcher matcher = JAVA_CASE.matcher(line);
			while (matcher.find()) {
				if (!matcher.group(2).contains("Locale.ROOT")) {
					return true;
				}
			}
			return false;
		})).isEmpty();
	}

	@Test
	void templatesNeverCaseMap() throws IOException {
		assertThat(offences(Path.of("src/main/resources/templates"), ".html",
				(line) -> TEMPLATE_CASE.matcher(line).find()))
			.isEmpty();
	}

	private static List<String> offences(Path root, String suffix, Predicate<String> offends) throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter((file) -> file.toString().endsWith(suffix)).flatMap((file) -> {
				try {
					List<String> lines = Files.readAllLines(file);
					return IntStream.range(0, lines.size())
						.filter((i) -> offends.test(lines.get(i)))
						.mapToObj((i) -> file + ":" + (i + 1) + ": " + lines.get(i).strip());
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}).toList();
		}
	}

}
