package org.ortak.shared;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every visible word comes from the message files, and the five languages keep step.
 */
class MessagesTests {

	private static final Path RESOURCES = Path.of("src/main/resources");

	private static final List<String> LANGUAGES = List.of("tr", "az", "fa", "pl");

	@Test
	void allFiveLanguagesHaveTheSameKeys() throws IOException {
		Set<String> english = load("messages.properties").stringPropertyNames();
		for (String language : LANGUAGES) {
			Set<String> keys = load("messages_" + language + ".properties").stringPropertyNames();
			Set<String> missing = new TreeSet<>(english);
			missing.removeAll(keys);
			Set<String> extra = new TreeSet<>(keys);
			extra.removeAll(english);
			assertThat(missing).as("keys missing in %s", language).isEmpty();
			assertThat(extra).as("keys only in %s", language).isEmpty();
		}
	}

	@Test
	void noMessageIsGarbledOrBreaksMessageFormat() throws IOException {
		for (String file : files()) {
			Properties messages = load(file);
			Locale locale = locale(file);
			for (String key : messages.stringPropertyNames()) {
				String message = messages.getProperty(key);
				assertThat(message).as("%s in %s", key, file).doesNotContain("\uFFFD").isNotBlank();
				// Spring formats these with MessageFormat: with placeholders, or the
				// field name
				if (message.matches("(?s).*\\{\\d.*") || key.startsWith("typeMismatch")) {
					// a lone apostrophe would silently swallow the placeholder after it
					assertThat(message.replace("''", "")).as("%s in %s: double each apostrophe", key, file)
						.doesNotContain("'");
					String formatted = new MessageFormat(message, locale).format(new Object[] { 3, 4 });
					assertThat(formatted).as("%s in %s", key, file).doesNotContain("{0").doesNotContain("{1");
				}
			}
		}
	}

	@Test
	void persianIsWrittenRightToLeftAndTheOthersLeftToRight() throws IOException {
		assertThat(load("messages_fa.properties").getProperty("i18n.dir")).isEqualTo("rtl");
		for (String file : List.of("messages.properties", "messages_tr.properties", "messages_az.properties",
				"messages_pl.properties")) {
			assertThat(load(file).getProperty("i18n.dir")).as(file).isEqualTo("ltr");
		}
	}

	@Test
	void templatesShowNoTextOutsideTheMessageFiles() throws IOException {
		Pattern textNode = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)([^<>]*)>([^<>]*\\p{L}[^<>]*)<");
		List<String> offenders = new ArrayList<>();
		try (Stream<Path> templates = Files.walk(RESOURCES.resolve("templates"))) {
			for (Path template : templates.filter((path) -> path.toString().endsWith(".html")).toList()) {
				String html = Files.readString(template)
					.replaceAll("(?s)<!--.*?-->", "")
					.replaceAll("(?s)<script.*?</script>", "<script></script>")
					.replaceAll("(?s)<head>.*?</head>", "<head></head>");
				Matcher matcher = textNode.matcher(html);
				while (matcher.find()) {
					boolean replaced = matcher.group(2)
						.matches("(?s).*\\b(th:(text|utext|errors|replace|insert)|sec:authentication)=.*");
					if (!replaced) {
						offenders.add(RESOURCES.relativize(template) + ": " + matcher.group(3).strip());
					}
				}
			}
		}
		assertThat(offenders).isEmpty();
	}

	@Test
	void thePagesUseTheGlossarysTerms() throws IOException {
		List<String> files = files();
		List<Properties> messages = new ArrayList<>();
		for (String file : files) {
			messages.add(load(file));
		}
		Pattern row = Pattern.compile("^\\| `([A-Za-z0-9_.-]+)` \\|(.*)\\|\\s*$");
		int checked = 0;
		for (String line : Files.readAllLines(Path.of("docs/glossary.md"), StandardCharsets.UTF_8)) {
			Matcher matcher = row.matcher(line);
			if (!matcher.matches()) {
				continue;
			}
			String key = matcher.group(1);
			String[] terms = matcher.group(2).split("\\|");
			assertThat(terms).as("glossary row %s: one term per language", key)
				.hasSizeGreaterThanOrEqualTo(files.size());
			for (int i = 0; i < files.size(); i++) {
				assertThat(messages.get(i).getProperty(key)).as("%s in %s, as docs/glossary.md says", key, files.get(i))
					.isEqualTo(terms[i].strip());
			}
			checked++;
		}
		assertThat(checked).as("glossary rows naming a message key").isGreaterThan(50);
	}

	private static List<String> files() {
		List<String> files = new ArrayList<>(List.of("messages.properties"));
		LANGUAGES.forEach((language) -> files.add("messages_" + language + ".properties"));
		return files;
	}

	private static Locale locale(String file) {
		return file.contains("_") ? Locale.forLanguageTag(file.substring(9, 11)) : Locale.ENGLISH;
	}

	private static Properties load(String file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(file), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
